"""Search while typing on a list longer than a page, on both stores: the window first shows a
page of the matches (read off the UI thread with the first screen's rows, their thumbnails
filling in after), and scrolling reaches every match, in the list's order, with the count in the status bar right.

The matches and their order are worked out here in Python from the products' own words, not by
the code under test."""

from __future__ import annotations

import re
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.inventory.demo.synthetic import build_synthetic
from showcase.store.db import Database
from showcase.ui.staff.window import first_screen, product_model
from showcase.ui.staff.window.main_window import MainWindow
from showcase.ui.staff.window.thumbnails import THUMB_HEIGHT
from tests.helpers.plain import plain_connection
from tests.helpers.staff_window import staff_window

PRODUCTS = 400
_WORD = re.compile(r"[^\W_]+")


@pytest.fixture
def showcase(db: Database) -> Database:
    with db.session() as session:
        build_synthetic(session, products=PRODUCTS, seed=5, photo_size=(32, 24))
    return db


@pytest.fixture
def window(qtbot: QtBot, showcase: Database) -> MainWindow:
    return staff_window(qtbot, showcase)


def expected(database: Database, text: str) -> list[int]:
    """Ids of the unarchived products whose words start with each typed word, by name then id."""
    sql = (
        "SELECT p.id, p.name_id, p.code, p.name_en, p.description_id, p.description_en, "
        "COALESCE(pr.name, '') FROM product AS p LEFT JOIN producer AS pr "
        "ON pr.id = p.producer_id WHERE p.archived = 0"
    )
    typed = [w.lower() for w in _WORD.findall(text)]
    found = []
    with plain_connection(database) as connection:
        for row in connection.execute(sql):
            words = _WORD.findall(" ".join(str(v) for v in row[1:]).lower())
            if all(any(w.startswith(t) for w in words) for t in typed):
                found.append((row[1], row[0]))
    return [pid for _name, pid in sorted(found)]


def listed(window: MainWindow) -> list[int]:
    """Every id the list reaches when scrolled to its end, as the view asks for more."""
    model = window.model
    bar = window.table.verticalScrollBar()
    while model.canFetchMore():
        bar.setValue(bar.maximum())
        QApplication.processEvents()
    return [model.product_id(row) for row in range(model.rowCount())]


def shows_count(window: MainWindow, count: int) -> bool:
    return window.count_label.text().startswith(f"{count} ")


def typed(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """`text` typed a key at a time, then until its rows (and its count) are shown."""
    qtbot.keyClicks(window.filters.search, text)
    qtbot.waitUntil(lambda: window.model.product_filter.text == text and not window.model.searching)


@pytest.mark.parametrize("few", [0, 10_000])  # SQLite's two plans: walk the name index, or not
def test_typed_search_reaches_every_match_in_order_with_the_right_count(
    qtbot: QtBot, window: MainWindow, showcase: Database, few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showcase.inventory import listing

    monkeypatch.setattr(listing, "FEW_MATCHES", dict.fromkeys(listing.FEW_MATCHES, few))
    model = window.model
    for text in ("k", "ma", "kopi", "keripik pisang", "lada h"):
        window.filters.search.clear()
        matches = expected(showcase, text)
        typed(qtbot, window, text)
        first = [model.product_id(row) for row in range(model.rowCount())]
        # A page at least (the view may have asked for more at once), in the list's order.
        assert len(first) >= min(len(matches), first_screen.FIRST_WINDOW), text
        assert first == matches[: len(first)], text
        assert model.canFetchMore() == (len(matches) > len(first))
        qtbot.waitUntil(partial(shows_count, window, len(matches)))
        assert listed(window) == matches, text


def test_broad_search_is_longer_than_a_page(showcase: Database) -> None:
    """The test above is about lists longer than the first page, and shorter ones."""
    assert len(expected(showcase, "k")) > first_screen.FIRST_WINDOW
    assert 0 < len(expected(showcase, "lada h")) < first_screen.FIRST_WINDOW


def _photos(window: MainWindow, rows: int) -> list[object]:
    model = window.model
    return [
        model.index(row, model.PHOTO_COLUMN).data(Qt.ItemDataRole.DecorationRole)
        for row in range(rows)
    ]


def test_rows_are_shown_before_their_thumbnails_which_fill_in_after(
    qtbot: QtBot, window: MainWindow, showcase: Database
) -> None:
    """The list for what was typed does not wait for its photos: when its rows are shown, the
    thumbnails of its first screen are still being decoded off the UI thread (no photo yet,
    none read on the UI thread meanwhile), and they fill in as they arrive."""
    model = window.model
    qtbot.waitUntil(lambda: not model.searching and not model.decoding)
    matches = expected(showcase, "lada h")
    rows = min(len(matches), product_model.THUMB_CHUNK)
    # None of them was on the screen before (its photo could already be decoded).
    assert not set(matches) & set(expected(showcase, "")[: product_model.THUMB_CHUNK])
    when_shown: list[list[object]] = []
    model.reloaded.connect(lambda: when_shown.append(_photos(window, rows)))
    with qtbot.waitSignal(model.dataChanged, timeout=10_000) as filled:
        window.filters.search.setText("lada h")  # pasted: one search
        qtbot.waitUntil(lambda: model.product_filter.text == "lada h")
        assert [model.product_id(row) for row in range(model.rowCount())] == matches
    assert when_shown == [[None] * rows]
    first, last, roles = filled.args
    assert (first.row(), first.column()) == (0, model.PHOTO_COLUMN)
    assert (last.row(), last.column()) == (rows - 1, model.PHOTO_COLUMN)
    assert roles == [Qt.ItemDataRole.DecorationRole]
    assert not model.decoding
    photos = _photos(window, rows)
    assert all(p is not None and p.height() == THUMB_HEIGHT for p in photos)
