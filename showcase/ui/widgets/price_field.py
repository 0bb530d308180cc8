"""The price field: the line edit staff type an amount in, with the amount as it will be shown
(`= Rp25.000`, or why it is no amount) beside it as they type; a form's red border for a bad
value goes on the line edit only."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from showcase.inventory.formats import rupiah
from showcase.inventory.limits import MAX_PRICE
from showcase.inventory.money import AmountError, AmountTooLarge, parse_rupiah
from showcase.ui.language import current_language


class PriceField(QWidget):
    """The price line edit with the amount as it will be shown (`= Rp25.000`) beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("price_hint")
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.setMinimumWidth(self.fontMetrics().horizontalAdvance("= Rp2.000.000.000"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._update_hint)

    def setStyleSheet(self, styleSheet: str) -> None:
        # ValidatedForm marks a bad field with a red border: only the line edit should get it.
        self.edit.setStyleSheet(styleSheet)

    def _update_hint(self, text: str) -> None:
        if not text.strip():
            self.hint.clear()
            return
        language = current_language()
        try:
            amount = parse_rupiah(text)
        except AmountTooLarge:
            self.hint.setText(
                self.tr("more than {limit}").format(limit=rupiah(MAX_PRICE, language))
            )
        except AmountError:
            self.hint.setText(self.tr("not an amount"))
        else:
            self.hint.setText(self.tr("= {amount}").format(amount=rupiah(amount, language)))
