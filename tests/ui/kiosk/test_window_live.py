"""The kiosk follows the database: staff changes appear, hidden products go, visits are counted;
and a kiosk nobody uses sleeps with every timer stopped."""

from __future__ import annotations

import datetime
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractAnimation, QPoint, QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from showcase.inventory.kiosk import showcase as kiosk
from showcase.store.db import open_database
from showcase.ui.kiosk.live import LIVE_INTERVAL_MS
from showcase.ui.kiosk.screens.base import Route
from showcase.ui.kiosk.window import KioskWindow
from tests.ui.kiosk.test_window import (
    demo_copy,
    open_kiosk,
    shown_tiles,
    tap,
    tap_tile,
    visible_text,
    write,
)


@pytest.fixture
def kiosk_db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_copy(tmp_path, tmp_path_factory)


@pytest.fixture
def window(qtbot: QtBot, kiosk_db: Path) -> KioskWindow:
    return open_kiosk(qtbot, kiosk_db)


def open_a_product(qtbot: QtBot, window: KioskWindow) -> tuple[int, str]:
    """Tap attract, a category and its first product; the product's id and name."""
    tap(qtbot, window.attract)
    tap_tile(qtbot, window.home, "category")
    tile = next(t for t in shown_tiles(window.browse) if t.route.name == "product")
    tap(qtbot, tile)
    assert window.current_screen is window.product_page
    product_id = int(tile.route.ref)
    with window.reading() as reader:
        found = kiosk.product(reader, product_id, "code")
    assert found is not None
    assert found.name_id in visible_text(window.product_page)
    return product_id, found.name_id


def active_timers(window: KioskWindow) -> list[str]:
    return [t.objectName() or repr(t) for t in window.findChildren(QTimer) if t.isActive()]


# --- live -----------------------------------------------------------------------------------


def test_a_change_by_another_connection_appears_within_the_interval(
    qtbot: QtBot, window: KioskWindow, kiosk_db: Path
) -> None:
    assert window.live.active and window.live.timer.interval() == LIVE_INTERVAL_MS == 2000
    product_id, name = open_a_product(qtbot, window)
    write(kiosk_db, "UPDATE product SET name_id = ? WHERE id = ?", "Kopi Bubuk Baru", product_id)
    started = time.monotonic()
    qtbot.waitUntil(lambda: "Kopi Bubuk Baru" in visible_text(window.product_page), timeout=5000)
    assert time.monotonic() - started <= LIVE_INTERVAL_MS / 1000 + 1
    assert name not in visible_text(window.product_page)
    assert window.current_screen is window.product_page  # the visitor stays where they were


def test_a_product_hidden_meanwhile_leaves_the_page_being_looked_at(
    qtbot: QtBot, window: KioskWindow, kiosk_db: Path
) -> None:
    product_id, name = open_a_product(qtbot, window)
    write(kiosk_db, "UPDATE product SET on_kiosk = 0 WHERE id = ?", product_id)
    qtbot.waitUntil(lambda: name not in visible_text(window.product_page), timeout=5000)
    assert window.product_page.gone_area.isVisible()  # a message, not an empty screen
    # And from the list it was opened from.
    window.product_page.navigate.emit(Route("back"))
    assert window.current_screen is window.browse
    assert product_id not in [int(t.route.ref) for t in shown_tiles(window.browse)]


def test_settings_changed_by_staff_are_taken_up(
    qtbot: QtBot, window: KioskWindow, kiosk_db: Path
) -> None:
    database = open_database(kiosk_db)
    with database.session() as session:
        kiosk.save_kiosk_settings(
            session,
            center_name="Etalase Produk Unggulan Lampung",
            idle_seconds=45,
            attract_product_ids=[],
            qr_kind="code",
        )
    database.close()
    qtbot.waitUntil(
        lambda: window.bar.name.text() == "Etalase Produk Unggulan Lampung", timeout=5000
    )
    assert window.idle_seconds == 45


