"""Many new rows into one table in the caller's transaction, for the import's batches.

Through SQLAlchemy, an INSERT of a thousand rows costs the client most of an import's time:
each row's parameters are built, processed and bound one by one. Here each value goes through
the bind processor SQLAlchemy's INSERT would use (dates as SQLite stores them, JSON as
SQLAlchemy writes it), so the rows stored are the same, and then straight to the driver: COPY on
PostgreSQL, multi-row INSERTs on SQLite (one statement a few hundred rows: each statement makes
FTS5 write out its pending terms, so one a row would cost far more). The tables' row triggers
fire as for any INSERT. Ids are given in the order of the rows, as the column's default would
give them: from the table's sequence on PostgreSQL, after the largest id on SQLite (what SQLite
itself gives a table without AUTOINCREMENT; the writing transaction holds the write lock).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table

SQLITE_ROWS = 1000  # rows per INSERT on SQLite (fewer if the columns would pass its limit)


def insert_rows(
    connection: Connection, table: Table, rows: Sequence[dict[str, Any]], *, ids: bool
) -> list[int]:
    """Insert `rows` (all with the same keys, every column but the id) into `table`; with
    `ids`, each row gets the next id of the table, returned in row order."""
    if not rows:
        return []
    columns = list(rows[0])
    forgotten = [c.name for c in table.c if c.default is not None and c.name not in columns]
    if forgotten:  # SQLAlchemy's defaults are not applied here
        raise ValueError(f"rows for {table.name} lack {', '.join(forgotten)}")
    values = _processed(connection, table, columns, rows)
    raw = connection.connection.driver_connection
    assert raw is not None
    if connection.dialect.name == "postgresql":
        return _copy(raw, table, columns, values, len(rows), ids=ids)
    return _insert_sqlite(connection, raw, table, columns, values, len(rows), ids=ids)


def _processed(
    connection: Connection, table: Table, columns: list[str], rows: Sequence[dict[str, Any]]
) -> Iterator[list[Any]]:
    """Each row's values as SQLAlchemy would bind them. A value that is the very object of the
    row before (the batch's one time of day) is processed once."""
    dialect = connection.dialect
    processors: list[Callable[[Any], Any] | None] = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns
    ]
    last_in: list[Any] = [object()] * len(columns)
    last_out: list[Any] = [None] * len(columns)
    for row in rows:
        out = []
        for index, (name, process) in enumerate(zip(columns, processors, strict=True)):
            value = row[name]
            if process is not None and value is not None:
                if value is last_in[index]:
                    value = last_out[index]
                else:
                    last_in[index], value = value, process(value)
                    last_out[index] = value
            out.append(value)
        yield out


def _copy(
    raw: Any,
    table: Table,
    columns: list[str],
    values: Iterator[list[Any]],
    count: int,
    *,
    ids: bool,
) -> list[int]:
    from psycopg import sql

    with raw.cursor() as cursor:
        new_ids: list[int] = []
        if ids:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                (table.name, count),
            )
            new_ids = [int(row[0]) for row in cursor.fetchall()]
        names = [*(["id"] if ids else []), *columns]
        command = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names))
        )
        with cursor.copy(command) as copy:
            for number, row in enumerate(values):
                copy.write_row([new_ids[number], *row] if ids else row)
    return new_ids


def _insert_sqlite(
    connection: Connection,
    raw: Any,
    table: Table,
    columns: list[str],
    values: Iterator[list[Any]],
    count: int,
    *,
    ids: bool,
) -> list[int]:
    new_ids: list[int] = []
    if ids:
        quote = connection.dialect.identifier_preparer.quote
        (largest,) = raw.execute(f"SELECT COALESCE(MAX(id), 0) FROM {quote(table.name)}").fetchone()
        new_ids = list(range(int(largest) + 1, int(largest) + 1 + count))
        values = ([ident, *row] for ident, row in zip(new_ids, values, strict=True))
    write_sqlite_rows(connection, table.name, [*(["id"] if ids else []), *columns], values, count)
    return new_ids


def write_sqlite_rows(
    connection: Connection,
    table: str,
    names: Sequence[str],
    values: Iterable[Sequence[Any]],
    count: int,
) -> None:
    """Insert `count` rows of `values` (as SQLite stores them, one a column of `names`) into
    the SQLite `table`, in multi-row INSERTs through the driver."""
    import sqlite3

    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    quote = connection.dialect.identifier_preparer.quote
    limit = raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    size = max(1, min(SQLITE_ROWS, limit // len(names)))
    head = f"INSERT INTO {quote(table)} ({', '.join(map(quote, names))}) VALUES "
    one = "(" + ", ".join("?" * len(names)) + ")"
    rows = iter(values)
    cursor = raw.cursor()
    try:
        for start in range(0, count, size):
            many = min(size, count - start)
            flat: list[Any] = []
            for _ in range(many):
                flat.extend(next(rows))
            cursor.execute(head + ", ".join([one] * many), flat)
    finally:
        cursor.close()
