"""The kiosk's visitor screens on the demo showcase: home, browse, search with the on-screen
keyboard, the attract screen and the image cache (the product page: test_screens_product.py)."""

from __future__ import annotations

import os
import sqlite3
import sys
import threading

import pytest
from PySide6.QtCore import QAbstractAnimation, QPointF, QSize, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.inventory.kiosk.view import attract_cards, cards, kabupaten_tiles
from showcase.ui.kiosk.screens.attract import PROMPT, AttractScreen, drift_offset
from showcase.ui.kiosk.screens.base import Route
from showcase.ui.kiosk.screens.browse import BrowseScreen
from showcase.ui.kiosk.screens.home import HomeScreen
from showcase.ui.kiosk.screens.images import ImageCache, photo_key
from showcase.ui.kiosk.screens.search import SearchScreen
from showcase.ui.kiosk.screens.tiles import PhotoTile, PlaceTile
from showcase.ui.qt_setup import install_translators
from tests.helpers.kiosk_screens import (
    PORTRAIT,
    make_screen,
    routes,
    show,
    shown_ids,
    sql,
    tap,
    visits,
)

# --- home ---------------------------------------------------------------------------------------


def test_home_shows_the_categories_with_their_counts(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    home = show(make_screen(qtbot, HomeScreen, images), reader, Route("home"))
    tiles = [t for t in home.categories.tiles() if isinstance(t, PhotoTile)]
    expected = sql(
        reader,
        """SELECT c.name_id, COUNT(p.id) FROM category c JOIN product p ON p.category_id = c.id
           WHERE p.on_kiosk = 1 AND p.archived = 0 AND c.on_kiosk = 1
           GROUP BY c.id ORDER BY c.position, c.name_id""",
    )
    assert [(t.title, t.detail) for t in tiles] == [
        (name, home.tr("{count} products").format(count=count)) for name, count in expected
    ]
    assert all(t.photo is not None and not t.photo.isNull() for t in tiles)
    assert len(tiles) == 9


def test_home_has_the_fifteen_places_and_dims_the_empty_ones(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    home = show(make_screen(qtbot, HomeScreen, images), reader, Route("home"))
    places = [t for t in home.places.tiles() if isinstance(t, PlaceTile)]
    assert len(places) == 15
    counts = dict(
        sql(
            reader,
            """SELECT pr.kabupaten, COUNT(*) FROM product p JOIN producer pr ON pr.id = p.producer_id
               LEFT JOIN category c ON c.id = p.category_id
               WHERE p.on_kiosk = 1 AND p.archived = 0 AND (c.id IS NULL OR c.on_kiosk = 1)
               GROUP BY pr.kabupaten""",
        )
    )
    for tile in places:
        assert tile.isEnabled() == (counts.get(tile.title, 0) > 0), tile.title
    assert places[-1].title == "Kota Metro"


def test_tapping_home_tiles_opens_their_lists(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    home = show(make_screen(qtbot, HomeScreen, images), reader, Route("home"))
    went, seen = routes(home), visits(home)
    first = home.categories.tiles()[0]
    tap(qtbot, first)
    assert went == [Route("category", ref=first.route.ref)]
    assert seen == [("category", first.route.ref)]

    tap(qtbot, home.search_tile)
    assert went[-1] == Route("search")

    home.page.ensureWidgetVisible(home.places)
    place = next(t for t in home.places.tiles() if t.isEnabled())
    home.page.ensureWidgetVisible(place)
    tap(qtbot, place)
    assert went[-1] == Route("kabupaten", ref=place.route.ref)
    empty = [t for t in home.places.tiles() if not t.isEnabled()]
    if empty:
        before = len(went)
        home.page.ensureWidgetVisible(empty[0])
        tap(qtbot, empty[0])
        assert len(went) == before  # a place without products does nothing

    featured = home.featured.tiles()[1]
    home.page.ensureWidgetVisible(featured)
    tap(qtbot, featured)
    ids = tuple(card.id for card in home.featured.cards)
    assert went[-1] == Route("product", ref=str(ids[1]), context=ids)
    assert seen[-1] == ("product", str(ids[1]))


def test_home_switches_language_at_once(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    home = show(make_screen(qtbot, HomeScreen, images), reader, Route("home"))
    names = {(r.name_id, r.name_en) for r in home.categories.records}
    home.set_language("en")
    titles = [t.title for t in home.categories.tiles() if isinstance(t, PhotoTile)]
    assert titles == [r.name_en for r in home.categories.records]
    assert "Coffee" in titles and ("Kopi", "Coffee") in names
    featured = [t.title for t in home.featured.tiles() if isinstance(t, PhotoTile)]
    assert featured == [c.name_en for c in home.featured.cards]
    home.set_language("id")
    assert home.categories.tiles()[0].title == "Kopi"  # type: ignore[attr-defined]


def test_interface_texts_follow_the_translator(
    qtbot: QtBot, qapp: QApplication, reader: sqlite3.Connection, images: ImageCache
) -> None:
    """The shell installs the Indonesian translator (or removes it), then calls set_language:
    every interface text is set again."""
    home = show(make_screen(qtbot, HomeScreen, images), reader, Route("home"))
    search = show(make_screen(qtbot, SearchScreen, images), reader, Route("search"))
    assert home.categories_heading.text() == "Categories", "a translator was left installed"
    translators = install_translators(qapp, "id")
    assert translators
    try:
        home.set_language("id")
        search.set_language("id")
        assert home.categories_heading.text() == "Kategori"
        assert home.categories.tiles()[0].detail == "7 produk"  # type: ignore[attr-defined]
        assert search.keyboard.space_key.text() == "spasi"
        assert search.bar.back_button.text() == "◀  Kembali"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    home.set_language("en")
    search.set_language("en")
    assert home.categories_heading.text() == "Categories"
    assert search.keyboard.space_key.text() == "space"
    assert home.categories.tiles()[0].title == "Coffee"  # type: ignore[attr-defined]


def test_home_touch_targets_are_large(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    """At least 72 px on a 1080p screen in both directions (9 mm is about 36 px)."""
    for size in ((1920, 1080), PORTRAIT):
        home = show(make_screen(qtbot, HomeScreen, images, size), reader, Route("home"))
        for tile in (*home.categories.tiles(), *home.places.tiles(), home.search_tile):
            assert tile.width() >= 72 and tile.height() >= 72


# --- browse -------------------------------------------------------------------------------------


def test_browsing_a_category_shows_exactly_its_kiosk_products(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    coffee = int(str(sql(reader, "SELECT id FROM category WHERE name_id = 'Kopi'")[0][0]))
    browse = show(make_screen(qtbot, BrowseScreen, images), reader, Route("category", str(coffee)))
    assert [c.id for c in browse.cards] == shown_ids(reader, "p.category_id = ?", coffee)
    assert browse.bar.title.text() == "Kopi"
    tiles = [t for t in browse.grid.tiles() if isinstance(t, PhotoTile)]
    assert tiles[0].detail.startswith("Rp") and "." in tiles[0].detail
    hidden = shown_ids(reader, "1") != [
        int(str(r[0])) for r in sql(reader, "SELECT id FROM product ORDER BY name_id, id")
    ]
    assert hidden  # the demo hides some products: they must not show

    browse.set_language("en")
    assert browse.bar.title.text() == "Coffee"
    assert tiles[0].title == browse.cards[0].name_en


def test_browsing_a_place_and_a_producer(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    browse = make_screen(qtbot, BrowseScreen, images)
    show(browse, reader, Route("kabupaten", "Tanggamus"))
    assert [c.id for c in browse.cards] == shown_ids(reader, "pr.kabupaten = 'Tanggamus'")
    assert "Tanggamus" in browse.bar.title.text()
    producer = sql(reader, "SELECT id, name FROM producer ORDER BY id LIMIT 1")[0]
    show(browse, reader, Route("producer", str(producer[0])))
    assert [c.id for c in browse.cards] == shown_ids(reader, "p.producer_id = ?", producer[0])
    assert str(producer[1]) in browse.bar.title.text()


def test_an_empty_list_says_so_kindly(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    empty = [t.ref for t in kabupaten_tiles(reader) if t.count == 0]
    ref = empty[0] if empty else "Nowhere"
    browse = show(make_screen(qtbot, BrowseScreen, images), reader, Route("kabupaten", ref))
    assert browse.cards == []
    assert browse.empty.isVisible() and not browse.grid.isVisible()
    assert browse.empty.text() == browse.tr(
        "There are no products to show here yet.\nPlease choose another one."
    )
    show(browse, reader, Route("category", "not a number"))
    assert browse.empty.isVisible()


def test_tapping_a_product_tile_opens_it_with_its_list(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    browse = show(make_screen(qtbot, BrowseScreen, images), reader, Route("category", "1"))
    went, seen = routes(browse), visits(browse)
    tap(qtbot, browse.grid.tiles()[2])
    ids = tuple(c.id for c in browse.cards)
    assert went == [Route("product", ref=str(ids[2]), context=ids)]
    assert seen == [("product", str(ids[2]))]
    tap(qtbot, browse.bar.back_button)
    assert went[-1] == Route("back")


# --- search -------------------------------------------------------------------------------------


def test_the_keyboard_types_and_the_results_follow(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    search = show(make_screen(qtbot, SearchScreen, images), reader, Route("search"))
    assert search.query == "" and search.grid.cards == []
    keys = search.keyboard.keys
    tap(qtbot, keys["k"])
    after_k = [c.id for c in search.grid.cards]
    for letter in "opi":
        tap(qtbot, keys[letter])
    assert search.query == "kopi"
    assert search.query_label.text() == "kopi"
    found = [c.id for c in search.grid.cards]
    assert found == [c.id for c in cards(reader, text="kopi", limit=48)]
    assert found and found != after_k
    assert search.summary.text() == search.tr("{count} products found").format(count=len(found))

    tap(qtbot, search.keyboard.backspace_key)
    assert search.query == "kop"
    tap(qtbot, keys[" "])
    tap(qtbot, keys[" "])
    assert search.query == "kop "  # no double spaces
    for letter in "zzqx":
        tap(qtbot, keys[letter])
    assert search.grid.cards == [] and "zzqx" in search.summary.text()
    tap(qtbot, search.keyboard.clear_key)
    assert search.query == "" and search.grid.cards == []


def test_opening_a_search_result_counts_the_search(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    search = show(make_screen(qtbot, SearchScreen, images, PORTRAIT), reader, Route("search"))
    for letter in "madu":
        tap(qtbot, search.keyboard.keys[letter])
    went, seen = routes(search), visits(search)
    tap(qtbot, search.grid.tiles()[0])
    ids = tuple(c.id for c in search.grid.cards)
    assert went == [Route("product", ref=str(ids[0]), context=ids)]
    assert seen == [("search", "madu"), ("product", str(ids[0]))]
    # Back from the product finds the query again; a fresh visit starts empty.
    search.hide()
    show(search, reader, Route("search"))
    assert search.query == "madu"
    show(search, reader, Route("search"))
    assert search.query == ""


def test_a_reload_while_typing_keeps_the_query(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    search = show(make_screen(qtbot, SearchScreen, images), reader, Route("search"))
    for letter in "lada":
        tap(qtbot, search.keyboard.keys[letter])
    show(search, reader, Route("search"))  # the shell reloads the screen shown
    assert search.query == "lada" and search.grid.cards


# --- attract ------------------------------------------------------------------------------------


def test_the_attract_screen_shows_the_attract_products(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    attract = show(make_screen(qtbot, AttractScreen, images), reader, Route("attract"))
    assert [c.id for c in attract.cards] == [c.id for c in attract_cards(reader)]
    assert len(attract.cards) > 1
    assert "Sentuh untuk mulai" in PROMPT and "Touch to start" in PROMPT
    went = routes(attract)
    tap(qtbot, attract)
    assert went == [Route("home")]


def test_pausing_the_attract_screen_stops_every_timer(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    attract = show(make_screen(qtbot, AttractScreen, images), reader, Route("attract"))
    attract.resume()
    assert attract.timer.isActive() and not attract.still()
    first = attract.index
    attract.advance()  # what the timer does every few seconds
    assert attract.index == first + 1
    assert attract.fade.state() == QAbstractAnimation.State.Running
    attract.pause()
    assert attract.still()
    assert not any(t.isActive() for t in attract.findChildren(QTimer))
    assert all(
        a.state() == QAbstractAnimation.State.Stopped
        for a in attract.findChildren(QAbstractAnimation)
    )
    attract.resume()
    assert attract.timer.isActive()
    attract.pause()


def test_the_attract_content_drifts_a_few_pixels_a_minute() -> None:
    amplitude = 28
    for start in range(0, 3600, 137):
        a, b = drift_offset(start, amplitude), drift_offset(start + 60, amplitude)
        moved = QPointF(b - a)
        assert abs(moved.x()) <= 12 and abs(moved.y()) <= 12
        assert abs(a.x()) <= amplitude and abs(a.y()) <= amplitude
    assert drift_offset(0, amplitude) != drift_offset(300, amplitude)


# --- images -------------------------------------------------------------------------------------


def test_the_image_cache_stays_under_its_bound(
    qapp: QApplication, reader: sqlite3.Connection
) -> None:
    """(Pixmaps need the application: `qapp` makes it when this test runs on its own.)"""
    bound = 6 * 1024 * 1024
    cache = ImageCache(max_bytes=bound)
    photo_ids = [int(str(r[0])) for r in sql(reader, "SELECT id FROM photo ORDER BY id")]
    assert len(photo_ids) > 50
    for photo_id in photo_ids:
        pixmap = cache.pixmap(reader, photo_id, QSize(640, 480))
        assert pixmap is not None and pixmap.width() >= 640 and pixmap.height() >= 480
        assert cache.size_bytes <= bound
    assert 0 < len(cache) < len(photo_ids)
    # The photo asked last is kept; asking again decodes nothing, and at another size it is
    # decoded at that size (so that it is drawn without rescaling).
    decoded = cache.decoded
    assert cache.pixmap(reader, photo_ids[-1], QSize(640, 480)) is not None
    assert cache.decoded == decoded
    other = cache.pixmap(reader, photo_ids[-1], QSize(700, 500))
    assert other is not None and other.width() >= 700 and other.height() >= 500
    assert min(other.width() - 700, other.height() - 500) == 0  # covers it, no larger
    assert cache.decoded == decoded + 1
    assert cache.pixmap(reader, 10**9, QSize(100, 100)) is None
    cache.clear()
    assert cache.size_bytes == 0 and len(cache) == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_photos_are_decoded_ahead_below_the_ui_threads_priority(
    qtbot: QtBot, reader: sqlite3.Connection
) -> None:
    """A tap never waits for a core behind the photos it prepares."""
    cache = ImageCache()
    photo_id = int(str(sql(reader, "SELECT id FROM photo ORDER BY id LIMIT 1")[0][0]))
    key = photo_key(photo_id, QSize(400, 300))
    cache.reach([key], lambda read: read(reader))
    qtbot.waitUntil(lambda: key in cache, timeout=10_000)
    photo_threads = [t.native_id for t in threading.enumerate() if t.name.startswith("kiosk-")]
    ui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert photo_threads
    assert all(os.getpriority(os.PRIO_PROCESS, t or 0) > ui for t in photo_threads)
    cache.close()


@pytest.mark.parametrize("size", [QSize(100, 100), QSize(5000, 4000)])
def test_the_image_cache_never_enlarges_a_photo(reader: sqlite3.Connection, size: QSize) -> None:
    cache = ImageCache()
    photo_id = int(str(sql(reader, "SELECT id FROM photo ORDER BY id LIMIT 1")[0][0]))
    pixmap = cache.pixmap(reader, photo_id, size, cover=False)
    assert pixmap is not None
    assert pixmap.width() <= max(size.width(), 1200) and pixmap.width() <= 1200
