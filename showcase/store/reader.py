"""Plain SQL for the domain's readers on both stores, with the engines' differences in one place.

The domain's read models (the product list, the kiosk, accounts, the change history, …) are
written as plain SQL with `?` or `:name` parameters, run on an `SqlConnection`:

- on SQLite, that is the sqlite3 connection itself (nothing in between: start-up stays fast);
- on PostgreSQL, a `PgConnection` around a psycopg connection, which turns the placeholders into
  psycopg's (`%s`, `%(name)s`, `%` doubled) and gives back rows as sqlite3 would: JSON columns as
  their text, timestamps as SQLite's `YYYY-MM-DD HH:MM:SS.ffffff` text, dates as `YYYY-MM-DD`.

What cannot be one SQL text (full-text search, `json_each`, `PRAGMA`, upserts that differ) asks
`dialect(connection)` and branches; see showcase.store's docstring.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy.orm import Session

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


class SqlCursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


def dialect(connection: object) -> str:
    """`sqlite` or `postgresql`: which engine `connection` (an SqlConnection) talks to."""
    return SQLITE if isinstance(connection, sqlite3.Connection) else POSTGRESQL


# Compiled when first used (re keeps it): only a server's statements are rewritten, so a start
# on a file never compiles it.
_TOKENS = (
    r"""('(?:[^']|'')*')"""  # a string literal: copied as it is (but for %)
    r'|("(?:[^"]|"")*")'  # a quoted identifier
    r"|(::)"  # a cast, not a parameter
    r"|(\?)"  # a positional parameter
    r"|:([A-Za-z_]\w*)"  # a named parameter
    r"|(%)"
    r"|\b(LIKE)\b"
)


@lru_cache(maxsize=512)
def to_pyformat(sql: str) -> str:
    """`sql` with sqlite3's `?` and `:name` parameters written as psycopg's, `%` doubled, and
    LIKE as ILIKE (SQLite's LIKE ignores case; PostgreSQL's does not)."""

    def replace(match: re.Match[str]) -> str:
        literal, identifier, cast, positional, named, percent, like = match.groups()
        if literal is not None:
            return literal.replace("%", "%%")
        if identifier is not None:
            return identifier.replace("%", "%%")
        if cast is not None:
            return cast
        if positional is not None:
            return "%s"
        if named is not None:
            return f"%({named})s"
        if like is not None:
            return "ILIKE"
        assert percent is not None
        return "%%"

    return re.sub(_TOKENS, replace, sql, flags=re.IGNORECASE)


def _loaders(cursor: psycopg.Cursor[Any]) -> None:
    """Make `cursor` return values as sqlite3 returns them from a showcase file."""
    from psycopg.adapt import Loader

    class _Text(Loader):
        def load(self, data: Any) -> str:
            return bytes(data).decode()

    class _Timestamp(Loader):
        def load(self, data: Any) -> str:
            text = bytes(data).decode()
            whole, _dot, fraction = text.partition(".")
            return f"{whole}.{fraction.ljust(6, '0')[:6]}"

    for name in ("json", "jsonb", "date"):
        cursor.adapters.register_loader(name, _Text)
    cursor.adapters.register_loader("timestamp", _Timestamp)


class PgRows:
    """The rows of one statement, read as from an sqlite3 cursor."""

    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self.cursor = cursor

    @property
    def rowcount(self) -> int:
        return self.cursor.rowcount

    @property
    def description(self) -> Any:
        return self.cursor.description

    def fetchone(self) -> Any:
        return self.cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return self.cursor.fetchall()

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self.cursor.fetchmany(size)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.cursor)

    def close(self) -> None:
        self.cursor.close()


class PgConnection:
    # sqlite3.Connection's attribute: rows are plain tuples here, always.
    row_factory = None

    """A psycopg connection with sqlite3's `execute(sql, parameters)` (see the module's doc)."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self.connection = connection

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = (), /) -> PgRows:
        cursor = self.connection.cursor()
        _loaders(cursor)
        if isinstance(parameters, Mapping):
            cursor.execute(to_pyformat(sql), dict(parameters))
        else:
            cursor.execute(to_pyformat(sql), tuple(parameters))
        return PgRows(cursor)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any] | Mapping[str, Any]], /) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(to_pyformat(sql), rows)


# A connection for plain SQL on either store: sqlite3's own, or a PgConnection.
SqlConnection: TypeAlias = "sqlite3.Connection | PgConnection"


def sql_connection(reader: sqlite3.Connection | PgConnection | Session) -> SqlConnection:
    """The connection behind `reader`, ready for plain SQL: itself, or the one a session uses."""
    if isinstance(reader, sqlite3.Connection | PgConnection):
        return reader
    driver = reader.connection().connection.driver_connection
    if isinstance(driver, sqlite3.Connection):
        return driver
    assert driver is not None
    return PgConnection(driver)


def json_ids(connection: SqlConnection, placeholder: str = "?") -> str:
    """A subquery of the whole numbers in the JSON array bound to `placeholder` (one parameter
    however many: SQLite's json_each, PostgreSQL's json_array_elements_text)."""
    if dialect(connection) == POSTGRESQL:
        return (
            "SELECT CAST(value AS BIGINT) "
            f"FROM json_array_elements_text(CAST({placeholder} AS json)) AS value"
        )
    return f"SELECT value FROM json_each({placeholder})"
