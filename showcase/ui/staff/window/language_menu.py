"""The staff window's language: the Settings menu's "Language / Bahasa" choice and where it is
kept.

The choice is kept per PC, in a QSettings file in the user's config folder
(`~/.config/Etalase/staff.ini`, `%LOCALAPPDATA%\\Etalase\\staff.ini`), not in the database:
it is how the person at this PC reads the screen, not data of the showcase. A backup restored
on another PC, or the kiosk opening the same file, must not change that PC's language; and it
is known before the database is opened, so the first dialogs (sign-in, first run) already speak
it. Any staff member may change it. Indonesian unless changed.

Choosing a language in the menu only says so (MainWindow.language_chosen): the staff window's
owner (StaffApp, staff_app.py) keeps the choice and puts a window in the new language in its
place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from showcase.inventory.formats import DEFAULT_LANGUAGE, LANGUAGES, Language, language_of
from showcase.ui.icons import icon
from showcase.ui.language import LanguageSwitch, current_language

if TYPE_CHECKING:
    from showcase.ui.staff.window.main_window import MainWindow

SETTINGS_FILE = "staff.ini"
LANGUAGE_KEY = "staff/language"
# Shown the same in both languages, so that someone who cannot read the current one finds it.
LANGUAGE_MENU_TITLE = "&Language / Bahasa"
# Each language under its own name, as language menus do everywhere.
LANGUAGE_NAMES: dict[Language, str] = {"id": "Bahasa Indonesia", "en": "English"}


def _settings() -> QSettings:
    import platformdirs

    folder = platformdirs.user_config_path("Etalase", appauthor=False)
    return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)


def saved_language() -> Language:
    """The staff window's language on this PC: Indonesian unless staff chose English."""
    value = _settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return language_of(value) if isinstance(value, str) else DEFAULT_LANGUAGE


def save_language(language: Language) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    settings = _settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def apply_saved_language(app: QApplication) -> Language:
    """Install the saved language's translators (at start-up, before any staff window)."""
    language = saved_language()
    LanguageSwitch(app).use(language)
    return language


def add_settings_menu(window: MainWindow) -> QMenu:
    """The Settings menu with Language / Bahasa → Bahasa Indonesia, English; returns the menu
    so other settings can be added to it."""
    menu = window.menuBar().addMenu(QApplication.translate("MainWindow", "&Settings"))
    languages = menu.addMenu(LANGUAGE_MENU_TITLE)
    languages.setObjectName("languageMenu")
    languages.setIcon(icon("language"))
    group = QActionGroup(window)
    group.setExclusive(True)
    current = current_language()  # the one the window is shown in
    for language in LANGUAGES:
        action = QAction(LANGUAGE_NAMES[language], window)
        action.setCheckable(True)
        action.setChecked(language == current)
        action.setData(language)
        action.triggered.connect(lambda _checked=False, chosen=language: _chosen(window, chosen))
        group.addAction(action)
        languages.addAction(action)
    return menu


def _chosen(window: MainWindow, language: Language) -> None:
    """Tell the window's owner; the language already shown changes nothing."""
    if language == current_language() == saved_language():
        return
    window.language_chosen.emit(language)
