"""The kiosk's two languages, and the top bar above every screen that switches them.

`Translation` switches Qt's translators for the whole application (showcase/ui/language.py):
Indonesian installs Etalase's and Qt's Indonesian translators, English Etalase's English plural
forms; each loaded once, then kept. The locale follows, so prices and counts change too.
`LanguageToggle` is the big "ID | EN" control; `KioskBar` the bar that holds it with the
center's name and Home, always visible, sized from the screen's short side.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from showcase.ui.kiosk.screens.style import CREAM, GOLD, INK, RED, Metrics
from showcase.ui.language import LanguageSwitch

Language = Literal["id", "en"]
LANGUAGES: tuple[Language, ...] = ("id", "en")
DEFAULT_LANGUAGE: Language = "id"


class Translation(LanguageSwitch):
    """Which translators the application has installed, switched between the two languages."""

    def restore(self) -> None:
        """Back to Indonesian, the application's language outside the kiosk."""
        self.use("id")


class LanguageToggle(QWidget):
    """The "ID | EN" toggle: two big buttons, the current language checked; `chosen` when one is tapped."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language-toggle")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Language, QPushButton] = {}
        for index, language in enumerate(LANGUAGES):
            if index:
                bar = QLabel("|", self)
                bar.setObjectName("language-bar")
                row.addWidget(bar)
            button = QPushButton(language.upper(), self)
            button.setObjectName(f"language-{language}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, lang=language: self.chosen.emit(lang))
            self.group.addButton(button)
            self.buttons[language] = button
            row.addWidget(button)
        self.set_current(DEFAULT_LANGUAGE)

    def set_current(self, language: Language) -> None:
        self.buttons[language].setChecked(True)
        for lang, button in self.buttons.items():
            # The name of each language in itself, for people who read neither code.
            button.setAccessibleName("Bahasa Indonesia" if lang == "id" else "English")


class ElidedLabel(QLabel):
    """One line of bold text that gives up room gracefully: a smaller font first (down to 70 %),
    then shortened with "…"; it never asks the window to be wider than the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._base_px = 44
        self._fitting = False
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    @property
    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._fit()

    def set_pixel_size(self, pixels: int) -> None:
        self._base_px = pixels
        self._fit()

    def _fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            room = self.contentsRect().width()
            font = QFont(self.font())
            font.setBold(True)
            smallest = max(1, self._base_px * 7 // 10)
            for pixels in range(self._base_px, smallest - 1, -1):
                font.setPixelSize(pixels)
                if room <= 0 or QFontMetrics(font).horizontalAdvance(self._full) <= room:
                    break
            self.setFont(font)
            text = QFontMetrics(font).elidedText(self._full, Qt.TextElideMode.ElideRight, room)
            self.setText(self._full if room <= 0 else text)
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class KioskBar(QFrame):
    """The center's name, Home and the language toggle, above every screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._metrics: Metrics | None = None
        self.name = ElidedLabel(self)
        self.name.setObjectName("center-name")
        self.home = QPushButton(self)
        self.home.setObjectName("home-button")
        self.home.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language = LanguageToggle(self)
        for button in self.language.buttons.values():
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.name, 1)
        self.row.addWidget(self.home)
        self.row.addWidget(self.language)
        self.restyle(Metrics.for_size(self.size()))

    def set_center_name(self, name: str) -> None:
        self.name.set_full_text(name)

    @property
    def center_name(self) -> str:
        return self.name.full_text

    def retranslate(self) -> None:
        self.home.setText(self.tr("Home"))

    def restyle(self, m: Metrics) -> None:
        if self._metrics is not None and m.unit == self._metrics.unit:
            return
        self._metrics = m
        height = m.target + 2 * m.px(14)
        self.setFixedHeight(height)
        self.name.set_pixel_size(m.px(44))
        self.row.setContentsMargins(m.margin, m.px(14), m.margin, m.px(14))
        self.row.setSpacing(m.gap)
        self.setStyleSheet(
            f"""
            QFrame#kiosk-bar {{ background: {RED}; border-bottom: {m.px(6)}px solid {GOLD}; }}
            QLabel#center-name {{ color: {CREAM}; }}
            QLabel#language-bar {{ color: {GOLD}; font-size: {m.px(40)}px; }}
            QPushButton {{
                color: {INK}; background: {GOLD}; border: none; border-radius: {m.px(18)}px;
                font-size: {m.px(34)}px; font-weight: bold;
                min-height: {m.target}px; padding: 0 {m.px(28)}px;
            }}
            QPushButton#language-id, QPushButton#language-en {{
                color: {CREAM}; background: transparent; min-width: {m.target}px; padding: 0;
            }}
            QPushButton#language-id:checked, QPushButton#language-en:checked {{
                color: {INK}; background: {GOLD};
            }}
            """
        )
