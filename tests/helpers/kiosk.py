"""Driving the kiosk window in tests: open it, tap what a visitor taps, read what they read,
change the database as staff would, and let a timer run out after the test moved its Clock."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from showcase.ui.kiosk.screens.base import KioskScreen
from showcase.ui.kiosk.screens.tiles import Tile
from showcase.ui.kiosk.window import KioskWindow


def open_kiosk(qtbot: QtBot, path: Path, **options: Any) -> KioskWindow:
    """The kiosk, windowed and shown; left through the PIN path at the end of the test."""
    window = KioskWindow(path, windowed=True, **options)
    qtbot.addWidget(window, before_close_func=lambda w: w.leave())
    window.show()
    qtbot.waitExposed(window)
    return window


def run_out(qtbot: QtBot, timer: QTimer) -> None:
    """The running `timer` times out now, through the event loop, as if its interval had passed
    (move the Clock first: the window checks the time itself). A repeating timer goes on with
    its own interval afterwards."""
    assert timer.isActive(), f"{timer.objectName() or timer} is not running"
    interval = timer.interval()
    with qtbot.waitSignal(timer.timeout, timeout=1000):
        timer.start(0)
    if not timer.isSingleShot() and timer.isActive() and timer.interval() == 0:
        timer.start(interval)


def write(path: Path, sql: str, *params: object) -> None:
    """A change by another connection, as the staff window (or another process) makes it."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute(sql, params)
    finally:
        connection.close()


def shown_tiles(widget: QWidget) -> list[Tile]:
    return [t for t in widget.findChildren(Tile) if t.isVisibleTo(widget) and t.isEnabled()]


def on_screen(widget: QWidget) -> list[Tile]:
    """The tiles of `widget` in view now (not scrolled out of the page)."""
    return [t for t in shown_tiles(widget) if not t.visibleRegion().isEmpty()]


def tap(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    assert widget.isVisible(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def tap_tile(qtbot: QtBot, screen: KioskScreen, kind: str, ref: str | None = None) -> Tile:
    """Tap the first shown tile opening a route of `kind` (with `ref`, if given)."""
    for tile in shown_tiles(screen):
        if tile.route.name == kind and (ref is None or tile.route.ref == ref):
            tap(qtbot, tile)
            return tile
    raise AssertionError(f"no {kind} tile {ref or ''} on {type(screen).__name__}")


def texts(widget: QWidget) -> Iterator[str]:
    """Every text a visitor can read on `widget`: labels, buttons and painted tiles."""
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLabel | QAbstractButton) and child.text():
            yield child.text()
        for attribute in ("title", "detail", "note"):
            value = getattr(child, attribute, None)
            if isinstance(value, str) and value:
                yield value


def visible_text(widget: QWidget) -> str:
    return "\n".join(texts(widget))
