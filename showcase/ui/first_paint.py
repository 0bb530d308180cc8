"""Doing something once a widget has first been painted: what a first screen does not need
waits until staff can see the screen (the staff window's fonts), and the start-up probe says
"shown" then.

Two ways, for two kinds of widget. A widget class of the program's own reports its paints
(FirstPaint: its paintEvent calls `painted`), so PySide6 only ever hands Python its paint
events. Any other widget gets an event filter (AfterFirstPaint), which sees every event the
widget gets: the first of them makes PySide6 build the Python class of every kind of event it
knows (about fifty, ~6 ms), time a window's start waits for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

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


class AfterFirstPaint(QObject):
    """Calls `then` once, when the event loop comes back after `widget`'s first paint (its
    children, painted in the same pass, included). Owned by the widget."""

    def __init__(self, widget: QWidget, then: Then) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False
