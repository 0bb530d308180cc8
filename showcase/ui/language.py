"""The language the screens speak: switching the installed translators, and asking which it is.

Indonesian is the program's language; English is the language of the strings in the code, so
English needs only Etalase's plural forms (`etalase_en.qm`), Indonesian needs Etalase's and
Qt's own. `install_translators` (ui/qt_setup.py) also sets the default QLocale, and that locale is
how any widget finds the current language (`current_language()`), to write money, counts and
dates through showcase/inventory/formats.py the same way the translations do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from showcase.inventory.formats import LANGUAGES, Language
from showcase.ui.qt_setup import install_translators, use_locale


def current_language() -> Language:
    """ "en" while English is installed (the kiosk's EN, the staff's English), else "id"."""
    return "en" if QLocale().language() == QLocale.Language.English else "id"


class LanguageSwitch:
    """Switch the application between the two languages; the translators of each language are
    loaded once and kept, so switching back and forth (the kiosk's toggle) reads nothing again."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._loaded: dict[Language, list[QTranslator]] = {}
        self.language: Language | None = None

    def use(self, language: Language) -> None:
        """Install `language`'s translators and locale; nothing if it is already in use."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        if language == self.language:
            return
        if self.language is None:
            # Translators installed before this switch existed (application() installs
            # Indonesian for every window) are taken out: from now on this switch owns them.
            for old in self._app.findChildren(QTranslator):
                QCoreApplication.removeTranslator(old)
                old.deleteLater()
        else:
            for translator in self._loaded[self.language]:
                QCoreApplication.removeTranslator(translator)
        if language in self._loaded:
            for translator in self._loaded[language]:
                QCoreApplication.installTranslator(translator)
            use_locale(language)
        else:
            self._loaded[language] = install_translators(self._app, language)
        self.language = language
