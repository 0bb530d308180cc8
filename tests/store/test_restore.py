"""Restore: the candidate is checked before anything is replaced, the current data is kept as a
backup first, an older backup is migrated forward, and a restore cut short changes nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from showcase.errors import DatabaseFileError, UserError
from showcase.inventory.producers import ProducerInput, create_producer
from showcase.inventory.products import ProductInput, create_product
from showcase.store import restore as restore_module
from showcase.store.backup import backup_database, backups_folder, list_backups
from showcase.store.damage import find_damage
from showcase.store.db import SCHEMA_HEAD, Database, open_database
from showcase.store.restore import (
    check_backup,
    newest_good_backup,
    restore_database,
)
from tests.helpers.folders import folder_snapshot
from tests.helpers.mounts import mounted_tmpfs, needs_root, write_protect
from tests.helpers.old_files import make_0003_file
from tests.helpers.paths import ROOT
from tests.helpers.plain import product_codes


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """These tests are about the SQLite file itself (its bytes, its WAL, its backups)."""
    return sqlite_db


def _add(db: Database, codes: list[str], *, description: str = "") -> None:
    with db.session() as s:
        producer = create_producer(s, ProducerInput(f"Produsen {codes[0]}", kabupaten="Mesuji"))
        for code in codes:
            create_product(
                s,
                ProductInput(
                    code=code,
                    name_id=f"Produk {code}",
                    description_id=description,
                    producer_id=producer.id,
                ),
                initial_stock=2,
            )


@pytest.fixture
def backed_up(db: Database) -> Path:
    """A showcase with A-1 backed up, then B-1 and B-2 added: the backup lacks the B's."""
    _add(db, ["A-1"])
    backup = backup_database(db.engine, db.path, reason="daily", now=datetime(2026, 11, 21, 8, 15))
    _add(db, ["B-1", "B-2"])
    db.close()
    return backup


def test_restore_of_a_good_backup_keeps_the_current_data_as_a_backup(
    db: Database, backed_up: Path
) -> None:
    # The kiosk has the file open and sees the change through data_version.
    kiosk = sqlite3.connect(db.path)
    try:
        version = kiosk.execute("PRAGMA data_version").fetchone()
        assert kiosk.execute("SELECT count(*) FROM product").fetchone() == (3,)

        result = restore_database(db.path, backed_up, now=datetime(2026, 11, 22, 9, 0))

        assert kiosk.execute("PRAGMA data_version").fetchone() != version
        assert kiosk.execute("SELECT count(*) FROM product").fetchone() == (1,)
    finally:
        kiosk.close()
    assert product_codes(db.path) == ["A-1"]
    assert (result.products, result.migrated, result.revision) == (1, False, SCHEMA_HEAD)
    assert result.taken_at == datetime(2026, 11, 21, 8, 15)
    assert result.kept_as == backups_folder(db.path) / "showcase-20261122-090000-before-restore.db"
    assert product_codes(result.kept_as) == ["A-1", "B-1", "B-2"]
    # The window's own reader, reopened, reads the restored file; it can still be written.
    with db.read() as conn:
        assert conn.execute("SELECT count(*) FROM product").fetchone() == (1,)
    _add(db, ["C-1"])
    assert product_codes(db.path) == ["A-1", "C-1"]
    assert [b.reason for b in list_backups(db.path)] == ["before-restore", "daily"]


def test_restore_leaves_the_backup_file_as_it_was(db: Database, backed_up: Path) -> None:
    before = folder_snapshot(backed_up.parent)
    restore_database(db.path, backed_up)
    after = folder_snapshot(backed_up.parent)
    assert after[backed_up.name] == before[backed_up.name]
    assert not [name for name in after if name.endswith(("-wal", "-shm"))]


def _big_backup(db: Database) -> Path:
    """A backup big enough (about 1 MB of product rows) that damage lands inside table data."""
    _add(db, [f"K-{n:04}" for n in range(400)], description="Kopi robusta pilihan. " * 100)
    return backup_database(db.engine, db.path, reason="daily")


def _flip_middle(path: Path, count: int = 4096) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    for offset in range(middle, middle + count):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["bytes flipped in the middle", "truncated"])
def test_a_corrupt_backup_is_refused_and_nothing_changes(db: Database, damage: str) -> None:
    backup = _big_backup(db)
    if damage == "truncated":
        backup.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    else:
        _flip_middle(backup)
    _add(db, ["NEW-1"])
    db.close()
    before = folder_snapshot(db.path.parent)
    with pytest.raises(DatabaseFileError, match="damaged") as caught:
        restore_database(db.path, backup)
    assert str(backup) in str(caught.value)
    assert folder_snapshot(db.path.parent) == before
    assert newest_good_backup(db.path) is None


