"""Reading a showcase with plain SQL in tests, on either store: sqlite3 on a file, the server's
own connection (showcase.store.reader.PgConnection) for a Database on a PostgreSQL server; and
the codes of its products, the quickest look at what a backup, restore or import left."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from showcase.store.db import Database
from showcase.store.opening import open_showcase
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


def product_codes(where: Path | Database | str) -> list[str]:
    """Every product's code in `where`, in order: a showcase file (read only, and first checked
    whole: PRAGMA integrity_check), an open Database of either store, or a server's URL."""
    query = "SELECT code FROM product ORDER BY code"
    if isinstance(where, str):
        database = open_showcase(where)
        try:
            return product_codes(database)
        finally:
            database.close()
    if isinstance(where, Database):
        with where.read() as reader:
            return [code for (code,) in reader.execute(query)]
    connection = sqlite3.connect(f"{where.as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return [code for (code,) in connection.execute(query)]
    finally:
        connection.close()
