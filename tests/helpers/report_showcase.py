"""A small showcase whose report for October 2026 can be worked out by hand (in WIB, UTC+7).

Producers (created): Koperasi Tani Hijau Makmur (koperasi, Tanggamus, NIB, 1 Aug), Rafins Snack
(kecil, Pringsewu, no NIB, 1 Aug), Kopi Bubuk Cap Gajah (mikro, Tanggamus, NIB, 1 Sep), a
menengah group in Pesisir Barat with a very long name and no NIB (15 Sep), Sanggar Tapis Siger
(mikro, Kota Bandar Lampung, NIB, 10 Oct: new in the period).

Sales in October (local days): Kopi Robusta 3 on 5 Oct at 45,000; its price becomes 50,000 on
12 Oct; 2 on 20 Oct at 50,000; 1 returned on 21 Oct (-50,000) → 4 for 185,000. Keripik 10 on
7 Oct → 250,000. Anyaman 2 on 15 Oct → 170,000. Kain Tapis 1 at 23:30 on 31 Oct → 1,500,000,
and 1 at 00:30 on 1 Nov, which is not October. Total 17 for 2,105,000. September: Kopi Robusta
5 (225,000), Kopi Luwak 1 (350,000): 6 for 575,000.

Kiosk views in October: 12 + 4 Kopi Robusta, 7 Keripik, 5 the Kopi category, 2 a kabupaten
(30 views) and 3 searches; September: 6 Kopi Robusta.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from sqlalchemy import insert, text, update

from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
)
from showcase.inventory.products import ProductInput, create_product, get_product, update_product
from showcase.inventory.report.period import Period
from showcase.inventory.report.visits import has_kiosk_column
from showcase.store import models
from showcase.store.db import Database
from showcase.store.models import KioskVisit, Producer, Product, StockMovement

OCTOBER = Period(datetime.date(2026, 10, 1), datetime.date(2026, 10, 31))
TODAY = datetime.date(2026, 11, 15)
WIB = datetime.timezone(datetime.timedelta(hours=7))
LONG_PRODUCER = (
    "Kelompok Usaha Bersama Pengrajin Anyaman Bambu dan Rotan Sejahtera Mandiri "
    "Desa Way Halom Kecamatan Pesisir Utara"
)
LONG_PRODUCT = (
    "Tas Anyaman Bambu Tulis Motif Siger dan Kapal Tradisional Lampung Ukuran Besar "
    "dengan Tali Kulit & Lapisan <Kain> Tapis Asli Buatan Tangan Pengrajin Pesisir"
)


@dataclass(frozen=True)
class ReportShowcase:
    products: dict[str, int]
    producers: dict[str, int]
    categories: dict[str, int]


def utc(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime.datetime:
    """A local (WIB) moment as stored: naive UTC."""
    local = datetime.datetime(year, month, day, hour, minute, tzinfo=WIB)
    return local.astimezone(datetime.UTC).replace(tzinfo=None)


def use_wib(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the test in Bakauheni's time zone (WIB, no daylight saving)."""
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()


