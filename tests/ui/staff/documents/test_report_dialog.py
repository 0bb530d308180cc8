"""The report dialog as staff use it: the last full month to begin with, a report made in the
background and previewed, saved as PDF or XLSX and read back, printed, cancelled, a period
refused, and opening it from the staff window's File menu.

Where to save and which printer are answered by a FakeAsker (tests/helpers/asker.py).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from showcase.printing.report.document import ReportFormat
from showcase.store.db import Database, open_database
from showcase.ui.staff.documents.report_dialog import ReportDialog
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.asker import FakeAsker, print_to_pdf
from tests.helpers.factories import make_account
from tests.helpers.report_showcase import TODAY, make_report_showcase

WAIT_MS = 60_000


@pytest.fixture
def saved_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    folder.mkdir()
    return folder


@pytest.fixture
def asker(saved_folder: Path) -> FakeAsker:
    """Answers as a person at the desk would: save in `saved_folder` under the name suggested."""
    made = FakeAsker()
    made.save_to = lambda suggested: saved_folder / suggested.name
    return made


@pytest.fixture
def showcase_file(tmp_path: Path) -> Iterator[Database]:
    """A showcase database file of the test's own (the dialog is the same on either store)."""
    database = open_database(tmp_path / "showcase.db")
    yield database
    database.close()


@pytest.fixture
def dialog(
    qtbot: QtBot,
    showcase_file: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    asker: FakeAsker,
) -> Iterator[ReportDialog]:
    db = showcase_file
    make_report_showcase(db, monkeypatch)
    work = tmp_path / "work"
    work.mkdir()
    made = ReportDialog(db, asker=asker, today=lambda: TODAY, work_dir=work)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()


def make(qtbot: QtBot, dialog: ReportDialog) -> None:
    assert dialog.make_report()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT_MS)


def test_the_last_full_month_is_chosen_at_first(dialog: ReportDialog) -> None:
    period = dialog.period()
    assert (period.start.isoformat(), period.end.isoformat()) == ("2026-10-01", "2026-10-31")
    assert dialog.language() == "id" and dialog.report_format() is ReportFormat.PDF
    assert "31 day(s)" in dialog.period_note.text()
    assert "01/09/2026 – 30/09/2026" in dialog.period_note.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()


def test_a_pdf_is_made_previewed_and_saved(
    qtbot: QtBot, dialog: ReportDialog, asker: FakeAsker, saved_folder: Path
) -> None:
    make(qtbot, dialog)
    assert dialog.summary is not None
    assert dialog.preview.page_count() == dialog.summary.pages
    assert dialog.status.text() == f"Report ready: {dialog.summary.pages} page(s)."
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    saved = dialog.save()
    assert asker.suggested == ["laporan-2026-10-01-2026-10-31.pdf"]
    assert saved == saved_folder / "laporan-2026-10-01-2026-10-31.pdf"
    text = subprocess.run(
        ["pdftotext", str(saved), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Rp2.105.000" in text and "Nota Konsinyasi" in text


def test_an_english_xlsx(qtbot: QtBot, dialog: ReportDialog, asker: FakeAsker) -> None:
    dialog.set_language("en")
    dialog.set_format(ReportFormat.XLSX)
    make(qtbot, dialog)
    assert dialog.summary is not None and dialog.summary.format is ReportFormat.XLSX
    assert "15 sheet(s)" in dialog.preview.message()
    assert "Rp2.105.000" in dialog.preview.message()
    assert not dialog.print_button.isEnabled()
    saved = dialog.save()
    assert asker.suggested == ["laporan-2026-10-01-2026-10-31.xlsx"]
    assert saved is not None and saved.suffix == ".xlsx"
    book = load_workbook(saved)
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows() if row[0].value}
    assert summary["Sales value"] == 2_105_000


def test_printing_the_report(
    qtbot: QtBot, dialog: ReportDialog, asker: FakeAsker, tmp_path: Path
) -> None:
    make(qtbot, dialog)
    printed = tmp_path / "printed.pdf"
    assert not dialog.print_report()  # the print dialog cancelled
    assert not printed.exists()
    asker.set_up_printer = print_to_pdf(printed, resolution=150)
    assert dialog.print_report()
    assert printed.exists() and printed.stat().st_size > 0
    assert asker.pages_offered[-1] == dialog.preview.page_count()
    assert dialog.status.text().startswith("Sent ")


def test_a_name_without_its_ending_gets_it(
    qtbot: QtBot, dialog: ReportDialog, asker: FakeAsker, saved_folder: Path
) -> None:
    dialog.set_format(ReportFormat.XLSX)
    make(qtbot, dialog)
    asker.save_to = lambda suggested: saved_folder / "laporan"
    assert dialog.save() == saved_folder / "laporan.xlsx"


def test_cancelling_makes_no_report(qtbot: QtBot, dialog: ReportDialog) -> None:
    assert dialog.make_report()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=WAIT_MS)
    assert dialog.summary is None
    assert dialog.status.text() == "Cancelled. No report was made."
    assert dialog.make_button.isEnabled() and not dialog.save_button.isEnabled()


def test_a_period_that_ends_before_it_starts_is_refused(dialog: ReportDialog) -> None:
    import datetime

    dialog.set_period(datetime.date(2026, 10, 20), datetime.date(2026, 10, 1))
    assert "after it ends" in dialog.period_note.text()
    assert not dialog.make_report()
    assert "after it ends" in dialog.status.text()
    assert not dialog.is_running()


def test_the_file_menu_opens_the_report(qtbot: QtBot, showcase_file: Database) -> None:
    db = showcase_file
    window = MainWindow(db, user=make_account(db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    file_menu = window.menuBar().actions()[0].menu()
    actions = file_menu.actions()
    assert window.report_action in actions  # beside Export and the other documents
    window.report_action.trigger()
    assert isinstance(window.dialog, ReportDialog) and window.dialog.isVisible()
    window.dialog.close()
