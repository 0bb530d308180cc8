"""The kiosk window shell: taps through the screens, Back, the language toggle, idle reset, layout.

Every test runs the real window and the real screens on a copy of the demo showcase (built once
per run), windowed, with the offscreen platform, on a clock the test moves.
"""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from showcase.inventory.kiosk.settings import save_kiosk_settings
from showcase.store.db import open_database
from showcase.ui.kiosk import window as window_module
from showcase.ui.kiosk.screens.base import KioskScreen, Route
from showcase.ui.kiosk.screens.tiles import PhotoTile
from showcase.ui.kiosk.window import KioskWindow
from tests.helpers.clock import Clock
from tests.helpers.kiosk import (
    on_screen,
    open_kiosk,
    run_out,
    shown_tiles,
    tap,
    tap_tile,
    visible_text,
)

# --- navigation -----------------------------------------------------------------------------


def test_starts_on_the_attract_screen(window: KioskWindow) -> None:
    assert window.current_screen is window.attract
    assert window.route is None and window.history == []
    assert window.language == "id"
    assert window.bar.center_name == "UMKM Center Bakauheni"
    assert window.bar.isVisible() and window.bar.name.text() == "UMKM Center Bakauheni"
    assert window.idle.idle_timer.isActive() is False  # nothing to reset on the attract screen


def test_taps_through_attract_home_category_product_and_next(
    qtbot: QtBot, window: KioskWindow
) -> None:
    tap(qtbot, window.attract)
    assert window.current_screen is window.home and window.route == Route("home")
    assert window.idle.idle_timer.isActive()

    category = tap_tile(qtbot, window.home, "category")
    assert window.current_screen is window.browse
    assert window.route == category.route
    assert window.history == [Route("home")]
    products = [t for t in shown_tiles(window.browse) if t.route.name == "product"]
    assert len(products) >= 2

    first = products[0]
    tap(qtbot, first)
    assert window.current_screen is window.product_page
    assert window.route == first.route
    assert window.route.context == tuple(int(t.route.ref) for t in products)
    assert window.history == [Route("home"), category.route]

    # The next product (a swipe, or its button) replaces the page: Back goes to the list.
    next_route = Route("product", ref=str(window.route.context[1]), context=window.route.context)
    window.product_page.navigate.emit(next_route)
    assert window.route == next_route
    assert window.history == [Route("home"), category.route]

    window.product_page.navigate.emit(Route("back"))
    assert window.current_screen is window.browse and window.route == category.route
    window.browse.navigate.emit(Route("back"))
    assert window.current_screen is window.home and window.history == []


def test_photos_fit_their_tiles_and_a_screen_left_lets_go_of_them(
    qtbot: QtBot, window: KioskWindow
) -> None:
    tap(qtbot, window.attract)
    category = tap_tile(qtbot, window.home, "category")
    window.repaint()  # as on screen: the tiles in view are painted with their photos
    products = [t for t in on_screen(window.browse) if isinstance(t, PhotoTile)]
    assert products and all(t.photo is not None for t in products)
    for tile in products:  # decoded for the tile, not far larger (size steps of a quarter)
        assert tile.photo is not None
        assert tile.width() <= tile.photo.width() <= tile.width() * 1.6
    # The home screen, switched away from, holds no photos; back on it, it shows them again.
    home_tiles = [t for t in window.home.findChildren(PhotoTile)]
    assert home_tiles and all(t.photo is None for t in home_tiles)
    assert window.route == category.route
    window.browse.navigate.emit(Route("back"))
    window.repaint()
    home_tiles = [t for t in on_screen(window.home) if isinstance(t, PhotoTile)]
    assert home_tiles and all(t.photo is not None for t in home_tiles)
    assert all(t.photo is None for t in window.browse.findChildren(PhotoTile))