def _make_0003_backup(path: Path) -> None:
    """A backup as Etalase wrote it before the kiosk (schema 0003), with one product."""
    make_0003_file(path, [("Kopi", "")])
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def test_an_older_schema_backup_is_migrated_on_a_copy_then_restored(
    db: Database, tmp_path: Path
) -> None:
    old = tmp_path / "usb" / "etalase-20260105-100000-manual.db"
    old.parent.mkdir()
    _make_0003_backup(old)
    old_bytes = old.read_bytes()
    _add(db, ["NOW-1"])
    db.close()

    result = restore_database(db.path, old)

    assert (result.revision, result.migrated, result.products) == ("0003", True, 1)
    assert result.taken_at == datetime(2026, 1, 5, 10, 0)
    assert old.read_bytes() == old_bytes  # the backup itself is not migrated
    assert sorted(p.name for p in old.parent.iterdir()) == [old.name]
    assert product_codes(db.path) == ["KOP-0001"]
    conn = sqlite3.connect(db.path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
        assert conn.execute("SELECT on_kiosk FROM category").fetchall() == [(1,)]
        assert conn.execute("SELECT count(*) FROM kiosk_visit").fetchone() == (0,)
    finally:
        conn.close()
    assert result.kept_as is not None and product_codes(result.kept_as) == ["NOW-1"]
    open_database(db.path).close()  # opens without another migration or backup
    assert len(list_backups(db.path)) == 1


def test_a_backup_from_a_newer_etalase_is_refused_and_nothing_changes(
    db: Database, backed_up: Path
) -> None:
    conn = sqlite3.connect(backed_up)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    conn.close()
    before = folder_snapshot(db.path.parent)
    with pytest.raises(DatabaseFileError, match="made by a newer version of Etalase"):
        restore_database(db.path, backed_up)
    assert folder_snapshot(db.path.parent) == before


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
    conn.close()
    return path


def _empty_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    return path


BAD_CANDIDATES = {
    "missing": (lambda d: d / "tidak-ada.db", "does not exist"),
    "a folder": (lambda d: d, "is a folder"),
    "empty": (lambda d: _write(d / "kosong.db", b""), "is empty"),
    "a text file": (lambda d: _write(d / "catatan.db", b"kopi, lada\n"), "not an SQLite file"),
    "a PNG": (lambda d: _write(d / "foto.db", b"\x89PNG\r\n\x1a\n" * 20), "not an SQLite file"),
    "another program's": (lambda d: _foreign(d / "lain.sqlite"), "another program's data"),
    "an empty database": (lambda d: _empty_sqlite(d / "baru.db"), "holds no showcase data"),
    "garbage after the header": (
        lambda d: _write(d / "rusak.db", b"SQLite format 3\x00" + bytes(range(256)) * 40),
        "damaged",
    ),
}


@pytest.mark.parametrize("name", list(BAD_CANDIDATES))
def test_bad_candidates_are_named_and_change_nothing(
    name: str, db: Database, tmp_path: Path
) -> None:
    _add(db, ["A-1"])
    db.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    make, expected = BAD_CANDIDATES[name]
    candidate = make(usb)
    before = folder_snapshot(tmp_path)
    with pytest.raises(UserError, match=expected) as caught:
        restore_database(db.path, candidate)
    assert str(candidate) in str(caught.value)
    assert folder_snapshot(tmp_path) == before


def test_the_database_itself_is_not_a_backup_of_it(db: Database) -> None:
    with pytest.raises(UserError, match="the database itself"):
        restore_database(db.path, db.path)


def test_another_programs_current_file_is_not_replaced(db: Database, backed_up: Path) -> None:
    other = _foreign(db.path.parent / "firefox.sqlite")
    before = other.read_bytes()
    with pytest.raises(DatabaseFileError, match="not an Etalase database"):
        restore_database(other, backed_up)
    assert other.read_bytes() == before


def test_restore_into_a_missing_file_makes_it(backed_up: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "pc-baru" / "etalase.db"
    fresh.parent.mkdir()
    result = restore_database(fresh, backed_up)
    assert result.kept_as is None and product_codes(fresh) == ["A-1"]
    open_database(fresh).close()


def test_a_damaged_current_file_is_moved_aside_never_deleted(db: Database) -> None:
    backup = _big_backup(db)
    db.close()
    _flip_middle(db.path)
    damaged_bytes = db.path.read_bytes()
    assert find_damage(db.path) is not None
    assert newest_good_backup(db.path) is not None
    assert newest_good_backup(db.path).path == backup  # type: ignore[union-attr]

    result = restore_database(db.path, backup, now=datetime(2026, 11, 22, 7, 30, 5))

    aside = db.path.with_name("showcase.db.damaged-20261122-073005")
    assert result.kept_as == aside and aside.read_bytes() == damaged_bytes
    assert find_damage(db.path) is None
    assert len(product_codes(db.path)) == 400


def test_find_damage_is_none_for_good_missing_and_foreign_files(
    db: Database, tmp_path: Path
) -> None:
    db.close()
    before = folder_snapshot(tmp_path)
    assert find_damage(db.path) is None
    assert find_damage(tmp_path / "tidak-ada.db") is None
    assert find_damage(_write(tmp_path / "teks.db", b"bukan database")) is None
    assert folder_snapshot(tmp_path) == {
        **before,
        "teks.db": b"bukan database",
    }  # nothing left behind


def test_newest_good_backup_skips_damaged_ones(db: Database) -> None:
    _add(db, [f"K-{n:04}" for n in range(300)], description="Lada hitam. " * 200)
    older = backup_database(db.engine, db.path, reason="daily", now=datetime(2026, 11, 20, 8))
    newer = backup_database(db.engine, db.path, reason="daily", now=datetime(2026, 11, 21, 8))
    _flip_middle(newer)
    with pytest.raises(DatabaseFileError):
        check_backup(newer)
    good = newest_good_backup(db.path)
    assert good is not None and good.path == older


def test_a_restore_stopped_half_way_leaves_the_current_data(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = _big_backup(db)  # about 250 pages
    _add(db, ["NEW-1"])
    db.close()
    monkeypatch.setattr(restore_module, "RESTORE_STEP_PAGES", 16)
    steps: list[tuple[int, int]] = []

    def stop_after_three(copied: int, total: int) -> None:
        steps.append((copied, total))
        if len(steps) == 3:
            raise OSError("the USB stick was pulled out")

    with pytest.raises(OSError, match="pulled out"):
        restore_database(db.path, backup, progress=stop_after_three)
    assert steps[-1][0] < steps[-1][1]
    assert "NEW-1" in product_codes(db.path) and len(product_codes(db.path)) == 401


def test_a_restore_killed_half_way_leaves_the_current_data(db: Database) -> None:
    """A power cut in the middle of the copy: a process killed there leaves the file whole."""
    backup = _big_backup(db)
    _add(db, ["NEW-1"])
    db.close()
    script = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from showcase.store import restore
        restore.RESTORE_STEP_PAGES = 16
        def progress(copied, total):
            if copied >= 64:
                os._exit(9)
        restore.restore_database(Path({str(db.path)!r}), Path({str(backup)!r}), progress=progress)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert done.returncode == 9, done.stderr
    assert find_damage(db.path) is None
    assert "NEW-1" in product_codes(db.path) and len(product_codes(db.path)) == 401
    reopened = open_database(db.path)
    try:
        _add(reopened, ["AFTER-1"])
    finally:
        reopened.close()
    assert len(product_codes(db.path)) == 402


def test_what_a_killed_restore_left_is_removed_by_the_next_one_after_an_hour(
    db: Database, backed_up: Path
) -> None:
    old = db.path.parent / ".etalase-restore-abc123"
    old.mkdir()
    (old / "candidate.db").write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    recent = db.path.parent / ".etalase-restore-def456"
    recent.mkdir()
    an_hour_ago = datetime(2026, 11, 22, 7, 59).timestamp()
    os.utime(old, (an_hour_ago, an_hour_ago))
    recent_time = datetime(2026, 11, 22, 8, 30).timestamp()
    os.utime(recent, (recent_time, recent_time))
    restore_database(db.path, backed_up, now=datetime(2026, 11, 22, 9, 0))
    assert not old.exists() and recent.exists()


def test_a_damaged_files_wal_goes_aside_with_it(db: Database) -> None:
    """SQLite would read a -wal left beside the restored file into it: it moves with the file."""
    backup = _big_backup(db)
    db.close()
    _flip_middle(db.path)
    wal = db.path.with_name(db.path.name + "-wal")
    wal.write_bytes(b"frames of the damaged file")
    result = restore_database(db.path, backup, now=datetime(2026, 11, 22, 7, 30, 5))
    assert result.kept_as is not None
    assert result.kept_as.with_name(result.kept_as.name + "-wal").read_bytes() == (
        b"frames of the damaged file"
    )
    assert not wal.exists() or wal.read_bytes() != b"frames of the damaged file"
    assert len(product_codes(db.path)) == 400


@needs_root
def test_a_showcase_in_a_folder_that_cannot_be_written_is_named_and_left_as_it_was(
    backed_up: Path, tmp_path: Path
) -> None:
    with mounted_tmpfs(tmp_path / "stick", "16m") as stick:
        current = stick / "etalase.db"
        shutil.copyfile(backed_up, current)
        write_protect(stick)
        before = folder_snapshot(stick)
        with pytest.raises(UserError) as refused:
            restore_database(current, backed_up)
        assert refused.value.message == f"cannot write in {stick}: Read-only file system"
        assert folder_snapshot(stick) == before
