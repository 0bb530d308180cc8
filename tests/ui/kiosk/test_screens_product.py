"""The kiosk's product page: what it shows, its QR code read back, swipes and buttons to the next
and previous product, the photo overlay, a product gone from the kiosk, and its layout checked
on widget geometry at 1920×1080 and 1080×1920 (no label cut short, none over another)."""

from __future__ import annotations

import itertools
import os
import sqlite3
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from showcase.inventory.kiosk import view
from showcase.inventory.kiosk.settings import kiosk_settings
from showcase.inventory.kiosk.view import cards, open_kiosk_reader
from showcase.store.db import Database
from showcase.ui.kiosk.screens.attract import AttractScreen
from showcase.ui.kiosk.screens.base import KioskScreen, Route
from showcase.ui.kiosk.screens.browse import BrowseScreen
from showcase.ui.kiosk.screens.home import HomeScreen
from showcase.ui.kiosk.screens.images import ImageCache
from showcase.ui.kiosk.screens.product_page import ProductPage
from showcase.ui.kiosk.screens.search import SearchScreen
from tests.helpers.factories import make_sample
from tests.helpers.kiosk_screens import (
    LANDSCAPE,
    PORTRAIT,
    make_screen,
    routes,
    seen_rect,
    settle,
    show,
    sql,
    swipe,
    tap,
    to_pil,
    visible_labels,
    visits,
)


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """The kiosk reads and counts on an SQLite file: its own, or its local copy of a server's
    showcase (a server's visit counts have their own tests)."""
    return sqlite_db


def _coffee_ids(reader: sqlite3.Connection) -> tuple[int, ...]:
    return tuple(card.id for card in cards(reader, category_id=1))


def _page(
    qtbot: QtBot,
    reader: sqlite3.Connection,
    images: ImageCache,
    index: int = 1,
    size: tuple[int, int] = LANDSCAPE,
    language: str = "id",
) -> tuple[ProductPage, tuple[int, ...]]:
    ids = _coffee_ids(reader)
    page = make_screen(qtbot, ProductPage, images, size)
    show(page, reader, Route("product", ref=str(ids[index]), context=ids), language)
    return page, ids


