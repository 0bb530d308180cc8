"""The kiosk on a server, in-process on a real PostgreSQL server of its own: a desk's change
shows within two seconds; the server stopped and started while the kiosk runs (browsing goes
on from the local copy, the visits made meanwhile arrive, a dot only staff notice); a kiosk
started while the server is down, with its copy and without one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from showcase.inventory.kiosk.local_copy import copy_made_at
from showcase.store.location import parse_server_url
from showcase.ui.kiosk.sources import ServerSource
from showcase.ui.kiosk.window import KioskWindow
from tests.helpers.clock import Clock
from tests.helpers.kiosk import shown_tiles, tap, tap_tile, visible_text
from tests.helpers.lan import desk_url, kiosk_url, prepared_showcase
from tests.helpers.postgres import PostgresServer, running_server

CATCH_UP_MS = 5000
# Well under the kiosk's periodic counter check (CHECK_INTERVAL_MS, 30 s), so a change seen within
# it came by notification; the 2-second figure itself is a benchmark (tests/perf/bench_lan.py),
# not an assertion that a busy test machine could break.
NOTIFIED_MS = 10_000


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    """A server of this module's own: its tests stop and start it."""
    with running_server() as started:
        yield started


@pytest.fixture
def showcase(server: PostgresServer, demo_template: Path) -> Iterator[str]:
    if not server.running:
        server.start()
    name = prepared_showcase(server, demo_template)
    yield name
    if not server.running:
        server.start()
    server.drop_database(name)


def _open(qtbot: QtBot, server: PostgresServer, name: str, copy: Path) -> KioskWindow:
    source = ServerSource(parse_server_url(kiosk_url(server, name)), copy, name="hall")
    window = KioskWindow(source=source, windowed=True, clock=Clock())
    qtbot.addWidget(window, before_close_func=lambda w: w.leave())
    window.show()
    qtbot.waitExposed(window)
    return window


def _desk(server: PostgresServer, name: str, sql: str) -> None:
    """Run `sql` as the desk login, committed."""
    with psycopg.connect(desk_url(server, name), autocommit=True) as desk:
        desk.execute(sql)


def _center_name(name: str) -> str:
    return (
        f"INSERT INTO setting (key, value) VALUES ('center_name', '{name}') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )


def _visits(server: PostgresServer, name: str) -> dict[tuple[str, str], int]:
    rows = server.execute("SELECT kind, ref, count FROM kiosk_visit", name)
    return {(str(kind), str(ref)): int(str(count)) for kind, ref, count in rows}


def test_a_desk_change_shows_by_notification(
    qtbot: QtBot, server: PostgresServer, showcase: str, tmp_path: Path
) -> None:
    window = _open(qtbot, server, showcase, tmp_path / "copy.db")
    qtbot.waitUntil(lambda: window.source.online, timeout=CATCH_UP_MS)
    assert not window.offline_sign.isVisible()
    tap(qtbot, window.attract)
    assert window.stack.currentWidget() is window.home
    _desk(server, showcase, _center_name("Galeri UMKM Lampung"))
    qtbot.waitUntil(lambda: window.bar.center_name == "Galeri UMKM Lampung", timeout=NOTIFIED_MS)
    # A product renamed at the desk is renamed on the page a visitor is reading. The home
    # screen read again for the new name shows its tiles on the next event loop pass.
    qtbot.waitUntil(
        lambda: any(t.route.name == "category" for t in shown_tiles(window.home)), timeout=1000
    )
    tile = tap_tile(qtbot, window.home, "category")
    product = next(t for t in shown_tiles(window.browse) if t.route.name == "product")
    tap(qtbot, product)
    _desk(
        server,
        showcase,
        f"UPDATE product SET name_id = 'Nama Baru Sekali' WHERE id = {product.route.ref}",
    )
    qtbot.waitUntil(
        lambda: "Nama Baru Sekali" in visible_text(window.product_page), timeout=NOTIFIED_MS
    )
    assert window.stack.currentWidget() is window.product_page and tile is not None


def test_the_server_stopped_and_started_while_the_kiosk_runs(
    qtbot: QtBot, server: PostgresServer, showcase: str, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    window = _open(qtbot, server, showcase, copy)
    qtbot.waitUntil(lambda: window.source.online, timeout=CATCH_UP_MS)
    qtbot.waitUntil(lambda: copy_made_at(copy) is not None, timeout=10_000)  # refreshed while idle
    tap(qtbot, window.attract)
    server.stop("fast")
    # Browsing goes on from the copy; the only sign is the staff's dot.
    qtbot.waitUntil(lambda: not window.source.online, timeout=CATCH_UP_MS)
    assert window.offline_sign.isVisible()
    # The home screen read again from the copy (its tiles are shown by the next event loop pass).
    qtbot.waitUntil(lambda: len(shown_tiles(window.home)) > 20, timeout=1000)
    category = tap_tile(qtbot, window.home, "category")
    assert window.stack.currentWidget() is window.browse
    product = next(t for t in shown_tiles(window.browse) if t.route.name == "product")
    tap(qtbot, product)
    assert window.stack.currentWidget() is window.product_page
    assert window.product_page.product is not None
    assert window.product_page.product.id == int(product.route.ref)
    window.flush_visits()
    assert window.visits.pending >= 2  # kept for later
    server.start()
    qtbot.waitUntil(lambda: window.source.online, timeout=CATCH_UP_MS)
    assert not window.offline_sign.isVisible()
    # The visits made during the outage arrive.
    qtbot.waitUntil(lambda: window.visits.pending == 0, timeout=CATCH_UP_MS)
    visits = _visits(server, showcase)
    assert visits[("category", category.route.ref)] >= 1
    assert visits[("product", product.route.ref)] >= 1
    # And changes show again.
    _desk(server, showcase, _center_name("Sesudah"))
    qtbot.waitUntil(lambda: window.bar.center_name == "Sesudah", timeout=2000)


def test_a_kiosk_started_while_the_server_is_down(
    qtbot: QtBot, server: PostgresServer, showcase: str, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    # With no copy yet: the empty attract screen, then the showcase when the server comes.
    server.stop("fast")
    window = _open(qtbot, server, showcase, copy)
    assert not window.source.online and window.offline_sign.isVisible()
    assert window.stack.currentWidget() is window.attract and window.attract.cards == []
    server.start()
    qtbot.waitUntil(lambda: window.source.online, timeout=CATCH_UP_MS)
    qtbot.waitUntil(lambda: bool(window.attract.cards), timeout=CATCH_UP_MS)
    qtbot.waitUntil(lambda: copy_made_at(copy) is not None, timeout=10_000)
    window.leave()
    # With its copy: the showcase at once, from the copy.
    server.stop("fast")
    again = _open(qtbot, server, showcase, copy)
    assert not again.source.online
    assert again.attract.cards and again.bar.center_name == "UMKM Center Bakauheni"
    tap(qtbot, again.attract)
    tap_tile(qtbot, again.home, "category")
    assert again.stack.currentWidget() is again.browse and shown_tiles(again.browse)
