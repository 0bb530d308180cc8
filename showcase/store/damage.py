"""Recognising a damaged database file without changing it (no -wal or -shm left behind).

Kept apart from restore.py so that the staff window's start-up, which looks at its file before
opening it, loads only this (sqlite3, already loaded) and not the restore machinery.
"""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from showcase.file_errors import SQLITE_HEADER, writable
from showcase.store.db import BUSY_TIMEOUT_MS


def read_only(path: Path, *, alone: bool = True, frozen: bool = False) -> sqlite3.Connection:
    """A connection that cannot change `path` (a backup must stay as it is).

    A file with no -wal or -shm beside it is the whole database and no connection has it open:
    it is read as immutable, which leaves no -wal or -shm behind (a read-only connection to a
    WAL file would create them). `alone=False` reads it the usual way; `frozen` reads it as
    immutable whatever is beside it (a write-protected file, which nothing can change).
    """
    uri = f"{path.as_uri()}?mode=ro"
    if frozen or (alone and not _companions(path)):
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def find_damage(path: Path, *, thorough: bool = True) -> str | None:
    """What is wrong with the database file at `path` if it is damaged, else None.

    None also for a missing or empty file and for a file that is not SQLite at all or belongs
    to another program: those are not damage, and opening them says so. `PRAGMA quick_check`
    catches a broken structure (power cut during a write on a disk that lied, a bad sector);
    it reads the whole file (70 ms for 100 MB), so start-up does only the cheap part
    (`thorough=False`: the header, the schema and the revision can be read) and the staff
    window runs the whole check in a worker thread once it is shown.
    """
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None  # a pipe would be waited on for ever; opening it says what it is
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return None
    if header != SQLITE_HEADER:
        return None
    alone = not _companions(path)
    problem = _quick_check(path, alone=alone, thorough=thorough)
    if problem is not None and alone and _companions(path):
        # Read as immutable while a program opened the file (the kiosk starting), it could look
        # damaged: only a second look, with locks, says it is.
        problem = _quick_check(path, alone=False, thorough=thorough)
    if problem is not None and not (writable(path) and writable(path.parent)):
        # Write-protected: SQLite cannot make the -shm it reads a WAL file with, which is no
        # damage. Nothing can change such a file, so it is read as it is.
        problem = _quick_check(path, alone=True, thorough=thorough, frozen=True)
    return problem


def _companions(path: Path) -> bool:
    """Whether a -wal or -shm file is beside `path` (a connection has it open, or had)."""
    return any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-shm"))


def _quick_check(path: Path, *, alone: bool, thorough: bool, frozen: bool = False) -> str | None:
    try:
        connection = read_only(path, alone=alone, frozen=frozen)
        try:
            names = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" in names:
                connection.execute("SELECT version_num FROM alembic_version").fetchall()
            rows = connection.execute("PRAGMA quick_check(5)").fetchall() if thorough else [("ok",)]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            return None  # busy, not broken: opening it will wait or say so
        return str(exc)
    if rows != [("ok",)]:
        return "; ".join(str(row[0]) for row in rows)
    return None
