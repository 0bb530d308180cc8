"""The categories dialog: the ordered list of categories, their Indonesian and English names, their order.

The order set here is the order of the staff filters, the kiosk and the catalogues. Every change
goes through `showcase.inventory.producers` (categories live beside producers) in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showcase.errors import UserError, ValidationError
from showcase.inventory.producers import (
    CategoryInput,
    create_category,
    delete_category,
    list_categories,
    move_category,
    update_category,
)
from showcase.store.db import Database
from showcase.store.models import Category, Product
from showcase.ui.staff.producers_dialog import DONE_STYLE, ERROR_STYLE, ask_yes_no, text_label
from showcase.ui.widgets.form import ValidatedForm

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class CategoryRow:
    """One line of the category list."""

    id: int
    name_id: str
    name_en: str
    products: int


def read_category_rows(session: Session) -> list[CategoryRow]:
    """Every category in its order, with how many products use it."""
    counts: dict[int, int] = {
        category_id: count
        for category_id, count in session.execute(
            select(Product.category_id, func.count())
            .where(Product.category_id.is_not(None))
            .group_by(Product.category_id)
        )
        if category_id is not None
    }
    return [
        CategoryRow(c.id, c.name_id, c.name_en, counts.get(c.id, 0))
        for c in list_categories(session)
    ]


class CategoryTableModel(QAbstractTableModel):
    """The categories in the order shown everywhere: position, names, products."""

    POSITION, NAME_ID, NAME_EN, PRODUCTS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CategoryRow] = []
        self._headers = [
            self.tr("No."),
            self.tr("Name (Indonesian)"),
            self.tr("Name (English)"),
            self.tr("Products"),
        ]

    def set_rows(self, rows: Sequence[CategoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def category_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, category_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == category_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.POSITION:
                return str(index.row() + 1)
            if column == self.NAME_ID:
                return row.name_id
            if column == self.NAME_EN:
                return row.name_en
            if column == self.PRODUCTS:
                return str(row.products)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.POSITION,
            self.PRODUCTS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class CategoriesDialog(QDialog):
    """Add, rename, reorder and remove categories. `changed` is True once anything was changed."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.changed = False
        # Asks the user a yes/no question (title, text); tests replace it.
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)
        self.category_id: int | None = None
        self._saved_input = CategoryInput(name_id="")
        self._quiet = False

        self.setWindowTitle(self.tr("Categories"))
        self.resize(960, 540)

        body = QHBoxLayout()
        body.addWidget(self._build_list(), 3)
        body.addSpacing(12)
        body.addWidget(self._build_editor(), 2)

        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        # Enter in a field must never press a button by surprise: no button is a default one.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_category)
        chain: list[QWidget] = [
            self.table,
            self.up_button,
            self.down_button,
            self.new_button,
            self.name_id_edit,
            self.name_en_edit,
            self.save_button,
            self.delete_button,
            self.close_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.reload()
        self._start_new()

    # Building ---------------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "Categories appear in this order in the staff window, the kiosk and catalogues."
            ),
            panel,
        )
        hint.setWordWrap(True)
        column.addWidget(hint)

        self.model = CategoryTableModel(self)
        self.table = QTableView(panel)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, to the next field
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CategoryTableModel.NAME_ID, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CategoryTableModel.NAME_EN, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(CategoryTableModel.POSITION, 44)
        self.table.setColumnWidth(CategoryTableModel.PRODUCTS, 75)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        column.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"), panel)
        self.up_button.setToolTip(self.tr("Show this category earlier (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"), panel)
        self.down_button.setToolTip(self.tr("Show this category later (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self.move_selected(+1))
        self.new_button = QPushButton(self.tr("&New category"), panel)
        self.new_button.setToolTip(self.tr("Clear the form to add a category (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_category)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        row.addStretch(1)
        row.addWidget(self.new_button)
        column.addLayout(row)
        return panel

    def _build_editor(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)

        self.heading = text_label(panel)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        column.addWidget(self.heading)

        self.form = ValidatedForm(panel)
        self.name_id_edit = QLineEdit()
        self.name_id_edit.setMaxLength(100)
        self.name_id_edit.setPlaceholderText(self.tr("For example: Kopi"))
        self.form.add_row("name_id", self.tr("Name (Indonesian)"), self.name_id_edit)
        self.name_en_edit = QLineEdit()
        self.name_en_edit.setMaxLength(100)
        self.name_en_edit.setPlaceholderText(self.tr("For example: Coffee"))
        self.form.add_row("name_en", self.tr("Name (English)"), self.name_en_edit)
        column.addWidget(self.form)

        self.status_label = text_label(panel, wrap=True, shrink=True)
        self.status_label.hide()
        column.addWidget(self.status_label)
        column.addStretch(1)

        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("&Delete category"), panel)
        self.delete_button.setToolTip(self.tr("Only a category no product uses can be deleted"))
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("&Save"), panel)
        self.save_button.setToolTip(self.tr("Save this category (Ctrl+S)"))
        self.save_button.setMinimumWidth(120)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        return panel

    # The list ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the categories again, keeping the current one selected."""
        with self.database.session() as session:
            rows = read_category_rows(session)
        self.model.set_rows(rows)
        self._select_row_of(self.category_id)

    def _select_row_of(self, category_id: int | None) -> None:
        """Show `category_id` as selected without loading it into the form."""
        self._quiet = True
        try:
            row = self.model.row_of(category_id) if category_id is not None else None
            if row is None:
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
            else:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._quiet = False
        self._update_move_buttons()

    def _update_move_buttons(self) -> None:
        row = self.model.row_of(self.category_id) if self.category_id is not None else None
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < self.model.rowCount() - 1)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        category_id = self.model.category_id(current.row())
        if category_id == self.category_id:
            return
        if not self._may_discard():
            self._select_row_of(self.category_id)
            return
        self.load(category_id)

    def move_selected(self, step: int) -> None:
        """Move the selected category up (-1) or down (+1) in the order."""
        if self.category_id is None:
            return
        row = self.model.row_of(self.category_id)
        if row is None or not 0 <= row + step < self.model.rowCount():
            return
        try:
            with self.database.session() as session:
                move_category(session, self.category_id, step)
        except UserError as exc:
            self._show_status(exc.message, error=True)
            self.reload()
            return
        self.changed = True
        self.reload()

    # The form ---------------------------------------------------------------------------------

    def form_input(self) -> CategoryInput:
        return CategoryInput(name_id=self.name_id_edit.text(), name_en=self.name_en_edit.text())

    def _fill(self, data: CategoryInput) -> None:
        self.name_id_edit.setText(data.name_id)
        self.name_en_edit.setText(data.name_en)
        self.form.clear_errors()
        self._saved_input = self.form_input()

    def is_modified(self) -> bool:
        """True when the form holds something not saved yet."""
        current, saved = self.form_input(), self._saved_input
        return (current.name_id, current.name_en) != (saved.name_id, saved.name_en)

    def _may_discard(self) -> bool:
        if not self.is_modified():
            return True
        return self.confirm(
            self.tr("Unsaved changes"),
            self.tr("The changes to this category are not saved. Discard them?"),
        )

    def new_category(self) -> None:
        """Empty the form for a new category (asking first if edits would be lost)."""
        if self._may_discard():
            self._start_new()

    def _start_new(self) -> None:
        self.category_id = None
        self._fill(CategoryInput(name_id=""))
        self.heading.setText(self.tr("New category"))
        self.delete_button.setEnabled(False)
        self._select_row_of(None)
        self._show_status("")
        self.name_id_edit.setFocus()

    def load(self, category_id: int) -> None:
        """Show a saved category in the form."""
        with self.database.session() as session:
            category = session.get(Category, category_id)
            if category is None:
                self._show_status(self.tr("The category no longer exists"), error=True)
                self.reload()
                return
            data = CategoryInput(name_id=category.name_id, name_en=category.name_en)
        self.category_id = category_id
        self._fill(data)
        self.heading.setText(self.tr("Edit category"))
        self.delete_button.setEnabled(True)
        self._select_row_of(category_id)
        self._show_status("")

    # Saving and deleting ----------------------------------------------------------------------

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.status_label.setVisible(bool(text))

    def save(self) -> None:
        """Save the form as a new category (placed last) or over the one being edited."""
        data = self.form_input()
        try:
            with self.database.session() as session:
                if self.category_id is None:
                    saved_id = create_category(session, data).id
                else:
                    saved_id = update_category(session, self.category_id, data).id
        except ValidationError as exc:
            rest = self.form.show_errors(exc.errors)
            self._show_status(
                " ".join(exc.errors[f] for f in rest)
                or self.tr("Nothing was saved: please correct the fields marked in red."),
                error=True,
            )
            return
        except UserError as exc:
            self._show_status(exc.message, error=True)
            return
        self.changed = True
        self.category_id = saved_id
        self.reload()
        self.load(saved_id)
        self._show_status(self.tr("Saved {name}.").format(name=self.name_id_edit.text()))

    def delete(self) -> None:
        """Delete the category being edited, if no product uses it (asks first)."""
        if self.category_id is None:
            return
        name = self.name_id_edit.text()
        if not self.confirm(
            self.tr("Delete category"),
            self.tr("Delete the category {name}? This cannot be undone.").format(name=name),
        ):
            return
        try:
            with self.database.session() as session:
                delete_category(session, self.category_id)
        except UserError as exc:
            self._show_status(exc.message, error=True)
            return
        self.changed = True
        self.category_id = None
        self.reload()
        self._start_new()
        self._show_status(self.tr("Deleted {name}.").format(name=name))

    def reject(self) -> None:
        """Close (Escape, the Close button, the window's ×), asking first over unsaved edits."""
        if self._may_discard():
            super().reject()
