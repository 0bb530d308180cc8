"""Telling a horizontal swipe from a tap or a vertical scroll, for widgets that show photos and
for a whole page.

`Drag` follows one press of a finger (or the mouse) and says at its release what it was.
`SwipeWatcher` watches every mouse event of the application while it is installed, without
taking any: a page can then be swiped anywhere, even over a scrolling area whose kinetic
scroller takes the events for itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget


class Drag:
    """One press: where it started and how far it went. `tap` and `swipe` judge the release."""

    def __init__(self) -> None:
        self.start: QPointF | None = None
        self.offset = QPointF()

    def press(self, position: QPointF) -> None:
        self.start = QPointF(position)
        self.offset = QPointF()

    def move(self, position: QPointF) -> QPointF:
        if self.start is not None:
            self.offset = QPointF(position) - self.start
        return self.offset

    def release(self, position: QPointF) -> QPointF | None:
        """The whole movement of the press, or None if there was no press."""
        if self.start is None:
            return None
        self.offset = QPointF(position) - self.start
        self.start = None
        return self.offset

    @property
    def active(self) -> bool:
        return self.start is not None


def is_tap(offset: QPointF, slop: int) -> bool:
    return abs(offset.x()) <= slop and abs(offset.y()) <= slop


def swipe_direction(offset: QPointF, distance: int) -> int:
    """+1 for a swipe to the right (the previous one), -1 to the left (the next), 0 if none:
    at least `distance` pixels across, and clearly more across than up or down."""
    dx, dy = offset.x(), offset.y()
    if abs(dx) < distance or abs(dx) < 1.8 * abs(dy):
        return 0
    return 1 if dx > 0 else -1


class SwipeWatcher(QObject):
    """Emits `swiped(direction)` for a horizontal swipe that starts inside `area` (and not
    where `excluded` says), while installed. Direction as in swipe_direction."""

    swiped = Signal(int)

    def __init__(
        self,
        area: QWidget,
        distance: Callable[[], int],
        excluded: Callable[[QPoint], bool] = lambda _: False,
    ) -> None:
        super().__init__(area)
        self.area = area
        self.distance = distance
        self.excluded = excluded
        self.drag = Drag()
        self.installed = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self.installed:
            app.installEventFilter(self)
            self.installed = True

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None and self.installed:
            app.removeEventFilter(self)
        self.installed = False
        self.drag = Drag()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            return False
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
            return False
        # A mouse event is offered once to each widget it propagates to: the first press
        # starts the drag, the first release ends it, the copies change nothing.
        at = event.globalPosition()
        if kind == QEvent.Type.MouseButtonPress:
            if not self.drag.active and self._inside(at.toPoint()):
                self.drag.press(at)
        else:
            offset = self.drag.release(at)
            if offset is not None and (direction := swipe_direction(offset, self.distance())):
                self.swiped.emit(direction)
        return False

    def _inside(self, point: QPoint) -> bool:
        area = self.area
        if not area.isVisible() or not area.rect().contains(area.mapFromGlobal(point)):
            return False
        return not self.excluded(point)
