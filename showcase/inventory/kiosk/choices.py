"""Staff's choices of what the kiosk shows, as the Kiosk settings dialog lists and sets them.

Which categories the kiosk shows (with their products), how many products are hidden and why,
and which products may go on the attract screen. Read with plain SQL through a reader, like the
kiosk's own view (`showcase.inventory.kiosk.view`, whose rule for "shown" is used here).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from showcase.inventory.formats import DEFAULT_LANGUAGE, Language
from showcase.inventory.kiosk.view import SHOWN, SHOWN_FROM
from showcase.inventory.listing import CATEGORY_NAME
from showcase.store.db import Reader, sqlite_connection
from showcase.store.models import Category
from showcase.store.reader import json_ids


@dataclass(frozen=True)
class KioskCategory:
    """A category as the Kiosk settings dialog lists it: its `name` as staff read it,
    `products` not archived, of which `kiosk_products` are themselves ticked "on kiosk"
    (hidden with the category if it is hidden)."""

    id: int
    name: str
    on_kiosk: bool
    products: int
    kiosk_products: int


def kiosk_categories(reader: Reader, language: Language = DEFAULT_LANGUAGE) -> list[KioskCategory]:
    """Every category in staff order, named in `language`, whether the kiosk shows it, and its
    products."""
    rows = sqlite_connection(reader).execute(
        f"""
        SELECT c.id, {CATEGORY_NAME[language]}, c.on_kiosk, COUNT(p.id),
               COALESCE(SUM(CASE WHEN p.on_kiosk THEN 1 ELSE 0 END), 0)
        FROM category AS c LEFT JOIN product AS p ON p.category_id = c.id AND p.archived = 0
        GROUP BY c.id ORDER BY c.position, c.name_id"""
    )
    return [
        KioskCategory(cid, name, bool(shown), count, on_kiosk)
        for cid, name, shown, count, on_kiosk in rows
    ]


def products_hidden_themselves(reader: Reader) -> int:
    """Products not archived whose own "on kiosk" is off (whatever their category)."""
    row = (
        sqlite_connection(reader)
        .execute("SELECT COUNT(*) FROM product WHERE archived = 0 AND on_kiosk = 0")
        .fetchone()
    )
    return int(row[0])


@dataclass(frozen=True)
class AttractChoice:
    """A product staff may put on the attract screen; only those with a photo appear there."""

    id: int
    code: str
    name_id: str
    featured: bool
    has_photo: bool


def attract_choices(reader: Reader, chosen: Sequence[int] = ()) -> list[AttractChoice]:
    """The featured products not archived, by name, then any of `chosen` that are not featured."""
    connection = sqlite_connection(reader)
    rows = connection.execute(
        f"""
        SELECT p.id, p.code, p.name_id, p.featured,
               EXISTS (SELECT 1 FROM photo AS ph WHERE ph.product_id = p.id)
        FROM product AS p
        WHERE p.archived = 0 AND (p.featured = 1 OR p.id IN ({json_ids(connection)}))
        ORDER BY p.featured DESC, p.name_id, p.id""",
        (json.dumps([int(pid) for pid in chosen]),),
    )
    return [
        AttractChoice(pid, code, name, bool(featured), bool(photo))
        for pid, code, name, featured, photo in rows
    ]


def set_category_on_kiosk(session: Session, category_ids: Sequence[int], shown: bool) -> None:
    """Show (or hide) the categories `category_ids` on the kiosk, with their products."""
    # One object at a time (there are a few dozen categories): the audit log records each.
    ids = list(category_ids)
    for start in range(0, len(ids), 500):
        for category in session.scalars(
            select(Category).where(Category.id.in_(ids[start : start + 500]))
        ):
            category.on_kiosk = shown
    session.flush()


def hidden_product_count(reader: Reader) -> int:
    """Products not archived that the kiosk does not show (hidden themselves or by category)."""
    row = (
        sqlite_connection(reader)
        .execute(f"SELECT COUNT(*) FROM {SHOWN_FROM} WHERE p.archived = 0 AND NOT ({SHOWN})")
        .fetchone()
    )
    return int(row[0])
