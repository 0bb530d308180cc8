"""A whole showcase copied between an SQLite file and a PostgreSQL server, either way.

Every table goes across with its ids: categories, producers, products, photos with their print
copies, stock movements, settings, kiosk visits, staff accounts (with their PIN hashes) and the
change history. Products arrive with no stock and the stock triggers add their movements, so
stock is the sum of the movements on the other side as it was on this one (never twice that).

The destination must be new: a file that does not exist yet, or a server database with no
tables or with the Etalase schema and no rows; anything else is refused before it is touched.
Into a file, the copy is written to `NAME.partial`, checked, and renamed when complete; into a
server, schema and rows are one transaction, so a copy cut short leaves the database empty.
The source is read in one snapshot (REPEATABLE READ on a server).

A backup of a server showcase is such a copy into a file (store/server_backup.py).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from showcase.errors import DatabaseFileError, ServerError, UserError
from showcase.file_errors import disk_error
from showcase.store import server_errors
from showcase.store.location import Location, ServerLocation, parse_location
from showcase.store.server_to_file import copy_table_into_file

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

Progress = Callable[[str, int], None]
BATCH = 1000
PHOTO_BATCH = 50


@dataclass(frozen=True)
class CopyResult:
    source: Location
    dest: Location
    rows: dict[str, int]  # table -> rows copied


def _tables() -> list[Table]:
    from showcase.store.models import Base

    return list(Base.metadata.sorted_tables)


def _batch_size(table: Table) -> int:
    return PHOTO_BATCH if table.name in ("photo", "photo_print") else BATCH


def copy_rows(
    source: Connection,
    dest: Connection,
    progress: Progress | None = None,
    *,
    skip: tuple[str, ...] = (),
) -> dict[str, int]:
    """Copy every row of every showcase table (but those named in `skip`) from `source` into
    the empty `dest`."""
    from sqlalchemy import column, insert, inspect, select
    from sqlalchemy import table as lightweight_table

    counts: dict[str, int] = {}
    present = inspect(source)
    for table in _tables():
        # An older schema (a backup before an upgrade) lacks some tables and columns.
        if table.name in skip or not present.has_table(table.name):
            continue
        names = {column["name"] for column in present.get_columns(table.name)}
        columns = [column for column in table.columns if column.name in names]
        if source.dialect.name == "postgresql" and dest.dialect.name == "sqlite":
            # A backup of a server: each value read as the file stores it (server_to_file.py).
            counts[table.name] = copy_table_into_file(
                source,
                dest,
                table,
                columns,
                batch=_batch_size(table),
                progress=None if progress is None else partial(progress, table.name),
            )
            continue
        order = list(table.primary_key.columns)
        result = source.execution_options(yield_per=_batch_size(table)).execute(
            select(*columns).order_by(*order)
        )
        # Only the columns read: the models' own defaults (a version) would name columns an
        # older destination does not have.
        into = lightweight_table(table.name, *(column(c.name, c.type) for c in columns))
        copied = 0
        for partition in result.mappings().partitions():
            rows = [dict(row) for row in partition]
            if table.name == "product":
                for row in rows:
                    row["stock"] = 0  # the stock triggers add the movements as they arrive
            dest.execute(insert(into), rows)
            copied += len(rows)
            if progress is not None:
                progress(table.name, copied)
        counts[table.name] = copied
    if dest.dialect.name == "postgresql":
        _advance_sequences(dest)
    return counts


def _advance_sequences(connection: Connection) -> None:
    """Make PostgreSQL's id sequences continue after the ids copied in."""
    from sqlalchemy import text

    for table in _tables():
        if "id" not in table.columns or not table.columns["id"].primary_key:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}"
            )
        )


def _holds_rows(connection: Connection) -> bool:
    from sqlalchemy import exists, select

    return any(connection.execute(select(exists(select(t)))).scalar() for t in _tables())


# --- the source ---------------------------------------------------------------------------


@contextmanager
def _source(location: Location) -> Iterator[Connection]:
    """A connection reading the showcase at `location` in one snapshot."""
    from sqlalchemy import text

    from showcase.store import server_engine
    from showcase.store.db import open_database

    if isinstance(location, Path):
        if not location.is_file() or location.stat().st_size == 0:
            raise DatabaseFileError(f"{location} does not exist or is empty")
        database = open_database(location)
        try:
            with database.engine.connect() as connection:
                yield connection
                connection.rollback()
        finally:
            database.close()
        return
    engine = server_engine.make_server_engine(location)
    try:
        with engine.connect() as connection:
            connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
            connection.execute(text("SET LOCAL statement_timeout = 0"))
            revision, holds_tables = server_engine.schema_state(connection)
            server_engine.check_revision(revision, holds_tables, location)
            if revision is None:
                raise ServerError(
                    f"the database {location.dbname} on {location.host} holds no showcase",
                    server_errors.NOT_ETALASE,
                )
            yield connection
            connection.rollback()
    except Exception as exc:
        raise server_engine.as_server_error(exc, location) from exc
    finally:
        engine.dispose()


