"""`python main.py kiosk [--windowed]`: the database is brought up to date, then the kiosk runs
on it (run_kiosk is replaced here by a recorder: the kiosk window has tests of its own)."""

from __future__ import annotations

import sqlite3
import sys
import types
from pathlib import Path

import pytest

from showcase import cli
from showcase.store.db import SCHEMA_HEAD, Database
from tests.helpers.old_files import make_file_at


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """The kiosk reads and counts on an SQLite file: its own, or its local copy of a server's
    showcase (a server's visit counts have their own tests)."""
    return sqlite_db


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, bool]]:
    recorded: list[tuple[Path, bool]] = []

    def run_kiosk(database_path: Path, windowed: bool) -> int:
        # The database is closed before the kiosk starts: it opens its own connections.
        recorded.append((database_path, windowed))
        return 0

    fake = types.ModuleType("showcase.ui.kiosk.app")
    fake.run_kiosk = run_kiosk  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "showcase.ui.kiosk.app", fake)
    return recorded


@pytest.mark.parametrize(("extra", "windowed"), [([], False), (["--windowed"], True)])
def test_kiosk_runs_on_the_database(
    db: Database, calls: list[tuple[Path, bool]], extra: list[str], windowed: bool
) -> None:
    db.close()
    assert cli.main(["--db", str(db.path), "kiosk", *extra]) == 0
    assert calls == [(db.path, windowed)]


def test_kiosk_upgrades_an_older_file_first(tmp_path: Path, calls: list[tuple[Path, bool]]) -> None:
    path = tmp_path / "old.db"
    make_file_at(path, "0003")
    assert cli.main(["kiosk", "--db", str(path)]) == 0
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    finally:
        conn.close()
    assert calls == [(path.resolve(), False)]


def test_kiosk_on_a_file_that_does_not_exist_is_a_one_line_mistake(
    tmp_path: Path, calls: list[tuple[Path, bool]], capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "salah-ketik.db"
    assert cli.main(["--db", str(missing), "kiosk"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    assert calls == [] and not missing.exists()


def test_kiosk_on_the_default_file_makes_the_demo_showcase_first(
    calls: list[tuple[Path, bool]],
) -> None:
    assert cli.main(["kiosk", "--windowed"]) == 0
    ((path, windowed),) = calls
    assert windowed and path.exists()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT COUNT(*) FROM product").fetchone()[0] > 0
    finally:
        conn.close()


def test_kiosk_help_names_windowed(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["kiosk", "--help"]) == 0
    assert "--windowed" in capsys.readouterr().out
