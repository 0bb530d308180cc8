"""Readable names of the records an audit entry mentions (a product's code and name, a
category's or producer's name), looked up once per flush or per import."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Labels:
    """Readable names of products, categories and producers, looked up once per flush (or
    per import: `known` takes names already at hand)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[tuple[str, int], str] = {}

    def known(self, table: str, names: Mapping[int, str]) -> None:
        """Names of `table`'s rows (category or producer) by id, so they are not looked up."""
        self._cache.update({(table, key): name for key, name in names.items()})

    def _lookup(self, table: str, key: int, sql: str) -> str:
        if (table, key) not in self._cache:
            from sqlalchemy import text

            row = self._session.connection().execute(text(sql), {"id": key}).first()
            self._cache[(table, key)] = " ".join(str(part) for part in row) if row else f"#{key}"
        return self._cache[(table, key)]

    def product(self, product_id: int | None) -> str:
        if product_id is None:
            return ""
        from showcase.store.models import Product

        loaded = self._session.identity_map.get(self._session.identity_key(Product, product_id))
        if isinstance(loaded, Product):
            return f"{loaded.code} {loaded.name_id}"
        return self._lookup(
            "product", product_id, "SELECT code, name_id FROM product WHERE id = :id"
        )

    def category(self, category_id: int | None) -> str | None:
        if category_id is None:
            return None
        return self._lookup("category", category_id, "SELECT name_id FROM category WHERE id = :id")

    def producer(self, producer_id: int | None) -> str | None:
        if producer_id is None:
            return None
        return self._lookup("producer", producer_id, "SELECT name FROM producer WHERE id = :id")
