"""A form whose fields show their own validation message, right under the field.

Domain functions raise ValidationError with a message per field name; `show_errors` puts each
message under its field in red, marks the field, and moves the focus to the first bad one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class ValidatedForm(QWidget):
    """A QFormLayout whose rows are registered by field name, each with a hidden error label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

    def add_row(self, field: str, label: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"error_{field}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the user typed
        error.hide()
        column.addWidget(error)
        self.layout_.addRow(label, box)
        self._fields[field] = widget
        self._errors[field] = error
        return widget

    def error_text(self, field: str) -> str:
        """The message shown under `field` ("" when none): what the user reads."""
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        for field, label in self._errors.items():
            label.hide()
            label.clear()
            self._fields[field].setProperty("invalid", False)
            self._fields[field].setStyleSheet("")

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Show each message under its field; return the fields this form has no row for."""
        self.clear_errors()
        unplaced = []
        first: QWidget | None = None
        for field, message in errors.items():
            if field not in self._errors:
                unplaced.append(field)
                continue
            self._errors[field].setText(message)
            self._errors[field].show()
            widget = self._fields[field]
            widget.setProperty("invalid", True)
            widget.setStyleSheet("border: 1px solid #b00020;")
            first = first or widget
        if first is not None:
            first.setFocus()
        return unplaced
