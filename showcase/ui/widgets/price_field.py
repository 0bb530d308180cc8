"""The price field: the line edit staff type an amount in, with the amount as it will be shown
(`= Rp25.000`) beside it; a form's red border for a bad value goes on the line edit only."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget


class PriceField(QWidget):
    """The price line edit with the amount as it will be shown (`= Rp25.000`) beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("price_hint")
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.hint)
        self.setFocusProxy(self.edit)

    def setStyleSheet(self, styleSheet: str) -> None:
        # ValidatedForm marks a bad field with a red border: only the line edit should get it.
        self.edit.setStyleSheet(styleSheet)
