"""Staff accounts, for administrators: add a person, rename, change the role, reset a PIN,
deactivate (someone who left) and reactivate.

Every change is one transaction through showcase.inventory.staff.accounts, so the rules live there: the
last active administrator cannot be demoted or deactivated, names are unique, PINs are 4 to 8
digits and stored only as a hash. A refused change is said in red under the list; a form's own
mistakes stand under its fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError, ValidationError
from showcase.inventory.edit_versions import EditConflict
from showcase.inventory.formats import short_date_time
from showcase.inventory.staff.accounts import (
    Account,
    change_pin,
    create_account,
    deactivate,
    list_accounts,
    reactivate,
    rename,
    role_label,
    set_role,
)
from showcase.store.db import Database
from showcase.ui.language import current_language
from showcase.ui.staff.people.account_form import AccountForm
from showcase.ui.widgets.dialog_parts import StatusLabel, list_table, make_bold, text_label
from showcase.ui.widgets.row_table_model import Index, RecordTableModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class AccountTableModel(RecordTableModel[Account]):
    def __init__(self, parent: QWidget, me: int) -> None:
        super().__init__(parent)
        self._me = me
        self._headers = [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("Last sign-in"),
        ]

    def account(self, row: int) -> Account:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        account = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if account.active else QBrush(QColor("#8a8a8a"))
        column = index.column()
        if column == 0:
            return account.name + (self.tr(" (you)") if account.id == self._me else "")
        if column == 1:
            return role_label(account.role)
        if column == 2:
            return self.tr("Active") if account.active else self.tr("Inactive")
        if account.last_login_at is None:
            return self.tr("never")
        from datetime import UTC

        local = account.last_login_at.replace(tzinfo=UTC).astimezone()
        return short_date_time(local, current_language())


class AccountFormDialog(QDialog):
    """A small form (some of name, role, PIN twice) whose Save runs `save` in one transaction."""

    def __init__(
        self,
        database: Database,
        title: str,
        fields: tuple[str, ...],
        save: Callable[[Session, AccountForm], object],
        parent: QWidget,
        on_conflict: Callable[[EditConflict], str] | None = None,
    ) -> None:
        super().__init__(parent)
        # Told when someone else changed the account meanwhile: takes the version now seen (so
        # that Save again keeps this edit) and says what the account now is.
        self._on_conflict = on_conflict
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.database = database
        self._save = save
        self.saved_id: int | None = None  # the account saved, when the form made or renamed one
        column = QVBoxLayout(self)
        self.form = AccountForm(self, fields=fields)
        column.addWidget(self.form)
        self.message = StatusLabel(self)
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)

    def save(self) -> None:
        self.form.clear_errors()
        try:
            with self.database.session() as session:
                result = self._save(session, self.form)
        except EditConflict as conflict:
            now = self._on_conflict(conflict) if self._on_conflict is not None else ""
            self.message.show_status(f"{conflict.message} {now}".strip(), error=True)
            return
        except ValidationError as exc:
            if self.form.show_errors(exc.errors):
                self.message.show_status(exc.message, error=True)
            return
        except UserError as exc:
            self.message.show_status(exc.message, error=True)
            return
        if isinstance(result, Account):
            self.saved_id = result.id
        self.accept()


class AccountsDialog(QDialog):
    """The list of accounts and what an administrator can do to each."""

    def __init__(self, database: Database, me: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.me = me
        self.changed = False
        self.form_dialog: AccountFormDialog | None = None
        self.setWindowTitle(self.tr("Staff accounts"))
        self.resize(760, 460)
        column = QVBoxLayout(self)
        column.addWidget(make_bold(QLabel(self.tr("Staff accounts"), self), 1.3))
        hint = text_label(self, wrap=True)
        hint.setText(
            self.tr(
                "Administrators manage accounts and settings; staff do the daily work. Someone "
                "who leaves is deactivated, not deleted: the change history keeps their name."
            )
        )
        column.addWidget(hint)
        self.model = AccountTableModel(self, me.id)
        self.table = list_table(self, self.model, row_height=32, single_selection=True)
        self.table.setObjectName("accounts")
        for section, width in enumerate((240, 130, 100)):
            self.table.setColumnWidth(section, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.table, 1)
        self.message = StatusLabel(self)
        self.message.setObjectName("message")
        column.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.rename_button = QPushButton(self.tr("Re&name…"), self)
        self.role_button = QPushButton(self.tr("Make &administrator"), self)
        self.pin_button = QPushButton(self.tr("Reset &PIN…"), self)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        close = QPushButton(self.tr("Close"), self)
        for button, slot in (
            (self.add_button, self.add_account),
            (self.rename_button, self.rename_account),
            (self.role_button, self.toggle_role),
            (self.pin_button, self.reset_pin),
            (self.active_button, self.toggle_active),
            (close, self.accept),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
            if button is self.active_button:
                row.addStretch(1)
        column.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        with self.database.read() as connection:
            self.model.set_rows(list_accounts(connection))
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        account = self.selected()
        return account.id if account else None

    def select(self, account_id: int) -> None:
        row = self.model.row_of(account_id)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.rename_button, self.role_button, self.pin_button, self.active_button):
            button.setEnabled(account is not None)
        if account is not None:
            self.role_button.setText(
                self.tr("Make &staff") if account.is_admin else self.tr("Make &administrator")
            )
            self.active_button.setText(
                self.tr("&Deactivate") if account.active else self.tr("Re&activate")
            )

    def _run(self, change: Callable[[Session], Account]) -> None:
        """One change, shown in the list, or the reason it was refused."""
        try:
            with self.database.session() as session:
                account = change(session)
        except EditConflict as conflict:
            # The list shows the account as it now is; doing it again applies to that.
            self.reload()
            self.message.show_status(f"{conflict.message} {self.now_text(conflict)}", error=True)
            return
        except UserError as exc:
            self.message.show_status(exc.message, error=True)
            return
        self.changed = True
        self.message.show_status("")
        self.reload(account.id)

    def now_text(self, conflict: EditConflict) -> str:
        """What the account is now, in words, after someone else changed it."""
        current = conflict.current
        state = self.tr("active") if current.get("active") else self.tr("deactivated")
        return self.tr("It is now: {name}, {role}, {state}.").format(
            name=current.get("name", ""), role=role_label(str(current.get("role", ""))), state=state
        )

    def _open_form(
        self,
        title: str,
        fields: tuple[str, ...],
        save: Callable[[Session, AccountForm], object],
        version: list[int] | None = None,
    ) -> AccountFormDialog:
        def conflict_seen(conflict: EditConflict) -> str:
            if version is not None:
                version[0] = conflict.version
            self.reload()
            return self.now_text(conflict) + " " + self.tr("Save again to keep your change.")

        dialog = AccountFormDialog(self.database, title, fields, save, self, conflict_seen)
        self.form_dialog = dialog
        dialog.accepted.connect(self._after_form)
        dialog.open()
        return dialog

    def _after_form(self) -> None:
        self.changed = True
        self.message.show_status("")
        self.reload(self.form_dialog.saved_id if self.form_dialog else None)

    def add_account(self) -> None:
        def save(session: Session, form: AccountForm) -> object:
            return create_account(
                session,
                form.name.text(),
                form.chosen_role(),
                form.pin.text(),
                pin_again=form.pin_again.text(),
            )

        dialog = self._open_form(self.tr("Add a staff account"), AccountForm.FIELDS, save)
        dialog.form.name.setFocus()

    def rename_account(self) -> None:
        account = self.selected()
        if account is None:
            return

        version = [account.version]

        def save(session: Session, form: AccountForm) -> object:
            return rename(session, account.id, form.name.text(), version=version[0])

        dialog = self._open_form(
            self.tr("Rename {name}").format(name=account.name), ("name",), save, version
        )
        dialog.form.name.setText(account.name)
        dialog.form.name.selectAll()
        dialog.form.name.setFocus()

    def reset_pin(self) -> None:
        account = self.selected()
        if account is None:
            return

        version = [account.version]

        def save(session: Session, form: AccountForm) -> object:
            change_pin(
                session,
                account.id,
                form.pin.text(),
                pin_again=form.pin_again.text(),
                version=version[0],
            )
            return None

        dialog = self._open_form(
            self.tr("New PIN for {name}").format(name=account.name),
            ("pin", "pin_again"),
            save,
            version,
        )
        dialog.form.pin.setFocus()

    def toggle_role(self) -> None:
        account = self.selected()
        if account is not None:
            role = "staff" if account.is_admin else "admin"
            self._run(lambda session: set_role(session, account.id, role, version=account.version))

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if account.active:
            self._run(lambda session: deactivate(session, account.id, version=account.version))
        else:
            self._run(lambda session: reactivate(session, account.id, version=account.version))
