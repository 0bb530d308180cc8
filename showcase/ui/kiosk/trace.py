"""The kiosk's trace and its offline sign: what a kiosk says about itself to those who look after it.

With ETALASE_KIOSK_TRACE set (by the tests and benchmarks of kiosks on the LAN), the kiosk prints
one line of JSON on stdout after every screen it shows and every change of its link to the
server: the screen, whether it is online, its pending visits and where its first tiles are, so a
test can tap them through the X server. The offline sign is the small grey dot in the bottom-right
corner that only staff would notice, shown while the kiosk browses from its local copy.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from showcase.ui.kiosk.screens.tiles import Tile

TRACE = "ETALASE_KIOSK_TRACE"
SIGN_PX = 8

# The screen shown and the kiosk's state for a trace line; None once the kiosk has closed.
TraceState = Callable[[], tuple[QWidget, dict[str, object]] | None]


def tracing() -> bool:
    """True when the kiosk was asked to print its trace."""
    return bool(os.environ.get(TRACE))


def print_trace(event: str, window: QWidget, screen: QWidget, **state: object) -> None:
    """One line of JSON: the event, the kiosk's `state`, and the tiles `screen` shows."""
    line = {"event": event, **state, "tiles": tile_positions(window, screen)}
    print(json.dumps(line), flush=True, file=sys.stdout)


class KioskTrace:
    """The kiosk's trace, if it was asked for: `report(event)` prints the line once the event
    loop has shown what was loaded (Qt shows new child widgets one pass later)."""

    def __init__(self, window: QWidget, state: TraceState) -> None:
        self.enabled = tracing()
        self._window = window
        self._state = state

    def report(self, event: str) -> None:
        if self.enabled:
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: self._print(event)))

    def _print(self, event: str) -> None:
        found = self._state()
        if found is not None:
            screen, state = found
            print_trace(event, self._window, screen, **state)


def tile_positions(window: QWidget, screen: QWidget, limit: int = 60) -> list[dict[str, object]]:
    """Where on the screen the first tiles of `screen` are, for a test to tap."""
    found: list[dict[str, object]] = []
    for tile in screen.findChildren(Tile):
        if len(found) >= limit:
            break
        if tile.isVisibleTo(window) and not tile.visibleRegion().isEmpty():
            centre = tile.mapToGlobal(tile.rect().center())
            route = f"{tile.route.name}:{tile.route.ref}"
            found.append({"route": route, "x": centre.x(), "y": centre.y()})
    return found


class OfflineSign(QLabel):
    """The grey dot in the window's bottom-right corner while the kiosk is offline."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("offline-sign")
        self.setFixedSize(SIGN_PX, SIGN_PX)
        self.setStyleSheet(f"background: #8a8a8a; border-radius: {SIGN_PX // 2}px;")

    def place(self, size: QSize) -> None:
        """Into the corner of a window of `size`, above everything else."""
        margin = SIGN_PX
        self.move(size.width() - SIGN_PX - margin, size.height() - SIGN_PX - margin)
        self.raise_()
