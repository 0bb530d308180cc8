"""The staff window's actions: what each does is the window's (main_window.py), where each
stands is menus.py's. Their words are translated in the window's context, "MainWindow"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from showcase.i18n import translate
from showcase.ui.icons import give_icons
from showcase.ui.staff.window.menus import Shortcut, add_menus, add_toolbar, window_action
from showcase.ui.staff.window.signed_in import SignedIn

if TYPE_CHECKING:
    from showcase.ui.staff.window.main_window import MainWindow


def make_actions(window: MainWindow) -> None:
    """The window's actions, as its attributes, then the toolbar and menus that show them."""

    def action(text: str, slot: object, shortcut: Shortcut = None) -> QAction:
        return window_action(window, text, slot, shortcut)

    window.new_action = action(
        translate("MainWindow", "&New product"), window.new_product, QKeySequence.StandardKey.New
    )
    window.edit_action = action(translate("MainWindow", "&Edit"), window.edit_product, "Ctrl+E")
    window.duplicate_action = action(
        translate("MainWindow", "D&uplicate"), window.duplicate_product, "Ctrl+D"
    )
    window.archive_action = action(
        translate("MainWindow", "&Archive"), window.toggle_archived, "Del"
    )
    window.stock_action = action(translate("MainWindow", "&Stock…"), window.open_stock, "Ctrl+K")
    window.labels_action = action(
        translate("MainWindow", "&Print labels…"),
        window.print_labels,
        QKeySequence.StandardKey.Print,
    )
    window.catalogue_action = action(
        translate("MainWindow", "&Catalogue…"), window.open_catalogue, "Ctrl+Shift+P"
    )
    window.producers_action = action(translate("MainWindow", "&Producers…"), window.open_producers)
    window.categories_action = action(
        translate("MainWindow", "&Categories…"), window.open_categories
    )
    window.import_action = action(translate("MainWindow", "&Import products…"), window.open_import)
    window.export_action = action(translate("MainWindow", "E&xport…"), window.open_export)
    window.website_action = action(
        translate("MainWindow", "Publish &website…"), window.open_website
    )
    window.report_action = action(translate("MainWindow", "&Report…"), window.open_report)
    window.report_action.setToolTip(
        translate("MainWindow", "The center's report for the province (PDF or XLSX)")
    )
    window.backup_action = action(translate("MainWindow", "&Back up now"), window.backup_now)
    window.restore_action = action(
        translate("MainWindow", "&Restore from backup…"), window.open_restore
    )
    window.quit_action = action(
        translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit
    )
    window.clear_demo_action = action(
        translate("MainWindow", "C&lear demo data…"), window.open_clear_demo
    )
    window.kiosk_settings_action = action(
        translate("MainWindow", "Kiosk &settings…"), window.open_kiosk_settings
    )
    window.kiosk_stats_action = action(
        translate("MainWindow", "&Visitor statistics…"), window.open_kiosk_stats
    )
    window.kiosks_action = action(translate("MainWindow", "&Kiosks…"), window.open_kiosks)
    window.start_kiosk_action = action(translate("MainWindow", "Start &kiosk"), window.start_kiosk)
    window.help_action = action(
        translate("MainWindow", "&Guide"), window.open_help, QKeySequence.StandardKey.HelpContents
    )
    window.about_action = action(translate("MainWindow", "&About Etalase"), window.about)
    window.addAction(
        action(translate("MainWindow", "Find"), window._focus_search, QKeySequence.StandardKey.Find)
    )
    # Who is signed in: Switch user, the admin's accounts and change history (File), a
    # product's history (Products); kiosk settings are for admins too.
    window.signed_in = SignedIn(window, window._first_user)
    add_toolbar(window)
    window.settings_menu = add_menus(window)
    # Administrators only: what changes the kiosk, replaces the whole showcase or clears it.
    window.signed_in.admin_actions += [
        window.kiosk_settings_action,
        window.restore_action,
        window.clear_demo_action,
    ]
    give_icons(window)
    give_icons(window.signed_in)
