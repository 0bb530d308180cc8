"""Doing something once a window has first been painted: what a first screen does not need
waits until staff can see the screen (the staff window's fonts), and the start-up probe of the
staff window and of the kiosk says "shown" then.

The window's own paintEvent reports its paints (it calls `painted`), so PySide6 only ever
hands Python its paint events. An event filter would see every event the window gets: the
first of them makes PySide6 build the Python class of every kind of event it knows (about
fifty, ~6 ms), time a window's start waits for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer

Then = Callable[[], object]


class FirstPaint:
    """What to call once, when the event loop comes back after the first paint of a widget
    whose paintEvent calls `painted` (its children, painted in the same pass, included)."""

    def __init__(self) -> None:
        self._waiting: list[Then] | None = []

    def then(self, call: Then) -> None:
        """Call `call` once the widget has been painted (at once if it has been already), after
        those given before."""
        if self._waiting is None:
            QTimer.singleShot(0, call)
        else:
            self._waiting.append(call)

    def painted(self) -> None:
        """The widget is being painted (each paint calls it; only the first counts)."""
        if self._waiting is None:
            return
        waiting, self._waiting = self._waiting, None
        for call in waiting:
            QTimer.singleShot(0, call)
