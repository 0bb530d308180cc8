"""The product list that staff search, filter and sort: all of it done in SQL.

`product_ids` returns the ids of the matching products in order, a window at a time (one integer
a row); `product_rows` reads the columns of just the rows a table shows. A Qt model holds the ids
read so far and asks for rows as they scroll into view, so 100,000 products cost little memory
and no Python call per row when the search changes. `first_page` reads a list's first page of
rows in one statement (what a search while typing shows first: one round trip to a server).
A category is named in the staff's language (`language`): its English name in English where it
has one, so the table, its sort and the filter's list all show the same names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from showcase.inventory.formats import DEFAULT_LANGUAGE, Language
from showcase.store.db import Reader, sqlite_connection
from showcase.store.reader import POSTGRESQL, SQLITE, SqlConnection, dialect
from showcase.store.search import (
    estimated_matches,
    match_clause,
    matching_ids,
    search_query,
)


class SortKey(StrEnum):
    CODE = "code"
    NAME = "name"
    CATEGORY = "category"
    PRODUCER = "producer"
    KABUPATEN = "kabupaten"
    PRICE = "price"
    STOCK = "stock"
    FEATURED = "featured"


# A category's name as staff read it (over `c`): in English its English name, or the
# Indonesian one where it has none.
CATEGORY_NAME: dict[Language, str] = {
    "id": "c.name_id",
    "en": "COALESCE(NULLIF(c.name_en, ''), c.name_id)",
}

_ORDER_SQL: dict[SortKey, str] = {
    SortKey.CODE: "p.code",
    SortKey.NAME: "p.name_id",
    SortKey.PRODUCER: "pr.name",
    SortKey.KABUPATEN: "pr.kabupaten",
    SortKey.PRICE: "p.price",
    SortKey.STOCK: "p.stock",
    SortKey.FEATURED: "p.featured",
}


@dataclass(frozen=True)
class ProductFilter:
    """What staff chose to see. None means "any"."""

    text: str = ""
    category_id: int | None = None
    kabupaten: str | None = None
    producer_id: int | None = None
    featured: bool | None = None
    on_kiosk: bool | None = None
    low_stock: bool = False
    archived: bool = False


# Up to this many text matches, a search reads the matches and sorts them; above it, it walks
# the sort index and keeps the rows that match. Measured at 100,000 products for a page of 64 on
# SQLite: sorting costs 3–7 µs a match (1,400 matches: 4–8 ms; 4,800: 22 ms), the walk 2–13 ms
# from 2,800 matches up, but up to 45 ms for a few hundred to 2,000 whose names lie together.
# On PostgreSQL (its product table in name order, store/product_order.py), sorting costs about
# 1 µs a match; its planner makes the same choice by itself but takes matches to be spread
# evenly over the names, and walked 76,000 names for "sambal" (1,065 matches: 48–52 ms, sorted
# 0.8 ms) and 36,000 for "keripik" (8,700: 25 ms, sorted 7.5). Over the 117 prefixes of the
# benchmark's 16 searches, the threshold on its estimate at 10,000 gave 352 ms in all and 14 ms
# at most; at 2,000, 365 and 25; the planner's own choice, 485 and 47. Its estimate can be low for
# words that go together ("gula semut aren": 6 for 1,425), but matches far beyond the threshold
# need words each common enough to be estimated above it.
FEW_MATCHES = {SQLITE: 2_000, POSTGRESQL: 10_000}

# The products matching `:match` when they are few, read first (through the text index): on
# SQLite joined to the product table, its CROSS JOIN keeping them the outer loop; on PostgreSQL
# the rows themselves, OFFSET 0 keeping its planner from turning them into a walk of a sort
# index (joining them again by id read every row twice: "keripik" 56 ms instead of 7.5).
_FEW_SOURCE = {
    POSTGRESQL: f"(SELECT * FROM product AS p WHERE {match_clause(POSTGRESQL)} OFFSET 0) AS p",
    SQLITE: f"({matching_ids(SQLITE)}) AS m CROSS JOIN product AS p ON p.id = m.id",
}


def _few_matches(connection: SqlConnection, match: str) -> bool:
    """Whether `match` finds no more than FEW_MATCHES products. SQLite counts them, no further
    than that (a first letter matches tens of thousands); PostgreSQL's planner estimates them,
    since counting there reads the matching rows themselves (up to 28 ms measured)."""
    engine = dialect(connection)
    if engine == POSTGRESQL:
        return estimated_matches(connection, match) <= FEW_MATCHES[engine]
    counted = connection.execute(
        f"SELECT COUNT(*) FROM ({matching_ids(engine)} LIMIT :few) AS m",
        {"match": match, "few": FEW_MATCHES[engine] + 1},
    ).fetchone()[0]
    return bool(counted <= FEW_MATCHES[engine])


def _query(
    connection: SqlConnection, flt: ProductFilter, sort: SortKey | None
) -> tuple[str, dict[str, Any]]:
    """FROM … WHERE … for `flt`, with the joins that the filter and the sort need."""
    clauses = ["p.archived = :archived"]
    params: dict[str, Any] = {"archived": int(flt.archived)}
    source = "product AS p"
    engine = dialect(connection)
    match = search_query(engine, flt.text)
    if match is not None:
        params["match"] = match
        if _few_matches(connection, match):
            source = _FEW_SOURCE[engine]
        else:
            clauses.append(match_clause(engine))
    if flt.category_id is not None:
        clauses.append("p.category_id = :category_id")
        params["category_id"] = flt.category_id
    if flt.producer_id is not None:
        clauses.append("p.producer_id = :producer_id")
        params["producer_id"] = flt.producer_id
    if flt.kabupaten is not None:
        clauses.append("pr.kabupaten = :kabupaten")
        params["kabupaten"] = flt.kabupaten
    if flt.featured is not None:
        clauses.append("p.featured = :featured")
        params["featured"] = int(flt.featured)
    if flt.on_kiosk is not None:
        clauses.append("p.on_kiosk = :on_kiosk")
        params["on_kiosk"] = int(flt.on_kiosk)
    if flt.low_stock:
        clauses.append("p.stock < p.min_stock")
    if flt.kabupaten is not None or sort in (SortKey.PRODUCER, SortKey.KABUPATEN):
        source += " LEFT JOIN producer AS pr ON pr.id = p.producer_id"
    if sort is SortKey.CATEGORY:
        source += " LEFT JOIN category AS c ON c.id = p.category_id"
    return f"FROM {source} WHERE {' AND '.join(clauses)}", params


def _order(sort: SortKey, descending: bool, language: Language) -> str:
    """The ORDER BY of the list (over `p`, and `c` or `pr` for a sort by their columns); a
    category sort follows the names shown in `language`."""
    column = CATEGORY_NAME[language] if sort is SortKey.CATEGORY else _ORDER_SQL[sort]
    order = f"{column} {'DESC' if descending else 'ASC'}"
    if sort is not SortKey.NAME:
        order += ", p.name_id ASC"
    return f"{order}, p.id"


def product_ids(
    session: Reader,
    flt: ProductFilter = ProductFilter(),
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
    *,
    limit: int | None = None,
    offset: int = 0,
    language: Language = DEFAULT_LANGUAGE,
) -> list[int]:
    """Ids of the products that match `flt`, in the chosen order (ties broken by name, then id).

    With `limit`, only that many from `offset` on: a table reads the first screenfuls at once
    and the rest as it is scrolled.
    """
    connection = sqlite_connection(session)
    body, params = _query(connection, flt, sort)
    sql = f"SELECT p.id {body} ORDER BY {_order(sort, descending, language)}"
    if limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    return [row[0] for row in connection.execute(sql, params)]


def count_products(session: Reader, flt: ProductFilter = ProductFilter()) -> int:
    """How many products match `flt`."""
    connection = sqlite_connection(session)
    body, params = _query(connection, flt, None)
    return int(connection.execute(f"SELECT COUNT(*) {body}", params).fetchone()[0])


@dataclass(frozen=True)
class ProductRow:
    """The columns of one row of the staff's product table."""

    id: int
    code: str
    name_id: str
    name_en: str
    category: str
    producer: str
    kabupaten: str
    price: int
    unit: str
    stock: int
    min_stock: int
    featured: bool
    on_kiosk: bool
    archived: bool

    @property
    def low_stock(self) -> bool:
        return self.stock < self.min_stock


_ROW_SQL = """
    SELECT p.id, p.code, p.name_id, p.name_en, COALESCE({category}, ''),
           COALESCE(pr.name, ''), COALESCE(pr.kabupaten, ''), p.price, p.unit,
           p.stock, p.min_stock, p.featured, p.on_kiosk, p.archived
    FROM {source}
    LEFT JOIN category AS c ON c.id = p.category_id
    LEFT JOIN producer AS pr ON pr.id = p.producer_id"""


def _row(r: Any) -> ProductRow:
    return ProductRow(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
        r[10],
        bool(r[11]),
        bool(r[12]),
        bool(r[13]),
    )


def _rows_from(source: str, language: Language) -> str:
    """SELECT … of the table's columns over `source` (which names the products `p`)."""
    return _ROW_SQL.format(source=source, category=CATEGORY_NAME[language])


def product_rows(
    session: Reader, ids: Sequence[int], language: Language = DEFAULT_LANGUAGE
) -> dict[int, ProductRow]:
    """The table columns for `ids` (a screenful), keyed by id."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = _rows_from("product AS p", language) + f" WHERE p.id IN ({marks})"
    return {r[0]: _row(r) for r in sqlite_connection(session).execute(sql, list(ids))}


def first_page(
    session: Reader,
    flt: ProductFilter,
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
    *,
    limit: int,
    language: Language = DEFAULT_LANGUAGE,
) -> list[ProductRow]:
    """The first `limit` rows of the list, in its order: `product_ids` and `product_rows` in
    one statement (the page's ids are chosen first, then only their rows are joined)."""
    connection = sqlite_connection(session)
    body, params = _query(connection, flt, sort)
    order = _order(sort, descending, language)
    page = f"(SELECT p.id {body} ORDER BY {order} LIMIT :limit) AS page"
    source = f"{page} JOIN product AS p ON p.id = page.id"
    sql = _rows_from(source, language) + f" ORDER BY {order}"
    return [_row(r) for r in connection.execute(sql, {**params, "limit": limit})]


def thumbnails(session: Reader, ids: Sequence[int]) -> dict[int, bytes]:
    """The main photo's thumbnail (JPEG bytes) of each product in `ids` that has one."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"SELECT product_id, thumbnail FROM photo WHERE position = 0 AND product_id IN ({marks})"
    return {r[0]: r[1] for r in sqlite_connection(session).execute(sql, list(ids))}


def low_stock_count(session: Reader) -> int:
    # The partial index holds just these rows; SQLite's planner would otherwise scan them all
    # (PostgreSQL's picks it by itself, and has no INDEXED BY).
    connection = sqlite_connection(session)
    hint = "INDEXED BY ix_product_low_stock " if dialect(connection) != POSTGRESQL else ""
    sql = f"SELECT COUNT(*) FROM product {hint}WHERE archived = 0 AND stock < min_stock"
    return int(connection.execute(sql).fetchone()[0])


def category_choices(
    session: Reader, language: Language = DEFAULT_LANGUAGE
) -> list[tuple[int, str]]:
    """(id, name in `language`) of every category, in the order staff set."""
    name = CATEGORY_NAME[language]
    sql = f"SELECT c.id, {name} FROM category AS c ORDER BY c.position, {name}"
    return [(r[0], r[1]) for r in sqlite_connection(session).execute(sql)]


def producer_choices(session: Reader) -> list[tuple[int, str]]:
    """(id, name) of every producer, A to Z."""
    sql = "SELECT id, name FROM producer ORDER BY name"
    return [(r[0], r[1]) for r in sqlite_connection(session).execute(sql)]
