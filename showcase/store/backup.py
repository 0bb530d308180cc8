"""Backups with SQLite's online backup API (a plain file copy would miss the `-wal` file)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from showcase.errors import UserError


def backups_folder(database: Path) -> Path:
    """Where automatic backups of `database` go: a `backups` folder beside the file."""
    return database.parent / "backups"


def backup_database(
    engine: Engine, database: Path, *, reason: str, dest: Path | None = None
) -> Path:
    """Write a consistent copy of the database to `dest` (or the backups folder) and return its path.

    The copy is written to a temporary name and renamed when complete, so a backup that is
    interrupted never looks like a good one.
    """
    if dest is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = _unused(backups_folder(database) / f"{database.stem}-{stamp}-{reason}.db")
    elif dest.is_dir():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = _unused(dest / f"{database.stem}-{stamp}.db")
    if dest.resolve() == database.resolve():
        raise UserError("a backup cannot be written over the database itself")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot make the folder {dest.parent}: {exc.strerror}") from exc
    partial = dest.with_name(dest.name + ".partial")
    try:  # what a backup that was cut short left: SQLite would take up its journal
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
    except OSError as exc:
        raise UserError(f"cannot write the backup {dest}: {exc.strerror}") from exc
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        try:
            target = sqlite3.connect(partial)
        except sqlite3.Error as exc:
            raise UserError(f"cannot write the backup {dest}: {exc}") from exc
        try:
            source.backup(target)
        finally:
            target.close()
        partial.replace(dest)
    except (sqlite3.Error, OSError) as exc:  # a full disk, a USB stick pulled out
        partial.unlink(missing_ok=True)
        raise UserError(f"cannot write the backup {dest}: {exc}") from exc
    finally:
        raw.close()
    return dest


def _unused(path: Path) -> Path:
    """`path`, or `name-2.db`, `name-3.db` … if taken: a dated name is per second, and a second
    backup within the same second must not replace the first."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate
