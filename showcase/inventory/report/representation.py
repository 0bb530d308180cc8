"""Who is represented in the showcase, how formalised they are, and who is ready to export.

Counts are taken as at the end of a period: producers and products created by then (products
not archived). The change history is not replayed, so a certificate or an NIB counts for the
previous period too if the product or producer existed then: the comparison says how the
showcase grew, not when papers were obtained.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from showcase.inventory.regions import KABUPATEN, normalize_kabupaten
from showcase.inventory.report.figures import (
    CERTIFICATES,
    PRODUCER_TYPES,
    Count,
    ExportReadiness,
    Formalisation,
    ProducerLine,
    ProductLine,
    Representation,
    Row,
)
from showcase.inventory.report.period import Period, local_day
from showcase.store.models import Category, Producer, Product


@dataclass(frozen=True)
class _Producer:
    id: int
    name: str
    kind: str
    scale: str | None
    kabupaten: str
    nib: str
    phone: str
    created: datetime.datetime


@dataclass(frozen=True)
class _Product:
    id: int
    code: str
    name_id: str
    name_en: str
    category_id: int | None
    producer_id: int | None
    certificates: tuple[str, ...]
    markets: tuple[str, ...]
    created: datetime.datetime

    @functools.cached_property
    def certificate_kinds(self) -> frozenset[str]:
        return frozenset(k for c in self.certificates if (k := certificate_kind(c)))


@functools.lru_cache(maxsize=4096)
def certificate_kind(name: str) -> str | None:
    """Which of the province's certificates `name` (as staff typed it) is: "BPOM MD",
    "bpom ml", "MD 123…" are BPOM; "PIRT", "P-IRT 2061…", "SPP-IRT" are P-IRT; None for others
    (HKI, a regional award …)."""
    text = name.casefold()
    letters = re.sub(r"[^a-z]", "", text)
    if "halal" in letters:
        return "Halal"
    if "pirt" in letters:
        return "P-IRT"
    if "bpom" in letters or re.match(r"\s*(md|ml)\b", text):
        return "BPOM"
    if re.search(r"\bsni\b", text):
        return "SNI"
    return None


def _list(stored: str | None) -> tuple[str, ...]:
    """A JSON list as stored (read as text: most are `[]`, and decoding 100,000 of them
    through the JSON type costs seconds)."""
    if not stored or stored == "[]":
        return ()
    try:
        value = json.loads(stored)
    except ValueError:
        return ()
    if not isinstance(value, list):
        return ()
    return tuple(" ".join(str(item).split()) for item in value if str(item).strip())


def read_producers(session: Session) -> list[_Producer]:
    rows = session.connection().execute(
        select(
            Producer.id,
            Producer.name,
            Producer.kind,
            Producer.scale,
            Producer.kabupaten,
            Producer.nib,
            Producer.phone,
            Producer.created_at,
        ).order_by(Producer.name, Producer.id)
    )
    return [_Producer(*row) for row in rows]


def read_products(session: Session) -> list[_Product]:
    rows = session.connection().execute(
        select(
            Product.id,
            Product.code,
            Product.name_id,
            Product.name_en,
            Product.category_id,
            Product.producer_id,
            cast(Product.certificates, String),
            cast(Product.export_markets, String),
            Product.created_at,
        )
        .where(Product.archived.is_(False))
        .order_by(Product.code)
    )
    return [
        _Product(r[0], r[1], r[2], r[3] or "", r[4], r[5], _list(r[6]), _list(r[7]), r[8])
        for r in rows
    ]


def _by(items: Iterable[str]) -> Counter[str]:
    return Counter(items)


def _rows(
    labels: Sequence[tuple[str, str]], now: Counter[str], before: Counter[str] | None
) -> tuple[Row, ...]:
    return tuple(
        Row(label, Count(now[key], None if before is None else before[key]), label_en)
        for key, label, label_en in ((k, k, en) for k, en in labels)
    )


def _type_key(kind: str, scale: str | None) -> str:
    return "koperasi" if kind == "koperasi" else (scale or "mikro")


def _place(kabupaten: str) -> str:
    return normalize_kabupaten(kabupaten) or " ".join(kabupaten.split())


def representation(
    session: Session,
    producers: Sequence[_Producer],
    products: Sequence[_Product],
    period: Period,
    previous: Period | None,
) -> Representation:
    start, end = period.utc_bounds()
    prev_end = previous.utc_bounds()[1] if previous else None

    def existing_producers(moment: datetime.datetime) -> list[_Producer]:
        return [p for p in producers if p.created < moment]

    def existing_products(moment: datetime.datetime) -> list[_Product]:
        return [p for p in products if p.created < moment]

    now_producers = existing_producers(end)
    now_products = existing_products(end)
    old_producers = existing_producers(prev_end) if prev_end else None
    old_products = existing_products(prev_end) if prev_end else None

    def places(group: list[_Producer] | None) -> Counter[str] | None:
        return None if group is None else _by(_place(p.kabupaten) for p in group)

    now_places = places(now_producers)
    assert now_places is not None
    before_places = places(old_producers)
    others = sorted(set(now_places) - set(KABUPATEN))
    by_kabupaten = _rows([(k, "") for k in (*KABUPATEN, *others)], now_places, before_places)

    def types(group: list[_Producer] | None) -> Counter[str] | None:
        return None if group is None else _by(_type_key(p.kind, p.scale) for p in group)

    now_types = types(now_producers)
    assert now_types is not None
    by_type = _rows([(t, "") for t in PRODUCER_TYPES], now_types, types(old_producers))

    categories = (
        session.connection()
        .execute(
            select(Category.id, Category.name_id, Category.name_en).order_by(
                Category.position, Category.name_id
            )
        )
        .all()
    )
    names: dict[int | None, tuple[str, str]] = {
        cid: (name_id, name_en or name_id) for cid, name_id, name_en in categories
    }

    def per_category(group: list[_Product] | None) -> Counter[str] | None:
        if group is None:
            return None
        return _by(names.get(p.category_id, ("", ""))[0] for p in group)

    now_categories = per_category(now_products)
    assert now_categories is not None
    labels = [(name_id, name_en) for name_id, name_en in names.values()]
    if now_categories.get(""):
        labels.append(("", ""))  # products without a category
    by_category = _rows(labels, now_categories, per_category(old_products))

    producer_names = {p.id: p.name for p in producers}
    new_producers = tuple(
        ProducerLine(p.name, p.kabupaten, p.kind, p.scale, p.phone, local_day(p.created))
        for p in now_producers
        if p.created >= start
    )
    new_products = tuple(
        ProductLine(
            p.code,
            p.name_id,
            p.name_en,
            "" if p.producer_id is None else producer_names.get(p.producer_id, ""),
            local_day(p.created),
        )
        for p in now_products
        if p.created >= start
    )
    prev_start = previous.utc_bounds()[0] if previous else None

    def added_before(group: Sequence[_Producer] | Sequence[_Product]) -> int | None:
        if previous is None or prev_start is None or prev_end is None:
            return None
        return sum(1 for p in group if prev_start <= p.created < prev_end)

    return Representation(
        producers=Count(len(now_producers), _len(old_producers)),
        products=Count(len(now_products), _len(old_products)),
        by_kabupaten=by_kabupaten,
        by_type=by_type,
        by_category=by_category,
        producers_added=Count(len(new_producers), added_before(producers)),
        products_added=Count(len(new_products), added_before(products)),
        new_producers=new_producers,
        new_products=new_products,
    )


def _len(items: Sequence[object] | None) -> int | None:
    return None if items is None else len(items)


def formalisation(
    producers: Sequence[_Producer],
    products: Sequence[_Product],
    period: Period,
    previous: Period | None,
) -> Formalisation:
    end = period.utc_bounds()[1]
    prev_end = previous.utc_bounds()[1] if previous else None

    def counts(moment: datetime.datetime) -> Counter[str]:
        """producers, nib, products, certified, and a count per certificate kind."""
        group = [p for p in producers if p.created < moment]
        goods = [p for p in products if p.created < moment]
        out: Counter[str] = Counter(
            producers=len(group), nib=sum(1 for p in group if p.nib.strip()), products=len(goods)
        )
        for product in goods:
            found = product.certificate_kinds
            out.update(found)
            out["certified"] += bool(found)
        return out

    now = counts(end)
    before = counts(prev_end) if prev_end else None

    def count(key: str) -> Count:
        return Count(now[key], None if before is None else before[key])

    certificates = tuple(Row(name, count(name)) for name in CERTIFICATES)
    without = tuple(
        ProducerLine(p.name, p.kabupaten, p.kind, p.scale, p.phone)
        for p in producers
        if p.created < end and not p.nib.strip()
    )
    return Formalisation(
        producers=count("producers"),
        with_nib=count("nib"),
        products=count("products"),
        certificates=certificates,
        certified=count("certified"),
        without_nib=without,
    )


def market_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def export_readiness(
    products: Sequence[_Product], period: Period, previous: Period | None
) -> ExportReadiness:
    end = period.utc_bounds()[1]
    prev_end = previous.utc_bounds()[1] if previous else None

    def counts(moment: datetime.datetime) -> tuple[int, int, Counter[str], dict[str, str]]:
        goods = [p for p in products if p.created < moment]
        markets: Counter[str] = Counter()
        spelled: dict[str, str] = {}
        for product in goods:
            keys = set()
            for market in product.markets:
                key = market_key(market)
                spelled.setdefault(key, market)
                keys.add(key)
            markets.update(keys)
        return len(goods), sum(1 for p in goods if p.markets), markets, spelled

    total, ready, markets, spelled = counts(end)
    before = counts(prev_end) if prev_end else None
    order = sorted(markets, key=lambda k: (-markets[k], k))
    return ExportReadiness(
        products=Count(total, None if before is None else before[0]),
        with_markets=Count(ready, None if before is None else before[1]),
        by_market=tuple(
            Row(spelled[k], Count(markets[k], None if before is None else before[2][k]))
            for k in order
        ),
    )
