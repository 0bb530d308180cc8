"""Kiosk processes on a real X server (with a window manager and without one) and a real
PostgreSQL server: a desk's change shows on the running kiosk; the server stopped and started
while a visitor taps through it (browsing goes on, the views made meanwhile arrive, the kiosk
never ends or shows an error); a kiosk started while the server is down.

The kiosk runs with ETALASE_KIOSK_TRACE set and prints a line of JSON for every screen it
shows (with where its tiles are, to tap them through X) and every change of its link; its
password comes from the pgpass file in its home folder, as on a kiosk PC.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from showcase.inventory.kiosk.local_copy import copy_made_at
from showcase.paths import APP_NAME
from tests.helpers.lan import (
    Event,
    Kiosk,
    center_name_sql,
    desk_sql,
    kiosk_url,
    prepared_showcase,
    write_pgpass,
)
from tests.helpers.postgres import PostgresServer, running_server
from tests.helpers.x11 import click, x_display

# Well under the kiosk's periodic check (30 s): what arrives within it came by notification, or
# by reconnecting on its own. The 2 s and 5 s figures are the LAN benchmark's (bench_lan.py).
NOTIFIED_S = 10


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
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


def _tap(env: dict[str, str], event: Event, kind: str) -> str:
    """Tap (through X) the first tile of `kind` in `event`; the route it opens."""
    found = [t for t in event["tiles"] if t["route"].startswith(kind + ":")]
    assert found, f"no {kind} tile in {event}"
    tile = found[0]
    click(env, tile["x"], tile["y"])
    return str(tile["route"])


@pytest.fixture
def kiosks() -> Iterator[list[Kiosk]]:
    started: list[Kiosk] = []
    yield started
    for kiosk in started:
        kiosk.stop()


@pytest.mark.slow
@pytest.mark.parametrize("window_manager", [False, True], ids=["bare-x", "openbox"])
def test_a_desk_change_shows_on_a_running_kiosk(
    window_manager: bool,
    server: PostgresServer,
    showcase: str,
    tmp_path: Path,
    kiosks: list[Kiosk],
) -> None:
    home = tmp_path / "kiosk-home"
    write_pgpass(home, server)
    with x_display(1920, 1080, window_manager=window_manager) as env:
        kiosk = Kiosk(env, kiosk_url(server, showcase, password=False), home)
        kiosks.append(kiosk)
        kiosk.wait("the kiosk online", lambda e: e["event"] == "online", timeout=20)
        desk_sql(server, showcase, center_name_sql("Galeri UMKM Lampung"))
        kiosk.wait(
            "the new name on the kiosk",
            lambda e: e["event"] == "shown" and e["center"] == "Galeri UMKM Lampung",
            timeout=NOTIFIED_S,
        )


@pytest.mark.slow
@pytest.mark.parametrize("window_manager", [False, True], ids=["bare-x", "openbox"])
def test_the_server_stopped_and_started_while_a_visitor_browses(
    window_manager: bool,
    server: PostgresServer,
    showcase: str,
    tmp_path: Path,
    kiosks: list[Kiosk],
) -> None:
    home = tmp_path / "kiosk-home"
    write_pgpass(home, server)
    copy_folder = home / "data" / APP_NAME / "kiosk"
    with x_display(1920, 1080, window_manager=window_manager) as env:
        kiosk = Kiosk(env, kiosk_url(server, showcase, password=False), home)
        kiosks.append(kiosk)
        kiosk.wait("the kiosk online", lambda e: e["event"] == "online", timeout=20)
        deadline = time.monotonic() + 15
        while not any(copy_made_at(copy) for copy in copy_folder.glob("*.db")):
            assert time.monotonic() < deadline, "no local copy was made"
            time.sleep(0.1)
        server.stop("fast")
        kiosk.wait("the kiosk offline", lambda e: e["event"] == "offline")
        click(env, 960, 540)  # the attract screen: a touch opens the home screen
        home_screen = kiosk.wait("the home screen", lambda e: e["route"] == "home:" and e["tiles"])
        category = _tap(env, home_screen, "category")
        browse = kiosk.wait("the category", lambda e: e["route"] == category and e["tiles"])
        assert not browse["online"]
        product = _tap(env, browse, "product")
        kiosk.wait("the product page", lambda e: e["route"] == product)
        server.start()
        kiosk.wait("the kiosk back online", lambda e: e["event"] == "online", timeout=NOTIFIED_S)
        # The views made while the server was away reach it.
        wanted = {tuple(category.split(":")), tuple(product.split(":"))}
        deadline = time.monotonic() + 5
        while True:
            rows = server.execute("SELECT kind, ref FROM kiosk_visit", showcase)
            if wanted <= {(str(kind), str(ref)) for kind, ref in rows}:
                break
            assert time.monotonic() < deadline, f"visits not sent: {rows}"
            time.sleep(0.1)
        desk_sql(server, showcase, center_name_sql("Sesudah"))
        kiosk.wait(
            "a change after the outage", lambda e: e["center"] == "Sesudah", timeout=NOTIFIED_S
        )
        assert kiosk.process.poll() is None


@pytest.mark.slow
def test_a_kiosk_started_while_the_server_is_down(
    server: PostgresServer, showcase: str, tmp_path: Path, kiosks: list[Kiosk]
) -> None:
    home = tmp_path / "kiosk-home"
    write_pgpass(home, server)
    server.stop("fast")
    with x_display(1920, 1080, window_manager=False) as env:
        kiosk = Kiosk(env, kiosk_url(server, showcase, password=False), home)
        kiosks.append(kiosk)
        shown = kiosk.wait("the attract screen", lambda e: e["event"] == "shown", timeout=20)
        # No copy yet: the empty attract screen, and no error.
        assert not shown["online"] and shown["route"] == "attract"
        assert shown["attract_products"] == 0
        server.start()
        kiosk.wait("the kiosk online", lambda e: e["event"] == "online", timeout=10)
        kiosk.wait(
            "the showcase on the attract screen",
            lambda e: e["route"] == "attract" and e["attract_products"] > 0 and e["online"],
        )
        assert kiosk.process.poll() is None
