"""The catalogue dialog as staff use it: a live count of what goes in, generation in a worker
thread with progress and cancel, the preview, the saved PDF read back (its text names exactly
the chosen products), printing, refusals, closing while a catalogue is made, and opening it
from the staff window with the selection.

The file and print dialogs are answered by a FakeAsker passed to the dialog. A
catalogue that must still be running when the test acts (cancel, close) is held after its first
product by a wrapper around `write_catalogue` until the dialog asks it to stop.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QToolBar
from pytestqt.qtbot import QtBot

from showcase.errors import UserError
from showcase.inventory.formats import Language
from showcase.inventory.photos import prepare_photo, set_photos
from showcase.inventory.producers import CategoryInput, update_category
from showcase.inventory.setting_keys import URL_TEMPLATE_SETTING
from showcase.inventory.settings import set_setting
from showcase.printing.catalogue import document as catalogue
from showcase.store.db import Database
from showcase.ui.staff.documents.catalogue_dialog import CatalogueDialog
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.asker import FakeAsker, print_to_pdf
from tests.helpers.factories import Sample, make_account, make_sample
from tests.helpers.language import translated

WAIT_MS = 60_000
# On the kiosk: every product of the sample except MAK-0002 (Kerupuk Kemplang).
KIOSK_NAMES = {
    "KOP-0001": "Kopi Robusta Lampung",
    "KOP-0002": "Kopi Luwak Tanggamus",
    "MAK-0001": "Keripik Pisang Cokelat",
    "KAI-0001": "Kain Tapis Motif Siger",
    "KAI-0002": "Selendang Tapis & Sulam <Usus>",
}


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """Where the dialogs keep the catalogues they make (instead of the system's temp folder)."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    folder.mkdir()
    return folder


@pytest.fixture
def asker(saved: Path) -> FakeAsker:
    """Answers "save as" with the suggested name in `saved`; notes the names suggested."""
    fake = FakeAsker()
    fake.save_to = lambda suggested: saved / suggested.name
    return fake


@pytest.fixture
def asked(asker: FakeAsker) -> list[str]:
    """The file names the dialog suggested when it asked where to save."""
    return asker.suggested


@pytest.fixture
def make_dialog(
    qtbot: QtBot, db: Database, sample: Sample, work: Path, asker: FakeAsker
) -> Callable[..., CatalogueDialog]:
    def make(selected: Sequence[int] = ()) -> CatalogueDialog:
        dialog = CatalogueDialog(db, list(selected), work_dir=work, asker=asker)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


@pytest.fixture
def dialog(make_dialog: Callable[..., CatalogueDialog]) -> Iterator[CatalogueDialog]:
    made = make_dialog()
    yield made
    made.close()  # ends a job a failed test left running


def generate(qtbot: QtBot, dialog: CatalogueDialog) -> None:
    assert dialog.generate()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT_MS)


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()


def pdf_pages(path: Path) -> int:
    document = pdfium.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def names_in(path: Path) -> set[str]:
    text = pdf_text(path)
    return {name for name in KIOSK_NAMES.values() if name in text}


