"""The kiosk's application-wide event filter: escape keys swallowed, input noticed, cursor hidden.

One `KioskGuard` sees every event of the application before any widget does, and:
- swallows the keys a visitor could use to leave or disturb the kiosk (Esc, Alt+F4, Ctrl+W,
  Ctrl+Q, Alt+Tab, F11, and every other key with Ctrl, Alt or Meta, and the function keys) as far
  as Qt sees them: what the operating system takes first (Ctrl+Alt+Del) is for its settings;
- reports every touch, mouse and key event as `activity`, which keeps the idle timer from firing;
- hides the mouse cursor (a touchscreen needs none) and shows it for three seconds when a real
  mouse moves, not when a finger does;
- watches for the hidden exit gesture: a long press (three seconds) in the top-left corner of the
  window, reported as `exit_gesture`.

An event reaches the filter once for each object it is delivered to (the window, then the widget,
then its parents), so input events are recognised by their type and timestamp and counted once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCursor,
    QInputDevice,
    QInputEvent,
    QKeyEvent,
    QMouseEvent,
    QPointerEvent,
    QSinglePointEvent,
)
from PySide6.QtWidgets import QApplication, QWidget

CORNER = QRect(0, 0, 80, 80)
LONG_PRESS_SECONDS = 3.0
CURSOR_SHOWN_MS = 3000

_KEYS = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride}
_PRESSES = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin}
_RELEASES = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}
_MOVES = {QEvent.Type.MouseMove, QEvent.Type.TouchUpdate}
_OTHER_INPUT = {QEvent.Type.Wheel, QEvent.Type.TabletPress, QEvent.Type.TabletMove}
_INPUT = _KEYS | _PRESSES | _RELEASES | _MOVES | _OTHER_INPUT

_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_FORBIDDEN_KEYS = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_Close,
    Qt.Key.Key_Back,
    Qt.Key.Key_Menu,
    Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Control,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
}


def is_forbidden_key(event: QKeyEvent) -> bool:
    """Whether a key event could close, switch away from or disturb the kiosk.

    The kiosk has no keyboard shortcuts, so every combination with Ctrl, Alt or Meta goes, and so
    do Esc, Tab and the function keys (F11 would leave full screen); plain letters and digits
    stay, for a search field if a keyboard is ever plugged in.
    """
    key = event.key()
    if event.modifiers() & _MODIFIERS:
        return True
    if key in _FORBIDDEN_KEYS:
        return True
    return Qt.Key.Key_F1.value <= key <= Qt.Key.Key_F35.value


def is_real_mouse(event: QMouseEvent) -> bool:
    """A mouse that moved, not a finger: touch makes mouse events too, from its own device."""
    device = event.pointingDevice()
    kind = device.type() if device is not None else QInputDevice.DeviceType.Mouse
    if kind not in (QInputDevice.DeviceType.Mouse, QInputDevice.DeviceType.TouchPad):
        return False
    # Windows turns touches into mouse events itself and says so only through the source.
    return event.source() != Qt.MouseEventSource.MouseEventSynthesizedBySystem


class KioskGuard(QObject):
    """The application event filter of one kiosk window; `install()` it, `remove()` it at the end."""

    activity = Signal()
    exit_gesture = Signal()

    def __init__(
        self, window: QWidget, clock: Callable[[], float], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._clock = clock
        self._installed = False
        self._cursor_hidden = False
        self._last_input: tuple[QEvent.Type, int] | None = None
        self._pressed_at: float | None = None
        self.swallowed = 0  # keys refused so far (for the log and the tests)
        self.cursor_timer = QTimer(self)
        self.cursor_timer.setObjectName("cursor-hide")
        self.cursor_timer.setSingleShot(True)
        self.cursor_timer.setInterval(CURSOR_SHOWN_MS)
        self.cursor_timer.timeout.connect(self.hide_cursor)
        self._press_timer = QTimer(self)
        self._press_timer.setObjectName("exit-long-press")
        self._press_timer.setSingleShot(True)
        self._press_timer.setInterval(int(LONG_PRESS_SECONDS * 1000))
        self._press_timer.timeout.connect(self._long_press_held)

    # --- installing -----------------------------------------------------------------------

    def install(self) -> None:
        app = QApplication.instance()
        if self._installed or app is None:
            return
        app.installEventFilter(self)
        self._installed = True
        self.hide_cursor()

    def remove(self) -> None:
        app = QApplication.instance()
        self.cursor_timer.stop()
        self._press_timer.stop()
        self._pressed_at = None
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False
        self._show_cursor()

    @property
    def cursor_hidden(self) -> bool:
        return self._cursor_hidden

    def hide_cursor(self) -> None:
        if not self._cursor_hidden and self._installed:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._cursor_hidden = True

    def _show_cursor(self) -> None:
        if self._cursor_hidden:
            QApplication.restoreOverrideCursor()
            self._cursor_hidden = False

    # --- the filter -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT:
            return False
        if kind in _KEYS:
            assert isinstance(event, QKeyEvent)
            self._input_once(kind, event.timestamp())
            if is_forbidden_key(event):
                # An accepted ShortcutOverride also keeps any shortcut from firing.
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.swallowed += 1
                return True
            return False
        if not self._input_once(kind, _timestamp(event)):
            return False
        if (
            kind == QEvent.Type.MouseMove
            and isinstance(event, QMouseEvent)
            and is_real_mouse(event)
        ):
            self._show_cursor()
            self.cursor_timer.start()
        if kind in _PRESSES:
            self._press(event)
        elif kind in _RELEASES:
            self._release()
        elif kind in _MOVES and self._pressed_at is not None and not self._in_corner(event):
            self._cancel_press()  # the finger slid away: a swipe, not the gesture
        return False

    def _input_once(self, kind: QEvent.Type, timestamp: int) -> bool:
        """Emit `activity` for a new input event; False when this one was seen already."""
        key = (kind, timestamp)
        if key == self._last_input:
            return False
        self._last_input = key
        self.activity.emit()
        return True

    # --- the exit gesture -----------------------------------------------------------------

    def _in_corner(self, event: QEvent) -> bool:
        point = _global_point(event)
        if point is None or not self._window.isVisible():
            return False
        return CORNER.contains(self._window.mapFromGlobal(point))

    def _press(self, event: QEvent) -> None:
        if self._in_corner(event):
            if self._pressed_at is None:
                self._pressed_at = self._clock()
                self._press_timer.start()
        else:
            self._cancel_press()

    def _release(self) -> None:
        if self._pressed_at is None:
            return
        held = self._clock() - self._pressed_at
        self._cancel_press()
        if held >= LONG_PRESS_SECONDS:
            self.exit_gesture.emit()

    def _long_press_held(self) -> None:
        if self._pressed_at is not None:
            self._cancel_press()
            self.exit_gesture.emit()

    def _cancel_press(self) -> None:
        self._pressed_at = None
        self._press_timer.stop()


def _timestamp(event: QEvent) -> int:
    return event.timestamp() if isinstance(event, QInputEvent) else 0


def _global_point(event: QEvent) -> QPoint | None:
    if isinstance(event, QSinglePointEvent):
        return event.globalPosition().toPoint()
    if isinstance(event, QPointerEvent) and event.pointCount() > 0:
        return event.point(0).globalPosition().toPoint()
    return None
