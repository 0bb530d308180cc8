"""Where the staff window's actions stand: the toolbar and the menu bar (File, Products, Data,
Kiosk, Settings, Help). The actions and what they do are the window's (main_window.py); the
menu titles are translated in its context, "MainWindow"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from showcase.ui.staff.window.language_menu import add_settings_menu

if TYPE_CHECKING:
    from showcase.ui.staff.window.main_window import MainWindow


Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def window_action(parent: QObject, text: str, slot: object, shortcut: Shortcut = None) -> QAction:
    """An action of `parent` that calls `slot`, with its keyboard shortcut if it has one."""
    made = QAction(text, parent)
    if shortcut is not None:
        made.setShortcut(QKeySequence(shortcut))
    made.triggered.connect(slot)
    return made


def _product_actions(window: MainWindow) -> tuple[QAction, ...]:
    """What is done to the selected products, in the toolbar and the Products menu alike."""
    return (
        window.new_action,
        window.edit_action,
        window.duplicate_action,
        window.archive_action,
        window.stock_action,
        window.labels_action,
        window.catalogue_action,
    )


def add_toolbar(window: MainWindow) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Actions"), window)
    toolbar.setObjectName("actions")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in _product_actions(window):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(window.producers_action)
    toolbar.addAction(window.categories_action)
    window.addToolBar(toolbar)
    return toolbar


def add_menus(window: MainWindow) -> QMenu:
    """The menu bar; the signed-in person's items go into File and Products (SignedIn).
    Returns the Settings menu, so other settings can be added to it."""
    menus = window.menuBar()
    file_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    for action in (
        window.import_action,
        window.export_action,
        window.website_action,
        window.report_action,
    ):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(window.backup_action)
    file_menu.addAction(window.restore_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    product_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Products"))
    for action in _product_actions(window):
        product_menu.addAction(action)

    data_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Data"))
    data_menu.addAction(window.producers_action)
    data_menu.addAction(window.categories_action)
    data_menu.addSeparator()
    data_menu.addAction(window.clear_demo_action)

    kiosk_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Kiosk"))
    kiosk_menu.addAction(window.kiosk_settings_action)
    kiosk_menu.addAction(window.kiosk_stats_action)
    kiosk_menu.addAction(window.kiosks_action)
    kiosk_menu.addSeparator()
    kiosk_menu.addAction(window.start_kiosk_action)

    settings_menu = add_settings_menu(window)
    window.signed_in.add_to_menus(file_menu, product_menu)

    help_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(window.help_action)
    help_menu.addAction(window.about_action)
    return settings_menu
