"""The staff's product table as a Qt model: a thin adapter over inventory.listing.

It holds only the ordered ids of the matching products, read in growing windows as the view
scrolls (Qt's canFetchMore/fetchMore, as QSqlQueryModel does), so a keystroke in the search reads
one page, not every match. Rows are read a screenful at a time when the view asks for them and
kept in a small bounded cache. Searching, filtering and sorting all happen in SQL.

A search while typing reads its first page and the first screen's rows off the UI thread
(first_screen.py), so the list for what was typed is shown without the UI thread touching the
database. The first screen's thumbnails are then read and decoded on a thread of their own and
fill in as they arrive: the rows do not wait for the photos. The window's first list waits for
its photos until the view has painted it: a thread decoding them before would take CPU from
the window's start.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPixmap

from showcase.inventory.formats import Language, number, rupiah
from showcase.inventory.listing import (
    ProductFilter,
    ProductRow,
    SortKey,
    count_products,
    product_ids,
    product_rows,
    thumbnails,
)
from showcase.store.db import Database
from showcase.store.reader import SqlConnection
from showcase.ui.language import current_language
from showcase.ui.staff.window import first_screen
from showcase.ui.staff.window.background_reads import BackgroundReads
from showcase.ui.staff.window.cells import (
    ALIGNMENT,
    ANSWERED,
    BACKGROUND,
    DECORATION,
    DISPLAY,
    FONT,
    FOREGROUND,
    ID_ROLE,
    LEFT,
    RIGHT,
    ROW_ROLE,
    TOOLTIP,
    whole_name,
)
from showcase.ui.staff.window.first_screen import FirstScreen, typing_connection

if TYPE_CHECKING:
    # The thumbnails' module is loaded once the first list has been painted (its photos fill
    # in after it): PySide6 builds each class as it is first used, and its image reader,
    # buffer and QImage are ~2 ms of the window's start for nothing on its first screen.
    from PySide6.QtGui import QImage

# How many rows one database read fetches around the row the view asked for.
FETCH_CHUNK = 64
# Thumbnails decoded at once around the row the view asked for.
THUMB_CHUNK = 32
# Bounds of the caches: a few screenfuls of rows, and of decoded thumbnails.
ROW_CACHE = 1024
THUMB_CACHE = 256

_Index = QModelIndex | QPersistentModelIndex


class ProductTableModel(QAbstractTableModel):
    """Products matching a filter, in SQL order. Column 1 shows the main photo's thumbnail."""

    # The SQL sort of each column (the photo column does not sort).
    SORT_KEYS: tuple[SortKey | None, ...] = (
        SortKey.CODE,
        None,
        SortKey.NAME,
        SortKey.CATEGORY,
        SortKey.PRODUCER,
        SortKey.KABUPATEN,
        SortKey.PRICE,
        SortKey.STOCK,
        SortKey.FEATURED,
    )
    PHOTO_COLUMN = 1
    STOCK_COLUMN = 7

    # Emitted after the list of matching products was read anew.
    reloaded = Signal()
    counted = Signal(int)  # count_soon's answer: how many products match the filter shown

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        # Prices, stock and category names as the staff's language writes them (the window is
        # made anew when staff switch languages).
        self._language = current_language()
        self._filter = ProductFilter()
        self._sort = SortKey.NAME
        self._descending = False
        self._ids: list[int] = []
        self._complete = True
        self._count: int | None = 0
        self._rows: OrderedDict[int, ProductRow] = OrderedDict()
        self._thumbs: OrderedDict[int, QPixmap | None] = OrderedDict()
        # Searches while typing and counts read off the UI thread (one thread each, so a long
        # count never delays the list for what was typed next).
        self._searches = BackgroundReads(database, self)
        self._searches.done.connect(self._found)
        self._counts = BackgroundReads(database, self)
        self._counts.done.connect(self._counted)
        # The first screen's thumbnails, decoded after its rows are shown; the ids on their way
        # show no photo meanwhile (rather than being read on the UI thread).
        self._photos = BackgroundReads(database, self)
        self._photos.done.connect(self._decoded)
        self._decoding: set[int] = set()
        # Until the view first asks for a photo (it paints the first list), the ids whose
        # thumbnails are to be decoded wait here.
        self._photos_started = False
        self._photos_waiting: list[int] = []
        self._asked_filter: ProductFilter | None = None
        self._headers = [
            self.tr("Code"),
            self.tr("Photo"),
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Producer"),
            self.tr("Kabupaten/Kota"),
            self.tr("Price"),
            self.tr("Stock"),
            self.tr("Featured"),
        ]
        self.featured_mark = "★ " + self.tr("Yes")  # what a featured product's cell says
        self._bold = QFont()
        self._bold.setBold(True)
        # Colours, which the view takes as brushes: making a QBrush in Python first would make
        # PySide6 build QGradient's enum types (~2 ms of the window's start).
        self._low_brush = QColor("#fde2e1")
        self._low_text = QColor("#a4161a")

    # What is shown ---------------------------------------------------------------------------

    @property
    def product_filter(self) -> ProductFilter:
        return self._filter

    @property
    def language(self) -> Language:
        """The staff's language, in which the list names categories (and sorts by them)."""
        return self._language

    def set_filter(self, flt: ProductFilter) -> None:
        self._asked_filter = None  # an answer on its way for an earlier filter is dropped
        if flt != self._filter:
            self._filter = flt
            self.reload(data_changed=False)

    def set_filter_soon(self, flt: ProductFilter) -> None:
        """Like set_filter, with the ids read off the UI thread: the list shows the products
        for `flt` when they arrive (reloaded is emitted then), unless another filter was set
        meanwhile. The input is never held while the database searches."""
        if flt == (self._asked_filter or self._filter):
            return
        self._counts.drop()  # a count of what was shown is not wanted now, nor its load
        self._asked_filter = flt
        sort, descending, language = self._sort, self._descending, self._language
        self._searches.ask(
            lambda connection: (
                flt,
                sort,
                descending,
                FirstScreen.read(typing_connection(connection), flt, sort, descending, language),
            )
        )

    def _found(self, number: int, answer: tuple[ProductFilter, SortKey, bool, FirstScreen]) -> None:
        flt, sort, descending, screen = answer
        if (
            number != self._searches.newest
            or flt != self._asked_filter
            or (sort, descending) != (self._sort, self._descending)
        ):
            return  # staff typed on, or changed the sort or filter, meanwhile
        self._asked_filter = None
        self._filter = flt
        self._show(screen, data_changed=False)

    @property
    def searching(self) -> bool:
        """True while a search or a count is being read off the UI thread."""
        return self._searches.busy or self._counts.busy

    @property
    def decoding(self) -> bool:
        """True while the first screen's thumbnails are being read and decoded."""
        return bool(self._decoding)

    def count_soon(self) -> None:
        """How many products match, counted off the UI thread: the `counted` signal."""
        if self._count is not None:
            self.counted.emit(self._count)
            return
        flt = self._filter
        self._counts.ask(lambda connection: (flt, count_products(connection, flt)))

    def _counted(self, number: int, answer: tuple[ProductFilter, int]) -> None:
        flt, count = answer
        if number != self._counts.newest or flt != self._filter:
            return
        self._count = count
        self.counted.emit(count)

    def close(self) -> None:
        """Stop the background reads (the window is closing)."""
        self._searches.close()
        self._counts.close()
        self._photos.close()

    def reload(self, *, data_changed: bool = True) -> None:
        """Read the matching ids again: after an edit, or (data_changed=False) after a search,
        a filter or a sort, when the cached rows and thumbnails are still right."""
        with self._database.read() as connection:
            screen = FirstScreen.read(
                connection, self._filter, self._sort, self._descending, self._language
            )
        self._show(screen, data_changed=data_changed)

    def _show(self, screen: FirstScreen, *, data_changed: bool) -> None:
        self.beginResetModel()
        self._ids = list(screen.ids)
        self._complete = len(screen.ids) < first_screen.FIRST_WINDOW
        self._count = len(screen.ids) if self._complete else None
        if data_changed:
            self._rows.clear()
            self._thumbs.clear()
        for pid, product in screen.rows.items():
            self._rows[pid] = product
            self._rows.move_to_end(pid)
        self._trim_caches()
        wanted = [pid for pid in screen.ids[:THUMB_CHUNK] if pid not in self._thumbs]
        self._decoding = set(wanted)
        if self._photos_started:
            self._photos_waiting = []  # the first list's, if not asked for yet, is not shown
            self._ask_photos(wanted)
        else:
            self._photos_waiting = wanted  # asked for once the view has painted these rows
        self.endResetModel()
        self.reloaded.emit()

    def _ask_photos(self, ids: list[int]) -> None:
        from showcase.ui.staff.window.thumbnails import decoded_thumbnails

        if ids:
            self._photos.ask(lambda connection: decoded_thumbnails(connection, ids))
        else:
            self._photos.drop()

    def _start_photos(self) -> None:
        """The view has painted its first list: its thumbnails are decoded now, and those of
        each list shown from now on as it is shown."""
        waiting, self._photos_waiting = self._photos_waiting, []
        if waiting:
            self._ask_photos(waiting)

    def _decoded(self, number: int, images: dict[int, QImage | None]) -> None:
        """The first screen's thumbnails have arrived: the view shows them."""
        if number != self._photos.newest:
            return  # decoded for a list no longer shown
        for pid, image in images.items():
            if pid in self._decoding:
                self._thumbs[pid] = None if image is None else QPixmap.fromImage(image)
        self._decoding.clear()
        self._trim_caches()
        rows = [row for row, pid in enumerate(self._ids[:THUMB_CHUNK]) if pid in images]
        if rows:
            self.dataChanged.emit(
                self.index(rows[0], self.PHOTO_COLUMN),
                self.index(rows[-1], self.PHOTO_COLUMN),
                [Qt.ItemDataRole.DecorationRole],
            )

    def _read_ids(self, connection: SqlConnection, limit: int, offset: int) -> list[int]:
        return product_ids(
            connection,
            self._filter,
            self._sort,
            self._descending,
            limit=limit,
            offset=offset,
            language=self._language,
        )

    def total(self) -> int:
        """How many products match, all of them (not only the ids read so far)."""
        if self._count is None:
            with self._database.read() as connection:
                self._count = count_products(connection, self._filter)
        return self._count

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete:
            return
        window = max(first_screen.FIRST_WINDOW, len(self._ids))
        with self._database.read() as connection:
            more = self._read_ids(connection, window, len(self._ids))
        if len(more) < window:
            self._complete = True
            self._count = len(self._ids) + len(more)
        if more:
            self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(more) - 1)
            self._ids.extend(more)
            self.endInsertRows()

    def product_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, product_id: int) -> int | None:
        """The row of a product, reading further windows of the list until it is found."""
        while True:
            try:
                return self._ids.index(product_id)
            except ValueError:
                if self._complete:
                    return None
                self.fetchMore()

    def row_data(self, row: int) -> ProductRow:
        return self._row(row)

    # Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.SORT_KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    @property
    def sorted_by(self) -> tuple[int, Qt.SortOrder]:
        """The column the list is sorted by, and the order."""
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return self.SORT_KEYS.index(self._sort), order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS[column]
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._asked_filter is not None:  # sorted while a search was on its way
            self._filter, self._asked_filter = self._asked_filter, None
        self.reload(data_changed=False)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks about a dozen roles per cell on every paint: plain int comparisons
        # (not Qt enum members) keep this off the profile.
        role = int(role)
        if role not in ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == DISPLAY:
            return self._display(self._row(row), column)
        if role == ID_ROLE:
            return self._ids[row]
        if role == DECORATION:
            return self._thumbnail(row) if column == self.PHOTO_COLUMN else None
        if role == ALIGNMENT:
            return RIGHT if column in (6, 7) else LEFT
        product = self._row(row)
        if role == ROW_ROLE:
            return product
        if product.low_stock and column == self.STOCK_COLUMN:
            if role == BACKGROUND:
                return self._low_brush
            if role == FOREGROUND:
                return self._low_text
            if role == FONT:
                return self._bold
            if role == TOOLTIP:
                return self.tr("Low stock: {stock} on hand, minimum {minimum}").format(
                    stock=product.stock, minimum=product.min_stock
                )
        if role == TOOLTIP:
            return whole_name(product, column)
        return None

    def _display(self, product: ProductRow, column: int) -> str | None:
        if column == 0:
            return product.code
        if column == 2:
            return product.name_id
        if column == 3:
            return product.category
        if column == 4:
            return product.producer
        if column == 5:
            return product.kabupaten
        if column == 6:
            return self.price_text(product.price)
        if column == 7:
            return self.stock_text(product.stock, low=product.low_stock)
        if column == 8:
            return self.featured_mark if product.featured else ""
        return None

    def stock_text(self, stock: int, *, low: bool) -> str:
        """A stock as its cell says it: the number, marked ⚠ when low."""
        text = number(stock, self._language)
        return f"{text} ⚠" if low else text

    def price_text(self, price: int) -> str:
        return rupiah(price, self._language)

    # Reading rows on demand ------------------------------------------------------------------

    def _row(self, row: int) -> ProductRow:
        product_id = self._ids[row]
        cached = self._rows.get(product_id)
        if cached is not None:
            self._rows.move_to_end(product_id)
            return cached
        start = max(0, row - FETCH_CHUNK // 4)
        wanted = [i for i in self._ids[start : start + FETCH_CHUNK] if i not in self._rows]
        with self._database.read() as session:
            fetched = product_rows(session, wanted, self._language)
        for pid in wanted:
            if pid in fetched:
                self._rows[pid] = fetched[pid]
        self._trim_caches()
        found = self._rows.get(product_id)
        if found is None:  # deleted by another process since the ids were read
            return ProductRow(product_id, "", "", "", "", "", "", 0, "", 0, 0, False, False, False)
        return found

    def _thumbnail(self, row: int) -> QPixmap | None:
        product_id = self._ids[row]
        if product_id in self._decoding:
            if not self._photos_started:  # the view paints the first list: photos once done
                self._photos_started = True
                QTimer.singleShot(0, self._start_photos)
            return None  # on its way (_decoded)
        if product_id in self._thumbs:
            self._thumbs.move_to_end(product_id)
            return self._thumbs[product_id]
        from showcase.ui.staff.window.thumbnails import thumbnail_image

        start = max(0, row - THUMB_CHUNK // 4)
        wanted = [
            i
            for i in self._ids[start : start + THUMB_CHUNK]
            if i not in self._thumbs and i not in self._decoding
        ]
        with self._database.read() as session:
            blobs = thumbnails(session, wanted)
        for pid in wanted:
            image = thumbnail_image(blobs.get(pid))
            self._thumbs[pid] = None if image is None else QPixmap.fromImage(image)
        self._trim_caches()
        return self._thumbs.get(product_id)

    def _trim_caches(self) -> None:
        while len(self._rows) > ROW_CACHE:
            self._rows.popitem(last=False)
        while len(self._thumbs) > THUMB_CACHE:
            self._thumbs.popitem(last=False)
