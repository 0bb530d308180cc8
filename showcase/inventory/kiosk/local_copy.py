"""The kiosk's local copy of a server showcase: what it shows, in an Etalase SQLite file.

A kiosk on a server keeps this copy in its data folder and browses from it whenever the server
cannot be reached (the LAN cut, the front-desk PC switched off): categories, producers, products,
their photos, and the settings the kiosk reads (center name and logo, idle time, attract
products, QR kind and address template, the staff PIN's hash). Nothing else: no stock history,
no staff accounts, no change history.

`write_copy` reads the server in the one snapshot its caller opened and writes a whole new file
beside the copy (`NAME.partial`, in one transaction, checked); `install_copy` then renames it
over the old copy. A kiosk killed half-way leaves the old copy as it was (and a `.partial` that
the next refresh removes). `empty_copy` makes a copy with the schema and no rows, for a kiosk
that has never reached its server: its attract screen is empty until the server comes.
"""

from __future__ import annotations

import contextlib
import datetime
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from showcase.file_errors import disk_error
from showcase.files import install_complete
from showcase.inventory.setting_keys import (
    CENTER_LOGO_SETTING,
    CENTER_NAME_SETTING,
    KIOSK_ATTRACT_SETTING,
    KIOSK_IDLE_SETTING,
    KIOSK_PIN_SETTING,
    KIOSK_QR_KIND_SETTING,
    URL_TEMPLATE_SETTING,
)
from showcase.store.db import SCHEMA_HEAD, open_database
from showcase.store.location import ServerLocation
from showcase.store.reader import SqlConnection

# Set in the copy only: when the server's snapshot it holds was read (UTC, ISO 8601).
COPY_MADE_AT_SETTING = "kiosk_copy_made_at"
KIOSK_SETTINGS: tuple[str, ...] = (
    CENTER_NAME_SETTING,
    CENTER_LOGO_SETTING,
    KIOSK_IDLE_SETTING,
    KIOSK_ATTRACT_SETTING,
    KIOSK_QR_KIND_SETTING,
    KIOSK_PIN_SETTING,
    URL_TEMPLATE_SETTING,
)
# The tables copied, in an order that satisfies their foreign keys (and the search index's
# trigger, which reads the producer's name when a product is inserted).
TABLES: tuple[str, ...] = ("category", "producer", "product", "photo")
BATCH = 500
PHOTO_BATCH = 25

# Called after each batch with the table and the rows copied of it so far.
Progress = Callable[[str, int], None]


def copy_path_for(location: ServerLocation) -> Path:
    """Where the kiosk keeps its copy of the showcase at `location`: in its data folder."""
    from showcase.paths import user_data_dir

    name = re.sub(r"[^\w.-]+", "_", f"{location.host}-{location.port}-{location.dbname}")
    return user_data_dir() / "kiosk" / f"{name}.db"


def partial_path(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def _columns(table: str) -> list[str]:
    from showcase.store.models import Base

    return [column.name for column in Base.metadata.tables[table].columns]


def _new_file(partial: Path) -> sqlite3.Connection:
    """An empty Etalase file at `partial` (the schema and its triggers), opened for writing in
    rollback-journal mode: one file, nothing beside it once closed."""
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(_schema_file(partial.parent), partial)
    connection = sqlite3.connect(partial, isolation_level=None)
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def _schema_file(folder: Path) -> Path:
    """An empty Etalase file of this version's schema in `folder`, made once (migrating a new
    file costs about a second of CPU: a refresh copies this one instead)."""
    schema = folder / f".kiosk-schema-{SCHEMA_HEAD}.db"
    if not schema.exists():
        made = schema.with_name(schema.name + ".partial")
        made.unlink(missing_ok=True)
        open_database(made).close()
        install_complete(made, schema)
    return schema


def write_copy(
    source: SqlConnection | None,
    path: Path,
    *,
    made_at: datetime.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the showcase `source` shows (None: nothing) as a new file beside `path`; its path.

    `source` is read as it is: open one snapshot around the call (REPEATABLE READ on a server).
    Nothing replaces `path` here (install_copy does). Raises what the connections raise.
    """
    partial = partial_path(path)
    connection: sqlite3.Connection | None = None
    try:
        connection = _new_file(partial)
        connection.execute("BEGIN")
        if source is not None:
            for table in TABLES:
                _copy_table(source, connection, table, progress)
            marks = ",".join("?" * len(KIOSK_SETTINGS))
            rows = source.execute(
                f"SELECT key, value FROM setting WHERE key IN ({marks})", KIOSK_SETTINGS
            ).fetchall()
            connection.executemany("INSERT INTO setting (key, value) VALUES (?, ?)", rows)
            when = (made_at or datetime.datetime.now(datetime.UTC)).replace(tzinfo=None)
            connection.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?)",
                (COPY_MADE_AT_SETTING, when.isoformat(timespec="seconds")),
            )
        connection.execute("COMMIT")
        (problem,) = connection.execute("PRAGMA quick_check").fetchone()
        if problem != "ok":
            raise sqlite3.DatabaseError(f"the new kiosk copy fails its check: {problem}")
    except BaseException as exc:
        if connection is not None:
            connection.close()
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        known = disk_error(exc, path) if isinstance(exc, Exception) else None
        if known is not None:  # a full or write-protected disk: said in those words
            raise known from exc
        raise
    connection.close()
    return partial


def _copy_table(
    source: SqlConnection, dest: sqlite3.Connection, table: str, progress: Progress | None
) -> None:
    """Every row of `table`, read in batches by id (photos are large: never all at once)."""
    columns = _columns(table)
    names = ", ".join(columns)
    insert = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    batch = PHOTO_BATCH if table == "photo" else BATCH
    last, done = -1, 0
    while True:
        rows = source.execute(
            f"SELECT {names} FROM {table} WHERE id > ? ORDER BY id LIMIT {batch}", (last,)
        ).fetchall()
        if not rows:
            return
        dest.executemany(insert, [tuple(_value(v) for v in row) for row in rows])
        last = rows[-1][columns.index("id")]
        done += len(rows)
        if progress is not None:
            progress(table, done)


def _value(value: object) -> object:
    """A value from either store as SQLite keeps it (booleans as 0/1, bytes as bytes)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def empty_copy(path: Path) -> Path:
    """A copy holding no showcase (the schema only), written beside `path`; its path."""
    return write_copy(None, path)


def install_copy(partial: Path, path: Path) -> None:
    """Put the finished copy `partial` in place of `path` (renamed over it, whole)."""
    install_complete(partial, path)


def copy_made_at(path: Path) -> datetime.datetime | None:
    """When the server snapshot held by the copy at `path` was read; None for no copy, an empty
    one, or a file that cannot be read."""
    if not path.exists():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute(
                "SELECT value FROM setting WHERE key = ?", (COPY_MADE_AT_SETTING,)
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    if row is None:
        return None
    with contextlib.suppress(ValueError):
        return datetime.datetime.fromisoformat(row[0])
    return None


def usable_copy(path: Path) -> bool:
    """Whether `path` is a copy the kiosk can browse (an Etalase file that passes its check)."""
    if not path.exists():
        return False
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            (result,) = connection.execute("PRAGMA quick_check").fetchone()
            connection.execute("SELECT 1 FROM product LIMIT 1").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return bool(result == "ok")
