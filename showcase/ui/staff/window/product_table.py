"""The staff window's product table: a view of ProductTableModel that selects whole rows, is
never edited in place, and is first sorted by name, A to Z. Its rows have one fixed height, so
the view never measures them and only the visible rows are read from the database. It also
says which products staff mean: the one selected, or the selected ones or else the whole list
(for labels and catalogues). An empty list says why it is empty."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from showcase.inventory.listing import ProductFilter, SortKey, product_ids
from showcase.inventory.regions import KABUPATEN
from showcase.store.db import Database
from showcase.ui.staff.window.cells import ID_ROLE
from showcase.ui.staff.window.product_model import ProductTableModel

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

ROW_HEIGHT = 46
# Code, photo, name, category, producer, kabupaten/kota, price, stock, featured.
CODE, PHOTO, NAME, CATEGORY, PRODUCER, KABUPATEN_COLUMN, PRICE, STOCK, FEATURED = range(9)
# The code as the program makes them (a prefix, a number), and the price and stock a cell shows
# whole; longer ones are elided.
CODE_SAMPLE = "MMM-0000"
PRICE_SAMPLE = 99_999_999
STOCK_SAMPLE = 99_999
PHOTO_WIDTH = 64  # a 4:3 thumbnail at the row's height, with its margins
# Room, in characters, for a category's and a producer's name; longer ones are elided.
CATEGORY_CHARS = 20
PRODUCER_CHARS = 28


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
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        # Turning sorting on sorts by the indicator (name, A to Z): the first read of the list.
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        for section, width in enumerate(self._first_widths()):
            self.setColumnWidth(section, width)
        # The name takes the room the other columns leave: every column is seen without
        # scrolling sideways, and a long name is elided rather than widening the table.
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)

    def _keep_sort_indicator(self, section: int) -> None:
        """The photo column does not sort: a click on its title leaves the sort mark on the
        column the list is sorted by."""
        if self.products.SORT_KEYS[section] is None:
            header = self.horizontalHeader()
            blocked = header.blockSignals(True)
            header.setSortIndicator(*self.products.sorted_by)
            header.blockSignals(blocked)

    def _first_widths(self) -> list[int]:
        """Each column's first width (staff may drag them): its header, with the sort
        indicator, and what its cells say, measured in the table's font and language."""
        model, header = self.products, self.horizontalHeader()
        plain = self.fontMetrics()
        bold_font = self.font()
        bold_font.setBold(True)  # a low stock is written in bold
        bold = QFontMetrics(bold_font)
        # The cell's own margins (3 px a side in Qt's styles) and a little air between columns.
        margin = 2 * plain.averageCharWidth()

        def text(width: int) -> int:
            return width + margin

        chars = plain.horizontalAdvance("x")
        contents = {
            CODE: text(plain.horizontalAdvance(CODE_SAMPLE)),
            PHOTO: PHOTO_WIDTH,
            NAME: 0,  # stretched over what is left
            CATEGORY: text(chars * CATEGORY_CHARS),
            PRODUCER: text(chars * PRODUCER_CHARS),
            KABUPATEN_COLUMN: text(max(plain.horizontalAdvance(k) for k in KABUPATEN)),
            PRICE: text(plain.horizontalAdvance(model.price_text(PRICE_SAMPLE))),
            STOCK: text(bold.horizontalAdvance(model.stock_text(STOCK_SAMPLE, low=True))),
            FEATURED: text(plain.horizontalAdvance(model.featured_mark)),
        }
        return [max(header.sectionSizeHint(c), contents[c]) for c in range(model.columnCount())]

    def empty_text(self) -> str:
        """What the list says when it shows no product: why, and what to do."""
        shown = self.products.product_filter
        if shown == ProductFilter():
            return self.tr("No products yet: add the first with New product.")
        if shown == ProductFilter(archived=True):
            return self.tr("No archived products.")
        return self.tr("No products match the search and filters.")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.products.rowCount() == 0:
            self._paint_empty_text()

    def _paint_empty_text(self) -> None:
        # The painter is loaded when a list is first empty, not with the window's first screen.
        from PySide6.QtGui import QPainter, QPalette

        viewport = self.viewport()
        painter = QPainter(viewport)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        room = viewport.rect().adjusted(ROW_HEIGHT, ROW_HEIGHT // 2, -ROW_HEIGHT, 0)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(room, int(flags) | int(Qt.TextFlag.TextWordWrap), self.empty_text())
        painter.end()

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
            ids = product_ids(
                connection, model.product_filter, key, descending, language=model.language
            )
        return ids, True
