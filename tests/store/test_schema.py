"""The migrations build exactly the schema the models describe (FTS5 tables aside), with its settings."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from showcase.store.db import Database
from showcase.store.models import Base


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """These tests are about the SQLite file itself (its bytes, its WAL, its backups)."""
    return sqlite_db


def test_migrations_match_models(db: Database) -> None:
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    # The FTS5 index is made by migration 0002 and unknown to the models on purpose.
    assert [d for d in diff if "product_fts" not in str(d)] == []


def test_every_connection_has_the_safety_settings(db: Database) -> None:
    with db.engine.connect() as connection:
        pragmas = {
            name: connection.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
        }
    assert pragmas == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "busy_timeout": 5000,
    }
