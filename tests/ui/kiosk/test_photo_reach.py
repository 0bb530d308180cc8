"""The kiosk's photos follow the screen: it holds what one tap from the screen shown can show,
decoded at the size it is shown, and the tap that shows it decodes nothing: from a grid, the
first photo of each product in view; from a product page, its neighbours and the grid Back
returns to.

The real window on a copy of the demo showcase at 1920×1080 (offscreen); which product a photo
belongs to is read from the database, not from the cache.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.ui.kiosk.screens.base import Route
from showcase.ui.kiosk.screens.gallery import gallery_frame
from showcase.ui.kiosk.screens.style import Metrics
from showcase.ui.kiosk.screens.tiles import PhotoTile
from showcase.ui.kiosk.window import KioskWindow
from tests.helpers.clock import Clock
from tests.helpers.kiosk import on_screen, open_kiosk, tap, tap_tile


def kiosk(qtbot: QtBot, path: Path) -> KioskWindow:
    window = open_kiosk(qtbot, path, clock=Clock())
    window.resize(1920, 1080)
    QApplication.processEvents()
    return window


def settle(qtbot: QtBot, window: KioskWindow) -> None:
    """Painted as on screen, then the photos one tap away decoded ahead."""
    window.repaint()
    QApplication.processEvents()  # the screen's reach runs in the next pass of the event loop
    qtbot.waitUntil(lambda: window.images.idle, timeout=20_000)


def photos_of(path: Path, product_ids: list[int]) -> Counter[int]:
    """How many photos each product has (the product page shows up to eight)."""
    with sqlite3.connect(path) as connection:
        return Counter(
            pid
            for pid in product_ids
            for _ in connection.execute(
                "SELECT id FROM photo WHERE product_id = ? LIMIT 8", (pid,)
            ).fetchall()
        )


def held_by_product(path: Path, window: KioskWindow, size: QSize | None = None) -> Counter[int]:
    """The products whose photos the kiosk holds decoded now (at `size`, if given), a count
    per photo."""
    with sqlite3.connect(path) as connection:
        owner = dict(connection.execute("SELECT id, product_id FROM photo").fetchall())
    return Counter(
        owner[key[0]]
        for key in window.images.photos()
        if size is None or key[2:4] == (size.width(), size.height())
    )


def page_size(window: KioskWindow) -> QSize:
    """The size of the product page's photos in this window (the demo's are all 4:3, as
    the frame they fill)."""
    return gallery_frame(Metrics.for_size(window.size()))


def test_a_product_page_holds_its_photos_and_its_neighbours_and_the_next_tap_decodes_nothing(
    qtbot: QtBot, demo_file: Path
) -> None:
    window = kiosk(qtbot, demo_file)
    tap(qtbot, window.attract)
    tap_tile(qtbot, window.home, "category")
    settle(qtbot, window)
    tiles = [t for t in on_screen(window.browse) if isinstance(t, PhotoTile)]
    assert tiles and all(t.photo is not None for t in tiles)
    grid_products = Counter(int(t.route.ref) for t in tiles if t.photo_id is not None)
    # The tiles' photos, the first photo of each of their products, and the photos of the home
    # screen Back returns to: nothing else.
    home = {key[0] for key in window.home.in_view()}
    assert home, "the home screen shows no photo"
    grid_photos = {t.photo_id for t in tiles if t.photo_id is not None}
    assert {key[0] for key in window.images.photos()} == grid_photos | home
    # Each tile's photo at the size the tile draws it; each product's first photo at the size
    # its page shows it.
    tile_size = window.browse.grid.photo_size()
    assert all(t.photo is not None and t.photo.size() == tile_size for t in tiles)
    assert held_by_product(demo_file, window, page_size(window)) == grid_products

    first = next(t for t in tiles if isinstance(t, PhotoTile))
    decoded = window.images.decoded
    tap(qtbot, first)
    window.repaint()
    assert window.images.decoded == decoded  # its first photo was decoded ahead
    page = window.product_page
    assert page.gallery.photos[0] is not None
    assert page.gallery.photos[0].size() == page_size(window) == page.gallery.photo_rect().size()
    settle(qtbot, window)
    context = window.route.context
    assert window.current_screen is page and len(context) >= 3
    product = int(window.route.ref)
    reachable = [product, context[1], context[-1]]  # itself, next, previous (round the list)
    # At the page's size exactly the photos of the product and of its two neighbours; beside
    # them only the tiles' photos of the grid Back returns to.
    assert held_by_product(demo_file, window, page_size(window)) == photos_of(demo_file, reachable)
    assert held_by_product(demo_file, window, tile_size) == grid_products
    assert len(window.images) == photos_of(demo_file, reachable).total() + grid_products.total()
    assert all(p is not None for p in page.gallery.photos)  # its other photos arrived

    # The next product: shown from what was decoded ahead, nothing decoded at the tap.
    decoded = window.images.decoded
    ahead = window.images.photos()
    tap(qtbot, page.next_button)
    window.repaint()
    assert int(window.route.ref) == context[1]
    assert window.images.decoded == decoded
    shown = [p for p in page.gallery.photos if p is not None]
    assert len(shown) == photos_of(demo_file, [context[1]]).total() > 0
    assert {p.cacheKey() for p in shown} <= {p.cacheKey() for p in ahead.values()}
    # …and the page then holds the next one's neighbours: the product left and the one after.
    settle(qtbot, window)
    after = [context[1], context[2 % len(context)], product]
    assert held_by_product(demo_file, window, page_size(window)) == photos_of(demo_file, after)
    if context[-1] not in after:
        assert context[-1] not in held_by_product(demo_file, window, page_size(window))

    # Back on the attract screen nothing is a tap away: no photo is held for it.
    window.reset()
    settle(qtbot, window)
    assert len(window.images) == 0 and window.images.size_bytes == 0


def test_back_shows_the_grid_where_it_was_left_and_decodes_nothing(
    qtbot: QtBot, demo_file: Path
) -> None:
    window = kiosk(qtbot, demo_file)
    with sqlite3.connect(demo_file) as connection:
        (category,) = connection.execute(
            "SELECT category_id FROM product GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    tap(qtbot, window.attract)
    tap_tile(qtbot, window.home, "category", str(category))
    settle(qtbot, window)
    bar = window.browse.page.verticalScrollBar()
    assert bar.maximum() > 0, "the category fits on one page: nothing to scroll"
    bar.setValue(bar.maximum())  # swiped down to its last products
    settle(qtbot, window)
    shown = [t.route for t in on_screen(window.browse)]
    product = on_screen(window.browse)[-1]
    tap(qtbot, product)
    settle(qtbot, window)
    assert window.current_screen is window.product_page

    decoded = window.images.decoded
    tap(qtbot, window.product_page.bar.back_button)
    window.repaint()
    assert window.current_screen is window.browse
    assert bar.value() == bar.maximum()  # where the visitor was, not back at the top
    tiles = on_screen(window.browse)
    assert [t.route for t in tiles] == shown
    assert all(isinstance(t, PhotoTile) and t.photo is not None for t in tiles)
    assert window.images.decoded == decoded  # every photo there was kept for Back

    # The next visitor opening that category starts at its top.
    window.reset()
    tap(qtbot, window.attract)
    tap_tile(qtbot, window.home, "category", str(category))
    assert window.current_screen is window.browse and bar.value() == 0


def near_page(window: KioskWindow, pages_below: int) -> set[int]:
    """The photos of the search results' tiles on the page in view, the one above it and
    `pages_below` pages below it."""
    search = window.search
    viewport = search.results.viewport()
    shown = QRect(search.grid.mapFrom(viewport, QPoint(0, 0)), viewport.size())
    near = shown.adjusted(0, -shown.height(), 0, pages_below * shown.height())
    return {
        t.photo_id
        for t in search.grid.tiles()
        if isinstance(t, PhotoTile) and t.photo_id and near.intersects(t.geometry())
    }


def test_a_grid_holds_the_page_shown_and_the_next_one_and_a_swipe_there_decodes_nothing(
    qtbot: QtBot, demo_file: Path
) -> None:
    window = kiosk(qtbot, demo_file)
    window.navigate(Route("search", ref="a"))  # matches most of the demo's 60 products
    settle(qtbot, window)
    search = window.search
    tiles = [t for t in search.grid.tiles() if isinstance(t, PhotoTile) and t.photo_id]
    assert len(tiles) > 3 * len(on_screen(search)), "too few results to scroll three pages"
    held = {key[0] for key in window.images.photos()}
    assert held == near_page(window, 1)
    assert {t.photo_id for t in tiles} - held, "nothing beyond the next page was let be"

    decoded = window.images.decoded
    page = search.results.viewport().height()
    search.results.verticalScrollBar().setValue(page)  # a swipe down one page
    window.repaint()
    shown = [t for t in on_screen(search) if isinstance(t, PhotoTile) and t.photo_id]
    assert shown and all(t.photo is not None for t in shown)
    assert window.images.decoded == decoded
    settle(qtbot, window)
    # The first page is still a swipe away (above); the one after the new page is decoded ahead.
    assert {key[0] for key in window.images.photos()} == near_page(window, 1)
    assert window.images.decoded == decoded