def files_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Catalogues stop after their first product until the dialog cancels them (or a minute
    passes); the event is set when the first product is done, before the dialog is told, so
    that a test seeing the first product on the progress bar finds the catalogue held."""
    real = catalogue.write_catalogue
    reached = threading.Event()

    def holding(*args: Any, progress: Any, cancelled: Any, **kwargs: Any) -> Any:
        def step(done: int, total: int) -> None:
            if done == 1:
                reached.set()
            progress(done, total)
            if done == 1:
                deadline = time.monotonic() + 60
                while not cancelled() and time.monotonic() < deadline:
                    threading.Event().wait(0.005)  # the worker thread waits, not the test

        return real(*args, progress=step, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(catalogue, "write_catalogue", holding)
    return reached


# Generating, previewing, saving, printing ------------------------------------------------------


def test_generating_with_the_default_options(
    qtbot: QtBot, dialog: CatalogueDialog, saved: Path, asked: list[str]
) -> None:
    assert dialog.count_label.text() == "5 product(s) will be in the catalogue."
    assert dialog.generate_button.isEnabled()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()

    assert dialog.generate()
    # While it runs: no second catalogue, nothing to save yet.
    assert not dialog.generate_button.isEnabled()
    assert dialog.cancel_button.isEnabled()
    assert not dialog.generate()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT_MS)

    assert dialog.progress_bar.maximum() == 5
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert dialog.summary is not None and dialog.summary.products == 5
    pages = dialog.summary.pages
    assert dialog.preview.page_count() == pages > 2
    assert dialog.preview.page_label.text() == f"Page 1 of {pages}"
    dialog.preview.next_page()
    assert dialog.preview.page_label.text() == f"Page 2 of {pages}"
    assert dialog.status.text() == f"Catalogue ready: 5 product(s) on {pages} page(s)."
    assert dialog.generate_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()

    path = dialog.save_pdf()
    assert asked == [f"katalog-{date.today().isoformat()}.pdf"]
    assert path == saved / asked[0]
    assert pdf_pages(path) == pages
    assert names_in(path) == set(KIOSK_NAMES.values())
    assert "Kerupuk Kemplang" not in pdf_text(path)  # not shown on the kiosk
    assert "Produk Unggulan Lampung" in pdf_text(path)
    assert "UMKM Center Bakauheni Harbour City" in pdf_text(path)
    assert files_in(saved) == [path]  # no partial file beside it
    assert dialog.status.text() == f"Saved the catalogue to {path}"


def test_featured_only_and_one_category(
    qtbot: QtBot, dialog: CatalogueDialog, sample: Sample
) -> None:
    dialog.choice.featured_check.setChecked(True)
    assert dialog.count_label.text() == "3 product(s) will be in the catalogue."
    dialog.choice.categories.set_checked([str(sample.coffee)])
    assert dialog.choice.tabs.tabText(0) == "Categories (1)"
    assert dialog.count_label.text() == "2 product(s) will be in the catalogue."

    generate(qtbot, dialog)
    path = dialog.save_pdf()
    assert path is not None
    assert names_in(path) == {KIOSK_NAMES["KOP-0001"], KIOSK_NAMES["KOP-0002"]}

    dialog.choice.untick_all()
    assert dialog.choice.tabs.tabText(0) == "Categories"
    assert dialog.count_label.text() == "3 product(s) will be in the catalogue."


CATEGORIES_SHOWN: dict[Language, tuple[str, list[str], str]] = {
    # The tab's items in the order staff set (Kain Tapis has no English name), the one ticked.
    "id": ("Kategori", ["Kopi", "Makanan Ringan", "Kain Tapis"], "Kopi"),
    "en": ("Categories", ["Coffee", "Snacks", "Kain Tapis"], "Coffee"),
}


@pytest.mark.parametrize("language", ["id", "en"])
def test_categories_are_named_in_the_staff_s_language(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    sample: Sample,
    work: Path,
    asker: FakeAsker,
    language: Language,
) -> None:
    with db.session() as s:  # no English name: English staff read the Indonesian one
        update_category(s, sample.cloth, CategoryInput("Kain Tapis", ""))
    title, shown, coffee = CATEGORIES_SHOWN[language]
    with translated(qapp, language):
        dialog = CatalogueDialog(db, [], work_dir=work, asker=asker)
        qtbot.addWidget(dialog)
        dialog.show()
        items = dialog.choice.categories.items
        texts = [items.item(row).text() for row in range(items.rowCount())]
        assert dialog.choice.tabs.tabText(0) == title
        assert texts == shown

        items.item(texts.index(coffee)).setCheckState(Qt.CheckState.Checked)  # as a click does
        assert dialog.choice.tabs.tabText(0) == f"{title} (1)"
        generate(qtbot, dialog)
        path = dialog.save_pdf()
        assert path is not None
        assert names_in(path) == {KIOSK_NAMES["KOP-0001"], KIOSK_NAMES["KOP-0002"]}

        items.item(texts.index(coffee)).setCheckState(Qt.CheckState.Unchecked)
        items.item(texts.index("Kain Tapis")).setCheckState(Qt.CheckState.Checked)
        generate(qtbot, dialog)
        path = dialog.save_pdf()
        assert path is not None
        assert names_in(path) == {KIOSK_NAMES["KAI-0001"], KIOSK_NAMES["KAI-0002"]}
        dialog.close()


def test_kabupaten_and_producers_filter_too(dialog: CatalogueDialog, sample: Sample) -> None:
    dialog.choice.tabs.setCurrentIndex(1)
    dialog.choice.kabupaten.set_checked(["Kota Bandar Lampung"])
    assert dialog.count_label.text() == "2 product(s) will be in the catalogue."
    dialog.choice.kabupaten.set_checked(["Kota Bandar Lampung"], False)
    dialog.choice.producers.set_checked([str(sample.siger)])
    assert dialog.choice.tabs.tabText(2) == "Producers (1)"
    assert dialog.count_label.text() == "2 product(s) will be in the catalogue."
    assert dialog.choice.selection().producer_ids == [sample.siger]


def test_the_selected_products_only(
    qtbot: QtBot, make_dialog: Callable[..., CatalogueDialog], sample: Sample
) -> None:
    chosen = [sample.products[c] for c in ("KAI-0001", "MAK-0001", "MAK-0002")]
    dialog = make_dialog(chosen)
    # More than one selected: the selection is what goes in, and the filters are off.
    assert dialog.choice.selected_radio.isChecked()
    assert dialog.choice.selected_radio.text() == "The 3 product(s) selected in the list"
    assert not dialog.choice.filters.isEnabled()
    assert dialog.count_label.text() == (
        "2 product(s) will be in the catalogue. "
        "1 of the selected product(s) not shown on the kiosk stay out."
    )
    generate(qtbot, dialog)
    path = dialog.save_pdf()
    assert path is not None
    assert names_in(path) == {KIOSK_NAMES["KAI-0001"], KIOSK_NAMES["MAK-0001"]}

    dialog.choice.all_radio.setChecked(True)
    assert dialog.choice.filters.isEnabled()
    assert dialog.count_label.text() == "5 product(s) will be in the catalogue."
    dialog.close()


def test_no_selection_offers_no_selection(make_dialog: Callable[..., CatalogueDialog]) -> None:
    dialog = make_dialog([])
    assert not dialog.choice.selected_radio.isEnabled()
    assert dialog.choice.all_radio.isChecked()
    dialog.close()


def test_a_filter_that_matches_nothing_disables_generate(
    dialog: CatalogueDialog, sample: Sample
) -> None:
    dialog.choice.featured_check.setChecked(True)
    dialog.choice.categories.set_checked([str(sample.snacks)])  # no snack is featured
    assert dialog.count_label.text() == "The filter matches no product."
    assert not dialog.generate_button.isEnabled()
    assert not dialog.generate()
    assert not dialog.is_running()
    dialog.choice.featured_check.setChecked(False)
    assert dialog.count_label.text() == "1 product(s) will be in the catalogue."
    assert dialog.generate_button.isEnabled()


def test_options_reach_the_catalogue(
    qtbot: QtBot, dialog: CatalogueDialog, db: Database, sample: Sample
) -> None:
    look = dialog.look
    look.language_combo.setCurrentIndex(look.language_combo.findData("both"))
    look.layout_combo.setCurrentIndex(look.layout_combo.findData("pricelist"))
    look.prices_combo.setCurrentIndex(1)
    look.qr_combo.setCurrentIndex(look.qr_combo.findData("code"))
    look.title_edit.setText("Katalog  Pameran")
    look.subtitle_edit.setText("Jakarta <2026> & more")
    options = look.options()
    assert options.title == "Katalog Pameran" and options.show_prices is False

    generate(qtbot, dialog)
    path = dialog.save_pdf()
    assert path is not None
    text = pdf_text(path)
    assert "Katalog Pameran" in text and "Jakarta <2026> & more" in text
    assert "Harga atas permintaan" in text and "Price on request" in text
    assert "Rp45.000" not in text
    assert names_in(path) == set(KIOSK_NAMES.values())


def test_changes_after_generating_mark_the_preview_as_old(
    qtbot: QtBot, dialog: CatalogueDialog
) -> None:
    generate(qtbot, dialog)
    assert dialog.preview_note.text() == ""
    dialog.look.language_combo.setCurrentIndex(1)
    assert "press Generate" in dialog.preview_note.text()
    dialog.look.language_combo.setCurrentIndex(0)
    assert dialog.preview_note.text() == ""
    dialog.look.language_combo.setCurrentIndex(1)
    generate(qtbot, dialog)
    assert dialog.preview_note.text() == ""


def test_cover_choices_are_featured_products_with_a_photo(
    qtbot: QtBot, db: Database, sample: Sample, work: Path
) -> None:
    from PIL import Image

    image = Image.new("RGB", (800, 600), "#8c2a33")
    out = work / "photo.jpg"
    image.save(out, "JPEG")
    with db.session() as session:
        for code in ("KAI-0001", "MAK-0001"):  # featured, and not featured
            set_photos(session, sample.products[code], [prepare_photo(out)])
    dialog = CatalogueDialog(db, [], work_dir=work)
    qtbot.addWidget(dialog)
    combo = dialog.look.cover_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [None, sample.products["KAI-0001"]]
    assert combo.currentIndex() == 0 and dialog.look.options().cover_product_id is None
    combo.setCurrentIndex(1)
    assert dialog.look.options().cover_product_id == sample.products["KAI-0001"]
    assert not combo.itemIcon(1).isNull()
    dialog.close()


def test_web_address_qr_needs_the_saved_address(
    qtbot: QtBot, db: Database, sample: Sample, work: Path
) -> None:
    dialog = CatalogueDialog(db, [], work_dir=work)
    qtbot.addWidget(dialog)
    dialog.look.qr_combo.setCurrentIndex(dialog.look.qr_combo.findData("url"))
    assert "No web address for QR codes is saved yet" in dialog.count_label.text()
    assert dialog.look.qr_note.text() == "No web address is saved yet."
    assert not dialog.generate_button.isEnabled()
    dialog.close()

    with db.session() as session:
        set_setting(session, URL_TEMPLATE_SETTING, "https://umkm.example/p/{code}")
    dialog = CatalogueDialog(db, [], work_dir=work)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.look.qr_combo.setCurrentIndex(dialog.look.qr_combo.findData("url"))
    assert dialog.look.qr_note.text() == (
        "The address saved for the labels: https://umkm.example/p/{code}"
    )
    assert dialog.generate_button.isEnabled()
    generate(qtbot, dialog)
    assert dialog.summary is not None and dialog.summary.products == 5
    dialog.close()


def test_a_dialog_closed_before_is_not_deleted_by_the_worker_thread(
    qtbot: QtBot,
    db: Database,
    sample: Sample,
    work: Path,
    asker: FakeAsker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Python's cyclic garbage collector runs in whichever thread allocates, often the one
    writing the catalogue. A closed dialog dropped before must already be gone by then: one
    left to the collector had its widgets deleted from the worker thread, and the program
    crashed (SIGSEGV) a little later in the UI thread."""
    real = catalogue.write_catalogue
    collected_in: list[str] = []

    def collecting(*args: Any, **kwargs: Any) -> Any:
        gc.collect()  # what the collector does now and then in this thread by itself
        collected_in.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(catalogue, "write_catalogue", collecting)
    gc.collect()
    gc.disable()  # only the worker thread's collection may free the first dialog
    try:
        dialog = CatalogueDialog(db, [], work_dir=work, asker=asker)
        qtbot.addWidget(dialog)
        dialog.show()
        first = CatalogueDialog(db, [], work_dir=work, asker=asker)
        first.close()
        del first
        generate(qtbot, dialog)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.wait(50)
    finally:
        gc.enable()
    assert collected_in and collected_in[0] != threading.main_thread().name
    assert dialog.summary is not None and dialog.summary.products == 5
    dialog.close()


