"""The labels dialog as staff use it: opened from the staff window for the selection or the whole
list, a preview with the right pages, PDFs whose QR codes scan back to what was chosen, refusals
under the right field with nothing written, remembered choices, and printing through QPrinter."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
import zxingcpp
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from showcase.inventory.qr_payloads import QrKind, payload_choices
from showcase.inventory.setting_keys import DEFAULT_SHEET_SETTING, URL_TEMPLATE_SETTING
from showcase.inventory.settings import get_setting
from showcase.printing.labels.payloads import label_items
from showcase.printing.labels.sheets import BUILT_IN_SHEETS, printer_offset
from showcase.store.db import Database
from showcase.ui.staff.documents.labels_dialog import PREVIEW_PAGES, LabelsDialog
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.asker import FakeAsker, print_to_pdf
from tests.helpers.factories import Sample, make_account, make_sample

A4_3X8 = BUILT_IN_SHEETS[0]  # 3 × 8 labels of 70 × 37 mm
A4_2X7 = next(s for s in BUILT_IN_SHEETS if s.name.startswith("A4 2×7"))


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


@pytest.fixture
def ids(sample: Sample) -> list[int]:
    return list(sample.products.values())


@pytest.fixture
def asker() -> FakeAsker:
    """Answers the dialogs' file and print dialogs (the last dialog made saves as its `save_as`)."""
    return FakeAsker()


@pytest.fixture
def asked(asker: FakeAsker) -> list[str]:
    """The file names the dialog suggested when it asked where to save."""
    return asker.suggested


@pytest.fixture
def make_dialog(
    qtbot: QtBot, db: Database, ids: list[int], tmp_path: Path, asker: FakeAsker
) -> Callable[..., LabelsDialog]:
    def make(product_ids: list[int] | None = None, save_as: str = "labels.pdf") -> LabelsDialog:
        dialog = LabelsDialog(db, ids if product_ids is None else product_ids, asker=asker)
        qtbot.addWidget(dialog)
        asker.save_to = lambda suggested: tmp_path / save_as
        return dialog

    return make


@pytest.fixture
def dialog(make_dialog: Callable[..., LabelsDialog]) -> LabelsDialog:
    return make_dialog()


def _choose(dialog: LabelsDialog, combo_name: str, data: str) -> None:
    combo = getattr(dialog.form, combo_name)
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _pages(path: Path | bytes) -> int:
    document = pdfium.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def _decoded(path: Path) -> list[str]:
    """Every QR code on every page, read back from the PDF rendered at print resolution."""
    document = pdfium.PdfDocument(path)
    found = []
    try:
        for page in document:
            image = page.render(scale=300 / 72).to_pil().convert("L")
            found += [
                code.text
                for code in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            ]
            page.close()
    finally:
        document.close()
    return found


# Opening from the staff window ---------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, db: Database, sample: Sample) -> Iterator[MainWindow]:
    w = MainWindow(db, user=make_account(db))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.dialog is not None:
        w.dialog.close()


def _select_rows(window: MainWindow, rows: list[int]) -> None:
    selection = window.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            window.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_print_labels_for_the_selected_rows(window: MainWindow) -> None:
    _select_rows(window, [1, 3])
    window.labels_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, LabelsDialog) and dialog.isVisible()
    assert dialog.product_ids == [window.model.product_id(1), window.model.product_id(3)]
    assert dialog.heading.text() == "Labels for 2 selected product(s)"
    assert window.labels_action.shortcut().toString() == "Ctrl+P"
    toolbar = window.findChild(QToolBar, "actions")
    assert toolbar is not None and window.labels_action in toolbar.actions()


def test_print_labels_without_selection_takes_the_whole_filtered_list(
    qtbot: QtBot, window: MainWindow, sample: Sample
) -> None:
    window.filters.category.setCurrentIndex(window.filters.category.findData(sample.coffee))
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    window.table.clearSelection()
    window.labels_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, LabelsDialog)
    assert dialog.product_ids == [sample.products["KOP-0002"], sample.products["KOP-0001"]]
    assert dialog.heading.text() == "Labels for all 2 product(s) in the list"


