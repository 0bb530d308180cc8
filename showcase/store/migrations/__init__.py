"""Alembic migrations of the showcase schema, run in-process when a database is opened.

Scripts live in `versions/`; they are written by hand (batch mode for SQLite, named constraints)
so that FTS5 tables and triggers, which autogenerate cannot see, are part of every migration.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

HERE = Path(__file__).resolve().parent


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def head() -> str:
    head = ScriptDirectory.from_config(config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    """Whether `revision` is one of ours; False for one written by a newer Etalase."""
    if not revision:
        return False
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(config()).get_revision(revision) is not None
    except CommandError:  # Alembic raises, rather than returning None, for an unknown id
        return False


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database behind `engine` to `revision`, in one transaction."""
    cfg = config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def upgrade_connection(connection: Connection, revision: str = "head") -> None:
    """Upgrade through `connection`, inside the transaction its caller has begun."""
    cfg = config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)
