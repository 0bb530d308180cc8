"""One table of a server showcase read straight into an Etalase file: what a backup of a
server (and `copy` from a server into a file) spends its time on.

Read through SQLAlchemy, every value of every row became a Python object (the change history's
JSON decoded) and went back through SQLAlchemy's INSERT (the JSON encoded again): most of an
import's time on a server with a long history. Here PostgreSQL hands each value over already
as SQLAlchemy stores it in SQLite, and the rows go to SQLite's driver as they come: times as
`YYYY-MM-DD HH:MM:SS.ffffff` text, dates as `YYYY-MM-DD`, yes/no as 1/0, JSON as its text
(written by SQLAlchemy's `json.dumps`, which decoding and encoding again gives back unchanged;
SQL NULL as `null`, as SQLAlchemy writes a None), and the rest as it is. Rows come from a
server-side cursor a batch at a time, so memory stays flat whatever the table's size.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, Date, DateTime

from showcase.store.bulk_insert import write_sqlite_rows

if TYPE_CHECKING:
    from sqlalchemy import Column, Connection, Table

_names = itertools.count(1)


def _selected(table: Table, column: Column[object]) -> str:
    """The column as SQLite stores it through SQLAlchemy, in PostgreSQL's SQL."""
    name = f'"{column.name}"'
    if table.name == "product" and column.name == "stock":
        return "0"  # the stock triggers of the file add the movements as they arrive
    kind = column.type
    if isinstance(kind, DateTime):
        return f"to_char({name}, 'YYYY-MM-DD HH24:MI:SS.US')"
    if isinstance(kind, Date):
        return f"to_char({name}, 'YYYY-MM-DD')"
    if isinstance(kind, Boolean):
        return f"{name}::int"
    if isinstance(kind, JSON):
        return f"COALESCE({name}::text, 'null')"
    return name


def copy_table_into_file(
    source: Connection,
    dest: Connection,
    table: Table,
    columns: list[Column[object]],
    *,
    batch: int,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Copy `columns` of every row of `table` from the server behind `source` (in its
    transaction) into the file behind `dest`, in primary key order; the rows copied."""
    raw = source.connection.driver_connection
    assert raw is not None
    order = ", ".join(f'"{column.name}"' for column in table.primary_key.columns)
    query = (
        f"SELECT {', '.join(_selected(table, column) for column in columns)} "
        f'FROM "{table.name}" ORDER BY {order}'
    )
    names = [column.name for column in columns]
    copied = 0
    with raw.cursor(name=f"etalase_copy_{next(_names)}") as cursor:
        cursor.itersize = batch
        cursor.execute(query)
        while rows := cursor.fetchmany(batch):
            write_sqlite_rows(dest, table.name, names, rows, len(rows))
            copied += len(rows)
            if progress is not None:
                progress(copied)
    return copied
