"""Backups with SQLite's backup API: consistent, complete (WAL included), never over a good file."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from showcase.errors import UserError
from showcase.inventory.producers import ProducerInput, create_producer
from showcase.inventory.products import ProductInput, create_product
from showcase.store import backup as backup_module
from showcase.store.backup import backup_database, backups_folder
from showcase.store.db import Database


def _add_products(db: Database, codes: list[str]) -> None:
    with db.session() as s:
        producer = create_producer(s, ProducerInput(f"Produsen {codes[0]}", kabupaten="Mesuji"))
        for code in codes:
            create_product(
                s,
                ProductInput(code=code, name_id=f"Produk {code}", producer_id=producer.id),
                initial_stock=3,
            )


def _codes_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return [code for (code,) in conn.execute("SELECT code FROM product ORDER BY code")]
    finally:
        conn.close()


def test_backup_holds_rows_that_are_still_only_in_the_wal(db: Database, tmp_path: Path) -> None:
    _add_products(db, ["A-1", "A-2"])
    # A second reader stays open, as the staff window would: nothing checkpoints the WAL.
    reader = sqlite3.connect(db.path)
    try:
        reader.execute("PRAGMA wal_autocheckpoint = 0")
        _add_products(db, ["B-1", "B-2", "B-3"])
        reader.execute("SELECT count(*) FROM product").fetchone()
        wal = db.path.with_name(db.path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0

        # Proof that the rows are in the -wal only: a copy of the .db file alone lacks them,
        # which is exactly what a plain file copy as "backup" would lose.
        lone = tmp_path / "lone" / "copy.db"
        lone.parent.mkdir()
        shutil.copyfile(db.path, lone)
        conn = sqlite3.connect(lone)
        try:
            has_products = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'product'"
            ).fetchone()
            lone_codes = (
                [c for (c,) in conn.execute("SELECT code FROM product")] if has_products else []
            )
        finally:
            conn.close()
        assert "B-1" not in lone_codes

        written = backup_database(db.engine, db.path, reason="test", dest=tmp_path / "b.db")
    finally:
        reader.close()
    assert written == tmp_path / "b.db"
    assert _codes_in(written) == ["A-1", "A-2", "B-1", "B-2", "B-3"]
    conn = sqlite3.connect(written)
    try:
        stock = conn.execute("SELECT sum(stock) FROM product").fetchone()[0]
        moved = conn.execute("SELECT sum(quantity) FROM stock_movement").fetchone()[0]
    finally:
        conn.close()
    assert stock == moved == 15
    assert not list(tmp_path.glob("*.partial"))


def test_default_destination_is_the_backups_folder(db: Database) -> None:
    _add_products(db, ["K-1"])
    written = backup_database(db.engine, db.path, reason="manual")
    assert written.parent == backups_folder(db.path) == db.path.parent / "backups"
    assert written.name.startswith("showcase-") and written.name.endswith("-manual.db")
    assert _codes_in(written) == ["K-1"]


def test_two_backups_in_the_same_second_into_a_folder_keep_both(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FrozenClock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> FrozenClock:
            return cls(2026, 11, 22, 9, 30, 0)

    monkeypatch.setattr(backup_module, "datetime", FrozenClock)
    folder = tmp_path / "usb"
    folder.mkdir()
    _add_products(db, ["F-1"])
    first = backup_database(db.engine, db.path, reason="manual", dest=folder)
    _add_products(db, ["F-2"])
    second = backup_database(db.engine, db.path, reason="manual", dest=folder)
    assert first != second
    assert first.name == "showcase-20261122-093000.db"
    assert _codes_in(first) == ["F-1"]
    assert _codes_in(second) == ["F-1", "F-2"]


def test_backup_over_the_database_itself_is_refused(db: Database) -> None:
    before = db.path.read_bytes()
    with pytest.raises(UserError, match="over the database itself"):
        backup_database(db.engine, db.path, reason="manual", dest=db.path)
    assert db.path.read_bytes() == before


def test_unwritable_destination_is_a_user_error_and_leaves_no_partial_file(
    db: Database, tmp_path: Path
) -> None:
    # A folder where the partial file would go: SQLite cannot open it as a database,
    # whoever runs the test (root ignores file permissions).
    dest = tmp_path / "out.db"
    (tmp_path / "out.db.partial").mkdir()
    with pytest.raises(UserError, match="cannot write the backup"):
        backup_database(db.engine, db.path, reason="manual", dest=dest)
    assert not dest.exists()
