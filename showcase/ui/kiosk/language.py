"""The kiosk's two languages: Indonesian (the translations) and English (the source strings).

`Translation` switches Qt's translators for the whole application: Indonesian installs Etalase's
and Qt's Indonesian translators (loaded once, then kept), English removes them, since the strings
in the code are English. `LanguageToggle` is the big "ID | EN" control of the top bar.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from showcase.ui.app import install_translators

Language = Literal["id", "en"]
LANGUAGES: tuple[Language, ...] = ("id", "en")
DEFAULT_LANGUAGE: Language = "id"


class Translation:
    """Which translators the application has installed, switched between the two languages."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._indonesian: list[QTranslator] | None = None
        self.language: Language | None = None

    def use(self, language: Language) -> None:
        """Install (Indonesian) or remove (English) the translators; nothing if already so."""
        if language == self.language:
            return
        if self._indonesian is None:
            # application() installed Indonesian for the staff without keeping the translators:
            # take them out, load our own once, and switch those from now on.
            for old in self._app.findChildren(QTranslator):
                QCoreApplication.removeTranslator(old)
                old.deleteLater()
            app = self._app
            assert isinstance(app, QApplication)
            self._indonesian = install_translators(app, "id")
            if language == "en":
                self._remove()
        elif language == "id":
            for translator in self._indonesian:
                QCoreApplication.installTranslator(translator)
        else:
            self._remove()
        self.language = language

    def _remove(self) -> None:
        for translator in self._indonesian or []:
            QCoreApplication.removeTranslator(translator)

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