def test_no_reload_without_a_change(
    qtbot: QtBot, window: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tap(qtbot, window.attract)
    loads: list[Route] = []
    real = type(window.home).load
    monkeypatch.setattr(
        type(window.home),
        "load",
        lambda screen, reader, route, lang: (
            loads.append(route),
            real(screen, reader, route, lang),
        ),
    )
    window.live.check()
    window.live.check()
    assert loads == []


# --- visits ---------------------------------------------------------------------------------


def test_visits_are_counted_and_written(
    qtbot: QtBot, window: KioskWindow, kiosk_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.flush_timer.isActive() and window.flush_timer.interval() == 60_000
    tap(qtbot, window.attract)
    category = tap_tile(qtbot, window.home, "category")
    product = next(t for t in shown_tiles(window.browse) if t.route.name == "product")
    tap(qtbot, product)
    window.product_page.navigate.emit(Route("back"))
    tap_tile(qtbot, window.browse, "product", product.route.ref)  # the list was made anew
    reloads: list[bool] = []
    window.live.changed.connect(lambda: reloads.append(True))
    window.flush_visits()
    with open_database(kiosk_db).read() as reader:
        rows = set(reader.execute("SELECT day, kind, ref, count FROM kiosk_visit").fetchall())
    today = datetime.date.today().isoformat()
    assert (today, "category", category.route.ref, 1) in rows
    assert (today, "product", product.route.ref, 2) in rows
    # The kiosk's own write is not a staff change: nothing reloads.
    assert not window.live.check() and reloads == []


def test_visits_still_in_memory_are_written_at_idle(
    qtbot: QtBot, window: KioskWindow, kiosk_db: Path
) -> None:
    tap(qtbot, window.attract)
    category = tap_tile(qtbot, window.home, "category")
    window.reset()
    with open_database(kiosk_db).read() as reader:
        kinds = reader.execute("SELECT kind, ref FROM kiosk_visit").fetchall()
    assert ("category", category.route.ref) in kinds


# --- sleep ----------------------------------------------------------------------------------


def test_a_still_attract_screen_sleeps_with_every_timer_stopped(
    qtbot: QtBot, kiosk_db: Path
) -> None:
    window = open_kiosk(qtbot, kiosk_db, attract_sleep_seconds=0.5)
    assert window.current_screen is window.attract
    assert "live-watch" in active_timers(window)
    qtbot.waitUntil(lambda: window.asleep, timeout=5000)
    qtbot.waitUntil(lambda: not window.guard.cursor_timer.isActive(), timeout=4000)
    assert active_timers(window) == []
    animations = window.findChildren(QAbstractAnimation)
    assert all(a.state() != QAbstractAnimation.State.Running for a in animations)
    assert window.attract.still()
    # Nothing at all happens while it sleeps: no CPU but for Qt's own event loop.
    cpu = time.process_time()
    qtbot.wait(1000)
    assert time.process_time() - cpu < 0.1

    device = QTest.createTouchDevice()
    QTest.touchEvent(window, device).press(0, QPoint(500, 500), window).commit()
    QTest.touchEvent(window, device).release(0, QPoint(500, 500), window).commit()
    assert not window.asleep
    assert window.live.active and window.flush_timer.isActive()


def test_a_change_made_while_asleep_shows_on_waking(qtbot: QtBot, kiosk_db: Path) -> None:
    window = open_kiosk(qtbot, kiosk_db, attract_sleep_seconds=0.3)
    qtbot.waitUntil(lambda: window.asleep, timeout=5000)
    database = open_database(kiosk_db)
    with database.session() as session:
        kiosk.save_kiosk_settings(
            session,
            center_name="Pagi di Bakauheni",
            idle_seconds=90,
            attract_product_ids=[],
            qr_kind="whatsapp",
        )
    database.close()
    qtbot.wait(LIVE_INTERVAL_MS + 300)
    assert window.bar.name.text() != "Pagi di Bakauheni"  # asleep: not even a poll
    qtbot.mouseMove(window, QPoint(300, 300))
    assert window.bar.name.text() == "Pagi di Bakauheni"


def test_the_idle_timer_is_the_only_one_running_on_a_still_screen(
    qtbot: QtBot, window: KioskWindow
) -> None:
    """Browsing, hands off: idle (and the live poll, the visit flush) are the timers; no
    screen keeps one running of its own."""
    tap(qtbot, window.attract)
    tap_tile(qtbot, window.home, "category")
    qtbot.waitUntil(lambda: not window.guard.cursor_timer.isActive(), timeout=4000)
    assert sorted(active_timers(window)) == ["idle", "live-watch", "visit-flush"]