def test_an_empty_title_is_refused(dialog: CatalogueDialog) -> None:
    dialog.look.title_edit.setText("   ")
    assert dialog.count_label.text().endswith("The cover needs a title.")
    assert not dialog.generate_button.isEnabled()


def test_printing_sends_every_page(
    qtbot: QtBot, dialog: CatalogueDialog, asker: FakeAsker, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    asker.set_up_printer = print_to_pdf(out, resolution=100)
    generate(qtbot, dialog)
    assert dialog.print_catalogue()
    pages = dialog.preview.page_count()
    assert asker.pages_offered == [pages]
    assert pdf_pages(out) == pages
    assert dialog.status.text() == f"Sent {pages} page(s) to the printer."


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_start_is_said_so_in_the_staffs_language(
    qtbot: QtBot, dialog: CatalogueDialog, asker: FakeAsker, tmp_path: Path, qapp: QApplication
) -> None:
    asker.set_up_printer = print_to_pdf(tmp_path / "nowhere" / "printed.pdf", resolution=100)
    generate(qtbot, dialog)
    with translated(qapp, "id"):
        assert not dialog.print_catalogue()
        assert dialog.status.text() == (
            "Printer tidak dapat dimulai. Apakah sudah menyala dan tersambung?"
        )
    assert not (tmp_path / "nowhere").exists()


def test_save_refuses_a_folder_that_does_not_exist(
    qtbot: QtBot, dialog: CatalogueDialog, asker: FakeAsker, tmp_path: Path
) -> None:
    generate(qtbot, dialog)
    asker.save_to = lambda suggested: tmp_path / "nowhere" / suggested.name
    assert dialog.save_pdf() is None
    assert "does not exist" in dialog.status.text()
    assert not (tmp_path / "nowhere").exists()


# Cancel, failures, closing ---------------------------------------------------------------------


def test_cancel_leaves_no_file_and_generate_comes_back(
    qtbot: QtBot, dialog: CatalogueDialog, held: threading.Event, work: Path
) -> None:
    assert dialog.generate()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 1, timeout=WAIT_MS)
    assert held.is_set() and dialog.is_running()
    assert not dialog.generate_button.isEnabled()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT_MS)
    assert dialog.status.text() == "Cancelled. No catalogue was made."
    assert files_in(work) == []
    assert dialog.generate_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.preview.page_count() == 0


