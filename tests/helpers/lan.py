"""A showcase on the test PostgreSQL server as kiosks on the LAN meet it: prepared by `server
init` (the desk and kiosk logins), with the demo showcase in it when asked; a desk's change;
and a kiosk process that prints what it shows (ETALASE_KIOSK_TRACE), for the tests and the
benchmarks of kiosks on the LAN."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg

from showcase.store.copy import copy_showcase
from showcase.store.server import init_server
from tests.helpers.paths import ROOT
from tests.helpers.postgres import PostgresServer

Event = dict[str, Any]

DESK_PASSWORD = "desk-pw"
KIOSK_PASSWORD = "kiosk-pw"


def prepared_showcase(postgres: PostgresServer, demo: Path | None = None) -> str:
    """A new database made by `server init` (holding a copy of the file `demo` if given)."""
    name = postgres.new_name("lan")
    init_server(postgres.url(name), desk_password=DESK_PASSWORD, kiosk_password=KIOSK_PASSWORD)
    if demo is not None:
        copy_showcase(demo, postgres.url(name))
    return name


def desk_url(postgres: PostgresServer, name: str) -> str:
    return postgres.url(name, user="etalase_desk", password=DESK_PASSWORD)


def kiosk_url(postgres: PostgresServer, name: str, *, password: bool = True) -> str:
    """The kiosk login's URL (without its password when a pgpass file is to give it)."""
    if password:
        return postgres.url(name, user="etalase_kiosk", password=KIOSK_PASSWORD)
    return f"postgresql://etalase_kiosk@127.0.0.1:{postgres.port}/{name}"


def desk_sql(server: PostgresServer, name: str, sql: str) -> float:
    """Run `sql` as the desk login, committed; the moment (time.monotonic) of the commit."""
    with psycopg.connect(desk_url(server, name), autocommit=True) as desk:
        desk.execute(sql)
    return time.monotonic()


def center_name_sql(value: str) -> str:
    return (
        f"INSERT INTO setting (key, value) VALUES ('center_name', '{value}') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )


class Kiosk:
    """A kiosk process and the events it printed."""

    def __init__(self, env: dict[str, str], url: str, home: Path, name: str = "hall") -> None:
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
            [sys.executable, str(ROOT / "main.py"), "--db", url, "kiosk", "--name", name],
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
                event = json.loads(line)
                event["at"] = time.monotonic()
                self.events.put(event)

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


def write_pgpass(home: Path, server: PostgresServer) -> None:
    home.mkdir(exist_ok=True)
    pgpass = home / ".pgpass"
    pgpass.write_text(f"127.0.0.1:{server.port}:*:etalase_kiosk:{KIOSK_PASSWORD}\n")
    pgpass.chmod(0o600)
