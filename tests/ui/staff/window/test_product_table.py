"""What front-desk staff see of the product table in a window at its default size, on the
demo showcase, in each language: every column without scrolling sideways, the short ones
and the photos whole, and the names in the room that is left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QSizeGrip
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showcase.inventory.formats import Language
from showcase.inventory.photos import add_photo
from showcase.inventory.products import ProductInput, create_product
from showcase.store.db import Database
from showcase.store.models import Product
from showcase.ui.language import current_language
from showcase.ui.staff.window.main_window import MainWindow
from showcase.ui.staff.window.product_table import ROW_HEIGHT
from tests.helpers.language import translated
from tests.helpers.staff_window import staff_window
from tests.helpers.website_showcase import jpeg

LONG_NAME = (
    "Anyaman Purun Rawajitu Tas Jinjing Besar Motif Belah Ketupat dengan Tali Kulit Sapi "
    "dan Lapisan Dalam Kain Tapis Asli Lampung"
)
# The columns whose every cell is shown whole: code, photo, kabupaten/kota, price, stock, featured
# (a name, a category and a producer are free text, elided where too long).
WHOLE = (0, 1, 5, 6, 7, 8)
CELL_MARGINS = 6  # the 3 px Qt's styles leave on each side of a cell's text


@pytest.fixture(params=["id", "en"])
def window(
    request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication, demo_db: Database
) -> Iterator[MainWindow]:
    """The staff window at its default size on the demo showcase, made in the language of
    the test; with a long name, and two photos wider than the demo's (16:9, a 4:1 panorama)."""
    language: Language = request.param
    with demo_db.session() as session:
        abon = session.scalars(select(Product).where(Product.code == "HAS-0005")).one()
        for code, name, (width, height) in (
            ("KER-0100", LONG_NAME, (1600, 900)),
            ("KAI-0100", "Kain Tapis Panjang", (2000, 500)),
        ):
            product = create_product(
                session,
                ProductInput(
                    code=code,
                    name_id=name,
                    category_id=abon.category_id,
                    producer_id=abon.producer_id,
                    price=1_250_000,
                ),
            )
            add_photo(session, product.id, jpeg(width, height, (0, 128, 128)), name="wide.jpg")
    with translated(qapp, language):
        yield staff_window(qtbot, demo_db)


def _shown_whole(window: MainWindow, row: int, column: int) -> bool:
    index = window.model.index(row, column)
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else window.table.font())
    text = index.data(Qt.ItemDataRole.DisplayRole) or ""
    photo = index.data(Qt.ItemDataRole.DecorationRole)
    needed = metrics.horizontalAdvance(text) + CELL_MARGINS
    if photo is not None:
        needed = max(needed, photo.width() + CELL_MARGINS)
    return needed <= window.table.columnWidth(column)


def test_every_column_is_seen_without_scrolling_sideways(window: MainWindow) -> None:
    table, header = window.table, window.table.horizontalHeader()
    assert (window.width(), window.height()) == (1280, 680)
    assert table.horizontalScrollBar().maximum() == 0
    assert not table.horizontalScrollBar().isVisible()
    right = table.viewport().width()
    for column in range(window.model.columnCount()):
        assert not table.isColumnHidden(column)
        assert table.columnViewportPosition(column) + table.columnWidth(column) <= right
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column  # its title


def test_codes_photos_places_prices_stock_and_featured_are_shown_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: not window.model.decoding)  # the photos, at their size
    model = window.model
    assert model.rowCount() == 62
    cut = [
        (model.index(row, 0).data(), column)
        for row in range(model.rowCount())
        for column in WHOLE
        if not _shown_whole(window, row, column)
    ]
    assert cut == []


def test_a_long_name_is_elided_in_the_room_the_other_columns_leave(window: MainWindow) -> None:
    table, model = window.table, window.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 2).data() == LONG_NAME)
    others = sum(table.columnWidth(c) for c in range(model.columnCount()) if c != 2)
    assert table.columnWidth(2) == table.viewport().width() - others
    assert table.columnWidth(2) >= 300  # the widest column: names need it most
    assert not _shown_whole(window, row, 2)
    assert table.textElideMode() == Qt.TextElideMode.ElideRight  # …, not a wider table
    assert table.horizontalScrollBar().maximum() == 0


