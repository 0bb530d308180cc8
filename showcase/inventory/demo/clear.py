"""Clearing the demo showcase in one step, keeping everything staff added or changed.

What goes: the products the demo made (`from_demo`), with their photos, the photos' print
cache and their stock movements (the database cascades), and the demo's producers and
categories that no kept product uses any more. Visitor counts and the kiosk's attract list
entries of what goes are dropped too: SQLite gives a new product the next free id, which may be
a deleted demo product's, and it must not inherit that product's statistics.

What stays:
- every product staff made, and the demo producer or category it uses;
- a demo product that staff changed after the demo was made: edited, archived, given photos
  or stock movements (a clerk who recorded real sales of the demo's coffee keeps that history);
  likewise a demo producer whose details staff changed. `include_changed` removes those too,
  for a clerk who only tried things out. The demo notes when it was finished
  (DEMO_BUILT_AT_SETTING), so "after" is exact; a file made before that note existed uses the
  last demo product's creation plus a minute (the demo makes each product's records within a
  fraction of a second, staff cannot act before the window opens).
Whatever stays is no longer marked as demo data: it is the center's own from now on.

Everything happens in the caller's one transaction: a failure leaves the showcase as it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Integer,
    Select,
    and_,
    cast,
    delete,
    exists,
    func,
    literal,
    not_,
    or_,
    select,
    union,
    update,
)
from sqlalchemy.orm import Session

from showcase.inventory.setting_keys import DEMO_BUILT_AT_SETTING, KIOSK_ATTRACT_SETTING
from showcase.inventory.settings import get_setting, set_setting
from showcase.store.models import (
    Category,
    KioskVisit,
    Photo,
    Producer,
    Product,
    Setting,
    StockMovement,
)

# For files whose demo predates DEMO_BUILT_AT_SETTING: how long after its last product the demo
# may still have been writing that product's movements and photos.
_LEGACY_MARGIN = timedelta(minutes=1)
# At most this many codes of changed demo products are listed by name.
MAX_LISTED = 8


@dataclass(frozen=True)
class DemoClearPlan:
    """What clearing the demo removes and keeps (or, after clear_demo, removed and kept)."""

    products: int  # demo products removed
    photos: int  # their photos
    movements: int  # their stock movements
    producers: int  # demo producers removed
    categories: int  # demo categories removed
    staff_products: int  # products staff made: kept
    changed_products: int  # demo products staff changed since the demo was made
    changed_codes: tuple[str, ...]  # the first MAX_LISTED of their codes
    kept_producers: int  # demo producers kept: a kept product uses them, or staff changed them
    kept_categories: int  # demo categories kept: a kept product uses them
    include_changed: bool  # whether the changed demo products are removed too

    @property
    def nothing_to_do(self) -> bool:
        """No demo data at all: nothing to remove and nothing marked as demo."""
        return not (
            self.products
            or self.producers
            or self.categories
            or self.changed_products
            or self.kept_producers
            or self.kept_categories
        )


def demo_built_at(session: Session) -> datetime | None:
    """When the demo was finished (UTC), or None if the showcase holds no demo data."""
    stored = get_setting(session, DEMO_BUILT_AT_SETTING)
    if stored:
        try:
            return datetime.fromisoformat(stored)
        except ValueError:
            pass  # a damaged note: fall back to the records themselves
    last = session.scalar(select(func.max(Product.created_at)).where(Product.from_demo))
    if last is None:
        last = session.scalar(select(func.max(Producer.created_at)).where(Producer.from_demo))
    return None if last is None else last + _LEGACY_MARGIN


def _changed_ids(session: Session, built_at: datetime | None) -> list[int]:
    """The demo products that staff changed after the demo was made: edited (archiving too),
    given stock movements or photos. Read once; usually a handful."""
    if built_at is None:
        return []
    demo = Product.from_demo.is_(True)
    changed = union(
        select(Product.id).where(demo, Product.updated_at > built_at),
        select(StockMovement.product_id)
        .join(Product, Product.id == StockMovement.product_id)
        .where(demo, StockMovement.at > built_at),
        select(Photo.product_id)
        .join(Product, Product.id == Photo.product_id)
        .where(demo, Photo.created_at > built_at),
    )
    return sorted(int(i) for i in session.scalars(select(changed.subquery().c[0])))


def _among(session: Session, ids: list[int]) -> Select[Any]:
    """`ids` as a subquery, passed as one JSON text (no limit on how many)."""
    if session.get_bind().dialect.name == "postgresql":
        items = func.json_array_elements_text(literal(ids, JSON)).table_valued("value")
        return select(cast(items.c.value, Integer))
    each = func.json_each(json.dumps(ids)).table_valued("value")
    return select(each.c.value)


def _removed_product(
    session: Session, changed: list[int], include_changed: bool
) -> ColumnElement[bool]:
    if include_changed:
        return Product.from_demo.is_(True)
    return and_(Product.from_demo.is_(True), Product.id.not_in(_among(session, changed)))


def _count(session: Session, statement: Select[Any]) -> int:
    return int(session.scalar(statement) or 0)


def plan_demo_clear(session: Session, *, include_changed: bool = False) -> DemoClearPlan:
    """What clear_demo would remove and keep now. Reads only."""
    built_at = demo_built_at(session)
    changed_ids = _changed_ids(session, built_at)
    removed = _removed_product(session, changed_ids, include_changed)
    removed_ids = select(Product.id).where(removed)
    changed = Product.id.in_(_among(session, changed_ids))
    kept_using_producer = exists().where(Product.producer_id == Producer.id, not_(removed))
    kept_using_category = exists().where(Product.category_id == Category.id, not_(removed))
    producer_kept = or_(kept_using_producer, _changed_producer(built_at, include_changed))
    codes = session.scalars(
        select(Product.code).where(changed).order_by(Product.code).limit(MAX_LISTED)
    ).all()
    return DemoClearPlan(
        products=_count(session, select(func.count(Product.id)).where(removed)),
        photos=_count(
            session, select(func.count(Photo.id)).where(Photo.product_id.in_(removed_ids))
        ),
        movements=_count(
            session,
            select(func.count(StockMovement.id)).where(StockMovement.product_id.in_(removed_ids)),
        ),
        producers=_count(
            session,
            select(func.count(Producer.id)).where(Producer.from_demo, not_(producer_kept)),
        ),
        categories=_count(
            session,
            select(func.count(Category.id)).where(Category.from_demo, not_(kept_using_category)),
        ),
        staff_products=_count(
            session, select(func.count(Product.id)).where(Product.from_demo.is_(False))
        ),
        changed_products=len(changed_ids),
        changed_codes=tuple(codes),
        kept_producers=_count(
            session, select(func.count(Producer.id)).where(Producer.from_demo, producer_kept)
        ),
        kept_categories=_count(
            session, select(func.count(Category.id)).where(Category.from_demo, kept_using_category)
        ),
        include_changed=include_changed,
    )


def _changed_producer(built_at: datetime | None, include_changed: bool) -> ColumnElement[bool]:
    """A demo producer kept because staff changed its details (unless changes are cleared too)."""
    if include_changed or built_at is None:
        return Producer.id.is_(None)  # never true
    return Producer.updated_at > built_at


def clear_demo(session: Session, *, include_changed: bool = False) -> DemoClearPlan:
    """Remove the demo data as described in the module docstring; return what was done.

    Adds to the caller's transaction: commit it to keep the result, and nothing is removed if
    anything fails before the commit.
    """
    plan = plan_demo_clear(session, include_changed=include_changed)
    built_at = demo_built_at(session)
    removed = _removed_product(session, _changed_ids(session, built_at), include_changed)
    _forget_attract(session, set(session.scalars(select(Product.id).where(removed))))
    _forget_visits(session, "product", select(Product.id).where(removed))
    quiet = {"synchronize_session": False}
    # The database cascades: photos (and their print cache) and stock movements go with them.
    session.execute(delete(Product).where(removed).execution_options(**quiet))
    # Every product left is kept: a demo producer or category none of them uses goes.
    producer_gone = and_(
        Producer.from_demo.is_(True),
        not_(exists().where(Product.producer_id == Producer.id)),
        not_(_changed_producer(built_at, include_changed)),
    )
    _forget_visits(session, "producer", select(Producer.id).where(producer_gone))
    session.execute(delete(Producer).where(producer_gone).execution_options(**quiet))
    category_gone = and_(
        Category.from_demo.is_(True), not_(exists().where(Product.category_id == Category.id))
    )
    _forget_visits(session, "category", select(Category.id).where(category_gone))
    session.execute(delete(Category).where(category_gone).execution_options(**quiet))
    # What stays is the center's own now. Its updated_at is kept (an UPDATE would set it to
    # now): losing the mark is not a change staff made.
    for model in (Product, Producer):
        session.execute(
            update(model)
            .where(model.from_demo.is_(True))
            .values(from_demo=False, updated_at=model.updated_at)
            .execution_options(**quiet)
        )
    session.execute(
        update(Category)
        .where(Category.from_demo.is_(True))
        .values(from_demo=False)
        .execution_options(**quiet)
    )
    session.execute(delete(Setting).where(Setting.key == DEMO_BUILT_AT_SETTING))
    session.expire_all()
    return plan


def _forget_visits(session: Session, kind: str, ids: Select[Any]) -> None:
    """Drop the kiosk's visit counts of the records `ids` selects (refs are ids as text)."""
    session.execute(
        delete(KioskVisit).where(
            KioskVisit.kind == kind, cast(KioskVisit.ref, Integer).in_(ids.scalar_subquery())
        )
    )


def _forget_attract(session: Session, gone: set[int]) -> None:
    """Take removed products out of the kiosk's attract-screen list."""
    stored = get_setting(session, KIOSK_ATTRACT_SETTING)
    if not stored or not gone:
        return
    try:
        chosen = json.loads(stored)
    except ValueError:
        return  # the kiosk treats an unreadable list as empty already
    if isinstance(chosen, list):
        set_setting(
            session, KIOSK_ATTRACT_SETTING, json.dumps([i for i in chosen if i not in gone])
        )
