"""Visitor statistics: the last 7 days by default, most opened first, totals per product and
category, and the CSV export for the province."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.inventory.kiosk.visits import VisitLog
from showcase.store.db import Database
from showcase.ui.staff.kiosks.stats_dialog import KioskStatsDialog
from tests.helpers.asker import FakeAsker
from tests.helpers.factories import Sample, make_sample
from tests.helpers.language import translated


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """The kiosk reads and counts on an SQLite file: its own, or its local copy of a server's
    showcase (a server's visit counts have their own tests)."""
    return sqlite_db


TODAY = datetime.date(2026, 11, 22)


@pytest.fixture
def sample(db: Database) -> Sample:
    sample = make_sample(db)
    day = [TODAY]
    log = VisitLog(db.path, clock=lambda: day[0])
    visits = [
        (TODAY, "product", sample.products["KOP-0001"], 2),
        (TODAY, "product", sample.products["KOP-0002"], 5),
        (TODAY, "category", sample.coffee, 3),
        (TODAY - datetime.timedelta(days=1), "product", sample.products["KOP-0001"], 4),
        (TODAY - datetime.timedelta(days=1), "kabupaten", "Tanggamus", 1),
        (TODAY - datetime.timedelta(days=7), "product", sample.products["MAK-0001"], 9),  # too old
    ]
    for when, kind, ref, times in visits:
        day[0] = when
        for _ in range(times):
            log.record(kind, str(ref))
    log.close()
    return sample


@pytest.fixture
def asker() -> FakeAsker:
    return FakeAsker()


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, sample: Sample, asker: FakeAsker) -> KioskStatsDialog:
    widget = KioskStatsDialog(db, today=TODAY, asker=asker)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _cells(model: object) -> list[list[str]]:
    from PySide6.QtCore import QAbstractItemModel

    assert isinstance(model, QAbstractItemModel)
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_last_seven_days_most_opened_first(dialog: KioskStatsDialog) -> None:
    assert dialog.since.date() == QDate(2026, 11, 16) and dialog.until.date() == QDate(2026, 11, 22)
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Day",
        "Kind",
        "Name",
        "Count",
    ]
    assert _cells(dialog.model) == [
        ["22/11/2026", "Product", "KOP-0002 Kopi Luwak Tanggamus", "5"],
        ["21/11/2026", "Product", "KOP-0001 Kopi Robusta Lampung", "4"],
        ["22/11/2026", "Category", "Kopi", "3"],
        ["22/11/2026", "Product", "KOP-0001 Kopi Robusta Lampung", "2"],
        ["21/11/2026", "Regency/city", "Tanggamus", "1"],
    ]
    assert _cells(dialog.totals) == [
        ["Product", "KOP-0001 Kopi Robusta Lampung", "6"],
        ["Product", "KOP-0002 Kopi Luwak Tanggamus", "5"],
        ["Category", "Kopi", "3"],
        ["Regency/city", "Tanggamus", "1"],
    ]
    assert dialog.summary.text() == "Total openings: 15 (16/11/2026 – 22/11/2026)"


def test_a_click_on_a_heading_sorts_by_it(dialog: KioskStatsDialog) -> None:
    dialog.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in _cells(dialog.model)] == [
        "21/11/2026",
        "21/11/2026",
        "22/11/2026",
        "22/11/2026",
        "22/11/2026",
    ]


def test_changing_the_dates_reads_again(dialog: KioskStatsDialog) -> None:
    dialog.since.setDate(QDate(2026, 11, 10))
    assert "Keripik Pisang Cokelat" in " ".join(row[2] for row in _cells(dialog.model))
    dialog.since.setDate(QDate(2026, 11, 22))
    dialog.until.setDate(QDate(2026, 11, 22))
    assert len(_cells(dialog.model)) == 3
    dialog.since.setDate(QDate(2026, 12, 1))  # after "until": read as the other way round
    assert dialog.period() == (datetime.date(2026, 11, 22), datetime.date(2026, 12, 1))
    dialog.since.setDate(QDate(2027, 1, 1))
    dialog.until.setDate(QDate(2027, 1, 2))
    assert _cells(dialog.model) == [] and not dialog.export_button.isEnabled()


def test_export_csv(dialog: KioskStatsDialog, asker: FakeAsker, tmp_path: Path) -> None:
    target = tmp_path / "kunjungan"  # no suffix typed: .csv is added
    asker.save_to = lambda suggested: target
    dialog.export_button.click()
    assert asker.suggested == ["kunjungan-kios-2026-11-16-2026-11-22.csv"]
    written = tmp_path / "kunjungan.csv"
    assert dialog.status.text() == "Exported to kunjungan.csv"
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["tanggal/date", "jenis/kind", "kode/ref", "nama/name", "jumlah/count"]
    assert sorted(row[3] for row in rows[1:]) == [
        "KOP-0001 Kopi Robusta Lampung",
        "KOP-0001 Kopi Robusta Lampung",
        "KOP-0002 Kopi Luwak Tanggamus",
        "Kopi",
        "Tanggamus",
    ]
    assert sum(int(row[4]) for row in rows[1:]) == 15


def test_in_english_categories_have_their_english_names_and_the_csv_stays_indonesian(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    sample: Sample,
    asker: FakeAsker,
    tmp_path: Path,
) -> None:
    asker.save_to = lambda suggested: tmp_path / "visits.csv"
    with translated(qapp, "en"):
        dialog = KioskStatsDialog(db, today=TODAY, asker=asker)
        qtbot.addWidget(dialog)
        dialog.show()
        assert ["22 Nov 2026", "Category", "Coffee", "3"] in _cells(dialog.model)
        assert ["Category", "Coffee", "3"] in _cells(dialog.totals)
        dialog.export_button.click()
    assert dialog.exported == (tmp_path / "visits.csv", 5)
    with (tmp_path / "visits.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert ["2026-11-22", "category", str(sample.coffee), "Kopi", "3"] in rows  # for the province


def test_export_into_a_missing_folder_says_so(
    dialog: KioskStatsDialog, asker: FakeAsker, tmp_path: Path
) -> None:
    asker.save_to = lambda suggested: tmp_path / "hilang" / "x.csv"
    dialog.export_button.click()
    assert dialog.status.text() == f"the folder {tmp_path / 'hilang'} does not exist"
    assert not (tmp_path / "hilang").exists()


def test_export_cancelled_writes_nothing(
    dialog: KioskStatsDialog, asker: FakeAsker, tmp_path: Path
) -> None:
    asker.save_to = lambda suggested: None
    dialog.export_button.click()
    assert dialog.status.isHidden() and dialog.exported is None
