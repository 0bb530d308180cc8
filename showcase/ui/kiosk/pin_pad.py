"""The staff PIN pad: an overlay over the whole kiosk with big digit buttons, no keyboard needed.

It opens after the hidden exit gesture. The digits typed show as dots; OK asks `check(pin)`, and
a wrong PIN is told to the rate limiter (the domain's PinGuard, shared by every opening of the
pad, so closing it does not reset the count), which may lock the buttons for a while with a
countdown. With no PIN set, OK alone leaves. Nobody touching it for 30 seconds closes it, so a
visitor who found the gesture by chance is back on the kiosk soon.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QMouseEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MAX_DIGITS = 12
IDLE_CLOSE_MS = 30_000
COUNTDOWN_TICK_MS = 250


class AttemptLimiter(Protocol):
    """What the pad needs of showcase.inventory.staff.pins.PinGuard."""

    def locked_for(self) -> float: ...

    def attempt(self, ok: bool) -> None: ...


class PinPad(QWidget):
    """The PIN pad overlay; `open_pad()` shows it over its parent, `accepted` means leave."""

    accepted = Signal()
    closed = Signal()

    def __init__(
        self, check: Callable[[str], bool], limiter: AttemptLimiter, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pin-pad")
        self._check = check
        self._limiter = limiter
        self._pin = ""
        self._has_pin = True
        self._wrong = False
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.idle_timer = QTimer(self)
        self.idle_timer.setObjectName("pin-pad-idle")
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(IDLE_CLOSE_MS)
        self.idle_timer.timeout.connect(self.cancel)
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setObjectName("pin-pad-countdown")
        self.countdown_timer.setInterval(COUNTDOWN_TICK_MS)
        self.countdown_timer.timeout.connect(self._tick)

        self.panel = QFrame(self)
        self.panel.setObjectName("pin-panel")
        self.title = QLabel(self.panel)
        self.title.setObjectName("pin-title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.dots = QLabel(self.panel)
        self.dots.setObjectName("pin-dots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.panel)
        self.message.setObjectName("pin-message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

        self.digit_buttons: list[QPushButton] = []
        for digit in range(10):
            button = self._button(str(digit), f"pin-digit-{digit}")
            button.clicked.connect(lambda _=False, d=str(digit): self._type(d))
            self.digit_buttons.append(button)
        self.backspace = self._button("⌫", "pin-backspace")
        self.backspace.clicked.connect(self._backspace)
        self.ok_button = self._button("", "pin-ok")
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button = self._button("", "pin-cancel")
        self.cancel_button.clicked.connect(self.cancel)

        grid = QGridLayout()
        grid.setSpacing(12)
        for index in range(9):
            grid.addWidget(self.digit_buttons[index + 1], index // 3, index % 3)
        grid.addWidget(self.backspace, 3, 0)
        grid.addWidget(self.digit_buttons[0], 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        grid.addWidget(self.cancel_button, 4, 0, 1, 3)
        column = QVBoxLayout(self.panel)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(12)
        column.addWidget(self.title)
        column.addWidget(self.dots)
        column.addWidget(self.message)
        column.addLayout(grid)

        self.setStyleSheet(
            "#pin-panel { background: #fdfaf3; border-radius: 24px; }"
            "#pin-title { color: #2b2118; }"
            "#pin-dots { color: #2b2118; letter-spacing: 8px; }"
            "#pin-message { color: #a23a16; }"
            "QPushButton { background: #efe6d4; color: #2b2118; border: none;"
            " border-radius: 14px; }"
            "QPushButton:pressed { background: #d9c9a8; }"
            "QPushButton:disabled { color: #b3a996; background: #f3eee4; }"
            "#pin-ok { background: #1f6f50; color: white; }"
            "#pin-ok:disabled { background: #9dbfb1; color: #eef4f1; }"
        )
        self.retranslate()
        self.hide()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self.panel)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Every press counts as input: the pad stays open while someone is typing.
        button.pressed.connect(self.idle_timer.start)
        return button

    # --- opening and closing --------------------------------------------------------------

    def open_pad(self, *, has_pin: bool) -> None:
        self._has_pin = has_pin
        self._pin = ""
        self._wrong = False
        self._fit()
        self.retranslate()
        self.show()
        self.raise_()
        self.idle_timer.start()
        self._tick()

    def cancel(self) -> None:
        if self.isVisible():
            self._close()
            self.closed.emit()

    def _close(self) -> None:
        self.idle_timer.stop()
        self.countdown_timer.stop()
        self._pin = ""
        self.hide()

    @property
    def pin(self) -> str:
        return self._pin

    @property
    def locked(self) -> bool:
        return self._limiter.locked_for() > 0

    # --- typing ---------------------------------------------------------------------------

    def _type(self, digit: str) -> None:
        if len(self._pin) < MAX_DIGITS and not self.locked:
            self._pin += digit
            self._wrong = False
            self._show_state()

    def _backspace(self) -> None:
        self._pin = self._pin[:-1]
        self._show_state()

    def _submit(self) -> None:
        if self.locked:
            return
        ok = self._check(self._pin)
        self._limiter.attempt(ok)
        self._pin = ""
        if ok:
            self._close()
            self.accepted.emit()
            return
        self._wrong = True
        self._tick()

    def _tick(self) -> None:
        """Enable or lock the buttons and refresh the message, counting down while locked."""
        locked = self.locked
        for button in (*self.digit_buttons, self.backspace, self.ok_button):
            button.setEnabled(not locked)
        if locked:
            if not self.countdown_timer.isActive():
                self.countdown_timer.start()
        else:
            self.countdown_timer.stop()
        self._show_state()

    def _show_state(self) -> None:
        self.dots.setText("●" * len(self._pin) if self._pin else " ")
        remaining = self._limiter.locked_for()
        if remaining > 0:
            seconds = max(1, math.ceil(remaining))
            text = self.tr("Wrong PIN. Try again in {seconds} s").format(seconds=seconds)
        elif self._wrong:
            text = self.tr("Wrong PIN.")
        else:
            text = ""
        self.message.setText(text)

    def retranslate(self) -> None:
        if self._has_pin:
            self.title.setText(self.tr("Enter the staff PIN to leave the kiosk"))
        else:
            self.title.setText(self.tr("No PIN is set: press OK to leave the kiosk"))
        self.ok_button.setText(self.tr("OK"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.backspace.setAccessibleName(self.tr("Delete"))
        self._show_state()

    # --- looks ----------------------------------------------------------------------------

    def _fit(self) -> None:
        """Cover the parent; buttons sized to the screen (about 10 % of its shorter side)."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        side = max(64, min(140, min(parent.width(), parent.height()) // 10))
        font = self.font()
        font.setPixelSize(max(24, side * 2 // 5))
        for button in (*self.digit_buttons, self.backspace, self.ok_button, self.cancel_button):
            button.setFixedHeight(side)
            button.setMinimumWidth(side)
            button.setFont(font)
        self.dots.setFont(font)
        self.dots.setFixedHeight(side * 2 // 3)
        small = self.font()
        small.setPixelSize(max(18, side // 4))
        self.title.setFont(small)
        self.message.setFont(small)
        self.message.setMinimumHeight(small.pixelSize() * 3)
        width = side * 3 + 12 * 2 + 64
        self.panel.setFixedWidth(width)
        self.panel.adjustSize()
        self.panel.move(
            (self.width() - width) // 2, max(0, (self.height() - self.panel.height()) // 2)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def showEvent(self, event: QShowEvent) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.installEventFilter(self)
        self._fit()

    def hideEvent(self, event: QHideEvent) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 14, 8, 190))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Taps beside the panel stay here: nothing under the pad reacts while it is open.
        event.accept()
