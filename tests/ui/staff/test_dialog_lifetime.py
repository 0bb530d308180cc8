"""A closed staff dialog that nothing refers to any more is freed at once, in the UI thread.

A dialog caught in a Python reference cycle (a helper or a stored lambda holding the dialog
back) is freed only by the cyclic garbage collector, which runs in whichever thread happens to
allocate: often the worker thread making a catalogue or a report. There it deleted the closed
dialog's Qt widgets outside the UI thread, and the program crashed (SIGSEGV). Here the
collector is off while the dialog is dropped, so a dialog left in a cycle stays alive and the
test fails; a dialog held from Qt's side (a signal connected to a lambda) fails it too. A
dialog that ran a worker job is dropped the same way: the ended job stays its child, and its
work (a closure over the dialog) must not hold the dialog back.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from showcase.store.db import Database
from showcase.ui.staff.data.export_dialog import ExportDialog
from showcase.ui.staff.data.import_dialog import ImportDialog
from showcase.ui.staff.documents.catalogue_dialog import CatalogueDialog
from showcase.ui.staff.documents.labels_dialog import LabelsDialog
from showcase.ui.staff.documents.report_dialog import ReportDialog
from showcase.ui.staff.documents.sheet_editor import SheetEditor
from showcase.ui.staff.documents.website_dialog import WebsiteDialog
from showcase.ui.staff.records.producers_dialog import ProducersDialog
from showcase.ui.staff.records.stock_dialog import StockDialog
from tests.helpers.factories import Sample, make_sample
from tests.helpers.import_fixtures import write_csv

Build = Callable[[Database, Sample, Path], QDialog]

DIALOGS: dict[str, Build] = {
    "catalogue": lambda db, _s, work: CatalogueDialog(db, [], work_dir=work),
    "report": lambda db, _s, work: ReportDialog(db, work_dir=work),
    "labels": lambda db, s, _w: LabelsDialog(db, [s.products["KOP-0001"]]),
    "sheet editor": lambda db, _s, _w: SheetEditor(db),
    "website": lambda db, _s, _w: WebsiteDialog(db),
    "stock": lambda db, s, _w: StockDialog(db, s.products["KOP-0001"]),
    "producers": lambda db, _s, _w: ProducersDialog(db),
}


@pytest.fixture
def no_cyclic_collector() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.parametrize("name", DIALOGS)
def test_a_closed_dialog_is_freed_when_dropped(
    name: str, qapp: QApplication, sqlite_db: Database, tmp_path: Path, no_cyclic_collector: None
) -> None:
    sample = make_sample(sqlite_db)
    dialog = DIALOGS[name](sqlite_db, sample, tmp_path)
    dialog.show()
    dialog.close()
    gone = weakref.ref(dialog)
    del dialog
    assert gone() is None, f"the {name} dialog is kept alive by a reference cycle"


def _exported(dialog: QDialog, folder: Path) -> Callable[[], bool]:
    """Export the products; the predicate says when the file is written and the job ended."""
    assert isinstance(dialog, ExportDialog)
    dialog.csv.setChecked(True)
    dialog.path.setText(str(folder / "produk.csv"))
    dialog.export()
    assert dialog.job is not None
    return lambda: dialog.job is None and dialog.written is not None


def _checked(dialog: QDialog, folder: Path) -> Callable[[], bool]:
    """Check a file to import; the predicate says when its preview is shown."""
    assert isinstance(dialog, ImportDialog)
    rows = [["Kode", "Nama", "Harga", "Stok"], ["KOP-0009", "Kopi Lanang", "60000", "5"]]
    dialog.check(write_csv(folder / "produk.csv", rows))
    assert dialog.job is not None
    return lambda: dialog.job is None and dialog.plan is not None


RAN: dict[
    str, tuple[Callable[[Database], QDialog], Callable[[QDialog, Path], Callable[[], bool]]]
] = {
    "export": (ExportDialog, _exported),
    "import": (ImportDialog, _checked),
}


@pytest.mark.parametrize("name", RAN)
def test_a_closed_dialog_that_ran_a_job_is_freed_when_dropped(
    name: str, qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    make, run = RAN[name]
    dialog = make(sqlite_db)
    dialog.show()
    done = run(dialog, tmp_path)
    qtbot.waitUntil(done, timeout=60_000)
    dialog.close()
    del done
    gc.collect()
    gc.disable()
    try:
        gone = weakref.ref(dialog)
        del dialog
        assert gone() is None, f"the {name} dialog is kept alive by a reference cycle"
    finally:
        gc.enable()
