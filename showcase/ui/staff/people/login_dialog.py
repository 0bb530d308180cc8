"""Who is at the desk? The sign-in dialog of the staff window, before it opens and on Switch user.

The active accounts are a list of big names; a person picks theirs, types the PIN and presses
Enter. A wrong PIN says so; after three wrong PINs in a row for one account, that account waits
(30 s, doubling, as the kiosk's PIN does) with a countdown. Wrong PINs are kept in the audit log
(showcase.inventory.staff.wrong_pins), so neither reopening the dialog nor restarting the program
resets a wait.

When the database has no account yet (a new center, right after the first-run choice), the
dialog asks for the first administrator instead: a name and a PIN typed twice.

The accounts are read with plain SQL: the dialog opens before SQLAlchemy is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError, ValidationError
from showcase.inventory.staff.accounts import (
    Account,
    SignInError,
    create_account,
    has_accounts,
    list_accounts,
    role_label,
    sign_in,
    wait_message,
)
from showcase.store.db import Database
from showcase.ui.staff.people.account_form import AccountForm, pin_field
from showcase.ui.widgets.dialog_parts import StatusLabel, make_bold, text_label

Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 52


def _utcnow() -> datetime:
    """UTC without a zone, as the log stores it (models.utcnow, without loading SQLAlchemy:
    the dialog opens before it is needed)."""
    return datetime.now(UTC).replace(tzinfo=None)


class AccountListModel(QAbstractListModel):
    """The active accounts, one big line each: the name, and the role in smaller words."""

    def __init__(self, accounts: list[Account], parent: QWidget) -> None:
        super().__init__(parent)
        self.accounts = accounts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.accounts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self.accounts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return account.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return role_label(account.role)
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, ROW_HEIGHT)
        return None


class LoginDialog(QDialog):
    """Sign in (or make the first administrator); `account` holds who signed in once accepted."""

    # The sign-in page's widgets, or the first-administrator page's form.
    accounts: QListView
    model: AccountListModel
    pin: QLineEdit
    form: AccountForm

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        switching: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._clock = clock or _utcnow  # UTC, as the log stores it; tests pass their own
        self.account: Account | None = None
        self.setWindowTitle(
            self.tr("Etalase — switch user") if switching else self.tr("Etalase — sign in")
        )
        self.setMinimumWidth(460)
        with database.read() as connection:
            self.first_admin = not has_accounts(connection)
            accounts = list_accounts(connection, active_only=True)
        column = QVBoxLayout(self)
        column.setSpacing(10)
        column.setContentsMargins(24, 20, 24, 16)
        self.heading = make_bold(QLabel(self), 1.6)
        column.addWidget(self.heading)
        self.message = StatusLabel(self)
        self.message.setObjectName("message")
        self.submit = QPushButton(self)
        self.submit.setDefault(True)  # Enter in the PIN field (or any field) signs in
        self.submit.clicked.connect(self._submit)
        # Also when switching user: leaving here closes the program, it never goes back to the
        # previous person's session.
        self.quit_button = QPushButton(self.tr("Quit Etalase"), self)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._show_lock)
        if self.first_admin:
            self._make_first_admin_page(column)
        else:
            self._make_sign_in_page(column, accounts)
        # Room for two lines of message, kept whether or not one shows: the list and the PIN
        # field never jump or get squeezed when "wrong PIN" or the countdown appears.
        message_box = QWidget(self)
        message_row = QVBoxLayout(message_box)
        message_row.setContentsMargins(0, 0, 0, 0)
        message_row.addWidget(self.message)
        message_row.addStretch(1)
        message_box.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 4)
        column.addWidget(message_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        column.addLayout(buttons)

    # The pages ---------------------------------------------------------------------------------

    def _make_sign_in_page(self, column: QVBoxLayout, accounts: list[Account]) -> None:
        self.heading.setText(self.tr("Who is at the desk?"))
        hint = text_label(self, wrap=True)
        hint.setText(self.tr("Choose your name and type your PIN."))
        column.addWidget(hint)
        self.model = AccountListModel(accounts, self)
        self.accounts = QListView(self)
        self.accounts.setObjectName("accounts")
        self.accounts.setModel(self.model)
        self.accounts.setUniformItemSizes(True)
        font = QFont(self.accounts.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.accounts.setFont(font)
        visible = min(max(len(accounts), 3), 6)
        self.accounts.setFixedHeight(visible * ROW_HEIGHT + 2 * self.accounts.frameWidth())
        self.accounts.selectionModel().currentChanged.connect(self._account_changed)
        self.accounts.clicked.connect(lambda _index: self.pin.setFocus())
        self.accounts.activated.connect(lambda _index: self.pin.setFocus())
        self.accounts.installEventFilter(self)  # digits typed on the list go to the PIN
        column.addWidget(self.accounts)
        pin_label = QLabel(self.tr("PIN"), self)
        column.addWidget(pin_label)
        self.pin = pin_field(self, large=True)
        self.pin.setObjectName("pin")
        pin_label.setBuddy(self.pin)
        column.addWidget(self.pin)
        self.submit.setText(self.tr("Sign in"))
        if len(accounts) == 1:  # one person: nothing to choose
            self.select_account(accounts[0].id)

    def _make_first_admin_page(self, column: QVBoxLayout) -> None:
        self.heading.setText(self.tr("Create the first administrator"))
        hint = text_label(self, wrap=True)
        hint.setText(
            self.tr(
                "Nobody has an account yet. The first account is an administrator: it adds the "
                "other staff and manages the kiosk and the settings. Everyone signs in with a "
                "PIN of 4 to 8 digits."
            )
        )
        column.addWidget(hint)
        self.form = AccountForm(self, fields=("name", "pin", "pin_again"))
        column.addWidget(self.form)
        self.submit.setText(self.tr("Create and sign in"))
        self.form.name.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A person who picks their name with the arrow keys can type the PIN straight away."""
        if (
            watched is self.accounts
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().isdigit()
            and self.pin.isEnabled()
        ):
            self.pin.setFocus()
            self.pin.insert(event.text())
            return True
        return super().eventFilter(watched, event)

    # Signing in --------------------------------------------------------------------------------

    def select_account(self, account_id: int) -> bool:
        for row, account in enumerate(self.model.accounts):
            if account.id == account_id:
                self.accounts.setCurrentIndex(self.model.index(row, 0))
                self.pin.setFocus()
                return True
        return False

    def chosen(self) -> Account | None:
        index = self.accounts.currentIndex()
        return self.model.accounts[index.row()] if index.isValid() else None

    def _account_changed(self) -> None:
        self.pin.clear()
        self.message.show_status("")
        self._show_lock()

    def _wait(self, account: Account | None) -> float:
        if account is None:
            return 0.0
        from showcase.inventory.staff.wrong_pins import wait_seconds

        with self.database.read() as connection:
            return wait_seconds(connection, account.id, self._clock())

    def _show_lock(self) -> None:
        """While the chosen account waits after wrong PINs: the countdown, and no PIN field."""
        account = self.chosen()
        wait = self._wait(account)
        locked = wait > 0
        self.pin.setEnabled(not locked)
        self.submit.setEnabled(not locked)
        if locked and account is not None:
            self.message.show_status(wait_message(account.name, wait), error=True)
            self._countdown.start()
        elif self._countdown.isActive():
            self._countdown.stop()
            self.message.show_status("")
            self.pin.setFocus()

    def _submit(self) -> None:
        if self.first_admin:
            self._create_first_admin()
            return
        account = self.chosen()
        if account is None:
            self.message.show_status(self.tr("Choose your name first."), error=True)
            self.accounts.setFocus()
            return
        if self._wait(account) > 0:
            self._show_lock()
            return
        if not self.pin.text():
            self.message.show_status(self.tr("Type your PIN."), error=True)
            self.pin.setFocus()
            return
        try:
            with self.database.session() as session:
                signed_in = sign_in(session, account.id, self.pin.text(), now=self._clock())
        except SignInError as exc:
            if exc.wrong_pin:
                from showcase.inventory.staff.wrong_pins import record_wrong_pin

                with self.database.session() as session:
                    record_wrong_pin(session, account.id, account.name, now=self._clock())
            self.pin.clear()
            self.message.show_status(exc.message, error=True)
            self._show_lock()
            self.pin.setFocus()
            return
        self._done(signed_in)

    def _create_first_admin(self) -> None:
        form = self.form
        form.clear_errors()
        self.message.show_status("")
        before = self.database.actor
        # The first administrator makes their own account: the log names them.
        self.database.actor = " ".join(form.name.text().split())
        try:
            with self.database.session() as session:
                account = create_account(
                    session,
                    form.name.text(),
                    "admin",
                    form.pin.text(),
                    pin_again=form.pin_again.text(),
                )
                account = sign_in(session, account.id, form.pin.text())
        except ValidationError as exc:
            self.database.actor = before
            unplaced = form.show_errors(exc.errors)
            if unplaced:
                self.message.show_status(exc.message, error=True)
            return
        except UserError as exc:
            self.database.actor = before
            self.message.show_status(exc.message, error=True)
            return
        self._done(account)

    def _done(self, account: Account) -> None:
        self.account = account
        self.database.actor = account.name
        self.accept()