# --- the destination ----------------------------------------------------------------------


def _refuse_existing_file(path: Path) -> None:
    if path.is_dir():
        raise UserError(f"{path} is a folder: name a new file to copy into")
    if path.exists():
        raise UserError(f"{path} exists already: a copy goes into a new file (nothing was changed)")
    if not path.parent.is_dir():
        raise UserError(f"the folder {path.parent} does not exist")


def copy_into_file(
    source: Connection,
    dest: Path,
    progress: Progress | None = None,
    *,
    replace: bool = False,
    revision: str = "head",
) -> dict[str, int]:
    """Write the showcase read through `source` to the new file `dest` (see the module doc),
    with the schema at `revision` (that of the source, for a backup before an upgrade)."""
    from showcase.store import migrations
    from showcase.store.backup import sync_folder
    from showcase.store.db import Database, make_engine

    if not replace:
        _refuse_existing_file(dest)
    partial = dest.with_name(dest.name + ".partial")
    companions = [partial.with_name(partial.name + s) for s in ("-journal", "-wal", "-shm")]
    for leftover in (partial, *companions):
        leftover.unlink(missing_ok=True)
    try:
        engine = make_engine(partial)
        migrations.upgrade(engine, revision)
        database = Database(partial, engine)
        try:
            with database.engine.begin() as connection:
                counts = copy_rows(source, connection, progress)
        finally:
            database.close()
        check = sqlite3.connect(partial)
        try:
            if check.execute("PRAGMA quick_check(3)").fetchall() != [("ok",)]:
                raise DatabaseFileError(f"the copy written to {partial} did not check out")
            # One self-contained file (WAL would need -wal and -shm files beside it).
            check.execute("PRAGMA journal_mode = DELETE")
        finally:
            check.close()
        if not replace and dest.exists():
            raise UserError(f"{dest} appeared while copying: nothing was changed")
        partial.replace(dest)
        sync_folder(dest.parent)
    except BaseException as exc:
        for leftover in (partial, *companions):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        known = None if isinstance(exc, UserError) else disk_error(exc, dest)
        if known is not None:  # a full or write-protected disk: said in those words
            raise known from exc
        raise
    return counts


def copy_into_server(
    source: Connection, dest: ServerLocation, progress: Progress | None = None
) -> dict[str, int]:
    """Write the showcase read through `source` into the empty database `dest`, in one
    transaction: schema (if it has none yet) and rows land together or not at all."""
    from sqlalchemy import text

    from showcase.store import migrations
    from showcase.store import server_engine as server_db
    from showcase.store.db import SCHEMA_HEAD
    from showcase.store.product_order import order_products

    engine = server_db.make_server_engine(dest)
    try:
        with engine.connect() as connection:
            connection.execute(text("SET statement_timeout = 0"))
            connection.commit()
            with connection.begin():
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": server_db.MIGRATION_LOCK}
                )
                revision, holds_tables = server_db.schema_state(connection)
                if revision is None and holds_tables:
                    server_db.check_revision(revision, holds_tables, dest)
                if revision is not None and (revision != SCHEMA_HEAD or _holds_rows(connection)):
                    server_db.check_revision(revision, holds_tables, dest)
                    raise ServerError(
                        f"the database {dest.dbname} on {dest.host} already holds a showcase: "
                        "a copy goes into an empty database (nothing was changed)",
                        "not-empty",
                    )
                server_db.take_owner_role(connection)
                if revision is None:
                    migrations.upgrade_connection(connection)
                counts = copy_rows(source, connection, progress)
                server_db.grant_rights(connection)
                # The planner's statistics now, not when autovacuum gets round to it: without
                # them a search while typing can take the wrong plan (0.4 s instead of 12 ms).
                connection.execute(text("ANALYZE"))
            order_products(connection)
            return counts
    except Exception as exc:
        from showcase.store.server_errors import server_error

        raise (server_error(exc, dest) or exc) from exc
    finally:
        engine.dispose()


def copy_showcase(
    source: Location | str, dest: Location | str, progress: Progress | None = None
) -> CopyResult:
    """Copy the whole showcase at `source` into the new file or empty database `dest`."""
    source = parse_location(source) if isinstance(source, str) else source
    dest = parse_location(dest) if isinstance(dest, str) else dest
    if isinstance(source, Path):
        source = source.expanduser().resolve()
    if isinstance(dest, Path):
        dest = dest.expanduser().resolve()
        _refuse_existing_file(dest)
        if isinstance(source, Path) and source == dest:
            raise UserError("a showcase cannot be copied onto itself")
    elif isinstance(source, ServerLocation) and (
        (source.host, source.port, source.dbname) == (dest.host, dest.port, dest.dbname)
    ):
        raise UserError("a showcase cannot be copied onto itself")
    with _source(source) as connection:
        if isinstance(dest, Path):
            rows = copy_into_file(connection, dest, progress)
        else:
            rows = copy_into_server(connection, dest, progress)
    return CopyResult(source, dest, rows)