def test_an_empty_list_has_no_labels_to_print(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.filters.search, "tidak ada yang cocok")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    window.labels_action.trigger()
    assert not isinstance(window.dialog, LabelsDialog)
    assert window.message_box is not None and window.message_box.isVisible()
    assert "no products" in window.message_box.text()
    window.message_box.close()


def test_whole_list_is_read_past_what_the_table_loaded(
    qtbot: QtBot, db: Database, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showcase.ui.staff.window import first_screen

    monkeypatch.setattr(first_screen, "FIRST_WINDOW", 2)
    window = MainWindow(db, user=make_account(db))
    qtbot.addWidget(window)
    window.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # by price, dearest first
    assert window.model.canFetchMore()
    window.labels_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, LabelsDialog)
    codes = ["KAI-0001", "KAI-0002", "KOP-0002", "KOP-0001", "MAK-0002", "MAK-0001"]
    assert dialog.product_ids == [sample.products[code] for code in codes]
    assert "all 6" in dialog.heading.text()
    dialog.close()


# Preview and summary -------------------------------------------------------------------------


def test_preview_pages_follow_copies_and_start(qtbot: QtBot, dialog: LabelsDialog) -> None:
    _choose(dialog, "sheet_combo", A4_3X8.name)
    assert dialog.preview.page_count() == 1  # 6 labels from position 1
    dialog.form.copies_spin.setValue(4)
    dialog.form.start_spin.setValue(20)  # 19 used + 24 labels = 43 positions: two pages
    qtbot.waitUntil(lambda: dialog.preview.page_count() == 2)
    assert dialog.summary.text().startswith("24 label(s) on 2 page(s)")
    assert dialog.preview_note.text() == ""
    dialog.form.start_spin.setValue(1)
    qtbot.waitUntil(lambda: dialog.preview.page_count() == 1)


def test_a_long_job_previews_its_first_pages_only(qtbot: QtBot, dialog: LabelsDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    _choose(dialog, "sheet_combo", A4_3X8.name)
    dialog.form.copies_spin.setValue(100)  # 600 labels: 25 pages
    qtbot.waitUntil(lambda: dialog.preview.page_count() == PREVIEW_PAGES)
    assert dialog.form.page_count() == 25
    assert f"{PREVIEW_PAGES} of 25" in dialog.preview_note.text()
    for _ in range(PREVIEW_PAGES):
        dialog.preview.next_page()
        dialog.preview.canvas.grab()
    assert dialog.preview.current_page() == PREVIEW_PAGES - 1
    assert dialog.preview.page_label.text() == f"Page {PREVIEW_PAGES} of {PREVIEW_PAGES}"
    assert 0 < dialog.preview.cached_images() <= 6


def test_summary_names_producers_without_phone(dialog: LabelsDialog) -> None:
    # Rafins Snack and Sanggar Tapis Siger have no phone: WhatsApp labels fall back to text.
    assert "2 producer(s) have no phone" in dialog.summary.text()
    _choose(dialog, "qr_combo", QrKind.CODE.value)
    dialog.refresh_preview()
    assert "phone" not in dialog.summary.text()


def test_clicking_the_position_grid_sets_the_start(qtbot: QtBot, dialog: LabelsDialog) -> None:
    _choose(dialog, "sheet_combo", A4_3X8.name)
    dialog.show()
    qtbot.waitExposed(dialog)
    center = dialog.form.positions.label_rect(1, 1).center()  # second row, second column
    qtbot.mouseClick(
        dialog.form.positions,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(center.x()), int(center.y())),
    )
    assert dialog.form.start_spin.value() == 5


