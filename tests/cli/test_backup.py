"""`restore SRC`, `backup --list`, and what the commands say about a damaged database: one
line, exit status 2 on a mistake, and the current database byte for byte as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from showcase import cli
from showcase.inventory.products import ProductInput, create_product
from showcase.store.backup import backup_database
from showcase.store.db import Database, open_database
from tests.helpers.folders import folder_snapshot
from tests.helpers.old_files import make_0001_file
from tests.helpers.paths import run_etalase
from tests.helpers.plain import product_codes


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """These are about the database file (its bytes, its backups folder beside it, its damage):
    the file store only. A server's backup and restore: test_server_backup.py."""
    return sqlite_db


def _add(db: Database, *codes: str, description: str = "") -> None:
    with db.session() as s:
        for code in codes:
            create_product(s, ProductInput(code=code, name_id=code, description_id=description))


@pytest.fixture
def current(db: Database) -> tuple[Path, Path]:
    """(database with A-1 and B-1, a backup holding only A-1); the database is closed."""
    _add(db, "A-1")
    backup = backup_database(db.engine, db.path, reason="daily", now=datetime(2026, 11, 21, 8, 15))
    _add(db, "B-1")
    db.close()
    return db.path, backup


def _main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_restore_prints_what_was_restored(
    current: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, backup = current
    code, out, err = _main(["--db", str(path), "restore", str(backup)], capsys)
    assert (code, err) == (0, "")
    assert out.startswith(f"Restored {backup} (a backup of 2026-11-21 08:15): 1 product; ")
    assert "before-restore.db" in out and out.count("\n") == 1
    assert product_codes(path) == ["A-1"]


def test_restore_of_an_older_backup_says_it_was_brought_up_to_date(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.close()
    old = tmp_path / "lama.db"
    make_0001_file(old)
    code, out, _ = _main(["--db", str(db.path), "restore", str(old)], capsys)
    assert code == 0
    assert "3 products, brought up to date from schema 0001" in out
    assert product_codes(db.path) == ["KOP-0001", "LAD-0001", "MAD-0001"]


def test_restore_in_a_real_process(current: tuple[Path, Path], tmp_path: Path) -> None:
    path, backup = current
    done = run_etalase("--db", str(path), "restore", str(backup), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Restored ") and product_codes(path) == ["A-1"]


def _newer(backup: Path) -> Path:
    conn = sqlite3.connect(backup)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    conn.close()
    return backup


def _flipped(backup: Path) -> Path:
    data = bytearray(backup.read_bytes())
    for offset in range(len(data) // 2, len(data) // 2 + 4096):
        data[offset] ^= 0x5A
    backup.write_bytes(bytes(data))
    return backup


def _text(folder: Path) -> Path:
    path = folder / "catatan.db"
    path.write_text("kopi, lada\n", encoding="utf-8")
    return path


MISTAKES: dict[str, tuple[Callable[[Path, Path], list[str]], str]] = {
    "missing backup": (lambda p, b: ["restore", str(b.parent / "tidak-ada.db")], "does not exist"),
    "a text file": (lambda p, b: ["restore", str(_text(b.parent))], "not an SQLite file"),
    "a newer Etalase's backup": (
        lambda p, b: ["restore", str(_newer(b))],
        "made by a newer version of Etalase",
    ),
    "a corrupt backup": (lambda p, b: ["restore", str(_flipped(b))], "is damaged"),
    "a truncated backup": (
        lambda p, b: (b.write_bytes(b.read_bytes()[:3000]), ["restore", str(b)])[1],
        "damaged",
    ),
    "the database itself": (lambda p, b: ["restore", str(p)], "is the database itself"),
    "no SRC": (lambda p, b: ["restore"], "required: SRC"),
    "empty SRC": (lambda p, b: ["restore", " "], "restore needs the name of a backup file"),
    "two SRC": (lambda p, b: ["restore", str(b), str(b)], "unrecognized argument"),
    "backup --list with DEST": (lambda p, b: ["backup", "--list", str(b.parent)], "no DEST"),
}


@pytest.mark.parametrize("name", list(MISTAKES))
def test_restore_mistakes_change_nothing(
    name: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db, *(f"K-{n:03}" for n in range(200)), description="Kopi robusta. " * 100)
    backup = backup_database(db.engine, db.path, reason="daily")
    db.close()
    make, expected = MISTAKES[name]
    args = ["--db", str(db.path), *make(db.path, backup)]
    before = folder_snapshot(db.path.parent, leave_out=("home",))
    code, out, err = _main(args, capsys)
    assert code == 2 and out == ""
    assert err.startswith("etalase: error: ") and err.count("\n") == 1, err
    assert expected in err and "Traceback" not in err
    assert (
        folder_snapshot(db.path.parent, leave_out=("home",)) == before
    )  # byte for byte; no -wal, -shm or backups


def test_backup_list_shows_the_backups_newest_first(
    current: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, first = current
    database = open_database(path)
    try:
        second = backup_database(
            database.engine, path, reason="before-import", now=datetime(2026, 11, 22, 9, 30)
        )
    finally:
        database.close()
    code, out, _ = _main(["--db", str(path), "backup", "--list"], capsys)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("2026-11-22 09:30:00  before-import") and lines[0].endswith(
        str(second)
    )
    assert lines[1].startswith("2026-11-21 08:15:00  daily") and lines[1].endswith(str(first))


def test_backup_list_says_when_there_are_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A misspelt --db, or a showcase never backed up, is said, not answered with nothing."""
    code, out, err = _main(["--db", str(tmp_path / "tokoo.db"), "backup", "--list"], capsys)
    assert (code, out) == (0, "")
    assert err == f"There are no backups of tokoo.db in {tmp_path / 'backups'}\n"


def test_a_command_on_a_damaged_database_names_the_newest_good_backup(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db, *(f"K-{n:03}" for n in range(300)), description="Lada hitam. " * 100)
    good = backup_database(db.engine, db.path, reason="daily", now=datetime(2026, 11, 21, 8, 15))
    db.close()
    _flipped(db.path)
    before = folder_snapshot(tmp_path, leave_out=("home",))
    code, out, err = _main(["--db", str(db.path), "export", str(tmp_path / "produk.csv")], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith(f"etalase: error: {db.path} is damaged")
    assert f"the newest good backup is {good} (2026-11-21 08:15)" in err
    assert f'etalase --db "{db.path}" restore "{good}"' in err
    assert folder_snapshot(tmp_path, leave_out=("home",)) == before

    # Doing what it says works.
    code, out, _ = _main(["--db", str(db.path), "restore", str(good)], capsys)
    assert code == 0 and "300 products" in out and "damaged-" in out
    assert len(product_codes(db.path)) == 300


def test_a_damaged_database_with_no_good_backup_says_so(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(db, *(f"K-{n:03}" for n in range(300)), description="Lada hitam. " * 100)
    db.close()
    _flipped(db.path)
    code, _, err = _main(["--db", str(db.path), "backup"], capsys)
    assert code == 2 and err.count("\n") == 1
    assert f"no good backup of it was found in {db.path.parent / 'backups'}" in err


def test_a_damaged_database_gets_no_empty_backups_folder(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The import's safety backup and a backup refused because the database is damaged leave
    nothing behind, not even the backups folder they would have gone into."""
    _add(db, *(f"K-{n:03}" for n in range(300)), description="Lada hitam. " * 100)
    db.close()
    _flipped(db.path)
    products = tmp_path / "produk.csv"
    products.write_text("kode,nama,harga\nK-999,Lada Putih,1000\n", encoding="utf-8")
    before = folder_snapshot(tmp_path, leave_out=("home",))
    for command in (["import", str(products)], ["backup"]):
        code, out, err = _main(["--db", str(db.path), *command], capsys)
        assert code == 2 and out == "" and err.count("\n") == 1
        assert f"{db.path} is damaged" in err
        assert not (db.path.parent / "backups").exists()
        assert folder_snapshot(tmp_path, leave_out=("home",)) == before


def test_restore_onto_a_new_pc_makes_the_default_data_folder(
    current: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from showcase.paths import default_database_path

    _path, backup = current
    default = default_database_path()
    assert not default.parent.exists()  # the home folder of this test is new
    code, out, _ = _main(["restore", str(backup)], capsys)
    assert code == 0 and out.startswith("Restored ")
    assert product_codes(default) == ["A-1"]


def test_a_wrong_file_onto_a_new_pc_leaves_no_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from showcase.paths import default_database_path

    text = tmp_path / "catatan.db"
    text.write_text("kopi\n", encoding="utf-8")
    code, _, err = _main(["restore", str(text)], capsys)
    assert code == 2 and "not an SQLite file" in err
    assert not default_database_path().exists()
    assert not (default_database_path().parent / "backups").exists()
