"""The kiosk's own on-screen keyboard: digits, a–z, space, backspace and clear, in big keys.

No system keyboard is assumed (a kiosk PC often has none, and a system one would let a
visitor out of the kiosk). Keys never take the focus; each tap emits what it means.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from showcase.ui.kiosk.screens import style
from showcase.ui.kiosk.screens.style import Metrics

ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm")
COLUMNS = 20  # each letter key spans two grid columns, so rows can be offset by half a key


class OnScreenKeyboard(QWidget):
    """`typed(text)` for a letter, digit or space; `backspace()`; `cleared()`."""

    typed = Signal(str)
    backspace = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboard")
        self.grid = QGridLayout(self)
        self.keys: dict[str, QPushButton] = {}
        for row, letters in enumerate(ROWS):
            offset = (COLUMNS - 2 * len(letters)) // 2 if row < 3 else 1
            for index, letter in enumerate(letters):
                key = self._key(letter.upper(), "key")
                key.clicked.connect(lambda _=False, t=letter: self.typed.emit(t))
                self.grid.addWidget(key, row, offset + 2 * index, 1, 2)
                self.keys[letter] = key
        self.backspace_key = self._key("⌫", "keyWide")
        self.backspace_key.clicked.connect(self.backspace)
        self.grid.addWidget(self.backspace_key, 3, 15, 1, 4)
        self.space_key = self._key("", "keyWide")
        self.space_key.clicked.connect(lambda: self.typed.emit(" "))
        self.grid.addWidget(self.space_key, 4, 3, 1, 10)
        self.clear_key = self._key("", "keyWide")
        self.clear_key.clicked.connect(self.cleared)
        self.grid.addWidget(self.clear_key, 4, 13, 1, 5)
        self.keys[" "] = self.space_key
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        self.retranslate()

    def _key(self, text: str, name: str) -> QPushButton:
        key = QPushButton(text, self)
        key.setObjectName(name)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoRepeat(False)
        key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return key

    def retranslate(self) -> None:
        self.space_key.setText(self.tr("space"))
        self.clear_key.setText(self.tr("Clear"))
        self.backspace_key.setAccessibleName(self.tr("Delete the last letter"))

    def restyle(self, m: Metrics) -> None:
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(m.px(10))
        self.grid.setVerticalSpacing(m.px(12))
        height = m.px(92)
        self.setStyleSheet(
            f"""
            QPushButton#key, QPushButton#keyWide {{
                color: {style.INK}; background: {style.PAPER};
                border: {m.px(2)}px solid {style.LINE}; border-bottom: {m.px(5)}px solid {style.LINE};
                border-radius: {m.px(14)}px; font-size: {m.px(36)}px; font-weight: bold;
                min-height: {height}px; max-height: {height}px; padding: 0;
            }}
            QPushButton#keyWide {{ background: {style.SAND}; font-size: {m.px(30)}px; }}
            QPushButton#key:pressed, QPushButton#keyWide:pressed {{ background: {style.GOLD}; }}
            """
        )
