"""`etalase --db postgresql://…` opens the staff window on the server's showcase, on a PC that
has never kept a file of its own (no data folder yet), with no first-start question."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from showcase import cli
from showcase.paths import user_data_dir
from showcase.store.db import Database
from tests.helpers.lan import desk_url, prepared_showcase
from tests.helpers.postgres import PostgresServer


def test_the_staff_window_opens_on_a_server_showcase(
    postgres: PostgresServer, demo_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = prepared_showcase(postgres, demo_template)
    given: list[tuple[str | None, int]] = []

    def run_staff(database: Database, argv: list[str]) -> int:
        with database.read() as connection:
            count = int(connection.execute("SELECT count(*) FROM product").fetchone()[0])
        given.append((database.server.dbname if database.server else None, count))
        return 0

    window = types.ModuleType("showcase.ui.staff.window.start")
    window.run_staff = run_staff  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "showcase.ui.staff.window.start", window)
    assert not user_data_dir().exists()
    assert cli.main(["--db", desk_url(postgres, name)]) == 0
    assert given == [(name, 60)]
    postgres.drop_database(name)
