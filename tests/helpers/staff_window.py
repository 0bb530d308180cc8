"""The staff window for tests: on the test's showcase, an administrator signed in (as the login
dialog leaves it), shown on the offscreen screen unless the test wants it hidden."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from showcase.store.db import Database
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.factories import make_account


def staff_window(
    qtbot: QtBot, database: Database, *, shown: bool = True, **options: Any
) -> MainWindow:
    """MainWindow(database, user=…, **options), closed with the test; shown and exposed unless
    `shown` is False."""
    window = MainWindow(database, user=make_account(database), **options)
    qtbot.addWidget(window)
    if shown:
        window.show()
        qtbot.waitExposed(window)
    return window
