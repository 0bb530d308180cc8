"""The staff window's product table: a view of ProductTableModel that selects whole rows, is
never edited in place, and is first sorted by name, A to Z. Its rows have one fixed height, so
the view never measures them and only the visible rows are read from the database. It also
says which products staff mean: the one selected, or the selected ones or else the whole list
(for labels and catalogues)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from showcase.inventory.listing import SortKey, product_ids
from showcase.store.db import Database
from showcase.ui.staff.window.product_model import ID_ROLE, ProductTableModel

ROW_HEIGHT = 46
# The first width of each column (code, photo, name, category, producer, kabupaten/kota,
# price, stock, featured); staff may drag them, and the last one takes what is left.
COLUMN_WIDTHS = (100, 64, 300, 150, 210, 150, 110, 80, 90)
NAME_COLUMN = 2


class ProductTable(QTableView):
    """The products of the staff window's list, `model`'s rows."""

    def __init__(self, model: ProductTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.products = model
        self.setObjectName("products")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(NAME_COLUMN, Qt.SortOrder.AscendingOrder)
        # Turning sorting on sorts by the indicator (name, A to Z): the first read of the list.
        self.setSortingEnabled(True)
        for section, width in enumerate(COLUMN_WIDTHS):
            self.setColumnWidth(section, width)
        header.setStretchLastSection(True)

    def select_product(self, product_id: int) -> bool:
        """Select `product_id`'s row and scroll to it; False when the list does not show it."""
        row = self.products.row_of(product_id)
        if row is None:
            return False
        index = self.products.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    def current_product_id(self) -> int | None:
        """The product of the current row, if that row is selected."""
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return None
        return int(index.data(ID_ROLE))

    def selected_or_listed_ids(self, database: Database) -> tuple[list[int], bool]:
        """The selected products in list order, or every product of the list (and True)."""
        model = self.products
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        everything = len(rows) == model.rowCount()
        if rows and not (everything and model.canFetchMore()):
            return [model.product_id(row) for row in rows], False
        if not model.canFetchMore():
            return [model.product_id(row) for row in range(model.rowCount())], True
        # Only part of a long list is read yet: read all its ids, in the order shown.
        header = self.horizontalHeader()
        key = ProductTableModel.SORT_KEYS[header.sortIndicatorSection()] or SortKey.NAME
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        with database.read() as connection:
            ids = product_ids(connection, model.product_filter, key, descending)
        return ids, True
