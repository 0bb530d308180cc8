"""Kiosk → Kiosks…: every kiosk that reported itself, online or offline (red) since when, last
seen, its version and the age of its copy, on both stores."""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from showcase.inventory.kiosk.status import report_kiosk
from showcase.store.db import Database
from showcase.store.reader import sql_connection
from showcase.ui.staff.kiosks.kiosks_dialog import OFFLINE_COLOUR, KiosksDialog

LONG_AGO = datetime.datetime(2026, 1, 1, 8, 0)


def _report(db: Database, name: str) -> None:
    with db.session() as session:
        report_kiosk(
            sql_connection(session),
            name=name,
            version="0.1.0",
            started_at=LONG_AGO,
            online_since=LONG_AGO,
            copy_made_at=None,
        )


def _cells(
    dialog: KiosksDialog, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
) -> list[list[object]]:
    model = dialog.model
    return [
        [model.data(model.index(row, column), role) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_no_kiosk_yet(qtbot: QtBot, db: Database) -> None:
    dialog = KiosksDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "No kiosk has reported itself yet" in dialog.summary.text()


def test_kiosks_online_and_offline(qtbot: QtBot, db: Database) -> None:
    _report(db, "lobby")
    _report(db, "hall")
    with db.session() as session:
        sql_connection(session).execute(
            "UPDATE kiosk_status SET last_seen = ? WHERE name = 'lobby'", (LONG_AGO.isoformat(" "),)
        )
    dialog = KiosksDialog(db)
    qtbot.addWidget(dialog)
    hall, lobby = _cells(dialog)
    assert hall[:2] == ["hall", "online"] and hall[2] == "2026-01-01 08:00 UTC"
    assert hall[4] == "0.1.0" and hall[5] == "no copy yet"
    assert lobby[:3] == ["lobby", "offline", "2026-01-01 08:00 UTC"]
    assert str(lobby[3]).endswith("days ago")
    colours = _cells(dialog, Qt.ItemDataRole.ForegroundRole)
    offline = colours[1][1]
    assert colours[0][1] is None and isinstance(offline, QColor)
    assert offline.name() == OFFLINE_COLOUR
    assert dialog.summary.text() == "1 of 2 kiosks online"
    assert dialog.timer.isActive()
    _report(db, "lobby")  # back: shown online at the next refresh
    dialog.refresh_button.click()
    assert [row[1] for row in _cells(dialog)] == ["online", "online"]
