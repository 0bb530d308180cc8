"""SQLAlchemy expressions that each store writes its own way, for the ORM's queries.

`starts_with(column, prefix)`: the column begins with `prefix`, case-blind, as the NOCASE
columns compare. SQLite: `LIKE` (case-blind for ASCII, and served by the column's NOCASE index).
PostgreSQL: `ILIKE` in the C collation, since LIKE refuses the nondeterministic NOCASE one.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement, literal


class StartsWith(ColumnElement[bool]):
    inherit_cache = True
    type = Boolean()

    def __init__(self, column: ColumnElement[Any], prefix: str) -> None:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        self.column = column
        self.pattern = literal(escaped + "%")


def starts_with(column: Any, prefix: str) -> ColumnElement[bool]:
    return StartsWith(column, prefix)


@compiles(StartsWith)
def _sqlite(element: StartsWith, compiler: SQLCompiler, **kw: Any) -> str:
    return (
        f"{compiler.process(element.column, **kw)} LIKE "
        f"{compiler.process(element.pattern, **kw)} ESCAPE '\\'"
    )


@compiles(StartsWith, "postgresql")
def _postgresql(element: StartsWith, compiler: SQLCompiler, **kw: Any) -> str:
    return (
        f'{compiler.process(element.column, **kw)} COLLATE "C" ILIKE '
        f"{compiler.process(element.pattern, **kw)} ESCAPE '\\'"
    )
