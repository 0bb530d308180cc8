"""Shared fixtures. Tests run without a screen and never touch the real user data folder."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from showcase.inventory.demo.showcase import build_demo
from showcase.store.db import Database, open_database
from showcase.store.opening import open_showcase
from tests.helpers.paths import ROOT
from tests.helpers.postgres import PostgresServer, running_server


@pytest.fixture(scope="session", autouse=True)
def _built_files() -> None:
    """Compile translations and resources if their sources changed: tests see what staff see."""
    import subprocess
    import sys

    subprocess.run([sys.executable, str(ROOT / "tools" / "build.py")], check=True)


@pytest.fixture(autouse=True)
def _no_leftover_translation() -> Iterator[None]:
    """A test that switches the program to Indonesian (the kiosk's toggle, the staff window's
    start) must not leave the next test in Indonesian: translators installed on the
    application and the default locale are put back after every test."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    locale = QLocale()
    yield
    app = QCoreApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the user data/config folders into tmp_path, and forget any SHOWCASE_DB."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.delenv("SHOWCASE_DB", raising=False)


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database migrated to the newest schema once per run, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(path).close()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> Database:
    """A fresh, empty, fully migrated showcase on each store in turn: an SQLite file in
    tmp_path (`sqlite_db`), then a database on the test PostgreSQL server (`pg_db`). A test
    about the file itself (its bytes, its WAL, sqlite3 on its path) asks for `sqlite_db`."""
    fixture = "sqlite_db" if request.param == "sqlite" else "pg_db"
    database: Database = request.getfixturevalue(fixture)
    return database


@pytest.fixture
def sqlite_db(tmp_path: Path, _migrated_template: Path) -> Iterator[Database]:
    """A fresh, empty, fully migrated showcase database file in tmp_path."""
    path = tmp_path / "showcase.db"
    shutil.copyfile(_migrated_template, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(_migrated_template: Path) -> Path:
    """The demo showcase (60 products with their photos, 9 categories, stock and visits) built
    once per run, beside the empty template; tests copy it (`demo_file`) or only read it."""
    path = _migrated_template.with_name("demo.db")
    shutil.copyfile(_migrated_template, path)
    database = open_database(path)
    with database.session() as session:
        build_demo(session)
    database.close()  # the last connection folds the WAL into the file: one file to copy
    assert not path.with_name("demo.db-wal").exists()
    return path


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path) -> Path:
    """A copy of the demo showcase in tmp_path, for this test to open and change."""
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_db(demo_file: Path) -> Iterator[Database]:
    """The copy of the demo showcase (`demo_file`), open for this test to read and change."""
    database = open_database(demo_file)
    yield database
    database.close()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server for the whole run (tests/helpers/postgres.py). Fails,
    never skips, where PostgreSQL is not installed."""
    with running_server() as server:
        yield server


@pytest.fixture(scope="session")
def _pg_template(postgres: PostgresServer) -> str:
    """A database migrated to the newest schema once per run; each test's is a copy of it."""
    name = postgres.create_database(name="etalase_template")
    open_showcase(postgres.url(name)).close()
    return name


@pytest.fixture(scope="session")
def _pg_work(postgres: PostgresServer, _pg_template: str) -> str:
    """The database the `pg_db` tests use in turn, emptied before each (a new database per
    test would cost about a second each)."""
    return postgres.create_database(_pg_template, name="etalase_work")


@pytest.fixture
def pg_db(postgres: PostgresServer, _pg_work: str) -> Iterator[Database]:
    """An empty, fully migrated showcase database on the test server."""
    postgres.empty_showcase(_pg_work)
    database = open_showcase(postgres.url(_pg_work))
    yield database
    database.close()
