"""The categories dialog: the ordered list of categories, their Indonesian and English names, their order.

The order set here is the order of the staff filters, the kiosk and the catalogues. Every change
goes through `showcase.inventory.producers` (categories live beside producers) in one transaction.
Selecting, asking over unsaved edits, saving and deleting are `RecordEditorDialog`'s; this module
adds the order (Move up, Move down) and says what a category's row and form hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from showcase.errors import UserError
from showcase.inventory.formats import number
from showcase.inventory.producers import (
    CategoryInput,
    create_category,
    delete_category,
    list_categories,
    move_category,
    product_counts_by_category,
    update_category,
)
from showcase.store.db import Database
from showcase.store.models import Category
from showcase.ui.language import current_language
from showcase.ui.widgets.dialog_parts import StatusLabel
from showcase.ui.widgets.form import ValidatedForm
from showcase.ui.widgets.record_editor import EditorTexts, RecordEditorDialog
from showcase.ui.widgets.row_table_model import Index, RecordTableModel


@dataclass(frozen=True)
class CategoryRow:
    """One line of the category list."""

    id: int
    name_id: str
    name_en: str
    products: int


def read_category_rows(session: Session) -> list[CategoryRow]:
    """Every category in its order, with how many products use it."""
    counts = product_counts_by_category(session)
    return [
        CategoryRow(c.id, c.name_id, c.name_en, counts.get(c.id, 0))
        for c in list_categories(session)
    ]


class CategoryTableModel(RecordTableModel[CategoryRow]):
    """The categories in the order shown everywhere: position, names, products."""

    POSITION, NAME_ID, NAME_EN, PRODUCTS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("No."),
            self.tr("Name (Indonesian)"),
            self.tr("Name (English)"),
            self.tr("Products"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
                return number(row.products, current_language())
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.POSITION,
            self.PRODUCTS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class CategoriesDialog(RecordEditorDialog[CategoryInput, CategoryRow]):
    """Add, rename, reorder and remove categories. `changed` is True once anything was changed."""

    record_type = Category

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setWindowTitle(self.tr("Categories"))
        self.resize(960, 540)

        body = QHBoxLayout()
        body.addWidget(self._build_list(), 3)
        body.addSpacing(12)
        body.addWidget(self._build_editor(), 2)

        tab_chain: list[QWidget] = [
            self.table,
            self.up_button,
            self.down_button,
            self.new_button,
            self.name_id_edit,
            self.name_en_edit,
        ]
        self.finish_building(body, self.tr("Close"), tab_chain)

    def texts(self) -> EditorTexts:
        return EditorTexts(
            new_heading=self.tr("New category"),
            edit_heading=self.tr("Edit category"),
            gone=self.tr("The category no longer exists"),
            discard_question=self.tr("The changes to this category are not saved. Discard them?"),
            delete_title=self.tr("Delete category"),
            delete_question=self.tr("Delete the category {name}? This cannot be undone."),
        )

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
        self.table = self.records_table(panel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CategoryTableModel.NAME_ID, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CategoryTableModel.NAME_EN, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(CategoryTableModel.POSITION, 44)
        self.table.setColumnWidth(CategoryTableModel.PRODUCTS, 75)
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
        self.editor_header(panel, column)

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

        self.status_label = StatusLabel(panel)
        column.addWidget(self.status_label)
        column.addStretch(1)
        column.addLayout(
            self.editor_buttons(
                panel,
                delete=(
                    self.tr("&Delete category"),
                    self.tr("Only a category no product uses can be deleted"),
                ),
                save=(self.tr("&Save"), self.tr("Save this category (Ctrl+S)")),
            )
        )
        return panel

    # The list ---------------------------------------------------------------------------------

    def read_rows(self, session: Session) -> list[CategoryRow]:
        return read_category_rows(session)

    def _select_row_of(self, record_id: int | None) -> None:
        super()._select_row_of(record_id)
        self._update_move_buttons()

    def _update_move_buttons(self) -> None:
        row = self.model.row_of(self.record_id) if self.record_id is not None else None
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < self.model.rowCount() - 1)

    def move_selected(self, step: int) -> None:
        """Move the selected category up (-1) or down (+1) in the order."""
        if self.record_id is None:
            return
        row = self.model.row_of(self.record_id)
        if row is None or not 0 <= row + step < self.model.rowCount():
            return
        try:
            with self.database.session() as session:
                move_category(session, self.record_id, step)
        except UserError as exc:
            self.status_label.show_status(exc.message, error=True)
            self.reload()
            return
        self.changed = True
        self.reload()

    # The form ---------------------------------------------------------------------------------

    def form_input(self) -> CategoryInput:
        """What the form holds now, as the domain reads it."""
        return CategoryInput(name_id=self.name_id_edit.text(), name_en=self.name_en_edit.text())

    def fill_form(self, data: CategoryInput) -> None:
        self.name_id_edit.setText(data.name_id)
        self.name_en_edit.setText(data.name_en)

    def empty_input(self) -> CategoryInput:
        return CategoryInput(name_id="")

    def name_field(self) -> QLineEdit:
        return self.name_id_edit

    def new_category(self) -> None:
        """Empty the form for a new category (asking first if edits would be lost)."""
        self.new_record()

    def read_record(self, session: Session, record_id: int) -> CategoryInput | None:
        category = session.get(Category, record_id)
        if category is None:
            return None
        return CategoryInput(name_id=category.name_id, name_en=category.name_en)

    # Saving and deleting ----------------------------------------------------------------------

    def create_record(self, session: Session, data: CategoryInput) -> int:
        """A new category is placed last."""
        return create_category(session, data).id

    def update_record(
        self, session: Session, record_id: int, data: CategoryInput, version: int | None
    ) -> int:
        return update_category(session, record_id, data, version=version).id

    def form_fields(self) -> tuple[str, ...]:
        return ("name_id", "name_en")

    def delete_record(self, session: Session, record_id: int) -> None:
        delete_category(session, record_id)
