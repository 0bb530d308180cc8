"""`etalase --db postgresql://… kiosk [--name NAME] [--restart]`: the kiosk starts on the server
without opening it first (the server may be off: the kiosk then starts from its copy), named as
asked; under the watchdog the same server and name are passed on. run_kiosk and the watchdog are
replaced here by recorders: the kiosk on a server has tests of its own."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest

from showcase import cli
from showcase.store.location import ServerLocation

# Nothing listens on port 9 of this PC: a kiosk that tried to open the server here would fail.
DOWN = "postgresql://etalase_kiosk@127.0.0.1:9/etalase"


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    recorded: list[tuple[Any, ...]] = []

    def run_kiosk(database: Any, windowed: bool, *, name: str | None = None) -> int:
        recorded.append(("kiosk", database, windowed, name))
        return 0

    fake = types.ModuleType("showcase.ui.kiosk.app")
    fake.run_kiosk = run_kiosk  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "showcase.ui.kiosk.app", fake)
    import showcase.kiosk_watch as kiosk_watch

    def watch(command: list[str]) -> int:
        recorded.append(("watch", command))
        return 0

    monkeypatch.setattr(kiosk_watch, "watch", watch)
    return recorded


def test_the_kiosk_starts_on_a_server_that_is_down(calls: list[tuple[Any, ...]]) -> None:
    assert cli.main(["--db", DOWN, "kiosk", "--name", "Kios pintu"]) == 0
    ((what, location, windowed, name),) = calls
    assert what == "kiosk" and isinstance(location, ServerLocation)
    assert (location.host, location.port, location.dbname, location.user) == (
        "127.0.0.1",
        9,
        "etalase",
        "etalase_kiosk",
    )
    assert (windowed, name) == (False, "Kios pintu")


def test_under_the_watchdog_the_server_and_name_are_passed_on(calls: list[tuple[Any, ...]]) -> None:
    assert cli.main(["--db", DOWN, "kiosk", "--restart", "--name", "hall"]) == 0
    ((what, command),) = calls
    assert what == "watch"
    assert command[-5:] == [
        "--db",
        "postgresql://etalase_kiosk@127.0.0.1:9/etalase",
        "kiosk",
        "--name",
        "hall",
    ]
