"""Turning what a person types into a search query that is safe and matches as they type: an
FTS5 MATCH expression on SQLite, a tsquery on PostgreSQL (`product.search`, migration 0002).

Each word becomes a quoted prefix term, so `kop robu` finds "Kopi Robusta" and quotes, stars,
brackets or the words AND/OR/NOT typed by a user are never read as query syntax. Codes such as
`KOP-00` are split the way the tokenizer splits them (`kop`, `00`) and matched as a phrase with
a prefix on its last part, so a code matches as it is being typed.

On PostgreSQL the same words become `'kop' <-> '00':*` and `'robu':* & …` for
`to_tsquery('simple', …)`: built here from word characters only and passed as a parameter, so
nothing a person types is read as tsquery syntax. `match_clause` is the SQL that keeps the
products matching `:match` on either store.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from showcase.store.reader import SqlConnection

_TOKEN = re.compile(r"\w+", re.UNICODE)
_JOINED = re.compile(r"[\w]+(?:[-./][\w]+)+[-./]?", re.UNICODE)


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text) if t.strip("_")]


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for `text`, or None if it holds nothing to search for."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None
    terms: list[str] = []
    for chunk in text.split():
        if _JOINED.fullmatch(chunk):
            parts = _tokens(chunk)
            if parts:
                phrase = '"' + " ".join(parts) + '"'
                terms.append(phrase if chunk[-1] in "-./" else f"{phrase} *")
            continue
        terms.extend(f'"{t}" *' for t in _tokens(chunk))
    if not terms:
        return None
    return " AND ".join(terms)


_PG_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def _pg_tokens(text: str) -> list[str]:
    return [t.lower() for t in _PG_TOKEN.findall(text)]


def tsquery(text: str) -> str | None:
    """The `to_tsquery('simple', …)` text for `text`, or None if it holds nothing to search for."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None
    terms: list[str] = []
    for chunk in text.split():
        parts = _pg_tokens(chunk)
        if not parts:
            continue
        if _JOINED.fullmatch(chunk):
            quoted = [f"'{t}'" for t in parts]
            if chunk[-1] not in "-./":
                quoted[-1] += ":*"
            terms.append("(" + " <-> ".join(quoted) + ")" if len(quoted) > 1 else quoted[0])
            continue
        terms.extend(f"'{t}':*" for t in parts)
    if not terms:
        return None
    return " & ".join(terms)


def search_query(dialect: str, text: str) -> str | None:
    """The value for `:match` in `match_clause(dialect)`, or None if `text` holds no word."""
    return tsquery(text) if dialect == "postgresql" else fts_query(text)


def matching_ids(dialect: str, parameter: str = "match") -> str:
    """SQL selecting the column `id` of the products that match `:parameter`, through the
    text index alone."""
    if dialect == "postgresql":
        return f"SELECT id FROM product WHERE search @@ to_tsquery('simple', :{parameter})"
    return f"SELECT rowid AS id FROM product_fts WHERE product_fts MATCH :{parameter}"


def estimated_matches(connection: SqlConnection, match: str) -> int:
    """How many products PostgreSQL's planner expects the tsquery `match` to find: from the
    statistics of the text index, without reading a row (planning takes a fraction of a ms)."""
    sql = f"EXPLAIN (FORMAT JSON) {matching_ids('postgresql')}"
    plan = connection.execute(sql, {"match": match}).fetchone()[0]
    if isinstance(plan, str):  # JSON comes back as its text, as from SQLite
        import json  # only here: a window on a file never asks (its start is ~1% shorter)

        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def match_clause(dialect: str, product_id: str = "p.id", parameter: str = "match") -> str:
    """SQL true for the products whose id is `product_id` that match `:parameter`."""
    table, _dot, column = product_id.rpartition(".")
    if dialect == "postgresql" and table and column == "id":
        # The product table itself: its own column, no semi-join.
        return f"{table}.search @@ to_tsquery('simple', :{parameter})"
    return f"{product_id} IN ({matching_ids(dialect, parameter)})"
