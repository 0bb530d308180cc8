"""The Import products and Export dialogs as staff use them: a real file is checked in the
worker, the preview shows what would change (or each problem, with Import disabled), Import
writes all of it, Cancel writes nothing; Export writes the chosen table in the chosen format."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from showcase.store.db import Database
from showcase.ui.staff.data.export_dialog import ExportDialog
from showcase.ui.staff.data.import_dialog import ImportDialog
from tests.helpers.asker import FakeAsker
from tests.helpers.hostile_files import unclosed_quote
from tests.helpers.import_fixtures import fill, snapshot, write_csv
from tests.helpers.staff_window import staff_window

WAIT_MS = 60_000


@pytest.fixture
def filled(db: Database) -> Database:
    fill(db)
    return db


@pytest.fixture
def dialog(qtbot: QtBot, filled: Database) -> ImportDialog:
    widget = ImportDialog(filled)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _check(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    dialog.check(path)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)


def _cells(model: QAbstractItemModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _good_file(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "produk.csv",
        [
            ["Kode", "Nama", "Harga", "Stok", "Kategori"],
            ["KOP-0001", "Kopi Robusta Lampung", "Rp 47.500", "20", ""],
            ["KOP-0002", "Kopi Luwak", "150.000", "2", ""],
            ["", "Kopi Lanang", "60000", "5", "Kopi"],
        ],
        delimiter=";",
        bom=True,
    )


def test_preview_counts_and_lists_the_changes(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    _check(qtbot, dialog, _good_file(tmp_path))
    assert dialog.summary.text() == "1 new, 1 changed, 1 unchanged"
    assert dialog.import_button.isEnabled()
    # New and changed rows first (the unchanged ones of a big file would hide them).
    assert _cells(dialog.plan_model) == [
        ["2", "KOP-0001", "Kopi Robusta Lampung", "Changed", "Price: Rp45.000 → Rp47.500"],
        ["4", "KOP-0003", "Kopi Lanang", "New",
         "Category: Kopi; Producer: —; Price: Rp60.000; Stock: 5"],
    ]  # fmt: skip
    dialog.only_changes.setChecked(False)
    assert [row[1] for row in _cells(dialog.plan_model)] == ["KOP-0001", "KOP-0002", "KOP-0003"]


def test_choose_file_checks_the_file_chosen(qtbot: QtBot, filled: Database, tmp_path: Path) -> None:
    asker = FakeAsker()
    dialog = ImportDialog(filled, asker=asker)
    qtbot.addWidget(dialog)
    dialog.choose_button.click()  # cancelled: nothing is read
    assert dialog.job is None and dialog.plan is None
    asker.open_answer = _good_file(tmp_path)
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert dialog.summary.text() == "1 new, 1 changed, 1 unchanged"
    assert asker.opened_in == [Path.home(), Path.home()]


def test_bad_rows_show_the_report_and_import_stays_off(
    qtbot: QtBot, dialog: ImportDialog, filled: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "salah.csv",
        [["Kode", "Nama", "Harga"], ["KOP-0001", "Kopi", "abc"], ["X-1", "", "1000"]],
    )
    before = snapshot(filled)
    _check(qtbot, dialog, path)
    assert dialog.summary.text() == (
        "2 problems in salah.csv: nothing can be imported until they are fixed"
    )
    assert dialog.pages.currentWidget() is dialog.problem_table
    assert _cells(dialog.problem_model) == [
        ["2", "Harga", "Price “abc” is not an amount in rupiah (for example 25000 or Rp25.000)"],
        ["3", "Nama", "Name is required"],
    ]
    assert not dialog.import_button.isEnabled()
    assert snapshot(filled) == before


def test_a_new_product_without_a_price_is_a_problem_in_the_window(
    qtbot: QtBot, dialog: ImportDialog, filled: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "tanpa-harga.csv",
        [["Kode", "Nama", "Harga"], ["KOP-0001", "Kopi Robusta Lampung", ""], ["", "Madu", ""]],
    )
    before = snapshot(filled)
    _check(qtbot, dialog, path)
    assert _cells(dialog.problem_model) == [
        ["3", "Harga", "A new product needs a price: write it, or 0 for “price on request”"],
    ]
    assert not dialog.import_button.isEnabled()
    assert snapshot(filled) == before


def test_a_file_that_is_no_spreadsheet_is_named(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    path = tmp_path / "foto.xlsx"
    path.write_bytes(b"\xff\xd8\xff\xe0 JPEG")
    _check(qtbot, dialog, path)
    assert dialog.status.isVisible()
    assert dialog.status.text() == "foto.xlsx is not an Excel workbook (.xlsx)"
    assert not dialog.import_button.isEnabled()
    assert dialog.choose_button.isEnabled()


def _fully_shown(label: QLabel) -> bool:
    """The label wraps and is tall enough for all its lines at its width."""
    return (
        label.isVisible()
        and label.wordWrap()
        and (label.height() >= label.heightForWidth(label.width()))
    )


def test_a_refused_file_shows_its_whole_name_and_message_under_it(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    """The name of a file deep in folders wraps instead of being cut off at its end, and the
    refusal comes right under it, whole, instead of below an empty table; the dialog fits a
    1366×768 screen. A good file afterwards brings the table back."""
    folder = tmp_path / "Dokumen Pusat UMKM Bakauheni" / "Daftar produk dari koperasi" / "2026"
    folder.mkdir(parents=True)
    path = unclosed_quote(folder / "produk-koperasi-tani-hijau-makmur-bulan-november.csv")
    dialog.resize(980, 620)
    _check(qtbot, dialog, path)
    assert dialog.file_label.text() == str(path)
    assert _fully_shown(dialog.file_label)
    assert dialog.file_label.height() > dialog.file_label.fontMetrics().height()  # two lines
    assert dialog.status.text().startswith(f"{path.name}, row 2, column nama: a quote opens")
    assert _fully_shown(dialog.status)
    assert dialog.status.height() > dialog.status.fontMetrics().height()  # two lines
    assert not dialog.pages.isVisible() and not dialog.summary.isVisible()
    below_name = dialog.status.y() - dialog.file_label.geometry().bottom()
    assert 0 < below_name < 3 * dialog.status.fontMetrics().height()
    assert dialog.frameGeometry().width() <= 1366 and dialog.frameGeometry().height() <= 728

    _check(qtbot, dialog, _good_file(tmp_path))
    assert dialog.pages.isVisible() and dialog.plan_table.isVisible()
    assert dialog.summary.isVisible() and not dialog.status.isVisible()


def test_import_writes_everything_and_says_so(
    qtbot: QtBot, dialog: ImportDialog, filled: Database, tmp_path: Path
) -> None:
    _check(qtbot, dialog, _good_file(tmp_path))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert dialog.summary.text() == "Imported: 1 new, 1 changed, 1 unchanged"
    assert dialog.changed
    assert not dialog.import_button.isEnabled()
    assert dialog.status.text().startswith("Done. A backup was made first: ")
    assert dialog.outcome is not None and dialog.outcome.backup is not None
    assert dialog.outcome.backup.exists()
    products = {row[0]: row for row in snapshot(filled)["product"]}
    assert products["KOP-0001"][4] == 47500
    assert products["KOP-0003"][1] == "Kopi Lanang"


def test_cancel_writes_nothing(
    qtbot: QtBot, dialog: ImportDialog, filled: Database, tmp_path: Path
) -> None:
    rows = [["kode", "nama", "harga"]] + [[f"C-{n}", f"Produk {n}", "1000"] for n in range(500)]
    _check(qtbot, dialog, write_csv(tmp_path / "banyak.csv", rows))
    before = snapshot(filled)
    dialog.start_import()
    dialog.cancel_button.click()  # before the worker reaches its first check
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert dialog.summary.text() == "Cancelled: nothing was changed."
    assert snapshot(filled) == before
    assert not dialog.changed


def test_file_menu_import_refreshes_the_list(
    qtbot: QtBot, filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _good_file(tmp_path)
    monkeypatch.setattr(ImportDialog, "choose_file", lambda self: self.check(path))
    window = staff_window(qtbot, filled)
    assert window.import_action.text() == "&Import products…"
    window.import_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.changed and dialog.job is None, timeout=WAIT_MS)
    dialog.close_button.click()
    codes = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert "KOP-0003" in codes


# --- export ------------------------------------------------------------------------------------


@pytest.fixture
def export_dialog(qtbot: QtBot, filled: Database) -> ExportDialog:
    widget = ExportDialog(filled)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_export_suggests_a_name_that_follows_the_choices(export_dialog: ExportDialog) -> None:
    assert Path(export_dialog.path.text()).name.startswith("produk-")
    assert export_dialog.path.text().endswith(".xlsx")
    export_dialog.csv.setChecked(True)
    assert export_dialog.path.text().endswith(".csv")
    export_dialog.what.setCurrentIndex(2)
    assert Path(export_dialog.path.text()).name.startswith("mutasi-stok-")


def test_choosing_where_to_export_follows_the_file_type(
    qtbot: QtBot, filled: Database, tmp_path: Path
) -> None:
    asker = FakeAsker()
    dialog = ExportDialog(filled, asker=asker)
    qtbot.addWidget(dialog)
    suggested = dialog.path.text()
    dialog.browse_button.click()  # cancelled: the suggestion stays
    assert dialog.path.text() == suggested and asker.suggested == [Path(suggested).name]
    asker.save_to = lambda start: tmp_path / "produk.csv"
    dialog.browse_button.click()
    assert dialog.path.text() == str(tmp_path / "produk.csv") and dialog.csv.isChecked()
    asker.save_to = lambda start: tmp_path / "produk"  # no suffix typed: the format's is added
    dialog.browse_button.click()
    assert dialog.path.text() == str(tmp_path / "produk.csv")


def test_export_writes_the_chosen_table(
    qtbot: QtBot, export_dialog: ExportDialog, tmp_path: Path
) -> None:
    export_dialog.what.setCurrentIndex(1)  # producers
    export_dialog.csv.setChecked(True)
    out = tmp_path / "produsen.csv"
    export_dialog.path.setText(str(out))
    export_dialog.export_button.click()
    qtbot.waitUntil(lambda: export_dialog.job is None, timeout=WAIT_MS)
    assert export_dialog.status.text() == f"Saved 2 rows to {out}"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row[0] for row in rows] == ["producer", "Koperasi Tapis Jaya", "Kopi Siger"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("produk.pdf", "export needs a .csv or .xlsx file name, not produk.pdf"),
        ("tidak-ada/produk.csv", "does not exist"),
        ("", "Choose where to save the file."),
    ],
)
def test_export_names_a_wrong_path(
    export_dialog: ExportDialog, tmp_path: Path, name: str, expected: str
) -> None:
    export_dialog.path.setText(str(tmp_path / name) if name else "")
    export_dialog.export_button.click()
    assert export_dialog.job is None
    assert expected in export_dialog.status.text()
    assert list(tmp_path.glob("*.pdf")) == []


def test_products_import_back_what_the_dialog_exported(
    qtbot: QtBot, export_dialog: ExportDialog, filled: Database, tmp_path: Path
) -> None:
    out = tmp_path / "produk.xlsx"
    export_dialog.path.setText(str(out))
    export_dialog.export_button.click()
    qtbot.waitUntil(lambda: export_dialog.job is None, timeout=WAIT_MS)
    importer = ImportDialog(filled)
    qtbot.addWidget(importer)
    _check(qtbot, importer, out)
    assert importer.summary.text() == "0 new, 0 changed, 3 unchanged"
    assert not importer.import_button.isEnabled()
    assert importer.status.text() == "Nothing to import: every product is as in the file."