def test_cancel_as_the_catalogue_finishes_shows_the_finished_catalogue(
    qtbot: QtBot, dialog: CatalogueDialog, work: Path
) -> None:
    """Cancel pressed after the last product was written, before the dialog heard of it: the
    clerk gets the whole catalogue and Generate back, not a half-written file or a stuck
    dialog."""
    assert dialog.generate()
    job = dialog.job
    assert job is not None and job.wait(WAIT_MS)  # written; the dialog is not told yet
    dialog.cancel_button.click()
    assert dialog.status.text() == "Cancelling…"
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT_MS)
    assert dialog.summary is not None
    pages = dialog.summary.pages
    assert dialog.status.text() == f"Catalogue ready: 5 product(s) on {pages} page(s)."
    assert dialog.pdf_path is not None and files_in(work) == [dialog.pdf_path]
    assert pdf_pages(dialog.pdf_path) == pages == dialog.preview.page_count()
    assert names_in(dialog.pdf_path) == set(KIOSK_NAMES.values())
    assert dialog.generate_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.save_button.isEnabled()


def test_cancelling_a_large_showcase(
    qtbot: QtBot, tmp_path: Path, _migrated_template: Path, held: threading.Event
) -> None:
    import shutil

    from showcase.inventory.demo.synthetic import build_synthetic
    from showcase.store.db import open_database

    path = tmp_path / "large.db"
    shutil.copyfile(_migrated_template, path)
    database = open_database(path)
    try:
        with database.session() as session:
            build_synthetic(session, products=300, photos=True)
        work = tmp_path / "large-work"
        work.mkdir()
        dialog = CatalogueDialog(database, [], work_dir=work)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.generate()
        total = dialog.progress_bar.maximum()
        assert total > 200
        qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 1, timeout=WAIT_MS)
        dialog.cancel()
        qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT_MS)
        assert dialog.status.text().startswith("Cancelled")
        assert dialog.progress_bar.value() < total
        assert files_in(work) == []
        assert dialog.generate_button.isEnabled()
        dialog.close()
    finally:
        database.close()


