"""The desk's view of its kiosks (Kiosk → Kiosks…): each kiosk that reported itself, online or
offline since when, last seen, the Etalase version it runs and how old its local copy is.

Rows come from showcase.inventory.kiosk.status (read again with Refresh, and every 30 seconds
while the dialog is open: kiosks report themselves as often); the table is a thin model over them.
"""

from __future__ import annotations

import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from showcase.inventory.kiosk.status import (
    REPORT_INTERVAL,
    KioskState,
    describe_state,
    kiosk_states,
)
from showcase.store.db import Database
from showcase.ui.widgets.dialog_parts import close_row, list_table, no_default_buttons
from showcase.ui.widgets.row_table_model import Index, RowTableModel

OFFLINE_COLOUR = "#b3261e"


class KioskTableModel(RowTableModel[KioskState]):
    """Name, status, since, last seen, version, copy: one row per kiosk."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Kiosk"),
            self.tr("Status"),
            self.tr("Since"),
            self.tr("Last seen"),
            self.tr("Version"),
            self.tr("Local copy"),
        ]
        self.now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)

    def set_states(self, now: datetime.datetime, states: list[KioskState]) -> None:
        self.now = now
        self.set_rows(states)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        state = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            words = describe_state(state, self.now)
            return (
                state.name,
                words["status"],
                words["since"],
                words["last_seen"],
                state.version,
                words["copy"],
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and not state.online:
            return QColor(OFFLINE_COLOUR)
        return None


class KiosksDialog(QDialog):
    """The kiosks of this showcase as they last reported themselves."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Kiosks"))
        self.resize(820, 360)
        self.model = KioskTableModel(self)
        self.table = list_table(self, self.model, row_height=26, single_selection=True)
        for column, width in enumerate((180, 90, 150, 120, 80)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        _, closing = close_row(self, self.tr("Close"))
        closing.insertWidget(0, self.refresh_button)
        closing.insertStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(closing)
        no_default_buttons(self)
        self.timer = QTimer(self)
        self.timer.setObjectName("kiosks-refresh")
        self.timer.setInterval(int(REPORT_INTERVAL.total_seconds() * 1000))
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.reload()

    def reload(self) -> None:
        with self.database.reading() as reader:
            now, states = kiosk_states(reader)
        self.model.set_states(now, states)
        online = sum(1 for s in states if s.online)
        if not states:
            self.summary.setText(
                self.tr(
                    "No kiosk has reported itself yet. Kiosks on other PCs report themselves "
                    "when they run on this showcase's server."
                )
            )
        else:
            self.summary.setText(
                self.tr("{online} of {total} kiosks online").format(
                    online=online, total=len(states)
                )
            )