def test_home_button_goes_home_from_anywhere(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    tap_tile(qtbot, window.home, "category")
    tap(qtbot, shown_tiles(window.browse)[0])
    assert window.current_screen is window.product_page
    tap(qtbot, window.bar.home)
    assert window.current_screen is window.home
    assert window.route == Route("home") and window.history == []


def test_one_home_button_and_one_language_toggle_on_each_screen(
    qtbot: QtBot, window: KioskWindow
) -> None:
    """The bar of the shell holds Home and the language; the screens' own bars do not repeat
    them (their Back stays)."""
    from PySide6.QtWidgets import QPushButton

    tap(qtbot, window.attract)
    tap_tile(qtbot, window.home, "category")
    tap(qtbot, shown_tiles(window.browse)[0])
    for screen in (window.home, window.browse, window.product_page):
        window.stack.setCurrentWidget(screen)
        homes = [
            b
            for b in window.findChildren(QPushButton)
            if b.isVisible() and b.text() in ("Beranda", "Home")
        ]
        assert homes == [window.bar.home], type(screen).__name__


def test_history_is_bounded(window: KioskWindow) -> None:
    window.navigate(Route("home"))
    product_ids = [int(t.route.ref) for t in shown_tiles(window.home) if t.route.name == "product"]
    for index in range(window_module.MAX_HISTORY + 20):
        window.navigate(Route("product", ref=str(product_ids[index % len(product_ids)])))
    assert len(window.history) == window_module.MAX_HISTORY


def test_every_load_reads_inside_one_transaction_and_leaves_none_open(
    window: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real = type(window.browse).load

    def load(screen: KioskScreen, reader: sqlite3.Connection, route: Route, lang: str) -> None:
        seen.append(reader.in_transaction)
        real(screen, reader, route, lang)

    monkeypatch.setattr(type(window.browse), "load", load)
    window.navigate(Route("home"))
    tile = next(t for t in shown_tiles(window.home) if t.route.name == "category")
    window.navigate(tile.route)
    assert seen == [True]
    with window.reading() as reader:
        assert reader.in_transaction
    assert not reader.in_transaction
    # Read only: the kiosk cannot change the showcase even if it tried.
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.execute("UPDATE product SET price = 1")


# --- language -------------------------------------------------------------------------------


def test_language_toggle_switches_every_text_at_once(qtbot: QtBot, window: KioskWindow) -> None:
    tap(qtbot, window.attract)
    tap_tile(qtbot, window.home, "category")
    indonesian_bar = window.bar.home.text()
    indonesian_screen = visible_text(window.browse)
    assert indonesian_bar == "Beranda"
    assert window.bar.language.buttons["id"].isChecked()

    tap(qtbot, window.bar.language.buttons["en"])
    assert window.language == "en"
    assert window.bar.language.buttons["en"].isChecked()
    assert window.bar.home.text() == "Home"
    english_screen = visible_text(window.browse)
    assert english_screen != indonesian_screen
    assert all(screen.language == "en" for screen in window.screens)
    # Screens not shown follow too: home is in English when we get back to it.
    window.browse.navigate.emit(Route("back"))
    assert window.home.language == "en"
    assert QApplication.translate("KioskBar", "Home") == "Home"  # no translator installed

    tap(qtbot, window.bar.language.buttons["id"])
    assert window.bar.home.text() == "Beranda"
    window.navigate(window.history[-1] if window.history else Route("home"))
    assert all(screen.language == "id" for screen in window.screens)


def test_the_center_name_comes_from_the_settings(qtbot: QtBot, demo_file: Path) -> None:
    database = open_database(demo_file)
    with database.session() as session:
        save_kiosk_settings(
            session,
            center_name="Galeri UMKM Lampung",
            idle_seconds=120,
            attract_product_ids=[],
            qr_kind="whatsapp",
        )
    database.close()
    window = open_kiosk(qtbot, demo_file)
    assert window.bar.name.text() == "Galeri UMKM Lampung"
    assert window.idle.idle_seconds == 120


# --- idle -----------------------------------------------------------------------------------


def test_idle_goes_back_to_the_attract_screen_in_indonesian(
    qtbot: QtBot, window: KioskWindow, clock: Clock
) -> None:
    tap(qtbot, window.attract)
    tap_tile(qtbot, window.home, "category")
    tap(qtbot, window.bar.language.buttons["en"])
    assert window.language == "en" and window.history
    assert window.idle.idle_timer.isActive()
    assert window.idle.idle_timer.interval() == pytest.approx(
        window.idle.idle_seconds * 1000, abs=1
    )

    clock.advance(window.idle.idle_seconds - 1)
    run_out(qtbot, window.idle.idle_timer)  # a second early: it waits that second more
    assert window.route is not None and window.language == "en"
    assert window.idle.idle_timer.interval() == pytest.approx(1000, abs=1)

    clock.advance(1)
    run_out(qtbot, window.idle.idle_timer)
    assert window.route is None
    assert window.current_screen is window.attract
    assert window.history == []
    assert window.language == "id"
    assert window.bar.home.text() == "Beranda"
    assert window.bar.language.buttons["id"].isChecked()
    assert all(screen.language == "id" for screen in window.screens)
    assert not window.idle.idle_timer.isActive()


def test_any_input_keeps_the_kiosk_from_resetting(
    qtbot: QtBot, window: KioskWindow, clock: Clock
) -> None:
    tap(qtbot, window.attract)
    step = window.idle.idle_seconds / 5
    for move in range(8):  # 1.6 idle times of a mouse moving about
        mouse_moves(window, QPoint(400 + move * 10, 400), clock)
        clock.advance(step)
        run_out(qtbot, window.idle.idle_timer)
        assert window.current_screen is window.home
        # Waiting again for what is left of the idle time since that input.
        left_ms = (window.idle.idle_seconds - step) * 1000
        assert window.idle.idle_timer.interval() == pytest.approx(left_ms, abs=1)
    clock.advance(window.idle.idle_seconds)
    run_out(qtbot, window.idle.idle_timer)
    assert window.route is None


def test_idle_clears_the_search(qtbot: QtBot, window: KioskWindow, clock: Clock) -> None:
    window.navigate(Route("home"))
    window.navigate(Route("search", ref="kopi"))
    assert "kopi" in visible_text(window.search).casefold()
    tap_tile(qtbot, window.search, "product")  # Back would show "kopi" again, not at idle
    assert window.history[-1].name == "search"
    clock.advance(window.idle.idle_seconds)
    run_out(qtbot, window.idle.idle_timer)
    assert window.route is None
    tap(qtbot, window.attract)
    window.home.navigate.emit(Route("search"))
    assert window.current_screen is window.search
    assert "kopi" not in visible_text(window.search).casefold()
    assert not [t for t in shown_tiles(window.search) if t.route.name == "product"]


def mouse_moves(widget: QWidget, pos: QPoint, clock: Clock) -> None:
    """A mouse move over `widget`, stamped with the Clock's time as the system stamps it (QTest
    gives moves within one real millisecond the same stamp, which the kiosk counts once)."""
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(widget.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setTimestamp(int(clock.now * 1000))
    QApplication.sendEvent(widget, event)


# --- layout ---------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 800)])
def test_bar_and_screens_share_the_window_without_overlapping(
    qtbot: QtBot, window: KioskWindow, size: tuple[int, int], tmp_path: Path
) -> None:
    window.resize(*size)
    tap(qtbot, window.attract)
    tap_tile(qtbot, window.home, "category")
    tap(qtbot, shown_tiles(window.browse)[0])
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    QApplication.processEvents()
    bar, stack = window.bar.geometry(), window.stack.geometry()
    assert bar.top() == 0 and bar.width() == size[0]
    assert not bar.intersects(stack)
    assert stack.top() == bar.bottom() + 1 and stack.bottom() == size[1] - 1
    assert stack.height() >= size[1] * 0.75  # the bar leaves the screens most of the room
    parts = [window.bar.name, window.bar.home, window.bar.language]
    for part in parts:
        assert window.bar.rect().contains(part.geometry()), part.objectName()
        assert part.height() >= 64 or part is window.bar.name
    for first, second in itertools.pairwise(parts):
        assert first.geometry().right() < second.geometry().left()
    assert window.bar.name.text() == "UMKM Center Bakauheni"  # whole, not shortened
    for button in window.bar.language.buttons.values():
        assert button.width() >= 64 and button.height() >= 64
    assert window.grab().save(str(tmp_path / f"kiosk-{size[0]}x{size[1]}.png"))


def test_a_long_center_name_is_shortened_not_cut(qtbot: QtBot, window: KioskWindow) -> None:
    name = "Pusat Promosi dan Pameran Produk Unggulan UMKM dan Koperasi Provinsi Lampung " * 2
    window.bar.set_center_name(name.strip())
    window.resize(1080, 1920)
    QApplication.processEvents()
    shown = window.bar.name.text()
    assert shown.endswith("…") and len(shown) < len(name)
    metrics = window.bar.name.fontMetrics()
    assert metrics.horizontalAdvance(shown) <= window.bar.name.width()


def test_windowed_for_desks_full_screen_and_on_top_for_visitors(
    qtbot: QtBot, demo_file: Path
) -> None:
    desk = open_kiosk(qtbot, demo_file)
    assert (desk.width(), desk.height()) == (1280, 800)
    assert not desk.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    locked = KioskWindow(demo_file)
    qtbot.addWidget(locked, before_close_func=lambda w: w.leave())
    assert locked.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert locked.windowFlags() & Qt.WindowType.FramelessWindowHint
    locked.present()
    qtbot.waitUntil(lambda: bool(locked.windowState() & Qt.WindowState.WindowFullScreen))
