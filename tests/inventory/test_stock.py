"""Stock movements without widgets: each kind's sign, refusals, counts, history and the ledger rule."""

from __future__ import annotations

from itertools import pairwise

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from showcase.errors import NotFoundError, ValidationError
from showcase.inventory.products import ProductInput, create_product
from showcase.inventory.stock import (
    KINDS,
    kind_label,
    movement_history,
    record_movement,
    sum_of_movements,
)
from showcase.store.db import Database
from showcase.store.models import Product, StockMovement


@pytest.fixture
def product_id(db: Database) -> int:
    """A product with 4 on hand (its opening stock)."""
    with db.session() as s:
        return create_product(
            s,
            ProductInput(code="KRP-0001", name_id="Keripik Pisang Cokelat", min_stock=5),
            initial_stock=4,
        ).id


def _stock(db: Database, product_id: int) -> tuple[int, int]:
    """The stock on hand and the sum of the movements: always equal."""
    with db.session() as s:
        product = s.get(Product, product_id)
        assert product is not None
        return product.stock, sum_of_movements(s, product_id)


def _movement_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(StockMovement)) or 0


@pytest.mark.parametrize(
    ("kind", "quantity", "delta", "after"),
    [
        ("receive", "12", 12, 16),
        ("sale", "3", -3, 1),
        ("return", 2, 2, 6),
        ("damaged", "4", -4, 0),
        ("adjust", "10", 6, 10),
        ("adjust", "0", -4, 0),
        ("receive", "1.200", 1200, 1204),
    ],
)
def test_each_kind_changes_stock_by_its_signed_quantity(
    db: Database, product_id: int, kind: str, quantity: str | int, delta: int, after: int
) -> None:
    with db.session() as s:
        movement = record_movement(
            s, product_id=product_id, kind=kind, quantity=quantity, note=" rak depan "
        )
        assert movement.quantity == delta
    assert _stock(db, product_id) == (after, after)
    with db.session() as s:
        newest = movement_history(s, product_id)[0]
    assert (newest.kind, newest.quantity, newest.balance, newest.note) == (
        kind,
        delta,
        after,
        "rak depan",
    )


@pytest.mark.parametrize(
    ("kind", "quantity", "fragment"),
    [
        ("receive", "abc", "whole number"),
        ("receive", "", "empty"),
        ("receive", "0", "at least 1"),
        ("sale", "0", "at least 1"),
        ("receive", "-3", "negative"),
        ("receive", "2,5", "whole number"),
        ("sale", "5", "Only 4 in stock: cannot take out 5"),
        ("damaged", "9", "Only 4 in stock"),
        ("adjust", "4", "nothing to adjust"),
        ("adjust", "-1", "negative"),
        ("receive", "12345678901234567890", "Quantity must be at most 1.000.000.000"),
        ("adjust", 10**20, "Quantity must be at most 1.000.000.000"),
        ("receive", "1E+20", "“1E+20” is a number in short form"),
        ("receive", "1000000000", "The stock would be 1.000.000.004: it can be at most"),
    ],
)
def test_bad_quantity_is_refused_and_nothing_recorded(
    db: Database, product_id: int, kind: str, quantity: str | int, fragment: str
) -> None:
    before = _movement_count(db)
    with db.session() as s, pytest.raises(ValidationError) as info:
        record_movement(s, product_id=product_id, kind=kind, quantity=quantity)
    assert fragment in info.value.errors["quantity"]
    assert _movement_count(db) == before
    assert _stock(db, product_id) == (4, 4)


def test_unknown_kind_and_unknown_product_are_refused(db: Database, product_id: int) -> None:
    with db.session() as s, pytest.raises(ValidationError) as info:
        record_movement(s, product_id=product_id, kind="gift", quantity=1)
    assert "gift" in info.value.errors["kind"]
    with db.session() as s, pytest.raises(NotFoundError):
        record_movement(s, product_id=product_id + 99, kind="receive", quantity=1)


def test_selling_everything_on_hand_is_allowed(db: Database, product_id: int) -> None:
    with db.session() as s:
        record_movement(s, product_id=product_id, kind="sale", quantity=4)
    assert _stock(db, product_id) == (0, 0)


def test_stock_always_equals_the_sum_of_movements(db: Database, product_id: int) -> None:
    steps = [("receive", 20), ("sale", 7), ("return", 1), ("damaged", 2), ("adjust", 30)]
    for kind, quantity in steps:
        with db.session() as s:
            record_movement(s, product_id=product_id, kind=kind, quantity=quantity)
        stock, total = _stock(db, product_id)
        assert stock == total
    assert _stock(db, product_id) == (30, 30)


def test_history_is_newest_first_with_the_stock_after_each(db: Database, product_id: int) -> None:
    for kind, quantity in [("receive", 10), ("sale", 3), ("adjust", 10)]:
        with db.session() as s:
            record_movement(s, product_id=product_id, kind=kind, quantity=quantity, by="Sari")
    with db.session() as s:
        rows = movement_history(s, product_id)
    assert [(r.kind, r.quantity, r.balance) for r in rows] == [
        ("adjust", -1, 10),
        ("sale", -3, 11),
        ("receive", 10, 14),
        ("receive", 4, 4),
    ]
    assert rows[0].by == "Sari"
    assert all(a.at >= b.at for a, b in pairwise(rows))


def test_movements_are_a_ledger_that_cannot_be_edited(db: Database, product_id: int) -> None:
    with pytest.raises(DBAPIError, match="ledger"), db.session() as s:
        s.execute(text("UPDATE stock_movement SET quantity = 100"))
    assert _stock(db, product_id) == (4, 4)


def test_every_kind_has_a_label() -> None:
    assert [kind_label(k) for k in KINDS] == [
        "Received",
        "Sold",
        "Returned",
        "Stock count",
        "Damaged",
    ]
