"""What sold in a period, at the price of the day of each sale, per product and per producer.

Stock movements carry no price. The change history does: every change of a product's price is
an `audit_entry` (entity `product`) whose `changes` hold `"price": [old, new]` and whose `at`
says when. The price in force at a moment is therefore the old price of the first change after
it, or the product's current price when it has not changed since. A customer's return (a
`return` movement) counts against the sales, at the price of its own day.
"""

from __future__ import annotations

import bisect
import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from showcase.inventory.report.figures import (
    Count,
    ProducerSales,
    ProductSales,
    SaleLine,
    Sales,
)
from showcase.inventory.report.period import Period, local_day
from showcase.store.models import AuditEntry, Producer, Product, StockMovement

# Sign of each movement kind in the sales figures.
_SOLD = {"sale": 1, "return": -1}


@dataclass
class PriceHistory:
    """The price changes of some products after a moment: `at` sorted, with the old price."""

    current: dict[int, int]
    changes: dict[int, tuple[list[datetime.datetime], list[int]]]

    def price_at(self, product_id: int, moment: datetime.datetime) -> int:
        """The price in force at `moment` (naive UTC)."""
        found = self.changes.get(product_id)
        if found:
            times, old_prices = found
            index = bisect.bisect_right(times, moment)
            if index < len(times):
                return old_prices[index]
        return self.current.get(product_id, 0)


def _whole(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def price_history(
    session: Session, product_ids: Iterable[int], since: datetime.datetime
) -> PriceHistory:
    """The current prices of `product_ids` and their price changes after `since`."""
    wanted = set(product_ids)
    current: dict[int, int] = {}
    changes: dict[int, tuple[list[datetime.datetime], list[int]]] = {}
    if not wanted:
        return PriceHistory(current, changes)
    ids = sorted(wanted)
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        found = session.connection().execute(
            select(Product.id, Product.price).where(Product.id.in_(part))
        )
        current.update((pid, price) for pid, price in found)
    # Only entries that name a price are read (a LIKE on the stored JSON), newest last.
    rows = session.connection().execute(
        select(AuditEntry.product_id, AuditEntry.at, AuditEntry.changes)
        .where(
            AuditEntry.entity == "product",
            AuditEntry.action == "update",
            AuditEntry.at > since,
            cast(AuditEntry.changes, String).like('%"price"%'),
        )
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    for product_id, at, change in rows:
        if product_id not in wanted or not isinstance(change, dict):
            continue
        pair = change.get("price")
        if not isinstance(pair, list) or len(pair) != 2:
            continue
        old = _whole(pair[0])
        if old is None:
            continue
        times, prices = changes.setdefault(product_id, ([], []))
        times.append(at)
        prices.append(old)
    return PriceHistory(current, changes)


@dataclass(frozen=True)
class _Info:
    code: str
    name_id: str
    name_en: str
    unit: str
    producer_id: int | None


def _movements(session: Session, period: Period) -> list[tuple[int, datetime.datetime, str, int]]:
    start, end = period.utc_bounds()
    return [
        (product_id, at, kind, quantity)
        for product_id, at, kind, quantity in session.connection().execute(
            select(
                StockMovement.product_id,
                StockMovement.at,
                StockMovement.kind,
                StockMovement.quantity,
            ).where(
                StockMovement.kind.in_(tuple(_SOLD)),
                StockMovement.at >= start,
                StockMovement.at < end,
            )
        )
    ]


def _value_of(
    moves: list[tuple[int, datetime.datetime, str, int]], prices: PriceHistory
) -> dict[int, dict[tuple[datetime.date, int], int]]:
    """product → (day, price) → quantity sold (returns subtracted)."""
    out: dict[int, dict[tuple[datetime.date, int], int]] = defaultdict(lambda: defaultdict(int))
    for product_id, at, kind, quantity in moves:
        price = prices.price_at(product_id, at)
        out[product_id][(local_day(at), price)] += _SOLD[kind] * abs(quantity)
    return out


def sales(
    session: Session,
    period: Period,
    previous: Period | None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Sales:
    moves = _movements(session, period)
    old_moves = _movements(session, previous) if previous else []
    since = (previous or period).utc_bounds()[0]
    prices = price_history(session, {m[0] for m in moves} | {m[0] for m in old_moves}, since)
    sold = _value_of(moves, prices)
    old_sold = _value_of(old_moves, prices)

    ids = sorted(set(sold) | set(old_sold))
    info: dict[int, _Info] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        for pid, code, name_id, name_en, unit, producer_id in session.connection().execute(
            select(
                Product.id,
                Product.code,
                Product.name_id,
                Product.name_en,
                Product.unit,
                Product.producer_id,
            ).where(Product.id.in_(part))
        ):
            info[pid] = _Info(code, name_id, name_en or "", unit, producer_id)
        if cancelled():
            break

    products: list[ProductSales] = []
    for pid, lines in sold.items():
        item = info[pid]
        sale_lines = tuple(
            SaleLine(day, quantity, price)
            for (day, price), quantity in sorted(lines.items())
            if quantity
        )
        products.append(
            ProductSales(
                pid,
                item.code,
                item.name_id,
                item.name_en,
                item.unit,
                sum(line.quantity for line in sale_lines),
                sum(line.value for line in sale_lines),
                sale_lines,
            )
        )
    products = [p for p in products if p.lines]
    products.sort(key=lambda p: (-p.value, p.code))

    def old_value(pid: int) -> int:
        return sum((day_price[1] * q for day_price, q in old_sold.get(pid, {}).items()))

    by_producer: dict[int | None, list[ProductSales]] = defaultdict(list)
    for product in products:
        by_producer[info[product.product_id].producer_id].append(product)
    old_by_producer: dict[int | None, int] = defaultdict(int)
    for pid in old_sold:
        old_by_producer[info[pid].producer_id] += old_value(pid)

    producer_rows = {
        row[0]: row
        for row in session.connection().execute(
            select(Producer.id, Producer.name, Producer.kabupaten, Producer.phone).where(
                Producer.id.in_([k for k in by_producer if k is not None])
            )
        )
    }
    producers = []
    for producer_id, goods in by_producer.items():
        row = producer_rows.get(producer_id) if producer_id is not None else None
        name, kabupaten, phone = row[1:] if row else ("", "", "")
        producers.append(
            ProducerSales(
                producer_id,
                name,
                kabupaten,
                phone,
                sum(p.quantity for p in goods),
                Count(
                    sum(p.value for p in goods),
                    old_by_producer.get(producer_id, 0) if previous else None,
                ),
                tuple(sorted(goods, key=lambda p: p.code)),
            )
        )
    producers.sort(key=lambda p: (-p.value.now, p.name.casefold()))

    before_quantity = sum(q for lines in old_sold.values() for q in lines.values())
    before_value = sum(old_value(pid) for pid in old_sold)
    return Sales(
        quantity=Count(sum(p.quantity for p in products), before_quantity if previous else None),
        value=Count(sum(p.value for p in products), before_value if previous else None),
        products=tuple(products),
        producers=tuple(producers),
    )
