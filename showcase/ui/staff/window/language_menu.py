"""The staff window's language: the Settings menu's "Language / Bahasa" choice, where it is kept,
and switching the open window to it at once.

The choice is kept per PC, in a QSettings file in the user's config folder
(`~/.config/Etalase/staff.ini`, `%LOCALAPPDATA%\\Etalase\\staff.ini`), not in the database:
it is how the person at this PC reads the screen, not data of the showcase. A backup restored
on another PC, or the kiosk opening the same file, must not change that PC's language; and it
is known before the database is opened, so the first dialogs (sign-in, first run) already speak
it. Any staff member may change it. Indonesian unless changed.

Switching re-creates the main window with the same database and signed-in user (a retranslation
of every label, menu, tooltip and model by hand would miss some); what staff were looking at
is carried over: the search and filters, the sort and column widths, the selected products,
the scroll position and the window's size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QRect,
    QSettings,
    QTimer,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from showcase.inventory.formats import DEFAULT_LANGUAGE, LANGUAGES, Language, language_of
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
    from showcase.ui.icons import icon

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
    """Switch once the menu has closed: the menu that sent the signal belongs to the window
    that is about to be replaced. The language already shown changes nothing."""
    if language == current_language() == saved_language():
        return
    QTimer.singleShot(0, lambda: switch_language(window, language))


@dataclass(frozen=True)
class _View:
    """What staff were looking at in the product list."""

    search: str
    combos: dict[str, object]
    checks: dict[str, bool]
    header: QByteArray
    geometry: QRect
    maximized: bool
    selected: list[int]
    current: int | None
    scroll: int


_COMBOS = ("category", "kabupaten", "producer", "featured", "kiosk")
_CHECKS = ("low_stock", "archived")


def _view_of(window: MainWindow) -> _View:
    filters, table, model = window.filters, window.table, window.model
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    return _View(
        search=filters.search.text(),
        combos={name: getattr(filters, name).currentData() for name in _COMBOS},
        checks={name: getattr(filters, name).isChecked() for name in _CHECKS},
        header=table.horizontalHeader().saveState(),
        geometry=window.geometry(),
        maximized=window.isMaximized(),
        selected=[model.product_id(row) for row in rows],
        current=window.current_product_id(),
        scroll=table.verticalScrollBar().value(),
    )


def _show_view(window: MainWindow, view: _View) -> None:
    filters, table, model = window.filters, window.table, window.model
    filters.search.setText(view.search)
    for name, value in view.combos.items():
        combo = getattr(filters, name)
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))
    for name, checked in view.checks.items():
        getattr(filters, name).setChecked(checked)
    table.horizontalHeader().restoreState(view.header)
    window.apply_filter()
    window.setGeometry(view.geometry)
    selection = QItemSelection()
    for product_id in view.selected:
        row = model.row_of(product_id)
        if row is not None:
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    table.selectionModel().select(selection, flags)
    if view.current is not None and (row := model.row_of(view.current)) is not None:
        table.selectionModel().setCurrentIndex(
            model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )
    table.verticalScrollBar().setValue(view.scroll)


def switch_language(window: MainWindow, language: Language) -> MainWindow:
    """Keep `language` for this PC, install it, and put a new staff window in `window`'s place
    with the same database, user and view; returns the new window (the old one is deleted
    without being closed, so the database stays open)."""
    save_language(language)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    view = _view_of(window)
    LanguageSwitch(app).use(language)
    new = type(window)(window.database, user=window.user)  # the same person stays signed in
    _show_view(new, view)
    _carry_daily_backup(window, new)
    guide = getattr(window, "help_window", None)
    reopen_guide = guide is not None and guide.isVisible()
    if view.maximized:
        new.showMaximized()
    else:
        new.show()
    from showcase.ui.app import install_error_handler

    install_error_handler(new)
    _windows.append(new)
    window.hide()
    window.deleteLater()
    if window in _windows:
        _windows.remove(window)
    new.activateWindow()
    if reopen_guide:  # the guide beside the window (not modal) goes with it
        new.open_help()
    return new


def _carry_daily_backup(old: MainWindow, new: MainWindow) -> None:
    """The daily backup's timers belong to the window (run_staff starts them): the new window
    takes them over, once a backup the old one started has finished."""
    daily = getattr(old, "daily_backup", None)
    timer = getattr(daily, "timer", None)
    if daily is not None and isinstance(timer, QTimer) and timer.isActive():
        daily.stop()
        getattr(new, "daily_backup").start()  # noqa: B009 (made by MainWindow when it has one)


# The staff windows made by a switch: kept here so Python does not collect a window that has no
# parent and no other owner (run_staff's own reference is to the first window).
_windows: list[MainWindow] = []
