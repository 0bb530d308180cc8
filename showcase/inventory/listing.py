"""The product list that staff search, filter and sort: all of it done in SQL.

`product_ids` returns the ids of every matching product in order (cheap: one integer a row);
`product_rows` reads the columns of just the rows a table shows. A Qt model holds the ids and
asks for rows as they scroll into view, so 100,000 products cost little memory and no Python
call per row when the search changes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from showcase.store.search import fts_query


class SortKey(StrEnum):
    CODE = "code"
    NAME = "name"
    CATEGORY = "category"
    PRODUCER = "producer"
    KABUPATEN = "kabupaten"
    PRICE = "price"
    STOCK = "stock"
    FEATURED = "featured"


_ORDER_SQL: dict[SortKey, str] = {
    SortKey.CODE: "p.code",
    SortKey.NAME: "p.name_id",
    SortKey.CATEGORY: "c.name_id",
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


def _where(flt: ProductFilter) -> tuple[list[str], dict[str, Any], bool]:
    clauses = ["p.archived = :archived"]
    params: dict[str, Any] = {"archived": int(flt.archived)}
    needs_producer = False
    match = fts_query(flt.text)
    if match is not None:
        clauses.append("p.id IN (SELECT rowid FROM product_fts WHERE product_fts MATCH :match)")
        params["match"] = match
    if flt.category_id is not None:
        clauses.append("p.category_id = :category_id")
        params["category_id"] = flt.category_id
    if flt.producer_id is not None:
        clauses.append("p.producer_id = :producer_id")
        params["producer_id"] = flt.producer_id
    if flt.kabupaten is not None:
        clauses.append("pr.kabupaten = :kabupaten")
        params["kabupaten"] = flt.kabupaten
        needs_producer = True
    if flt.featured is not None:
        clauses.append("p.featured = :featured")
        params["featured"] = int(flt.featured)
    if flt.on_kiosk is not None:
        clauses.append("p.on_kiosk = :on_kiosk")
        params["on_kiosk"] = int(flt.on_kiosk)
    if flt.low_stock:
        clauses.append("p.stock < p.min_stock")
    return clauses, params, needs_producer


def _driver(session: Session) -> sqlite3.Connection:
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def product_ids(
    session: Session,
    flt: ProductFilter = ProductFilter(),
    sort: SortKey = SortKey.NAME,
    descending: bool = False,
) -> list[int]:
    """Ids of the products that match `flt`, in the chosen order (ties broken by name, then id)."""
    clauses, params, needs_producer = _where(flt)
    joins = ""
    if needs_producer or sort in (SortKey.PRODUCER, SortKey.KABUPATEN):
        joins += " LEFT JOIN producer AS pr ON pr.id = p.producer_id"
    if sort is SortKey.CATEGORY:
        joins += " LEFT JOIN category AS c ON c.id = p.category_id"
    direction = "DESC" if descending else "ASC"
    order = f"{_ORDER_SQL[sort]} {direction}"
    if sort is not SortKey.NAME:
        order += ", p.name_id ASC"
    sql = (
        f"SELECT p.id FROM product AS p{joins} WHERE {' AND '.join(clauses)} ORDER BY {order}, p.id"
    )
    return [row[0] for row in _driver(session).execute(sql, params)]


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


def product_rows(session: Session, ids: Sequence[int]) -> dict[int, ProductRow]:
    """The table columns for `ids` (a screenful), keyed by id."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"""
        SELECT p.id, p.code, p.name_id, p.name_en, COALESCE(c.name_id, ''),
               COALESCE(pr.name, ''), COALESCE(pr.kabupaten, ''), p.price, p.unit,
               p.stock, p.min_stock, p.featured, p.on_kiosk, p.archived
        FROM product AS p
        LEFT JOIN category AS c ON c.id = p.category_id
        LEFT JOIN producer AS pr ON pr.id = p.producer_id
        WHERE p.id IN ({marks})"""
    rows = {}
    for r in _driver(session).execute(sql, list(ids)):
        rows[r[0]] = ProductRow(
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
    return rows


def thumbnails(session: Session, ids: Sequence[int]) -> dict[int, bytes]:
    """The main photo's thumbnail (JPEG bytes) of each product in `ids` that has one."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"SELECT product_id, thumbnail FROM photo WHERE position = 0 AND product_id IN ({marks})"
    return {r[0]: r[1] for r in _driver(session).execute(sql, list(ids))}


def low_stock_count(session: Session) -> int:
    # The partial index holds just these rows; the planner would otherwise scan them all.
    sql = (
        "SELECT COUNT(*) FROM product INDEXED BY ix_product_low_stock "
        "WHERE archived = 0 AND stock < min_stock"
    )
    return int(_driver(session).execute(sql).fetchone()[0])
