"""The program's action icons, drawn for it (assets/icons/actions/*.svg: 24 px grid, one colour)
and read from the compiled resources (`:/icons/…`), so no theme or loose file is needed."""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon

from showcase.ui.qt_setup import load_resources

# The staff window's actions (MainWindow attribute) and the icon each one shows. Actions that
# a window does not have (yet) are skipped.
ACTION_ICONS: dict[str, str] = {
    "new_action": "product-new",
    "edit_action": "edit",
    "duplicate_action": "duplicate",
    "archive_action": "archive",
    "stock_action": "stock",
    "labels_action": "labels",
    "catalogue_action": "catalogue",
    "producers_action": "producers",
    "categories_action": "categories",
    "backup_action": "backup",
    "restore_action": "restore",
    "import_action": "import",
    "export_action": "export",
    "start_kiosk_action": "kiosk",
    "accounts_action": "accounts",
    "audit_action": "audit",
    "help_action": "help",
}


def icon(name: str) -> QIcon:
    """The icon `name` (e.g. "labels") from the compiled resources."""
    load_resources()
    return QIcon(f":/icons/{name}.svg")


def give_icons(owner: object) -> None:
    """Set the icon of each action of `owner` named in ACTION_ICONS."""
    for attribute, name in ACTION_ICONS.items():
        action = getattr(owner, attribute, None)
        if isinstance(action, QAction):
            action.setIcon(icon(name))
