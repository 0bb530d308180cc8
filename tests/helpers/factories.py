"""Known data for tests: a small showcase whose search and filter results can be worked out by hand."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
)
from showcase.inventory.products import ProductInput, create_product
from showcase.inventory.staff.accounts import Account
from showcase.store.db import Database
from showcase.store.models import Product


@dataclass(frozen=True)
class Sample:
    coffee: int
    snacks: int
    cloth: int
    siger: int
    rafins: int
    tapis: int
    products: dict[str, int]


# What is typed in a search of the sample (make_sample), and the codes found, in order.
SAMPLE_SEARCHES = [
    ("kopi", ["KOP-0001", "KOP-0002"]),
    ("KOP", ["KOP-0001", "KOP-0002"]),
    ("kop-0002", ["KOP-0002"]),
    ("KOP-00", ["KOP-0001", "KOP-0002"]),
    ("KOP-", ["KOP-0001", "KOP-0002"]),
    ("kai-0001", ["KAI-0001"]),
    ("civet", ["KOP-0002"]),  # English name
    ("rafins", ["MAK-0001", "MAK-0002"]),  # producer name
    ("hijau makmur luwak", ["KOP-0002"]),  # producer and name words together
    ("deskripsi kemplang", ["MAK-0002"]),  # description
    ("pis", ["MAK-0001"]),  # prefix while typing
    ("<usus>", ["KAI-0002"]),  # markup characters are just text
    ("<b>usus</b>", []),  # the b is a word to find, like any other
    ('"AND" OR', []),  # query syntax typed by a user is text, never an error
    ("kopi*", ["KOP-0001", "KOP-0002"]),
    ("kop & !kopi | :* <-> ('", ["KOP-0001", "KOP-0002"]),  # tsquery syntax is text
    ("zzz", []),
]


def make_sample(db: Database) -> Sample:
    """Three categories, three producers in three kabupaten, six products (two low on stock)."""
    with db.session() as s:
        coffee = create_category(s, CategoryInput("Kopi", "Coffee")).id
        snacks = create_category(s, CategoryInput("Makanan Ringan", "Snacks")).id
        cloth = create_category(s, CategoryInput("Kain Tapis", "Tapis Cloth")).id
        siger = create_producer(
            s,
            ProducerInput(
                "Koperasi Tani Hijau Makmur",
                kind="koperasi",
                scale=None,
                kabupaten="Tanggamus",
                phone="0812-3456-7890",
            ),
        ).id
        rafins = create_producer(
            s, ProducerInput("Rafins Snack", kind="umkm", scale="kecil", kabupaten="Pringsewu")
        ).id
        tapis = create_producer(
            s,
            ProducerInput(
                "Sanggar Tapis Siger", kind="umkm", scale="mikro", kabupaten="Kota Bandar Lampung"
            ),
        ).id
        rows = [
            (
                "KOP-0001",
                "Kopi Robusta Lampung",
                "Lampung robusta coffee",
                coffee,
                siger,
                45000,
                20,
                5,
                True,
                True,
            ),
            (
                "KOP-0002",
                "Kopi Luwak Tanggamus",
                "Civet coffee",
                coffee,
                siger,
                350000,
                2,
                5,
                True,
                True,
            ),
            (
                "MAK-0001",
                "Keripik Pisang Cokelat",
                "Chocolate banana chips",
                snacks,
                rafins,
                25000,
                40,
                10,
                False,
                True,
            ),
            (
                "MAK-0002",
                "Kerupuk Kemplang",
                "Fish crackers",
                snacks,
                rafins,
                30000,
                3,
                10,
                False,
                False,
            ),
            (
                "KAI-0001",
                "Kain Tapis Motif Siger",
                "Tapis cloth, siger motif",
                cloth,
                tapis,
                1500000,
                4,
                1,
                True,
                True,
            ),
            (
                "KAI-0002",
                "Selendang Tapis & Sulam <Usus>",
                "Tapis shawl",
                cloth,
                tapis,
                750000,
                6,
                2,
                False,
                True,
            ),
        ]
        products = {}
        for code, name, name_en, cat, prod, price, stock, minimum, featured, kiosk in rows:
            p = create_product(
                s,
                ProductInput(
                    code=code,
                    name_id=name,
                    name_en=name_en,
                    category_id=cat,
                    producer_id=prod,
                    price=price,
                    min_stock=minimum,
                    featured=featured,
                    on_kiosk=kiosk,
                    description_id=f"Deskripsi {name}",
                ),
                initial_stock=stock,
            )
            products[code] = p.id
    return Sample(coffee, snacks, cloth, siger, rafins, tapis, products)


def make_account(
    db: Database, name: str = "Sari", role: str = "admin", pin: str = "2468"
) -> Account:
    """A staff account in the test database, signed in as the staff window needs one."""
    from showcase.inventory.staff.accounts import create_account, sign_in

    with db.session() as s:
        account = sign_in(s, create_account(s, name, role, pin).id, pin)
    db.actor = account.name
    return account


def add_clerk_product_to_demo(session: Session) -> int:
    """KOP-0100, a clerk's own product filed under the demo's first category and producer
    (KOP-0001's), which clearing the demo must keep, with them; its id."""
    kopi = session.scalars(select(Product).where(Product.code == "KOP-0001")).one()
    return create_product(
        session,
        ProductInput(
            code="KOP-0100",
            name_id="Kopi Bubuk Pelabuhan",
            category_id=kopi.category_id,
            producer_id=kopi.producer_id,
            price=30000,
        ),
    ).id
