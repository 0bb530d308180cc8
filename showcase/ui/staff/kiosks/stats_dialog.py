"""Visitor statistics: what visitors opened on the kiosk, per day and in total, for a date range,
and the CSV export the center sends to the province.

Counts are read by showcase.inventory.kiosk.visits (names resolved in SQL); the tables are thin
Qt models over those rows, sorted in Python (a few hundred rows at most for a range of days).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError
from showcase.i18n import translate
from showcase.inventory.formats import number, short_date
from showcase.inventory.kiosk.visits import (
    VisitRow,
    VisitTotal,
    visit_report,
    visit_totals,
    write_visits_csv,
)
from showcase.store.db import Database
from showcase.ui.language import current_language
from showcase.ui.widgets.asker import Asker, QtAsker
from showcase.ui.widgets.dialog_parts import StatusLabel, close_row, list_table, no_default_buttons
from showcase.ui.widgets.row_table_model import Index, RowTableModel

DEFAULT_DAYS = 7
ROW_HEIGHT = 26


def _day_text(day: datetime.date) -> str:
    """`22/11/2026`, or `22 Nov 2026` while staff read English."""
    return short_date(day, current_language())


def _qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _kind_names() -> dict[str, str]:
    return {
        "product": translate("KioskStatsDialog", "Product"),
        "category": translate("KioskStatsDialog", "Category"),
        "kabupaten": translate("KioskStatsDialog", "Regency/city"),
        "producer": translate("KioskStatsDialog", "Producer"),
        "search": translate("KioskStatsDialog", "Search"),
    }


class VisitTableModel(RowTableModel[VisitRow]):
    """Day, kind, name, count: one row per day and thing opened."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Day"), self.tr("Kind"), self.tr("Name"), self.tr("Count")]
        self._kinds = _kind_names()
        self._language = current_language()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                _day_text(row.day),
                self._kinds.get(row.kind, row.kind),
                row.name,
                number(row.count, self._language),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys: tuple[Callable[[VisitRow], Any], ...] = (
            lambda r: (r.day, -r.count),
            lambda r: (r.kind, -r.count),
            lambda r: (r.name.casefold(), r.day),
            lambda r: (r.count, r.day),
        )
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class TotalTableModel(RowTableModel[VisitTotal]):
    """Kind, name, count: summed over the days, most opened first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Kind"), self.tr("Name"), self.tr("Count")]
        self._kinds = _kind_names()
        self._language = current_language()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            count = number(row.count, self._language)
            return (self._kinds.get(row.kind, row.kind), row.name, count)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _table(parent: QWidget, model: RowTableModel[Any], widths: tuple[int, ...]) -> QTableView:
    table = list_table(parent, model, row_height=ROW_HEIGHT, single_selection=False)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class KioskStatsDialog(QDialog):
    """Which products, categories and places visitors open most, for a range of days. `asker`
    opens the file dialog for the CSV export (the real one by default)."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        today: datetime.date | None = None,
        asker: Asker | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.asker: Asker = asker if asker is not None else QtAsker()
        self.rows: list[VisitRow] = []
        self.exported: tuple[Path, int] | None = None  # the last file written and its rows
        self.setWindowTitle(self.tr("Visitor statistics"))
        self.resize(820, 600)
        today = today or datetime.date.today()

        self.since = QDateEdit(_qdate(today - datetime.timedelta(days=DEFAULT_DAYS - 1)))
        self.until = QDateEdit(_qdate(today))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self.reload)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.until)
        dates.addStretch(1)

        self.model = VisitTableModel(self)
        self.table = _table(self, self.model, (100, 130, 420))
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # most opened first, until staff click a heading
        self.totals = TotalTableModel(self)
        self.totals_table = _table(self, self.totals, (130, 520))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("Per day"))
        self.tabs.addTab(self.totals_table, self.tr("Totals"))

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.status = StatusLabel(self)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        _, closing = close_row(self, self.tr("Close"))
        closing.insertWidget(0, self.export_button)
        closing.insertWidget(0, self.status, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addLayout(closing)
        no_default_buttons(self)
        self.reload()

    def period(self) -> tuple[datetime.date, datetime.date]:
        """The days chosen, in order (a range typed backwards is read forwards)."""
        since = self.since.date().toPython()
        until = self.until.date().toPython()
        assert isinstance(since, datetime.date) and isinstance(until, datetime.date)
        return (since, until) if since <= until else (until, since)

    def reload(self) -> None:
        since, until = self.period()
        language = current_language()
        with self.database.read() as r:
            self.rows = visit_report(r, since=since, until=until, language=language)
            totals = visit_totals(r, since=since, until=until, language=language)
        self.model.set_rows(self.rows)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.totals.set_rows(totals)
        opened = sum(row.count for row in self.rows)
        self.summary.setText(
            self.tr("Total openings: {count} ({since} – {until})").format(
                count=number(opened, current_language()),
                since=_day_text(since),
                until=_day_text(until),
            )
        )
        self.export_button.setEnabled(bool(self.rows))

    def export_csv(self) -> None:
        """Write the rows of the chosen days to a CSV file the staff name: in Indonesian, as
        `etalase export visits` writes them for the province, whichever language staff read."""
        path = self.choose_csv_path()
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        since, until = self.period()
        with self.database.read() as r:
            rows = visit_report(r, since=since, until=until)
        try:
            count = write_visits_csv(rows, path)
        except UserError as exc:
            self.status.show_status(exc.message, error=True)
            return
        self.status.show_status(self.tr("Exported to {file}").format(file=path.name))
        self.exported = (path, count)

    def choose_csv_path(self) -> Path | None:
        """Ask where to write the CSV file."""
        since, until = self.period()
        suggested = Path.home() / f"kunjungan-kios-{since.isoformat()}-{until.isoformat()}.csv"
        return self.asker.save_path(
            self, self.tr("Export visitor statistics"), suggested, self.tr("CSV (*.csv)")
        )
