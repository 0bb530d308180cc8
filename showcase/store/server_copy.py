"""Many new rows into a PostgreSQL table through COPY, for the import's batches.

Multi-row INSERTs cost the client most of an import's time on a server: SQLAlchemy builds each
page's parameters and psycopg converts and sends them statement by statement. COPY streams the
rows in one command; each value goes through the bind processor SQLAlchemy's INSERT would use
(JSON wrapped as SQLAlchemy wraps it), so the rows stored are the same, and the table's row
triggers fire as for an INSERT. COPY returns no ids: they are taken from the table's own
sequence first, in the order of the rows, as the column's default would take them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Table


def copy_rows_in(
    connection: Connection, table: Table, rows: Sequence[dict[str, Any]], *, ids: bool
) -> list[int]:
    """Insert `rows` (all with the same keys) into `table` in the connection's transaction;
    with `ids`, each row gets the next id of the table's sequence, returned in row order."""
    from psycopg import sql

    if not rows:
        return []
    dialect = connection.dialect
    columns = list(rows[0])
    processors: list[Callable[[Any], Any] | None] = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns
    ]
    raw = connection.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor:
        new_ids: list[int] = []
        if ids:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                (table.name, len(rows)),
            )
            new_ids = [int(row[0]) for row in cursor.fetchall()]
        names = [*(["id"] if ids else []), *columns]
        command = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names))
        )
        with cursor.copy(command) as copy:
            for number, row in enumerate(rows):
                values = [
                    row[name] if process is None else process(row[name])
                    for name, process in zip(columns, processors, strict=True)
                ]
                copy.write_row([new_ids[number], *values] if ids else values)
    return new_ids
