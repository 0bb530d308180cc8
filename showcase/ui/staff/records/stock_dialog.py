"""The stock dialog of one product: the stock on hand, a form to record a movement, and the history.

A movement is recorded by `showcase.inventory.stock.record_movement` in one transaction; the
database keeps the stock equal to the sum of the movements. What the clerk typed is checked there,
and a refusal (not a number, zero, selling more than is on hand) is shown under the quantity.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError, ValidationError
from showcase.inventory.formats import DEFAULT_LANGUAGE, Language, number, short_date_time
from showcase.inventory.numbers import parse_whole_number
from showcase.inventory.products import get_product
from showcase.inventory.stock import (
    KINDS,
    MovementRow,
    kind_label,
    movement_history,
    record_movement,
)
from showcase.store.db import Database
from showcase.ui.language import current_language
from showcase.ui.widgets.dialog_parts import (
    DONE_COLOR,
    ERROR_COLOR,
    StatusLabel,
    close_row,
    list_table,
    make_bold,
    no_default_buttons,
    set_tab_chain,
    text_label,
    yes_no_asker,
)
from showcase.ui.widgets.form import ValidatedForm
from showcase.ui.widgets.row_table_model import Index, RowTableModel

MINUS = "\u2212"  # a real minus sign: as wide as the plus, and not mistaken for a dash
LOW_STOCK_STYLE = (
    "background: #fff3e0; color: #b71c1c; border: 1px solid #e65100; border-radius: 4px;"
    " padding: 6px 10px; font-weight: bold;"
)


def local_time_text(at: datetime, language: Language = DEFAULT_LANGUAGE) -> str:
    """`22/11/2026 14.05` (`22 Nov 2026 14:05` in English) in the computer's time zone, for a
    time stored as naive UTC."""
    moment = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return short_date_time(moment.astimezone(), language)


def signed_text(quantity: int, language: Language = DEFAULT_LANGUAGE) -> str:
    """`+12`, `−3` (with a true minus sign) or `0`; `+1.200` / `+1,200` by language."""
    if quantity > 0:
        return f"+{number(quantity, language)}"
    if quantity < 0:
        return f"{MINUS}{number(-quantity, language)}"
    return "0"


class MovementTableModel(RowTableModel[MovementRow]):
    """A product's movements, newest first: when, kind, quantity, stock after, note, by whom."""

    WHEN, KIND, QUANTITY, BALANCE, NOTE, BY = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = current_language()
        self._headers = [
            self.tr("Date and time"),
            self.tr("Kind"),
            self.tr("Quantity"),
            self.tr("Stock after"),
            self.tr("Note"),
            self.tr("By"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.WHEN:
                return local_time_text(row.at, self._language)
            if column == self.KIND:
                return kind_label(row.kind)
            if column == self.QUANTITY:
                return signed_text(row.quantity, self._language)
            if column == self.BALANCE:
                return number(row.balance, self._language)
            if column == self.NOTE:
                return row.note
            if column == self.BY:
                return row.by
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (self.QUANTITY, self.BALANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.QUANTITY:
            return QBrush(QColor(DONE_COLOR if row.quantity > 0 else ERROR_COLOR))
        return None


class StockDialog(QDialog):
    """Record stock movements of one product. `changed` is True once a movement was recorded."""

    def __init__(self, database: Database, product_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.product_id = product_id
        self.changed = False
        # Asks the user a yes/no question (title, text); tests replace it.
        self.confirm: Callable[[str, str], bool] = yes_no_asker(self)
        self.stock = 0
        self.min_stock = 0
        self.unit = ""

        self.setWindowTitle(self.tr("Stock"))
        self.resize(1080, 640)

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_header())
        body = QHBoxLayout()
        body.addWidget(self._build_form(), 0)
        body.addSpacing(12)
        body.addWidget(self._build_history(), 1)
        layout.addLayout(body, 1)

        self.close_button, bottom = close_row(self, self.tr("Close"))
        layout.addLayout(bottom)

        # Enter records the movement (from the quantity or the note) and never closes the
        # dialog: no button is a default one.
        no_default_buttons(self)
        self.quantity_edit.returnPressed.connect(self.record)
        self.note_edit.returnPressed.connect(self.record)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.record)
        set_tab_chain(
            [
                self.kind_combo,
                self.quantity_edit,
                self.note_edit,
                self.record_button,
                self.history,
                self.close_button,
            ]
        )

        self.refresh()
        self._kind_changed()
        self.quantity_edit.setFocus()

    # Building ---------------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        header = QFrame(self)
        column = QVBoxLayout(header)
        column.setContentsMargins(0, 0, 0, 6)

        # A long product name wraps (or clips) inside the window instead of widening it.
        self.title_label = make_bold(text_label(header, wrap=True, shrink=True), 1.4)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.title_label)

        figures = QHBoxLayout()
        figures.setSpacing(24)
        on_hand = QVBoxLayout()
        on_hand.setSpacing(0)
        on_hand.addWidget(QLabel(self.tr("Stock on hand"), header))
        self.stock_label = make_bold(text_label(header), 3)
        on_hand.addWidget(self.stock_label)
        figures.addLayout(on_hand)

        self.min_stock_label = text_label(header)
        figures.addWidget(self.min_stock_label, 0, Qt.AlignmentFlag.AlignBottom)

        self.low_stock_label = text_label(header)
        self.low_stock_label.setStyleSheet(LOW_STOCK_STYLE)
        self.low_stock_label.hide()
        figures.addWidget(self.low_stock_label, 0, Qt.AlignmentFlag.AlignBottom)
        figures.addStretch(1)
        column.addLayout(figures)
        return header

    def _build_form(self) -> QWidget:
        panel = QWidget(self)
        panel.setFixedWidth(400)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)

        column.addWidget(make_bold(QLabel(self.tr("Record a movement"), panel)))

        self.form = ValidatedForm(panel)
        self.kind_combo = QComboBox()
        self.kind_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.form.add_row("kind", self.tr("Kind"), self.kind_combo)

        self.quantity_edit = QLineEdit()
        self.quantity_edit.setMaxLength(12)
        self.quantity_edit.textChanged.connect(self._update_preview)
        self.form.add_row("quantity", self.tr("Quantity"), self.quantity_edit)
        box = self.quantity_edit.parentWidget()
        label = self.form.layout_.labelForField(box) if box is not None else None
        assert isinstance(label, QLabel)
        self.quantity_label = label
        # Room for either caption, so the fields do not jump sideways when the kind changes.
        metrics = label.fontMetrics()
        label.setMinimumWidth(
            max(
                metrics.horizontalAdvance(t)
                for t in (self.tr("Quantity"), self.tr("Counted stock"))
            )
        )

        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("Optional: delivery note, buyer, reason"))
        self.form.add_row("note", self.tr("Note"), self.note_edit)
        column.addWidget(self.form)

        self.help_label = text_label(panel, wrap=True)
        self.help_label.setStyleSheet("color: #455a64;")
        column.addWidget(self.help_label)

        self.preview_label = text_label(panel, wrap=True, shrink=True)
        column.addWidget(self.preview_label)

        row = QHBoxLayout()
        row.addStretch(1)
        self.record_button = QPushButton(self.tr("&Record"), panel)
        self.record_button.setMinimumWidth(140)
        self.record_button.setToolTip(self.tr("Record this movement (Enter in the quantity)"))
        self.record_button.clicked.connect(self.record)
        row.addWidget(self.record_button)
        column.addLayout(row)

        self.status_label = StatusLabel(panel)
        column.addWidget(self.status_label)
        column.addStretch(1)
        return panel

    def _build_history(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(make_bold(QLabel(self.tr("History (newest first)"), panel)))

        self.history_model = MovementTableModel(self)
        self.history = list_table(panel, self.history_model, row_height=26, single_selection=False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(MovementTableModel.NOTE, QHeaderView.ResizeMode.Stretch)
        for section, width in (
            (MovementTableModel.WHEN, 128),
            (MovementTableModel.KIND, 95),
            (MovementTableModel.QUANTITY, 72),
            (MovementTableModel.BALANCE, 82),
            (MovementTableModel.BY, 70),
        ):
            self.history.setColumnWidth(section, width)
        column.addWidget(self.history, 1)
        return panel

    # Showing ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the product's stock and history again."""
        try:
            with self.database.session() as session:
                product = get_product(session, self.product_id)
                code, name = product.code, product.name_id
                self.stock, self.min_stock, self.unit = (
                    product.stock,
                    product.min_stock,
                    product.unit,
                )
                rows = movement_history(session, self.product_id)
        except UserError as exc:
            self.title_label.setText(exc.message)
            for widget in (self.kind_combo, self.quantity_edit, self.note_edit, self.record_button):
                widget.setEnabled(False)
            self.stock_label.clear()
            self.history_model.set_rows([])
            return
        self.setWindowTitle(self.tr("Stock of {code}").format(code=code))
        self.title_label.setText(f"{code} · {name}")
        self.title_label.setToolTip(name)
        self.stock_label.setText(number(self.stock, current_language()))
        self.stock_label.setToolTip(self.unit)
        self.min_stock_label.setText(
            self.tr("Minimum stock: {n}").format(n=number(self.min_stock, current_language()))
            + "\n"
            + self.tr("Unit: {unit}").format(unit=self.unit)
        )
        low = self.stock < self.min_stock
        self.low_stock_label.setText(
            self.tr("LOW STOCK: below the minimum of {n}").format(
                n=number(self.min_stock, current_language())
            )
        )
        self.low_stock_label.setVisible(low)
        self.history_model.set_rows(rows)
        self._kind_changed()

    def is_low_stock(self) -> bool:
        return self.stock < self.min_stock

    def current_kind(self) -> str:
        kind = self.kind_combo.currentData()
        return kind if isinstance(kind, str) else "receive"

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        if kind == "adjust":
            self.quantity_label.setText(self.tr("Counted stock"))
            self.quantity_edit.setPlaceholderText(self.tr("How many are on the shelf"))
        else:
            self.quantity_label.setText(self.tr("Quantity"))
            self.quantity_edit.setPlaceholderText(self.tr("How many"))
        help_texts = {
            "receive": self.tr(
                "Goods delivered by the producer: the quantity is added to the stock."
            ),
            "sale": self.tr("Goods sold: the quantity is taken from the stock."),
            "return": self.tr("Goods a buyer brought back: the quantity is added to the stock."),
            "adjust": self.tr(
                "Enter the number you counted. The difference from the stock on hand ({stock}) "
                "is recorded as the movement."
            ).format(stock=number(self.stock, current_language())),
            "damaged": self.tr(
                "Goods broken, spoiled or past their date: the quantity is taken from the stock."
            ),
        }
        self.help_label.setText(help_texts.get(kind, ""))
        self._update_preview()

    def _update_preview(self) -> None:
        """Tell the clerk what the stock will be, before anything is recorded."""
        try:
            amount = parse_whole_number(self.quantity_edit.text())
        except ValueError:
            self.preview_label.clear()
            return
        kind = self.current_kind()
        delta = amount - self.stock if kind == "adjust" else KINDS[kind] * amount
        after = self.stock + delta
        if after < 0:
            text = ""  # Record explains it under the quantity, in the domain's words
        elif delta == 0:
            text = self.tr("Nothing changes") if kind == "adjust" else ""
        else:
            text = self.tr("Stock after recording: {after} ({delta})").format(
                after=number(after, current_language()),
                delta=signed_text(delta, current_language()),
            )
        self.preview_label.setText(text)

    # Recording --------------------------------------------------------------------------------

    def record(self) -> None:
        """Record the movement in the form; show what is wrong under the field, or refresh."""
        if not self.record_button.isEnabled():
            return
        kind = self.current_kind()
        try:
            with self.database.session() as session:
                movement = record_movement(
                    session,
                    product_id=self.product_id,
                    kind=kind,
                    quantity=self.quantity_edit.text(),
                    note=self.note_edit.text(),
                    by=self.database.actor,  # the person signed in
                )
                delta = movement.quantity
        except ValidationError as exc:
            rest = self.form.show_errors(exc.errors)
            self.status_label.show_status(
                " ".join(exc.errors[f] for f in rest) or self.tr("Nothing was recorded."),
                error=True,
            )
            return
        except UserError as exc:
            self.status_label.show_status(exc.message, error=True)
            return
        self.changed = True
        self.form.clear_errors()
        self.quantity_edit.clear()
        self.note_edit.clear()
        self.refresh()
        self.status_label.show_status(
            self.tr("Recorded: {kind} {delta}. Stock now {stock}.").format(
                kind=kind_label(kind),
                delta=signed_text(delta, current_language()),
                stock=number(self.stock, current_language()),
            )
        )
        self.quantity_edit.setFocus()

    def reject(self) -> None:
        """Close (Escape, Close, the window's ×); a typed but unrecorded quantity is not lost silently."""
        pending = self.quantity_edit.text().strip() and self.record_button.isEnabled()
        if pending and not self.confirm(
            self.tr("Not recorded"),
            self.tr("The movement you typed is not recorded. Close anyway?"),
        ):
            return
        super().reject()