def test_a_roll_has_no_first_free_position(qtbot: QtBot, dialog: LabelsDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    row = dialog.form.positions.parentWidget()
    assert row is not None and row.height() >= dialog.form.positions.height()
    _choose(dialog, "sheet_combo", "Thermal 50×25 mm")
    assert not dialog.form.start_spin.isEnabled()
    assert not dialog.form.positions.isVisible()
    assert "roll" in dialog.form.start_hint.text()
    # The row gives its room back to the form (no gap where the drawing was).
    qtbot.waitUntil(lambda: row.height() < 100)


# Saving --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [QrKind.CODE, QrKind.URL, QrKind.WHATSAPP])
def test_saved_pdf_holds_qr_codes_of_the_chosen_kind(
    dialog: LabelsDialog,
    db: Database,
    ids: list[int],
    tmp_path: Path,
    asked: list[str],
    kind: QrKind,
) -> None:
    template = "https://umkm.example/p/{code}?src=rak"
    _choose(dialog, "sheet_combo", A4_3X8.name)
    _choose(dialog, "qr_combo", kind.value)
    if kind is QrKind.URL:
        assert dialog.form.url_edit.isVisibleTo(dialog)
        dialog.form.url_edit.setText(template)
    else:
        assert not dialog.form.url_edit.isVisibleTo(dialog)
    dialog.form.copies_spin.setValue(2)

    path = dialog.save_pdf()

    assert path == tmp_path / "labels.pdf" and path.exists()
    assert asked[-1].startswith("label-") and asked[-1].endswith(".pdf")
    assert "Saved 12 label(s)" in dialog.status.text()
    decoded = _decoded(path)
    assert len(decoded) == 12
    with db.session() as s:
        items = label_items(s, ids)
    if kind is QrKind.WHATSAPP:
        # The longest payload that fits the label; text where the producer has no phone.
        for item in items:
            choices = payload_choices(item, kind)
            assert sum(1 for text in decoded if text in choices) == 2, item.code
        assert sum(1 for text in decoded if text.startswith("https://wa.me/62")) == 4
    else:
        expected = [payload_choices(item, kind, url_template=template)[0] for item in items]
        assert sorted(decoded) == sorted(expected * 2)
        if kind is QrKind.URL:
            assert "https://umkm.example/p/KAI-0002?src=rak" in decoded


def test_start_past_the_end_is_refused_under_start(
    qtbot: QtBot, dialog: LabelsDialog, tmp_path: Path, asked: list[str]
) -> None:
    _choose(dialog, "sheet_combo", A4_3X8.name)
    dialog.form.start_spin.setValue(25)
    qtbot.waitUntil(lambda: dialog.form.error_text("start") != "")
    assert "from 1 to 24" in dialog.form.error_text("start")
    assert dialog.preview.page_count() == 0
    assert dialog.save_pdf() is None
    assert asked == [] and not (tmp_path / "labels.pdf").exists()
    dialog.form.start_spin.setValue(24)
    qtbot.waitUntil(lambda: dialog.form.error_text("start") == "")
    assert dialog.preview.page_count() == 2


def test_no_copies_is_refused_under_copies(
    dialog: LabelsDialog, tmp_path: Path, asked: list[str]
) -> None:
    dialog.form.copies_spin.setValue(0)
    assert dialog.save_pdf() is None
    assert dialog.form.error_text("copies") == "must be from 1 to 500"
    assert dialog.form.error_text("start") == ""
    assert asked == [] and not (tmp_path / "labels.pdf").exists()


def test_web_address_without_code_is_refused_under_it(
    dialog: LabelsDialog, db: Database, tmp_path: Path, asked: list[str]
) -> None:
    _choose(dialog, "qr_combo", QrKind.URL.value)
    dialog.form.url_edit.setText("https://umkm.example/produk")
    assert dialog.save_pdf() is None
    assert "{code}" in dialog.form.error_text("url_template")
    assert asked == [] and not (tmp_path / "labels.pdf").exists()
    with db.session() as s:
        assert get_setting(s, URL_TEMPLATE_SETTING) == ""


def test_a_payload_too_long_for_the_label_shows_in_the_status_line(
    dialog: LabelsDialog, db: Database, ids: list[int], tmp_path: Path
) -> None:
    _choose(dialog, "sheet_combo", "Thermal 50×25 mm")
    _choose(dialog, "qr_combo", QrKind.URL.value)
    dialog.form.url_edit.setText("https://umkm.example/" + "x" * 300 + "/{code}")
    assert dialog.save_pdf() is None
    assert "does not fit a label" in dialog.status.text()
    assert not (tmp_path / "labels.pdf").exists()


def test_choices_are_remembered_when_saved(
    make_dialog: Callable[..., LabelsDialog], tmp_path: Path
) -> None:
    first = make_dialog()
    assert first.form.current_sheet().name == BUILT_IN_SHEETS[0].name
    assert first.form.qr_kind() is QrKind.WHATSAPP
    _choose(first, "sheet_combo", A4_2X7.name)
    _choose(first, "qr_combo", QrKind.URL.value)
    first.form.url_edit.setText(" https://umkm.example/{code} ")
    assert first.save_pdf() is not None

    again = make_dialog()
    assert again.form.current_sheet() == A4_2X7
    assert again.form.qr_kind() is QrKind.URL
    assert again.form.url_edit.text() == "https://umkm.example/{code}"
    assert again.form.url_edit.isVisibleTo(again)


def test_test_page_is_saved(dialog: LabelsDialog, tmp_path: Path) -> None:
    _choose(dialog, "sheet_combo", A4_3X8.name)
    path = dialog.save_test_page()
    assert path is not None and _pages(path) == 1


def test_the_sheet_editor_adds_a_sheet_to_the_list(qtbot: QtBot, dialog: LabelsDialog) -> None:
    dialog.edit_sheets()
    editor = dialog.sheet_editor
    assert editor is not None and editor.isVisible()
    editor.duplicate()  # type: ignore[attr-defined]
    editor.name_edit.setText("Koperasi 3×8")  # type: ignore[attr-defined]
    editor.save()  # type: ignore[attr-defined]
    editor.close()
    qtbot.waitUntil(lambda: "Koperasi 3×8" in dialog.form.sheet_names())
    _choose(dialog, "sheet_combo", "Koperasi 3×8")
    dialog.refresh_preview()
    assert dialog.preview.page_count() == 1


# Printing ------------------------------------------------------------------------------------


@pytest.fixture
def to_pdf(asker: FakeAsker, tmp_path: Path) -> Callable[..., Path]:
    """Make the dialog's printer write a PDF into tmp_path instead of showing the print dialog."""

    def configure(first: int = 0, last: int = 0, name: str = "printed.pdf") -> Path:
        out = tmp_path / name
        asker.set_up_printer = print_to_pdf(out, resolution=150, first=first, last=last)
        return out

    return configure


def test_printing_draws_every_page(dialog: LabelsDialog, to_pdf: Callable[..., Path]) -> None:
    out = to_pdf()
    _choose(dialog, "sheet_combo", A4_3X8.name)
    dialog.form.copies_spin.setValue(5)  # 30 labels from position 1: two pages
    assert dialog.print_labels()
    assert _pages(out) == 2
    assert dialog.status.text() == "Sent 2 page(s) to the printer."
    document = pdfium.PdfDocument(out)
    width, height = document.get_page_size(0)
    document.close()
    assert abs(width / 72 * 25.4 - 210) < 1 and abs(height / 72 * 25.4 - 297) < 1


def test_printing_honours_the_page_range(dialog: LabelsDialog, to_pdf: Callable[..., Path]) -> None:
    out = to_pdf(first=2, last=3)
    _choose(dialog, "sheet_combo", A4_3X8.name)
    dialog.form.copies_spin.setValue(10)  # 60 labels: three pages
    assert dialog.print_labels()
    assert _pages(out) == 2


def test_printing_a_roll_prints_one_label_per_page(
    dialog: LabelsDialog, to_pdf: Callable[..., Path]
) -> None:
    out = to_pdf()
    _choose(dialog, "sheet_combo", "Thermal 58×40 mm")
    assert dialog.print_labels()
    assert _pages(out) == 6
    document = pdfium.PdfDocument(out)
    width, height = document.get_page_size(0)
    document.close()
    assert abs(width / 72 * 25.4 - 58) < 1 and abs(height / 72 * 25.4 - 40) < 1


def test_a_refused_job_never_reaches_the_printer(dialog: LabelsDialog, asker: FakeAsker) -> None:
    asker.set_up_printer = lambda printer, pages: True
    dialog.form.copies_spin.setValue(0)
    assert not dialog.print_labels()
    assert asker.pages_offered == []
    assert dialog.form.error_text("copies") != ""


def _left_edge_px(path: Path) -> int:
    """The first column (at 150 dpi) of page 1 that holds any ink."""
    document = pdfium.PdfDocument(path)
    try:
        image = document[0].render(scale=150 / 72).to_pil().convert("L")
    finally:
        document.close()
    width, height = image.size
    pixels = image.load()
    for x in range(width):
        if any(pixels[x, y] < 128 for y in range(0, height, 2)):
            return x
    return width


def test_test_page_is_printed_moved_by_the_printer_offset(
    dialog: LabelsDialog, db: Database, to_pdf: Callable[..., Path]
) -> None:
    _choose(dialog, "sheet_combo", A4_2X7.name)  # labels 4.65 mm from the left edge
    plain = to_pdf(name="plain.pdf")
    assert dialog.print_test_page()
    moved = to_pdf(name="moved.pdf")
    dialog.form.offset_x_spin.setValue(2.5)
    assert dialog.print_test_page()
    shift_mm = (_left_edge_px(moved) - _left_edge_px(plain)) / 150 * 25.4
    assert abs(shift_mm - 2.5) < 0.4
    with db.session() as s:
        assert printer_offset(s, dialog.form.printer_name()) == (2.5, 0.0)
        # A test page is no job: the sheet of the next job is not changed by it.
        assert get_setting(s, DEFAULT_SHEET_SETTING) == ""


def test_preview_widget_bounds_its_cache(qtbot: QtBot) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from showcase.ui.widgets.pdf_preview import CACHED_PAGES, PdfPreview

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in range(12):
        canvas.drawString(100, 700, f"page {number + 1}")
        canvas.showPage()
    canvas.save()
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(400, 500)
    preview.show()
    qtbot.waitExposed(preview)
    preview.show_pdf(buffer.getvalue())
    assert preview.page_label.text() == "Page 1 of 12"
    assert not preview.previous_button.isEnabled()
    for _ in range(11):
        preview.next_page()
        preview.canvas.grab()
    assert preview.current_page() == 11 and not preview.next_button.isEnabled()
    assert 0 < preview.cached_images() <= CACHED_PAGES
    preview.clear("No labels")
    assert preview.page_count() == 0 and preview.page_label.text() == ""


def test_dialog_renders(dialog: LabelsDialog) -> None:
    import os

    dialog.show()
    image = dialog.grab()
    assert not image.isNull()
    out = os.environ.get("ETALASE_SCREENSHOTS")
    if out:
        image.save(os.path.join(out, "labels_dialog.png"))


def _images_on_first_page(path: Path) -> int:
    page = pdfium.PdfDocument(str(path))[0]
    return sum(1 for obj in page.get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)


def test_the_center_logo_is_chosen_once_and_printed_on_the_labels(
    qtbot: QtBot, make_dialog: Callable[..., LabelsDialog], asker: FakeAsker, tmp_path: Path
) -> None:
    from PIL import Image

    logo = tmp_path / "logo-umkm-center.png"
    Image.new("RGBA", (800, 400), (122, 31, 31, 255)).save(logo)
    dialog = make_dialog(save_as="tanpa-logo.pdf")
    assert not dialog.form.logo_check.isEnabled()  # no logo chosen yet
    dialog.save_pdf()
    assert _images_on_first_page(tmp_path / "tanpa-logo.pdf") == 0

    asker.open_answer = logo
    dialog.form.logo_button.click()
    assert dialog.form.logo_check.isEnabled() and dialog.form.logo_check.isChecked()
    asker.save_to = lambda suggested: tmp_path / "dengan-logo.pdf"
    dialog.save_pdf()
    assert _images_on_first_page(tmp_path / "dengan-logo.pdf") == 6  # one on each label

    again = make_dialog()  # remembered: the logo and the choice to print it
    assert again.form.logo is not None and again.form.logo_check.isChecked()


def test_a_logo_file_that_is_no_picture_gives_a_message(
    make_dialog: Callable[..., LabelsDialog], asker: FakeAsker, tmp_path: Path
) -> None:
    bad = tmp_path / "logo.png"
    bad.write_text("bukan gambar")
    dialog = make_dialog()
    asker.open_answer = bad
    dialog.form.logo_button.click()
    assert "logo.png" in dialog.status.text()
    assert dialog.form.logo is None and not dialog.form.logo_check.isChecked()