def make_report_showcase(db: Database, monkeypatch: pytest.MonkeyPatch) -> ReportShowcase:
    use_wib(monkeypatch)
    with db.session() as s:
        cats = {
            "Kopi": create_category(s, CategoryInput("Kopi", "Coffee")).id,
            "Makanan Ringan": create_category(s, CategoryInput("Makanan Ringan", "Snacks")).id,
            "Kerajinan": create_category(s, CategoryInput("Kerajinan", "Crafts")).id,
        }
        people = [
            (
                "hijau",
                "Koperasi Tani Hijau Makmur",
                "koperasi",
                None,
                "Tanggamus",
                "1234567890123",
                utc(2026, 8, 1),
            ),
            ("rafins", "Rafins Snack", "umkm", "kecil", "Pringsewu", "", utc(2026, 8, 1)),
            (
                "gajah",
                "Kopi Bubuk Cap Gajah",
                "umkm",
                "mikro",
                "Tanggamus",
                "9120000000002",
                utc(2026, 9, 1),
            ),
            ("anyaman", LONG_PRODUCER, "umkm", "menengah", "Pesisir Barat", "", utc(2026, 9, 15)),
            (
                "tapis",
                "Sanggar Tapis Siger",
                "umkm",
                "mikro",
                "Kota Bandar Lampung",
                "9120000000001",
                utc(2026, 10, 10),
            ),
        ]
        producers = {}
        for key, name, kind, scale, place, nib, created in people:
            pid = create_producer(
                s,
                ProducerInput(
                    name, kind=kind, scale=scale, kabupaten=place, nib=nib, phone="0812-3456-7890"
                ),
            ).id
            producers[key] = pid
            s.execute(update(Producer).where(Producer.id == pid).values(created_at=created))
        goods = [
            (
                "KOP-0001",
                "Kopi Robusta Lampung",
                "Lampung robusta coffee",
                "Kopi",
                "hijau",
                45000,
                ["Halal", "P-IRT"],
                ["Singapura", "Taiwan"],
                utc(2026, 8, 1),
            ),
            (
                "KOP-0002",
                "Kopi Luwak Tanggamus",
                "Civet coffee",
                "Kopi",
                "gajah",
                350000,
                ["BPOM MD"],
                ["Taiwan"],
                utc(2026, 9, 1),
            ),
            (
                "MAK-0001",
                "Keripik Pisang Cokelat",
                "Chocolate banana chips",
                "Makanan Ringan",
                "rafins",
                25000,
                ["Halal"],
                ["Mesir"],
                utc(2026, 8, 1),
            ),
            (
                "KRJ-0001",
                LONG_PRODUCT,
                "Large woven bamboo bag",
                "Kerajinan",
                "anyaman",
                85000,
                ["SNI", "HKI"],
                [],
                utc(2026, 9, 15),
            ),
            (
                "KRJ-0002",
                "Kain Tapis Motif Siger",
                "Tapis cloth",
                "Kerajinan",
                "tapis",
                1500000,
                [],
                [],
                utc(2026, 10, 10),
            ),
        ]
        products = {}
        for code, name, name_en, cat, maker, price, certs, markets, created in goods:
            pid = create_product(
                s,
                ProductInput(
                    code=code,
                    name_id=name,
                    name_en=name_en,
                    category_id=cats[cat],
                    producer_id=producers[maker],
                    price=price,
                    certificates=certs,
                    export_markets=markets,
                ),
            ).id
            products[code] = pid
            s.execute(update(Product).where(Product.id == pid).values(created_at=created))
            s.add(StockMovement(product_id=pid, kind="receive", quantity=50, at=created))

    # The price of Kopi Robusta changes on 12 October, as the change history records it.
    with monkeypatch.context() as patch:
        patch.setattr(models, "utcnow", lambda: utc(2026, 10, 12, 9))
        with db.session() as s:
            data = ProductInput.from_product(get_product(s, products["KOP-0001"]))
            data.price = 50000
            update_product(s, products["KOP-0001"], data)

    moves = [
        ("KOP-0001", "sale", -3, utc(2026, 10, 5)),
        ("KOP-0001", "sale", -2, utc(2026, 10, 20)),
        ("KOP-0001", "return", 1, utc(2026, 10, 21)),
        ("MAK-0001", "sale", -10, utc(2026, 10, 7)),
        ("KRJ-0001", "sale", -2, utc(2026, 10, 15)),
        ("KRJ-0002", "sale", -1, utc(2026, 10, 31, 23, 30)),
        ("KRJ-0002", "sale", -1, utc(2026, 11, 1, 0, 30)),
        ("KOP-0001", "sale", -5, utc(2026, 9, 10)),
        ("KOP-0002", "sale", -1, utc(2026, 9, 20)),
        ("MAK-0001", "receive", 5, utc(2026, 10, 8)),
    ]
    visits = [
        ("2026-10-01", "product", str(products["KOP-0001"]), 12),
        ("2026-10-01", "category", str(cats["Kopi"]), 5),
        ("2026-10-01", "search", "kopi", 3),
        ("2026-10-02", "product", str(products["MAK-0001"]), 7),
        ("2026-10-02", "kabupaten", "Tanggamus", 2),
        ("2026-10-31", "product", str(products["KOP-0001"]), 4),
        ("2026-09-15", "product", str(products["KOP-0001"]), 6),
    ]
    with db.session() as s:
        for code, kind, quantity, at in moves:
            s.add(StockMovement(product_id=products[code], kind=kind, quantity=quantity, at=at))
        s.execute(
            insert(KioskVisit),
            [
                {"day": datetime.date.fromisoformat(d), "kind": k, "ref": r, "count": c}
                for d, k, r, c in visits
            ],
        )
    return ReportShowcase(products, producers, cats)


@contextmanager
def visits_naming_kiosks(db: Database, values: str) -> Iterator[None]:
    """kiosk_visit holding the rows `values` (SQL: (day, kind, ref, count, kiosk), …) in the
    kiosk column a later schema may add: the column is added for the block where missing, and
    the rows and the column go again after it, as the server's test database is emptied, not
    made anew, for the next test."""
    with db.session() as session:
        added = not has_kiosk_column(session)  # a later schema may carry it already
        if added:
            session.execute(text("ALTER TABLE kiosk_visit ADD COLUMN kiosk VARCHAR(100)"))
    try:
        with db.session() as session:
            session.execute(
                text(f"INSERT INTO kiosk_visit (day, kind, ref, count, kiosk) VALUES {values}")
            )
        yield
    finally:
        with db.session() as session:
            session.execute(text("DELETE FROM kiosk_visit"))
            if added:
                session.execute(text("ALTER TABLE kiosk_visit DROP COLUMN kiosk"))
