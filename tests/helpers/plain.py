"""Reading a showcase with plain SQL in tests, on either store: sqlite3 on a file, the server's
own connection (showcase.store.reader.PgConnection) for a Database on a PostgreSQL server."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from showcase.store.db import Database
from showcase.store.reader import SqlConnection


@contextmanager
def plain_connection(where: Path | Database) -> Iterator[SqlConnection]:
    """A connection that reads `where` (a file, or an open Database of either store)."""
    if isinstance(where, Database) and where.server is not None:
        with where.reading() as connection:
            yield connection
        return
    path = where.path if isinstance(where, Database) else where
    connection = sqlite3.connect(path)
    try:
        yield connection
    finally:
        connection.close()


def is_file(where: Path | Database) -> bool:
    return not (isinstance(where, Database) and where.server is not None)
