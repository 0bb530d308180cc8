"""The fields of a staff account (name, role, PIN typed twice), shared by the first-administrator
page of the sign-in dialog and the Accounts dialog, and the PIN field they and the sign-in use.

Each field shows its own message under it (ValidatedForm), named as the domain's ValidationError
names them: `name`, `role`, `pin`, `pin_again`.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from showcase.inventory.staff.accounts import MAX_NAME, ROLES, role_label
from showcase.inventory.staff.pins import PIN_MAX_DIGITS
from showcase.ui.widgets.form import ValidatedForm


def pin_field(parent: QWidget, *, large: bool = False) -> QLineEdit:
    """A field for a PIN: digits only, at most 8, shown as dots."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(
        QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{PIN_MAX_DIGITS}}}"), field)
    )
    field.setMaxLength(PIN_MAX_DIGITS)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)  # a touch keyboard's digit pad
    if large:
        font = QFont(field.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        field.setFont(font)
    return field


class AccountForm(ValidatedForm):
    """Some of: name, role, the current PIN, and the new PIN typed twice (`fields` says which;
    they are shown in this order)."""

    FIELDS = ("name", "role", "pin", "pin_again")

    def __init__(self, parent: QWidget | None = None, *, fields: tuple[str, ...] = FIELDS) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Sari Wulandari"))
        self.role = QComboBox(self)
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(ROLES.index("staff"))
        self.current_pin = pin_field(self)
        self.pin = pin_field(self)
        self.pin.setPlaceholderText(self.tr("4 to 8 digits"))
        self.pin_again = pin_field(self)
        rows = {
            "name": (self.tr("Name"), self.name),
            "role": (self.tr("Role"), self.role),
            "current_pin": (self.tr("Current PIN"), self.current_pin),
            # Beside the current PIN, the PIN field is the new one.
            "pin": (self.tr("New PIN") if "current_pin" in fields else self.tr("PIN"), self.pin),
            "pin_again": (self.tr("PIN again"), self.pin_again),
        }
        for field, (label, widget) in rows.items():
            if field in fields:
                self.add_row(field, label, widget)
            else:
                widget.hide()
        self.last_field: QLineEdit = self.pin_again if "pin_again" in fields else self.name

    def chosen_role(self) -> str:
        return str(self.role.currentData())
