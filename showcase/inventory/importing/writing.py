"""Writing a checked import in batches: 100,000 products in seconds, recorded as the editor records them.

The editor saves one product at a time through the ORM (a flush, its change history entry and
a refresh each); an import of 100,000 rows that way took minutes. Here the plan's products go
a batch at a time: new ones in multi-row INSERTs (COPY on a server), changed ones in UPDATEs grouped by the columns
they change, stock counts as `adjust` movements (the database's trigger adds each to the stock,
as for any movement). The change history gets, in the same order, the very entries the editor's
saves would make (`recorder.row_changes`), written batch by batch. The values were checked by
the editor's rules when the plan was made (`validate_product`); the rows to update are read
again here, locked, so that their history says what they held until now.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Subquery, Table, bindparam, func, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from showcase.inventory.edit_versions import read_conflict
from showcase.inventory.history.labels import Labels
from showcase.inventory.history.recorder import entry, row_changes, write_entries
from showcase.inventory.importing.rows import ProductPlan
from showcase.store.bulk_insert import insert_rows
from showcase.store.models import Category, Producer, Product, StockMovement, utcnow


def batch_size(total: int) -> int:
    """Plan items a batch (progress and cancel come between batches): large enough that
    statements are few, small enough that progress moves a hundred times."""
    return max(100, min(1000, total // 100))


READ_BATCH = 500  # ids per IN (…): well under SQLite's limit on bound parameters

PRODUCT: Table = Product.__table__  # type: ignore[assignment]
MOVEMENT: Table = StockMovement.__table__  # type: ignore[assignment]
PRODUCER: Table = Producer.__table__  # type: ignore[assignment]


def _arrays(names: Sequence[str]) -> Subquery:
    """On PostgreSQL, rows of product columns given as one array a column (`_id` the ids):
    an UPDATE … FROM it changes a thousand rows in one statement. One dimension: a list
    (the certificates) is one JSON value, not a nested array."""
    types = {name: ARRAY(PRODUCT.c[name.removeprefix("_")].type, dimensions=1) for name in names}
    unnested = (func.unnest(bindparam(name, type_=types[name])).label(name) for name in names)
    return select(*unnested).subquery("given")


@dataclass
class _Batch:
    """One batch of plan items as it is written: each item's product columns after the
    import and its history entries (by the item's place in the batch), and the batch's time."""

    items: Sequence[ProductPlan]
    now: datetime
    after: dict[int, dict[str, Any]] = field(default_factory=dict)
    entries: dict[int, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))

    def history(self) -> list[dict[str, Any]]:
        """The entries in the order of the plan (an item's own in the order they were made)."""
        return [e for n in sorted(self.entries) for e in self.entries[n]]


class ImportWriter:
    """Writes a plan's products into the caller's transaction, a batch at a time."""

    def __init__(
        self,
        session: Session,
        *,
        note: str,
        categories: Mapping[str, int],
    ) -> None:
        self.session = session
        self.connection = session.connection()
        self.postgres = self.connection.dialect.name == "postgresql"
        self.actor = str(session.info.get("actor", ""))
        self.note = note.strip()
        self.who = (self.actor.strip() or self.actor)[:100]  # as record_movement names them
        self.categories = categories  # the key of a category the import made → its id
        self.producers: dict[str, int] = {}  # the same for producers (`add_producers`)
        # The history names a product's category and producer: all at hand from the start.
        self.labels = Labels(session)
        self.labels.known(
            "category", dict(session.execute(select(Category.id, Category.name_id)).all())
        )
        self.labels.known(
            "producer", dict(session.execute(select(Producer.id, Producer.name)).all())
        )

    def add_producers(self, new: Mapping[str, Mapping[str, object]]) -> None:
        """Add the producers the plan makes (key → columns, as `validate_producer` made them
        when the plan was checked), each with the history entry the producers dialog makes."""
        now = utcnow()
        rows = [
            {**values, "created_at": now, "updated_at": now, "from_demo": False, "version": 1}
            for values in new.values()
        ]
        ids = self._insert(PRODUCER, rows)
        self.producers.update(zip(new, ids, strict=True))
        self.labels.known(
            "producer", {ident: str(row["name"]) for row, ident in zip(rows, ids, strict=True)}
        )
        write_entries(
            self.session,
            [
                entry(
                    self.actor,
                    "create",
                    "producer",
                    str(ident),
                    None,
                    str(row["name"]),
                    row_changes(Producer, "create", {}, row, self.labels),
                )
                for row, ident in zip(rows, ids, strict=True)
            ],
        )

    def _values(self, item: ProductPlan) -> dict[str, Any]:
        """The product's columns after the import, as `validate_product` made them."""
        values = dict(item.values)
        values["category_id"] = (
            self.categories[item.new_category]
            if item.new_category is not None
            else item.category_id
        )
        values["producer_id"] = (
            self.producers[item.new_producer] if item.new_producer is not None else item.producer_id
        )
        return values

    def write(self, items: Sequence[ProductPlan]) -> None:
        """Write one batch of the plan's products: new ones, changed ones, stock counts, then
        their history entries in the order of the plan."""
        batch = _Batch(items, utcnow())
        self._add(batch)
        self._update(batch)
        self._count_stock(batch)
        write_entries(self.session, batch.history())

    def _add(self, batch: _Batch) -> None:
        """New products, each with its history entry."""
        new = [n for n, item in enumerate(batch.items) if item.product_id is None]
        fixed = {"stock": 0, "archived": False, "from_demo": False, "created_at": batch.now,
                 "updated_at": batch.now, "version": 1}  # fmt: skip
        rows = [{**self._values(batch.items[n]), **fixed} for n in new]
        ids = self._insert(PRODUCT, rows)
        for n, row, ident in zip(new, rows, ids, strict=True):
            row["id"] = ident
            batch.after[n] = row
            changes = row_changes(Product, "create", {}, row, self.labels)
            batch.entries[n].append(self._product_entry("create", row, changes))

    def _product_entry(
        self, action: str, row: Mapping[str, Any], changes: dict[str, list[Any]]
    ) -> dict[str, Any]:
        summary = f"{row['code']} {row['name_id']}"
        return entry(self.actor, action, "product", str(row["id"]), row["id"], summary, changes)

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> list[int]:
        """Insert `rows` straight through the driver (`insert_rows`: COPY on a server,
        multi-row INSERTs on a file); their ids in the order of `rows`."""
        return insert_rows(self.connection, table, rows, ids=True)

    def _current(self, ids: list[int]) -> dict[int, dict[str, Any]]:
        """The products `ids` as stored now, locked until the commit on a server."""
        found: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), READ_BATCH):
            batch = ids[start : start + READ_BATCH]
            query = select(PRODUCT).where(PRODUCT.c.id.in_(batch)).with_for_update()
            for row in self.connection.execute(query).mappings():
                found[int(row["id"])] = dict(row)
        return found

    def _update(self, batch: _Batch) -> None:
        """Changed products: UPDATEs grouped by the columns they change (the search index is
        rebuilt only for a row whose words change), each with its history entry."""
        after, entries = batch.after, batch.entries
        existing = [(n, item) for n, item in enumerate(batch.items) if item.product_id is not None]
        current = self._current([item.product_id for _, item in existing if item.product_id])
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for n, item in existing:
            assert item.product_id is not None
            row = current[item.product_id]
            if not item.fields_changed:
                after[n] = row
                continue
            if row["version"] != item.version:  # saved by another desk since the plan
                raise read_conflict(self.session.get_bind().engine, Product, row["id"])
            values = self._values(item)
            changed = {key: value for key, value in values.items() if row[key] != value}
            after[n] = {**row, **values}
            if not changed:
                continue
            groups[tuple(sorted(changed))].append({"_id": row["id"], **changed})
            old = {key: row[key] for key in changed}
            changes = row_changes(Product, "update", old, changed, self.labels)
            entries[n].append(self._product_entry("update", after[n], changes))
        for columns, params in groups.items():
            also = {"updated_at": batch.now, "version": PRODUCT.c.version + 1}
            if self.postgres:  # one statement a group, not a row: its values as arrays
                given = _arrays(("_id", *columns))
                statement = (
                    update(PRODUCT)
                    .where(PRODUCT.c.id == given.c["_id"])
                    .values({**{name: given.c[name] for name in columns}, **also})
                )
                arrays = {name: [row[name] for row in params] for name in ("_id", *columns)}
                self.connection.execute(statement, arrays)
                continue
            statement = (
                update(PRODUCT)
                .where(PRODUCT.c.id == bindparam("_id"))
                .values(
                    {
                        **{name: bindparam(name, type_=PRODUCT.c[name].type) for name in columns},
                        **also,
                    }
                )
            )
            self.connection.execute(statement, params)

    def _count_stock(self, batch: _Batch) -> None:
        """Stock counts as `adjust` movements (the trigger adds each to the product's stock)."""
        after = batch.after
        counted = [
            (n, item.stock - int(after[n]["stock"]))
            for n, item in enumerate(batch.items)
            if item.stock is not None and item.stock != int(after[n]["stock"])
        ]
        rows = [
            {"product_id": after[n]["id"], "at": batch.now, "kind": "adjust", "quantity": delta,
             "note": self.note, "by": self.who}
            for n, delta in counted
        ]  # fmt: skip
        ids = self._insert(MOVEMENT, rows)
        for (n, delta), row, ident in zip(counted, rows, ids, strict=True):
            product = after[n]
            changes = row_changes(StockMovement, "create", {}, row, self.labels)
            stock = int(product["stock"]) + delta
            changes["stock"] = [stock - delta, stock]
            summary = f"{product['code']} {product['name_id']}"
            batch.entries[n].append(
                entry(self.actor, "create", "stock", str(ident), product["id"], summary, changes)
            )
