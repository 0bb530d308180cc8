"""Products: validation names the bad field, nothing is saved until all is valid, codes, duplicates."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from showcase.errors import ValidationError
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
)
from showcase.inventory.products import (
    ProductInput,
    create_product,
    duplicate_product,
    next_code,
    set_archived,
    update_product,
)
from showcase.store.db import Database
from showcase.store.models import Product


def _count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Product)) or 0


def test_create_product_parses_price_and_records_opening_stock(db: Database) -> None:
    with db.session() as s:
        cat = create_category(s, CategoryInput("Kopi", "Coffee"))
        prod = create_producer(
            s, ProducerInput("Kopi Siger", kabupaten="Lampung Barat", phone="0812-3456-7890")
        )
        p = create_product(
            s,
            ProductInput(
                code="KOP-0001",
                name_id="Kopi Robusta",
                category_id=cat.id,
                producer_id=prod.id,
                price="Rp 25.000",
            ),
            initial_stock="12",
        )
        pid = p.id
    with db.session() as s:
        p = s.get(Product, pid)
        assert p is not None
        assert (p.price, p.stock, p.producer.phone) == (25000, 12, "6281234567890")
        assert [m.quantity for m in p.movements] == [12]


@pytest.mark.parametrize(
    ("field", "changes", "fragment"),
    [
        ("name_id", {"name_id": "   "}, "Name is required"),
        ("price", {"price": "abc"}, "not an amount"),
        ("price", {"price": "-5000"}, "negative"),
        ("price", {"price": "25.000,50"}, "whole rupiah"),
        ("code", {"code": ""}, "Code is required"),
        ("code", {"code": "KOP 01 <b>"}, "letters, digits"),
        ("min_stock", {"min_stock": "2,5"}, "whole number"),
        ("unit", {"unit": " "}, "Unit is required"),
        ("price", {"price": "12345678901234567890"}, "Price must be at most Rp2.000.000.000"),
        ("price", {"price": 10**20}, "Price must be at most Rp2.000.000.000"),
        ("price", {"price": "1,5e3"}, "“1,5e3” is a number in short form"),
        ("min_stock", {"min_stock": "1.000.000.001"}, "must be at most 1.000.000.000"),
    ],
)
def test_bad_input_is_rejected_and_nothing_saved(
    db: Database, field: str, changes: dict[str, str], fragment: str
) -> None:
    data = ProductInput(code="KOP-0001", name_id="Kopi", price="25000")
    for key, value in changes.items():
        setattr(data, key, value)
    with pytest.raises(ValidationError) as info, db.session() as s:
        create_product(s, data)
    assert field in info.value.errors
    assert fragment in info.value.errors[field]
    assert _count(db) == 0


def test_bad_stock_and_code_clash(db: Database) -> None:
    with db.session() as s:
        create_product(s, ProductInput(code="KOP-0001", name_id="Kopi"))
    with pytest.raises(ValidationError) as info, db.session() as s:
        create_product(s, ProductInput(code="kop-0001", name_id="Lain"), initial_stock="1,5")
    assert set(info.value.errors) == {"code", "stock"}
    assert _count(db) == 1


def test_the_largest_price_and_stock_are_stored_as_given(db: Database) -> None:
    """Rp2.000.000.000 and a billion pieces fit every store's column (32 bits on PostgreSQL)."""
    with db.session() as s:
        pid = create_product(
            s,
            ProductInput(
                code="X-1", name_id="x", price="Rp2.000.000.000", min_stock="1.000.000.000"
            ),
            initial_stock="1000000000",
        ).id
    with db.session() as s:
        p = s.get(Product, pid)
        assert p is not None
        assert (p.price, p.stock, p.min_stock) == (2 * 10**9, 10**9, 10**9)


def test_price_forms_are_all_the_same_amount(db: Database) -> None:
    with db.session() as s:
        for i, text in enumerate(["25000", "25.000", "Rp 25.000", "Rp25.000", "rp. 25.000,00"]):
            p = create_product(s, ProductInput(code=f"X-{i}", name_id="x", price=text))
            assert p.price == 25000


def test_next_code_and_duplicate_copy_fields_not_stock(db: Database) -> None:
    with db.session() as s:
        cat = create_category(s, CategoryInput("Kopi"))
        assert next_code(s, cat.id) == "KOP-0001"
        p = create_product(
            s,
            ProductInput(
                code="KOP-0007",
                name_id="Kopi Luwak",
                category_id=cat.id,
                price=300000,
                certificates=["Halal"],
            ),
            initial_stock=3,
        )
        assert next_code(s, cat.id) == "KOP-0008"
        copy = duplicate_product(s, p.id)
        assert (copy.code, copy.price, copy.stock, copy.certificates) == (
            "KOP-0008",
            300000,
            0,
            ["Halal"],
        )
        assert "Kopi Luwak" in copy.name_id


def test_update_keeps_stock_and_archive_hides(db: Database) -> None:
    with db.session() as s:
        p = create_product(s, ProductInput(code="A-1", name_id="Lada"), initial_stock=5)
        pid = p.id
    with db.session() as s:
        update_product(s, pid, ProductInput(code="A-1", name_id="Lada Hitam", price="10.000"))
        set_archived(s, pid, True)
    with db.session() as s:
        p2 = s.get(Product, pid)
        assert p2 is not None
        assert (p2.name_id, p2.price, p2.stock, p2.archived) == ("Lada Hitam", 10000, 5, True)
