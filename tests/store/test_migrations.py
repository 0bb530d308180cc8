"""Opening files of every age: a new file gets the whole schema, an old one is backed up and
upgraded with its data, and files Etalase cannot use are refused without being changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from showcase.errors import DatabaseFileError
from showcase.store import migrations
from showcase.store.backup import backups_folder
from showcase.store.db import SCHEMA_HEAD, Database, open_database
from showcase.store.models import AuditEntry, Base
from showcase.store.search import fts_query
from tests.helpers.old_files import make_0001_file, make_0003_file


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """These tests are about the SQLite file itself (its bytes, its WAL, its backups)."""
    return sqlite_db


TRIGGERS = {
    "product_fts_insert",
    "product_fts_update",
    "product_fts_delete",
    "producer_fts_rename",
    "stock_movement_insert",
    "stock_movement_no_update",
    "stock_movement_delete",
    "audit_entry_no_update",
    "audit_entry_no_delete",
}


def _schema(path: Path) -> tuple[set[str], set[str], str | None]:
    conn = sqlite3.connect(path)
    try:
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        triggers = {
            n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return tables, triggers, row[0] if row else None
    finally:
        conn.close()


def _search(path: Path, text: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [
            rowid
            for (rowid,) in conn.execute(
                "SELECT rowid FROM product_fts WHERE product_fts MATCH ? ORDER BY rowid",
                (fts_query(text),),
            )
        ]
    finally:
        conn.close()


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    assert migrations.head() == SCHEMA_HEAD


def test_new_file_gets_the_latest_schema_and_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(path).close()
    tables, triggers, revision = _schema(path)
    assert set(Base.metadata.tables) <= tables
    assert {"alembic_version", "product_fts"} <= tables
    assert triggers == TRIGGERS
    assert revision == SCHEMA_HEAD
    assert not backups_folder(path).exists()


def test_empty_existing_file_is_made_a_database_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    open_database(path).close()
    assert _schema(path)[2] == SCHEMA_HEAD
    assert not backups_folder(path).exists()


def test_file_from_the_first_release_is_backed_up_then_upgraded_with_its_data(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    make_0001_file(path)
    assert _schema(path)[2] == "0001"

    open_database(path).close()

    tables, triggers, revision = _schema(path)
    assert revision == SCHEMA_HEAD
    assert "product_fts" in tables and triggers == TRIGGERS
    conn = sqlite3.connect(path)
    try:
        stocks = dict(conn.execute("SELECT code, stock FROM product").fetchall())
        certificates = conn.execute("SELECT certificates FROM product WHERE id = 1").fetchone()
    finally:
        conn.close()
    # Stock is recomputed as the sum of the movements (999 was wrong; 7 had no movements).
    assert stocks == {"KOP-0001": 7, "LAD-0001": 4, "MAD-0001": 0}
    assert certificates == ('["Halal"]',)
    assert _search(path, "robusta") == [1]
    assert _search(path, "KOP-0001") == [1]
    assert _search(path, "hijau makmur") == [1, 2, 3]  # by the producer's name

    # The backup holds the file as it was before the upgrade.
    backups = list(backups_folder(path).iterdir())
    assert len(backups) == 1 and backups[0].name.endswith("-before-upgrade.db")
    tables, _, revision = _schema(backups[0])
    assert revision == "0001" and "product_fts" not in tables
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT stock FROM product WHERE id = 1").fetchone() == (999,)
    finally:
        conn.close()


def test_file_from_a_newer_version_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseFileError, match="newer version of Etalase"):
        open_database(path)
    assert path.read_bytes() == before
    assert not backups_folder(path).exists()


def test_garbage_after_a_valid_sqlite_header_is_a_database_file_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    before = path.read_bytes()
    with pytest.raises(DatabaseFileError, match="damaged or not a database"):
        open_database(path)
    assert path.read_bytes() == before


def test_truncated_database_is_a_database_file_error(tmp_path: Path) -> None:
    whole = tmp_path / "whole.db"
    open_database(whole).close()
    path = tmp_path / "truncated.db"
    path.write_bytes(whole.read_bytes()[:1500])  # the header and part of the first page
    before = path.read_bytes()
    with pytest.raises(DatabaseFileError, match="damaged"):
        open_database(path)
    assert path.read_bytes() == before


def test_sqlite_file_of_another_program_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO bookmarks (url) VALUES ('https://lampungprov.go.id')")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseFileError, match="not an Etalase database"):
        open_database(path)
    # Untouched: no Etalase tables added, not even switched to WAL.
    assert path.read_bytes() == before
    assert not backups_folder(path).exists()


def test_file_from_before_the_kiosk_keeps_its_data_and_shows_every_category(
    tmp_path: Path,
) -> None:
    """0003 → 0004: categories get on_kiosk = 1, kiosk_visit appears, nothing else changes."""
    path = tmp_path / "before-kiosk.db"
    make_0003_file(
        path, [("Kopi", "Coffee"), ("Kain Tapis", "Tapis cloth")], product_on_kiosk=False
    )
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('label_sheet', 'A4 3x8 70x37')")
    conn.close()

    open_database(path).close()

    tables, triggers, revision = _schema(path)
    assert revision == SCHEMA_HEAD and "kiosk_visit" in tables and triggers == TRIGGERS
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(
            "SELECT id, name_id, on_kiosk FROM category ORDER BY id"
        ).fetchall() == [
            (1, "Kopi", 1),
            (2, "Kain Tapis", 1),
        ]
        # The product keeps its own choice (hidden) and its category.
        assert conn.execute("SELECT category_id, on_kiosk FROM product").fetchall() == [(1, 0)]
        assert conn.execute("SELECT value FROM setting").fetchall() == [("A4 3x8 70x37",)]
        assert conn.execute("SELECT COUNT(*) FROM kiosk_visit").fetchone() == (0,)
        # The table was altered in place: names still clash without regard to case.
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            conn.execute(
                "INSERT INTO category (name_id, name_en, position, icon) VALUES ('KOPI', '', 3, '')"
            )
        # A category added later is shown unless staff say otherwise.
        conn.execute(
            "INSERT INTO category (name_id, name_en, position, icon) VALUES ('Madu', '', 3, '')"
        )
        assert conn.execute("SELECT on_kiosk FROM category WHERE name_id = 'Madu'").fetchone() == (
            1,
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    backups = list(backups_folder(path).iterdir())
    assert len(backups) == 1 and _schema(backups[0])[2] == "0003"


def test_audit_log_refuses_to_be_edited_or_deleted(db: Database) -> None:
    with db.session() as session:
        session.add(AuditEntry(actor="Sari", action="update", entity="product", entity_id="1"))
    for statement in ("UPDATE audit_entry SET actor = 'someone else'", "DELETE FROM audit_entry"):
        with (
            pytest.raises(sqlite3.IntegrityError, match="the audit log cannot be changed"),
            db.read() as conn,
        ):
            conn.execute(statement)
    with db.read() as conn:
        assert conn.execute("SELECT actor FROM audit_entry").fetchall() == [("Sari",)]
