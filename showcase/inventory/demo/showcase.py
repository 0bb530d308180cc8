"""The demo showcase: what a new user first sees in an empty database.

`build_demo` makes Lampung's flagship products from real-sounding producers all over the
province, each with pictures (drawn here, as the program never uses the network) and a stock
history, all through the same domain functions the staff use, so every rule and trigger runs.
It adds to the caller's transaction and refuses a database that already holds products. The
parts shared with the generated showcases (`synthetic`) are here: categories, the summary, the
note of when the demo was built.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showcase.errors import UserError
from showcase.i18n import translate
from showcase.inventory.demo.art import draw_picture, picture_bytes
from showcase.inventory.demo.data import (
    CATEGORIES,
    PRODUCERS,
    PRODUCTS,
    DemoCategory,
    DemoProduct,
)
from showcase.inventory.demo.pen import Style, hex_rgb
from showcase.inventory.photos import PreparedPhoto, prepare_photo, set_photos
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
)
from showcase.inventory.products import ProductInput, create_product, next_code
from showcase.inventory.setting_keys import DEMO_BUILT_AT_SETTING
from showcase.inventory.settings import set_setting
from showcase.inventory.stock import record_movement
from showcase.store.models import (
    Category,
    Photo,
    Producer,
    Product,
    utcnow,
)

# Who recorded the demo's stock movements: the front desk's (invented) shifts.
STAFF = ("Rina", "Dedi", "Ayu")


@dataclass(frozen=True)
class DemoSummary:
    """What the database holds once the demo is made."""

    categories: int
    producers: int
    products: int
    photos: int


def _count(session: Session, model: type[Any]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def summary_of(session: Session) -> DemoSummary:
    return DemoSummary(
        categories=_count(session, Category),
        producers=_count(session, Producer),
        products=_count(session, Product),
        photos=_count(session, Photo),
    )


def require_no_products(session: Session) -> None:
    count = _count(session, Product)
    if count:
        raise UserError(
            translate(
                "Demo",
                "The database already holds {n} products: a demo goes only into an empty database",
            ).format(n=count)
        )


def demo_categories(session: Session) -> dict[str, Category]:
    """The demo's categories, reusing any of the same name that staff already made."""
    existing = {c.name_id.casefold(): c for c in session.scalars(select(Category))}
    made: dict[str, Category] = {}
    for item in CATEGORIES:
        category = existing.get(item.name_id.casefold())
        if category is None:
            category = create_category(
                session, CategoryInput(item.name_id, item.name_en, icon=item.icon)
            )
            category.from_demo = True
        made[item.key] = category
    return made


def mark_built(session: Session) -> None:
    """Note when the demo was finished: everything staff do comes after it."""
    session.flush()  # the demo's own updates get their timestamps before the mark
    set_setting(session, DEMO_BUILT_AT_SETTING, utcnow().isoformat(sep=" "))


def _split(total: int, parts: int, rng: random.Random) -> list[int]:
    """`total` as `parts` positive whole numbers that add up to it."""
    parts = max(1, min(parts, total))
    cuts = sorted(rng.sample(range(1, total), parts - 1)) if parts > 1 else []
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def _stock_plan(stock: tuple[int, int, int, int], rng: random.Random) -> list[tuple[str, int]]:
    """A believable order of movements giving `stock`: deliveries, sales in between, then a
    return and damage. Never takes out more than is on hand at that point."""
    received, sold, returned, damaged = stock
    later = received // 3 if received >= 12 and rng.random() < 0.7 else 0
    plan = [("receive", received - later)]
    on_hand = received - later
    sales = _split(sold, rng.randint(1, 5), rng) if sold else []
    for i, amount in enumerate(sales):
        if later and (amount > on_hand or i == len(sales) // 2):
            plan.append(("receive", later))
            on_hand, later = on_hand + later, 0
        plan.append(("sale", amount))
        on_hand -= amount
    if later:
        plan.append(("receive", later))
    if returned:
        plan.append(("return", returned))
    if damaged:
        plan.append(("damaged", damaged))
    return plan


_NOTES = {
    "receive": "Kiriman dari {producer}",
    "sale": "",
    "return": "Dikembalikan pembeli, kemasan masih tersegel",
    "damaged": "Kemasan rusak saat dipajang",
}


def picture_style(category: DemoCategory, colour: str) -> Style:
    return Style(
        hex_rgb(category.top), hex_rgb(category.bottom), hex_rgb(colour), hex_rgb(category.accent)
    )


def _demo_photos(
    item: DemoProduct, category: DemoCategory, producer: Producer, code: str, seed: int
) -> list[PreparedPhoto]:
    photos = []
    for variant in range(item.photos):
        picture = draw_picture(
            title=item.name_id,
            subtitle=f"{producer.name} · {producer.kabupaten}",
            chip=f"{category.name_id} · {category.name_en}",
            motifs=tuple(item.motifs.split()),
            style=picture_style(category, item.colour),
            variant=variant,
            rng=random.Random(f"{seed}/{code}/{variant}"),  # str seeds are stable across runs
        )
        # Through prepare_photo, so demo photos are stored exactly as a clerk's would be.
        photos.append(prepare_photo(picture_bytes(picture), name=f"{code}-{variant + 1}"))
    return photos


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def build_demo(session: Session, *, seed: int = 1) -> DemoSummary:
    """Fill an empty database with the demo showcase of Lampung's flagship products.

    Every product, producer and movement goes through the domain functions, so validation and
    the stock triggers run as for staff. Raises UserError if the database holds products.
    """
    require_no_products(session)
    rng = random.Random(seed)
    categories = demo_categories(session)
    known = {p.name.casefold(): p for p in session.scalars(select(Producer))}
    producers: dict[str, Producer] = {}
    for maker in PRODUCERS:
        if maker.name.casefold() in known:  # staff's own record of this producer stays theirs
            producers[maker.key] = known[maker.name.casefold()]
            continue
        producers[maker.key] = made = create_producer(
            session,
            ProducerInput(
                name=maker.name,
                kind=maker.kind,
                scale=maker.scale,
                kabupaten=maker.kabupaten,
                address=maker.address,
                contact_person=maker.contact,
                phone=maker.phone,
                nib=maker.nib,
                story_id=maker.story_id,
                story_en=maker.story_en,
            ),
        )
        made.from_demo = True
    by_key = {c.key: c for c in CATEGORIES}
    for item in PRODUCTS:
        category, producer = categories[item.category], producers[item.producer]
        data = ProductInput(
            code=next_code(session, category.id),
            name_id=item.name_id,
            name_en=item.name_en,
            description_id=item.description_id,
            description_en=item.description_en,
            category_id=category.id,
            producer_id=producer.id,
            price=item.price,
            unit=item.unit,
            min_stock=item.min_stock,
            featured=item.featured,
            on_kiosk=item.on_kiosk,
            certificates=_list(item.certificates),
            export_markets=_list(item.export),
        )
        product = create_product(session, data)
        product.from_demo = True
        # record_movement stamps each movement "now" (and the ledger cannot be edited), so
        # the history shows the order of events, not their spread over past weeks.
        for kind, quantity in _stock_plan(item.stock, rng):
            note = _NOTES[kind].format(producer=producer.name)
            by = rng.choice(STAFF)
            record_movement(
                session, product_id=product.id, kind=kind, quantity=quantity, note=note, by=by
            )
        photos = _demo_photos(item, by_key[item.category], producer, product.code, seed)
        set_photos(session, product.id, photos)
    mark_built(session)
    return summary_of(session)
