"""Who works the staff window: the signed-in person, what their role lets them do, and the
actions that go with it (Switch user, Change my PIN, Staff accounts, Change history, a
product's history).

The main window owns one `SignedIn`; it shows the person in the status bar and puts its actions
in the window's menus. Administrator-only actions (accounts, the whole change history, kiosk
settings, and whatever else the window adds to `admin_actions`) are hidden and disabled for
staff, so neither a menu nor a shortcut reaches them.

Switch user locks the window (its content hidden, menus and toolbars off) behind the sign-in
dialog; only a successful sign-in unlocks it, and Quit there closes the program, so nobody
returns to the previous person's session without their PIN.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QToolBar

from showcase.inventory.staff.accounts import Account, get_account, role_label
from showcase.ui.staff.window.menus import window_action
from showcase.ui.staff.window.status_bar import EDGE_INDENT

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from showcase.store.db import Database
    from showcase.ui.staff.people.account_form import AccountForm
    from showcase.ui.staff.window.main_window import MainWindow

# The start-up probe (tests/perf, the frozen build's smoke test) opens the window at once and
# quits: no one signs in, and nothing is allowed but looking.
PROBE_ACCOUNT = Account(id=0, name="(probe)", role="staff")


def sign_in_at_start(database: Database) -> Account | None:
    """Who opens the staff window: the sign-in dialog (or the first administrator's); None when
    they quit there. Under the start-up probe (a timing run, the frozen build's smoke test)
    nobody signs in: the window opens for the probe account, with the rights of staff, and the
    sign-in dialog is not even loaded."""
    import os

    if os.environ.get("ETALASE_STARTUP_PROBE"):
        return PROBE_ACCOUNT
    from showcase.ui.staff.people.login_dialog import LoginDialog

    dialog = LoginDialog(database)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    account = dialog.account if accepted else None
    dialog.deleteLater()
    return account


class SignedIn(QObject):
    """The signed-in person of one staff window, and the actions that depend on them."""

    def __init__(self, window: MainWindow, user: Account) -> None:
        super().__init__(window)
        self.window = window
        self.user = user
        window.database.actor = user.name
        self.label = QLabel(window)
        self.label.setObjectName("signedIn")
        self.label.setContentsMargins(0, 0, EDGE_INDENT, 0)  # the last words of the status bar
        window.statusBar().addPermanentWidget(self.label)
        self.switch_action = self._action(self.tr("S&witch user…"), self.switch_user, "Ctrl+L")
        self.own_pin_action = self._action(self.tr("Change my &PIN…"), self.change_own_pin)
        self.accounts_action = self._action(self.tr("Staff &accounts…"), self.open_accounts)
        self.audit_action = self._action(self.tr("Change &history…"), self.open_audit_log)
        self.history_action = self._action(
            self.tr("Change &history of this product…"), self.open_product_history
        )
        self.admin_actions: list[QAction] = [self.accounts_action, self.audit_action]
        self.login_dialog: QDialog | None = None

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        return window_action(self.window, text, slot, shortcut)

    # The role --------------------------------------------------------------------------------

    def apply_role(self) -> None:
        """Show the person in the status bar; administrator-only actions only for admins."""
        self.label.setText(
            self.tr("Signed in: {name} ({role})").format(
                name=self.user.name, role=role_label(self.user.role)
            )
        )
        for action in self.admin_actions:
            action.setVisible(self.user.is_admin)
            action.setEnabled(self.user.is_admin)
        # The start-up probe's account exists only in memory: it has no PIN to change.
        self.own_pin_action.setEnabled(self.user.id != PROBE_ACCOUNT.id)

    def _refresh_user(self) -> None:
        """Read the person's account again (an admin may have renamed or demoted them)."""
        with self.window.database.read() as connection:
            stored = get_account(connection, self.user.id)
        if stored is None or not stored.active:
            self.switch_user()
            return
        self.user = stored
        self.window.database.actor = stored.name
        self.apply_role()

    # Switch user -----------------------------------------------------------------------------

    def _lock(self, locked: bool) -> None:
        window = self.window
        central = window.centralWidget()
        if central is not None:
            central.setVisible(not locked)
        window.menuBar().setEnabled(not locked)
        for toolbar in window.findChildren(QToolBar):
            toolbar.setEnabled(not locked)
        if locked:
            self.label.setText(self.tr("Nobody signed in"))

    def switch_user(self) -> None:
        """Lock the window and ask who is at the desk; open dialogs must be closed first."""
        from showcase.ui.staff.people.login_dialog import LoginDialog

        open_dialogs = [
            dialog for dialog in self.window.findChildren(QDialog) if dialog.isVisible()
        ]
        if open_dialogs:
            self.window.warn(
                self.tr("Switch user"),
                self.tr("Close the open windows first, so no one else's work is left open."),
            )
            return
        self._lock(True)
        self.window.database.actor = ""
        dialog = LoginDialog(self.window.database, self.window, switching=True)
        self.login_dialog = dialog
        dialog.finished.connect(lambda result: self._after_switch(dialog, result))
        dialog.open()

    def _after_switch(self, dialog: QDialog, result: int) -> None:
        account = getattr(dialog, "account", None)
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or not isinstance(account, Account):
            self.window.close()  # Quit: the previous person's session is not given back
            return
        self.user = account
        self.window.database.actor = account.name
        self._lock(False)
        self.apply_role()
        self.window.refresh()
        self.window.statusBar().showMessage(
            self.tr("Welcome, {name}.").format(name=account.name), 5000
        )

    # Dialogs ---------------------------------------------------------------------------------

    def open_accounts(self) -> None:
        if not self.user.is_admin:
            return
        from showcase.ui.staff.people.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.window.database, self.user, self.window)
        self.window.dialog = dialog
        dialog.finished.connect(lambda _result: self._after_accounts(dialog))
        dialog.open()

    def _after_accounts(self, dialog: QDialog) -> None:
        dialog.deleteLater()
        if getattr(dialog, "changed", False):
            self._refresh_user()

    def change_own_pin(self) -> None:
        """The signed-in person changes their PIN: the current one, then the new one twice.
        A wrong current PIN counts as a wrong PIN at the sign-in (and towards its wait)."""
        from showcase.errors import ValidationError
        from showcase.inventory.staff.accounts import change_own_pin
        from showcase.inventory.staff.wrong_pins import record_wrong_pin
        from showcase.ui.staff.people.accounts_dialog import AccountFormDialog

        user = self.user
        database = self.window.database

        def save(session: Session, form: AccountForm) -> object:
            try:
                change_own_pin(
                    session,
                    user.id,
                    form.current_pin.text(),
                    form.pin.text(),
                    pin_again=form.pin_again.text(),
                )
            except ValidationError as exc:
                if "current_pin" in exc.errors:
                    with database.session() as other:  # this transaction is rolled back
                        record_wrong_pin(other, user.id, user.name)
                raise
            return None

        dialog = AccountFormDialog(
            database,
            self.tr("Change my PIN"),
            ("current_pin", "pin", "pin_again"),
            save,
            self.window,
        )
        self.window.dialog = dialog
        dialog.accepted.connect(
            lambda: self.window.statusBar().showMessage(self.tr("Your PIN was changed."), 5000)
        )
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        dialog.form.current_pin.setFocus()

    def open_audit_log(self) -> None:
        if not self.user.is_admin:
            return
        from showcase.ui.staff.records.audit_dialog import AuditDialog

        dialog = AuditDialog(self.window.database, self.window)
        self.window.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def open_product_history(self) -> None:
        """The history of the selected product: its changes, stock movements and photos."""
        window = self.window
        product_id = window.current_product_id()
        if product_id is None:
            return
        from showcase.ui.staff.records.audit_dialog import AuditDialog

        row = window.model.row_data(window.table.currentIndex().row())
        dialog = AuditDialog(
            window.database,
            window,
            product_id=product_id,
            product_label=f"{row.code} {row.name_id}",
        )
        window.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def add_to_menus(self, file_menu: QMenu, product_menu: QMenu) -> None:
        """Switch user and the administrator's items at the top of File; a product's history
        in Products."""
        first = file_menu.actions()[0] if file_menu.actions() else None
        for action in (
            self.switch_action,
            self.own_pin_action,
            self.accounts_action,
            self.audit_action,
        ):
            file_menu.insertAction(first, action)  # type: ignore[arg-type]
        file_menu.insertSeparator(first)  # type: ignore[arg-type]
        product_menu.addSeparator()
        product_menu.addAction(self.history_action)
