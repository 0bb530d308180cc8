"""The report's figures as plain data: what the PDF, the XLSX and the tests read.

Every figure that can be compared carries the value of the previous period of the same length
(`before`), or None when the showcase has no such period to compare with (it started later).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from showcase.inventory.report.period import Period

# Producer types in the order the Dinas counts them.
PRODUCER_TYPES: tuple[str, ...] = ("mikro", "kecil", "menengah", "koperasi")
# The certificates the province asks about, in its order.
CERTIFICATES: tuple[str, ...] = ("Halal", "P-IRT", "BPOM", "SNI")


@dataclass(frozen=True)
class Count:
    """A count, and the same count in the previous period (None when there is none)."""

    now: int
    before: int | None = None


@dataclass(frozen=True)
class Row:
    """A labelled count: a kabupaten, a producer type, a category, a certificate, a market.
    `label_en` is the English name where it differs (categories, markets)."""

    label: str
    count: Count
    label_en: str = ""


@dataclass(frozen=True)
class ProducerLine:
    """A producer as listed: added in the period, or still without an NIB."""

    name: str
    kabupaten: str
    kind: str
    scale: str | None
    phone: str = ""
    added: datetime.date | None = None


@dataclass(frozen=True)
class ProductLine:
    """A product added in the period."""

    code: str
    name_id: str
    name_en: str
    producer: str
    added: datetime.date


@dataclass(frozen=True)
class Representation:
    """Who is represented: producers and products as at the end of the period."""

    producers: Count
    products: Count
    by_kabupaten: tuple[Row, ...]  # the 15 in their order; then any other place named
    by_type: tuple[Row, ...]  # PRODUCER_TYPES
    by_category: tuple[Row, ...]
    producers_added: Count
    products_added: Count
    new_producers: tuple[ProducerLine, ...]
    new_products: tuple[ProductLine, ...]


@dataclass(frozen=True)
class Formalisation:
    """Producers with an NIB, products with each certificate, and who still lacks an NIB."""

    producers: Count
    with_nib: Count
    products: Count
    certificates: tuple[Row, ...]  # CERTIFICATES
    certified: Count  # products with at least one of them
    without_nib: tuple[ProducerLine, ...]


@dataclass(frozen=True)
class ExportReadiness:
    products: Count
    with_markets: Count
    by_market: tuple[Row, ...]  # most products first


@dataclass(frozen=True)
class DayViews:
    """Kiosk views on one day: in all, and per kiosk (in `Visitors.kiosks` order)."""

    day: datetime.date
    total: int
    per_kiosk: tuple[int, ...] = ()


@dataclass(frozen=True)
class Viewed:
    """A product or category and how often visitors opened it."""

    code: str
    name_id: str
    name_en: str
    views: Count


@dataclass(frozen=True)
class Visitors:
    """What visitors looked at on the kiosks. `kiosks` names the kiosks when the data tells
    them apart (more than one); otherwise it is empty and the days carry totals only."""

    views: Count  # product, category, producer and kabupaten pages opened
    searches: Count
    per_day: tuple[DayViews, ...]
    kiosks: tuple[str, ...]
    kiosk_column: bool  # whether the visit counts record which kiosk at all
    top_products: tuple[Viewed, ...]
    top_categories: tuple[Viewed, ...]


@dataclass(frozen=True)
class SaleLine:
    """Sales of one product on one day at one price (returns count negative)."""

    day: datetime.date
    quantity: int
    price: int

    @property
    def value(self) -> int:
        return self.quantity * self.price


@dataclass(frozen=True)
class ProductSales:
    product_id: int
    code: str
    name_id: str
    name_en: str
    unit: str
    quantity: int
    value: int
    lines: tuple[SaleLine, ...]


@dataclass(frozen=True)
class ProducerSales:
    """What one producer's goods sold for: the figures of its consignment statement."""

    producer_id: int | None
    name: str
    kabupaten: str
    phone: str
    quantity: int
    value: Count
    products: tuple[ProductSales, ...]


@dataclass(frozen=True)
class Sales:
    quantity: Count
    value: Count
    products: tuple[ProductSales, ...]  # highest value first
    producers: tuple[ProducerSales, ...]  # highest value first


@dataclass(frozen=True)
class ReportFigures:
    period: Period
    previous: Period | None
    center_name: str
    made_on: datetime.date
    representation: Representation
    formalisation: Formalisation
    export: ExportReadiness
    visitors: Visitors
    sales: Sales


def share(part: int, whole: int) -> float:
    """part / whole, 0 when there is no whole."""
    return part / whole if whole else 0.0