def test_the_count_below_the_table_starts_where_the_table_does(window: MainWindow) -> None:
    label, table = window.count_label, window.table
    assert label.text().startswith("62 ")
    text_left = label.mapTo(window, label.contentsRect().topLeft()).x()
    assert text_left == table.mapTo(window, table.rect().topLeft()).x()


def test_the_status_bar_s_words_end_where_the_table_does_in_a_maximized_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Maximized, the window has no size grip: the signed-in person's name ended 2 px from
    the screen's edge."""
    label, table, grip = window.signed_in.label, window.table, window.findChild(QSizeGrip)
    assert grip.isVisible()
    window.showMaximized()
    qtbot.waitUntil(lambda: window.width() < 1280 and not grip.isVisible())
    # The status bar laid out anew, without the grip.
    qtbot.waitUntil(lambda: label.mapTo(window, label.rect().topRight()).x() > window.width() - 9)
    text_right = label.mapTo(window, label.contentsRect().topRight()).x()
    assert label.text()
    assert abs(text_right - table.mapTo(window, table.rect().topRight()).x()) <= 1


EMPTY = {
    "search": {
        "en": "No products match the search and filters.",
        "id": "Tidak ada produk yang cocok dengan pencarian dan filter.",
    },
    "archived": {"en": "No archived products.", "id": "Tidak ada produk yang diarsipkan."},
}


def _text_pixels(window: MainWindow) -> int:
    """How many pixels of the table's rows area are painted darker than its background: the
    words of a message (or of the rows)."""
    image = window.table.viewport().grab().toImage()
    return sum(
        image.pixelColor(x, y).lightness() < 200
        for y in range(0, min(image.height(), 3 * ROW_HEIGHT))
        for x in range(0, image.width(), 2)
    )


def test_an_empty_list_says_why(qtbot: QtBot, window: MainWindow) -> None:
    language = current_language()
    window.filters.search.setText("zzzqq")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert window.table.empty_text() == EMPTY["search"][language]
    assert _text_pixels(window) > 0
    window.filters.search.clear()
    window.filters.archived.setChecked(True)  # the demo has archived nothing
    window.apply_filter()
    assert window.model.rowCount() == 0
    assert window.table.empty_text() == EMPTY["archived"][language]
    assert _text_pixels(window) > 0


def test_an_empty_showcase_says_how_to_add_the_first_product(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    window = staff_window(qtbot, sqlite_db)
    assert window.model.rowCount() == 0
    assert window.table.empty_text() == "No products yet: add the first with New product."
    assert _text_pixels(window) > 0


def test_a_name_elided_is_read_whole_in_its_tooltip(window: MainWindow) -> None:
    model = window.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(rows["KER-0100"], 2).data(tip) == LONG_NAME  # no English name
    # An English name under the Indonesian one; a producer's and a category's whole names.
    kopi = model.index(rows["KOP-0001"], 2)
    assert kopi.data(tip).splitlines()[0] == kopi.data()
    assert len(kopi.data(tip).splitlines()) == 2
    assert model.index(rows["KAI-0001"], 4).data(tip) == "Koperasi Perajin Tapis Negeri Katon"
    assert model.index(rows["KAI-0001"], 3).data(tip) == model.index(rows["KAI-0001"], 3).data()


def test_a_click_on_the_photo_title_leaves_the_sort_as_it_is(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The photos do not sort: the sort mark stayed on the photo column while the list kept
    its order (and the labels of a long list were then made in name order)."""
    table, header = window.table, window.table.horizontalHeader()
    table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # price, highest first
    prices = [window.model.row_data(r).price for r in range(window.model.rowCount())]
    assert prices == sorted(prices, reverse=True)
    photo = QPoint(header.sectionViewportPosition(1) + header.sectionSize(1) // 2, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=photo)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        6,
        Qt.SortOrder.DescendingOrder,
    )
    assert [window.model.row_data(r).price for r in range(window.model.rowCount())] == prices
