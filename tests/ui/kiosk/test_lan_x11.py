"""Kiosk processes on a real X server (with a window manager and without one) and a real
PostgreSQL server: a desk's change shows on the running kiosk; the server stopped and started
while a visitor taps through it (browsing goes on, the views made meanwhile arrive, the kiosk
never ends or shows an error); a kiosk started while the server is down.

The kiosk runs with ETALASE_KIOSK_TRACE set and prints a line of JSON for every screen it
shows (with where its tiles are, to tap them through X) and every change of its link; its
password comes from the pgpass file in its home folder, as on a kiosk PC.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from showcase.inventory.kiosk.local_copy import copy_made_at
from showcase.paths import APP_NAME
from tests.helpers.lan import KIOSK_PASSWORD, desk_url, kiosk_url, prepared_showcase
from tests.helpers.paths import ROOT
from tests.helpers.postgres import PostgresServer, running_server
from tests.helpers.x11 import click, x_display

Event = dict[str, Any]


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


class Kiosk:
    """A kiosk process and the events it printed."""

    def __init__(self, env: dict[str, str], url: str, home: Path) -> None:
        home.mkdir(exist_ok=True)
        env = dict(
            env,
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_STATE_HOME=str(home / "state"),
            ETALASE_KIOSK_TRACE="1",
        )
        env.pop("PGPASSWORD", None)
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--db", url, "kiosk", "--name", "hall"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.events: queue.Queue[Event] = queue.Queue()
        self.seen: list[Event] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("{"):
                self.events.put(json.loads(line))

    def wait(self, what: str, condition: Callable[[Event], bool], timeout: float = 10) -> Event:
        """The first event from now on that satisfies `condition`; fail naming `what`."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            assert left > 0, f"gave up waiting for {what}; last events: {self.seen[-3:]}"
            assert self.process.poll() is None, self.stderr()
            try:
                event = self.events.get(timeout=min(left, 0.2))
            except queue.Empty:
                continue
            self.seen.append(event)
            if condition(event):
                return event

    def stderr(self) -> str:
        if self.process.poll() is None:
            return "(still running)"
        return self.process.stderr.read() if self.process.stderr else ""

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(10)


def _pgpass(home: Path, server: PostgresServer) -> None:
    home.mkdir(exist_ok=True)
    pgpass = home / ".pgpass"
    pgpass.write_text(f"127.0.0.1:{server.port}:*:etalase_kiosk:{KIOSK_PASSWORD}\n")
    pgpass.chmod(0o600)


def _desk(server: PostgresServer, name: str, sql: str) -> float:
    with psycopg.connect(desk_url(server, name), autocommit=True) as desk:
        desk.execute(sql)
    return time.monotonic()


def _center_name(value: str) -> str:
    return (
        f"INSERT INTO setting (key, value) VALUES ('center_name', '{value}') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )


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
    _pgpass(home, server)
    with x_display(1920, 1080, window_manager=window_manager) as env:
        kiosk = Kiosk(env, kiosk_url(server, showcase, password=False), home)
        kiosks.append(kiosk)
        kiosk.wait("the kiosk online", lambda e: e["event"] == "online", timeout=20)
        committed = _desk(server, showcase, _center_name("Galeri UMKM Lampung"))
        kiosk.wait(
            "the new name on the kiosk",
            lambda e: e["event"] == "shown" and e["center"] == "Galeri UMKM Lampung",
            timeout=5,
        )
        assert time.monotonic() - committed < 2.0


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
    _pgpass(home, server)
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
        restarted = time.monotonic()
        kiosk.wait("the kiosk back online", lambda e: e["event"] == "online", timeout=5)
        assert time.monotonic() - restarted < 5.0
        # The views made while the server was away reach it.
        wanted = {tuple(category.split(":")), tuple(product.split(":"))}
        deadline = time.monotonic() + 5
        while True:
            rows = server.execute("SELECT kind, ref FROM kiosk_visit", showcase)
            if wanted <= {(str(kind), str(ref)) for kind, ref in rows}:
                break
            assert time.monotonic() < deadline, f"visits not sent: {rows}"
            time.sleep(0.1)
        committed = _desk(server, showcase, _center_name("Sesudah"))
        kiosk.wait("a change after the outage", lambda e: e["center"] == "Sesudah", timeout=5)
        assert time.monotonic() - committed < 2.0
        assert kiosk.process.poll() is None


@pytest.mark.slow
def test_a_kiosk_started_while_the_server_is_down(
    server: PostgresServer, showcase: str, tmp_path: Path, kiosks: list[Kiosk]
) -> None:
    home = tmp_path / "kiosk-home"
    _pgpass(home, server)
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