def test_closing_while_generating_ends_the_thread(
    qtbot: QtBot, make_dialog: Callable[..., CatalogueDialog], held: threading.Event, work: Path
) -> None:
    dialog = make_dialog()
    assert dialog.generate()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 1, timeout=WAIT_MS)
    job = dialog.job
    assert job is not None and job.isRunning()
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.close()
    assert job.isFinished()
    assert dialog.job is None
    assert files_in(work) == []  # the dialog's temporary folder is gone too
    assert not dialog.isVisible()


def test_a_user_error_in_the_worker_shows_its_message(
    qtbot: QtBot, dialog: CatalogueDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise UserError("none of the chosen products exists any more")

    monkeypatch.setattr(catalogue, "write_catalogue", refuse)
    generate(qtbot, dialog)
    assert dialog.status.text() == "None of the chosen products exists any more."
    assert dialog.generate_button.isEnabled()
    assert not dialog.save_button.isEnabled()


def test_an_unexpected_error_is_logged_and_the_dialog_stays_usable(
    qtbot: QtBot,
    dialog: CatalogueDialog,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    real = catalogue.write_catalogue

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(catalogue, "write_catalogue", broken)
    with caplog.at_level(logging.ERROR, logger="showcase.ui.staff.documents.catalogue_job"):
        generate(qtbot, dialog)
    assert dialog.status.text().startswith("Something went wrong while making the catalogue")
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)

    monkeypatch.setattr(catalogue, "write_catalogue", real)
    generate(qtbot, dialog)
    assert dialog.summary is not None and dialog.summary.products == 5


# Opening from the staff window -----------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, db: Database, sample: Sample) -> Iterator[MainWindow]:
    w = MainWindow(db, user=make_account(db))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.dialog is not None:
        w.dialog.close()


def test_the_catalogue_action_opens_the_dialog_with_the_selection(window: MainWindow) -> None:
    selection = window.table.selectionModel()
    selection.clearSelection()
    for row in (1, 3):
        selection.select(
            window.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    window.catalogue_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CatalogueDialog) and dialog.isVisible()
    assert dialog.choice.selected_ids == [window.model.product_id(1), window.model.product_id(3)]
    assert dialog.choice.selected_radio.isChecked()
    assert window.catalogue_action.shortcut().toString() == "Ctrl+Shift+P"
    toolbar = window.findChild(QToolBar, "actions")
    assert toolbar is not None
    actions = toolbar.actions()
    assert actions.index(window.catalogue_action) == actions.index(window.labels_action) + 1


def test_the_catalogue_action_without_a_selection(window: MainWindow) -> None:
    window.table.selectionModel().clearSelection()
    window.catalogue_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CatalogueDialog)
    assert dialog.choice.selected_ids == []
    assert not dialog.choice.selected_radio.isEnabled()
    assert dialog.count_label.text() == "5 product(s) will be in the catalogue."


def test_the_staff_window_keeps_working_while_a_catalogue_is_made(
    qtbot: QtBot, window: MainWindow, held: threading.Event
) -> None:
    window.table.selectionModel().clearSelection()
    window.catalogue_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CatalogueDialog)
    assert dialog.generate()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 1, timeout=WAIT_MS)
    # The UI thread is free: the list answers a search while the worker is in the middle.
    window.filters.search.setText("Kopi")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT_MS)
    assert dialog.is_running()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT_MS)
    assert dialog.status.text().startswith("Cancelled")