def test_the_page_shows_the_product(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    page, ids = _page(qtbot, reader, images)
    product = view.product(reader, ids[1], "whatsapp")
    assert product is not None
    assert page.name.text() == product.name_id
    assert page.price.text() == f"Rp{product.price:,}".replace(",", ".")
    assert product.unit in page.unit.text()
    assert page.description.text() == product.description_id
    assert page.producer.name.text() == product.producer
    assert product.kabupaten in page.producer.kind.text()
    assert [b.text() for b in page.certificates.badges()] == list(product.certificates)
    assert [b.text() for b in page.markets.badges()] == list(product.export_markets)
    assert page.position.text() == f"2 / {len(ids)}"
    assert len(page.gallery.photos) == len(product.photo_ids)
    # The first photo at once, the others (a swipe away) as soon as they are decoded ahead.
    first = page.gallery.photos[0]
    assert first is not None and not first.isNull()
    qtbot.waitUntil(lambda: all(p is not None and not p.isNull() for p in page.gallery.photos))

    page.set_language("en")
    assert page.name.text() == product.name_en
    assert page.description.text() == product.description_en
    assert page.producer.story.text() == product.story_en
    assert page.bar.title.text() == product.category_name_en


def test_the_qr_code_reads_back_as_the_payload(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    page, ids = _page(qtbot, reader, images, size=PORTRAIT)
    product = view.product(reader, ids[1], kiosk_settings(reader).qr_kind)
    assert product is not None and product.qr_payload.startswith("https://wa.me/62")
    code = page.qr.code
    assert code.width() >= 300  # large: read from a metre away
    found = zxingcpp.read_barcodes(
        to_pil(code.grab().toImage()).convert("L"), formats=zxingcpp.BarcodeFormat.QRCode
    )
    assert [f.text for f in found] == [product.qr_payload]
    assert "WhatsApp" in page.qr.caption.text() and "WhatsApp" in page.qr.caption_en.text()
    # Every module is a whole number of pixels, with the 4-module quiet zone inside the square.
    square = code.symbol_rect()
    assert square.width() % code.modules() == 0 and square.width() <= code.width()


# The offscreen test screen is 800×800 and the page 1920×1080: a drag that starts beyond that
# screen has no widget under its hot spot for Qt's gesture manager, which warns (only in tests).
@pytest.mark.qt_log_ignore("QGestureManager::deliverEvents: could not find the target")
def test_a_sideways_swipe_on_the_page_goes_to_the_next_or_previous_product(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    page, ids = _page(qtbot, reader, images)
    went, seen = routes(page), visits(page)
    start = page.description.rect().center()
    swipe(qtbot, page.description, start, dx=-500)
    assert went == [Route("product", ref=str(ids[2]), context=ids)]
    assert seen == [("product", str(ids[2]))]
    swipe(qtbot, page.price, page.price.rect().center(), dx=450, dy=40)
    assert went[-1] == Route("product", ref=str(ids[0]), context=ids)
    swipe(qtbot, page.bar.title, QPoint(10, 10), dx=-400)
    assert went[-1] == Route("product", ref=str(ids[2]), context=ids)
    count = len(went)
    swipe(qtbot, page.description, start, dx=-60, dy=400)  # scrolling up is not a swipe
    swipe(qtbot, page.description, start, dx=-40)  # too short
    assert len(went) == count


def test_swiping_the_photos_changes_the_photo_not_the_product(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    page, _ = _page(qtbot, reader, images, index=0)
    assert len(page.gallery.photos) > 1
    went = routes(page)
    middle = page.gallery.rect().center()
    swipe(qtbot, page.gallery, middle, dx=-400)
    assert page.gallery.index == 1
    swipe(qtbot, page.gallery, middle, dx=400)
    assert page.gallery.index == 0
    swipe(qtbot, page.gallery, middle, dx=400)
    assert page.gallery.index == 0  # the first photo has none before it
    assert went == []


def test_a_tap_on_the_photo_enlarges_it_and_a_tap_closes_it(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    page, _ = _page(qtbot, reader, images, index=0)
    swipe(qtbot, page.gallery, page.gallery.rect().center(), dx=-400)
    tap(qtbot, page.gallery)
    overlay = page.overlay
    assert overlay.isVisible() and overlay.index == 1
    assert overlay.geometry() == page.window().rect()
    went = routes(page)
    swipe(qtbot, overlay, overlay.rect().center(), dx=600)  # swipes photos, not products
    assert overlay.index == 0 and page.gallery.index == 0 and went == []
    tap(qtbot, overlay)
    assert not overlay.isVisible()
    tap(qtbot, page.gallery)
    page.pause()  # the shell leaves the page: nothing stays on top
    assert not overlay.isVisible()


def test_previous_and_next_buttons_go_round_the_list(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    page, ids = _page(qtbot, reader, images, index=len(_coffee_ids(reader)) - 1)
    went = routes(page)
    tap(qtbot, page.next_button)
    tap(qtbot, page.previous_button)
    assert went == [
        Route("product", ref=str(ids[0]), context=ids),
        Route("product", ref=str(ids[-2]), context=ids),
    ]
    tap(qtbot, page.bar.back_button)
    assert went[-1] == Route("back")
    tap(qtbot, page.producer.button)
    product = view.product(reader, ids[-1], "whatsapp")
    assert product is not None
    assert went[-1] == Route("producer", ref=str(product.producer_id))


def test_a_product_alone_has_no_next(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache
) -> None:
    ids = _coffee_ids(reader)
    page = make_screen(qtbot, ProductPage, images)
    show(page, reader, Route("product", ref=str(ids[0])))
    assert not page.next_button.isVisible() and not page.position.isVisible()
    went = routes(page)
    swipe(qtbot, page.description, page.description.rect().center(), dx=-500)
    assert went == []


def test_a_product_gone_from_the_kiosk_says_so(
    qtbot: QtBot, db: Database, images: ImageCache
) -> None:
    sample = make_sample(db)
    shown = sample.products["KOP-0001"]
    reader = open_kiosk_reader(db.path)
    try:
        page = make_screen(qtbot, ProductPage, images)
        show(page, reader, Route("product", ref=str(shown)))
        assert page.name.text() == "Kopi Robusta Lampung" and not page.gone_area.isVisible()
        with sqlite3.connect(db.path) as staff:  # staff take it off the kiosk meanwhile
            staff.execute("UPDATE product SET on_kiosk = 0 WHERE id = ?", (shown,))
        show(page, reader, Route("product", ref=str(shown)))
        assert page.gone_area.isVisible() and not page.info.isVisible()
        assert "tidak lagi ditampilkan" in page.gone_text.text()
        assert "no longer shown" in page.gone_text.text()
        went = routes(page)
        tap(qtbot, page.home_button)
        assert went == [Route("home")]
        show(page, reader, Route("product", ref=str(sample.products["MAK-0002"])))
        assert page.gone_area.isVisible()  # never on the kiosk
    finally:
        reader.close()


# --- layout -------------------------------------------------------------------------------------


def _layout_faults(page: KioskScreen) -> list[str]:
    """Labels whose text does not fit their box, and visible labels over one another."""
    faults = []
    labels = visible_labels(page)
    assert len(labels) >= 8
    for label in labels:
        width, height = label.width(), label.height()
        if label.wordWrap():
            if label.heightForWidth(width) > height + 1:
                faults.append(f"{label.objectName()} {label.text()[:30]!r} cut at the bottom")
        elif label.sizeHint().width() > width + 1 or label.sizeHint().height() > height + 1:
            faults.append(f"{label.objectName()} {label.text()[:30]!r} narrower than its text")
        if label.minimumSizeHint().width() > width + 1:
            faults.append(f"{label.objectName()} {label.text()[:30]!r} below its minimum width")
    seen = [(label, seen_rect(label, page)) for label in labels]
    for (a, ra), (b, rb) in itertools.combinations(seen, 2):
        if ra is None or rb is None:
            continue
        if ra[0] <= rb[2] and rb[0] <= ra[2] and ra[1] <= rb[3] and rb[1] <= ra[3]:
            faults.append(f"{a.text()[:20]!r} overlaps {b.text()[:20]!r}")
    return faults


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
@pytest.mark.parametrize("language", ["id", "en"])
def test_no_label_is_cut_or_covered(
    qtbot: QtBot,
    reader: sqlite3.Connection,
    images: ImageCache,
    size: tuple[int, int],
    language: str,
) -> None:
    longest = sql(reader, "SELECT id FROM product WHERE on_kiosk = 1 ORDER BY length(name_en) DESC")
    ids = tuple(int(str(row[0])) for row in longest[:3])
    page = make_screen(qtbot, ProductPage, images, size)
    for product_id in ids:
        show(page, reader, Route("product", ref=str(product_id), context=ids), language)
        assert _layout_faults(page) == []
        page.info.verticalScrollBar().setValue(page.info.verticalScrollBar().maximum())
        settle()
        assert _layout_faults(page) == []
        # Name, price and QR code are in view without scrolling.
        page.info.verticalScrollBar().setValue(0)
        settle()
        for part in (page.name, page.price, page.qr.code):
            rect = seen_rect(part, page)
            assert rect is not None and rect[3] - rect[1] + 1 == part.height(), part


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_hostile_text_stays_in_its_box(
    qtbot: QtBot, db: Database, images: ImageCache, size: tuple[int, int]
) -> None:
    sample = make_sample(db)
    long_word = "Kopi" + "robusta" * 9
    with sqlite3.connect(db.path) as staff:
        staff.execute(
            "UPDATE product SET name_id = ?, unit = ?, certificates = ? WHERE id = ?",
            (
                f"{long_word} & <b>Sulam</b> 😀 " + "sangat panjang " * 8,
                "pack " + "x" * 40,
                '["Halal", "P-IRT 2061871010123-28", "BPOM MD 123456789012", "SNI", "HKI"]',
                sample.products["KAI-0002"],
            ),
        )
    reader = open_kiosk_reader(db.path)
    try:
        page = make_screen(qtbot, ProductPage, images, size)
        show(page, reader, Route("product", ref=str(sample.products["KAI-0002"])))
        assert page.name.text().startswith(long_word + " & <b>Sulam</b>")  # text, not markup
        assert _layout_faults(page) == []
    finally:
        reader.close()


# --- every screen, drawn ------------------------------------------------------------------------

SCREENS: list[tuple[type[KioskScreen], Route]] = [
    (AttractScreen, Route("attract")),
    (HomeScreen, Route("home")),
    (BrowseScreen, Route("category", "1")),
    (SearchScreen, Route("search", "kopi")),
    (ProductPage, Route("product", "1", (1, 2, 3))),
]


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_every_screen_draws_at_kiosk_sizes(
    qtbot: QtBot, reader: sqlite3.Connection, images: ImageCache, size: tuple[int, int]
) -> None:
    """Set KIOSK_SCREENSHOTS to a folder to keep the pictures (to look at them)."""
    folder = os.environ.get("KIOSK_SCREENSHOTS")
    for factory, route in SCREENS:
        screen = show(make_screen(qtbot, factory, images, size), reader, route)
        picture = screen.grab().toImage()
        assert picture.width() == size[0] and picture.height() == size[1]
        colours = {
            picture.pixel(x, y) for x in range(0, size[0], 97) for y in range(0, size[1], 89)
        }
        assert len(colours) > 20, factory.__name__  # drawn, not a blank screen
        if folder:
            name = f"{factory.__name__}-{size[0]}x{size[1]}.png"
            picture.save(str(Path(folder) / name))
        screen.pause()
