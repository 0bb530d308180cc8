"""Stock movements. The stock on hand of a product is the sum of its movements, always.

A database trigger adds each movement to `product.stock` in the same transaction, and forbids
changing a movement afterwards; these functions check what a person enters first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showcase.errors import NotFoundError, ValidationError
from showcase.i18n import translate
from showcase.inventory.formats import number
from showcase.inventory.limits import MAX_COUNT
from showcase.inventory.numbers import parse_whole_number
from showcase.store.models import Product, StockMovement

# The kinds of movement, and whether they add to (+1) or take from (-1) stock.
# An adjustment sets the stock to a counted figure; its sign follows the difference.
KINDS: dict[str, int] = {"receive": 1, "sale": -1, "return": 1, "adjust": 0, "damaged": -1}


def kind_label(kind: str) -> str:
    labels = {
        "receive": translate("Stock", "Received"),
        "sale": translate("Stock", "Sold"),
        "return": translate("Stock", "Returned"),
        "adjust": translate("Stock", "Stock count"),
        "damaged": translate("Stock", "Damaged"),
    }
    return labels.get(kind, kind)


def record_movement(
    session: Session,
    *,
    product_id: int,
    kind: str,
    quantity: str | int,
    note: str = "",
    by: str = "",
) -> StockMovement:
    """Record a movement. `quantity` is how many (positive) for receive/sale/return/damaged,
    and the counted stock for `adjust`. Raises ValidationError naming the field that is wrong."""
    product = session.get(Product, product_id)
    if product is None:
        raise NotFoundError(translate("Validation", "The product no longer exists"))
    if kind not in KINDS:
        raise ValidationError(
            {"kind": translate("Validation", "Unknown kind of movement: {kind}").format(kind=kind)}
        )
    try:
        amount = parse_whole_number(quantity)
    except ValueError as exc:
        raise ValidationError(
            {"quantity": translate("Validation", "Quantity {why}").format(why=exc)}
        ) from exc
    if kind == "adjust":
        delta = amount - product.stock
        if delta == 0:
            raise ValidationError(
                {
                    "quantity": translate(
                        "Validation",
                        "The counted stock equals the stock on hand: nothing to adjust",
                    )
                }
            )
    else:
        if amount == 0:
            raise ValidationError(
                {"quantity": translate("Validation", "Quantity must be at least 1")}
            )
        delta = KINDS[kind] * amount
        if product.stock + delta < 0:
            raise ValidationError(
                {
                    "quantity": translate(
                        "Validation", "Only {stock} in stock: cannot take out {n}"
                    ).format(stock=product.stock, n=amount)
                }
            )
    if product.stock + delta > MAX_COUNT:
        raise ValidationError(
            {
                "quantity": translate(
                    "Validation", "The stock would be {after}: it can be at most {limit}"
                ).format(after=number(product.stock + delta), limit=number(MAX_COUNT))
            }
        )
    # By whom: the person signed in (the session's actor) unless the caller names someone.
    who = (by.strip() or str(session.info.get("actor", "")))[:100]
    movement = StockMovement(
        product_id=product_id, kind=kind, quantity=delta, note=note.strip(), by=who
    )
    session.add(movement)
    session.flush()
    session.refresh(product, ["stock"])
    return movement


@dataclass(frozen=True)
class MovementRow:
    at: datetime
    kind: str
    quantity: int
    balance: int
    note: str
    by: str


def movement_history(session: Session, product_id: int) -> list[MovementRow]:
    """A product's movements, newest first, each with the stock after it."""
    movements = session.scalars(
        select(StockMovement)
        .where(StockMovement.product_id == product_id)
        .order_by(StockMovement.at, StockMovement.id)
    ).all()
    rows: list[MovementRow] = []
    balance = 0
    for m in movements:
        balance += m.quantity
        rows.append(MovementRow(m.at, m.kind, m.quantity, balance, m.note, m.by))
    rows.reverse()
    return rows


def sum_of_movements(session: Session, product_id: int) -> int:
    return (
        session.scalar(
            select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
                StockMovement.product_id == product_id
            )
        )
        or 0
    )
