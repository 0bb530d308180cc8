"""Filling a new database: the demo showcase, and large generated showcases for benchmarks.

`build_demo` makes the showcase a new user first sees: Lampung's flagship products from real-
sounding producers all over the province, each with pictures (drawn here, as the program never
uses the network) and a stock history, all through the same domain functions the staff use, so
every rule and trigger runs. `build_synthetic` makes tens of thousands of products quickly with
bulk inserts, for benchmarks and for trying the program at the size of a whole province.

Both add to the caller's transaction and refuse a database that already holds products.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Column, MetaData, Table, func, insert, select, text
from sqlalchemy.orm import Session

from showcase.errors import UserError
from showcase.i18n import translate
from showcase.inventory.demo.art import draw_picture, picture_bytes
from showcase.inventory.demo.data import (
    BRANDS,
    CATEGORIES,
    CONTACT_NAMES,
    PLACES,
    PRODUCER_PREFIXES,
    PRODUCERS,
    PRODUCTS,
    VOCABULARY,
    DemoCategory,
    DemoProduct,
)
from showcase.inventory.demo.motifs import Style, hex_rgb
from showcase.inventory.photos import PreparedPhoto, prepare_photo, set_photos
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
)
from showcase.inventory.products import ProductInput, code_prefix, create_product, next_code
from showcase.inventory.setting_keys import DEMO_BUILT_AT_SETTING
from showcase.inventory.settings import set_setting
from showcase.inventory.stock import record_movement
from showcase.store.models import (
    Base,
    Category,
    Photo,
    Producer,
    Product,
    StockMovement,
    utcnow,
)

# Who recorded the demo's stock movements: the front desk's (invented) shifts.
STAFF = ("Rina", "Dedi", "Ayu")
# Size of the pictures shared by generated products: big enough for a catalogue page, small
# enough that 100,000 products do not make a database of many gigabytes.
SYNTHETIC_PHOTO_SIZE = (480, 360)
_CHUNK = 5_000


@dataclass(frozen=True)
class DemoSummary:
    """What the database holds once the demo is made."""

    categories: int
    producers: int
    products: int
    photos: int


def _count(session: Session, model: type[Any]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _summary(session: Session) -> DemoSummary:
    return DemoSummary(
        categories=_count(session, Category),
        producers=_count(session, Producer),
        products=_count(session, Product),
        photos=_count(session, Photo),
    )


def _require_no_products(session: Session) -> None:
    count = _count(session, Product)
    if count:
        raise UserError(
            translate(
                "Demo",
                "The database already holds {n} products: a demo goes only into an empty database",
            ).format(n=count)
        )


def _categories(session: Session) -> dict[str, Category]:
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


def _mark_built(session: Session) -> None:
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


def _style(category: DemoCategory, colour: str) -> Style:
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
            style=_style(category, item.colour),
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
    _require_no_products(session)
    rng = random.Random(seed)
    categories = _categories(session)
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
    demo_categories = {c.key: c for c in CATEGORIES}
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
        photos = _demo_photos(item, demo_categories[item.category], producer, product.code, seed)
        set_photos(session, product.id, photos)
    _mark_built(session)
    return _summary(session)


# --- generated showcases --------------------------------------------------------------------


def _table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def _insert_in_one_statement(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` into `table` as one INSERT … SELECT from a temporary copy.

    Row by row, the search index trigger makes FTS5 write its pending terms to disk after every
    statement (each statement is a savepoint), which is four times slower than one statement
    for all rows. The temporary table goes with the transaction if anything fails.
    """
    if not rows:
        return
    name = f"synthetic_{table.name}"
    session.execute(text(f"CREATE TEMP TABLE {name} AS SELECT * FROM {table.name} WHERE 0"))
    # Same column types as the real table, so JSON, dates and booleans are stored alike.
    stage = Table(name, MetaData(), *(Column(c.name, c.type) for c in table.columns), schema="temp")
    for chunk in _chunks(rows):
        session.execute(insert(stage), chunk)
    names = [c.name for c in table.columns]
    session.execute(insert(table).from_select(names, select(stage).order_by(text("rowid"))))
    session.execute(text(f"DROP TABLE temp.{name}"))


def _chunks(items: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _price(low: int, high: int, rng: random.Random) -> int:
    """Log-uniform between low and high (cheap things are common), rounded as shops round."""
    value = math.exp(rng.uniform(math.log(low), math.log(high)))
    step = 500 if value < 100_000 else 5_000
    return max(step, round(value / step) * step)


@dataclass(frozen=True)
class _Maker:
    """A generated producer, as generated products need it."""

    id: int
    name: str
    kabupaten: str
    brand: str
    specialty: str  # the category key of most of its products


def _makers(
    session: Session, count: int, keys: list[str], rng: random.Random, now: datetime
) -> list[_Maker]:
    """Insert `count` generated producers with unique names; return what products need of them."""
    first_id = (session.scalar(select(func.max(Producer.id))) or 0) + 1
    taken = {name.casefold() for name in session.scalars(select(Producer.name))}
    makers: list[_Maker] = []
    rows: list[dict[str, Any]] = []
    for number in range(count):
        kabupaten = rng.choice(tuple(PLACES))
        place, brand = rng.choice(PLACES[kabupaten]), rng.choice(BRANDS)
        kind = "koperasi" if rng.random() < 0.15 else "umkm"
        prefix = "Koperasi" if kind == "koperasi" else rng.choice(PRODUCER_PREFIXES)
        name = base = f"{prefix} {brand} {place}"
        suffix = 2
        while name.casefold() in taken:  # producer names are unique, as the editor requires
            name, suffix = f"{base} {suffix}", suffix + 1
        taken.add(name.casefold())
        makers.append(_Maker(first_id + number, name, kabupaten, brand, rng.choice(keys)))
        scale = None if kind == "koperasi" else rng.choice(("mikro", "mikro", "kecil", "menengah"))
        rows.append(
            {
                "id": first_id + number,
                "name": name,
                "kind": kind,
                "scale": scale,
                "kabupaten": kabupaten,
                "address": f"Jl. {rng.choice(BRANDS)} No. {rng.randint(1, 200)}, {place}",
                "contact_person": rng.choice(CONTACT_NAMES),
                # The 0000 block, as in the demo: no real subscriber gets a demo's WhatsApp.
                "phone": f"628{rng.choice((12, 13, 21, 22, 52, 57))}0000{rng.randint(0, 9999):04d}",
                "nib": f"9120{rng.randint(0, 10**9 - 1):09d}" if rng.random() < 0.8 else "",
                "story_id": "",
                "story_en": "",
                "created_at": now,
                "updated_at": now,
                "from_demo": True,
            }
        )
    for chunk in _chunks(rows):
        session.execute(insert(_table(Producer)), chunk)
    return makers


_FOOD_CERTIFICATES = ("Halal", "P-IRT", "BPOM MD", "SNI")
_MARKETS = ("Singapura", "Malaysia", "Taiwan", "Jepang", "Mesir", "Belanda", "Korea Selatan")


def _product_row(
    ident: int,
    code: str,
    key: str,
    category_id: int,
    maker: _Maker,
    rng: random.Random,
    now: datetime,
) -> dict[str, Any]:
    vocab = VOCABULARY[key]
    (base_id, base_en), (variant_id, variant_en) = (
        rng.choice(vocab.bases),
        rng.choice(vocab.variants),
    )
    place = rng.choice(PLACES[maker.kabupaten])
    brand = maker.brand if rng.random() < 0.6 else place
    unit = rng.choice(vocab.units)
    is_food = key not in ("tapis", "batik", "kriya")
    pool = _FOOD_CERTIFICATES if is_food else ("HKI", "SNI")
    return {
        "id": ident,
        "code": code,
        "name_id": f"{base_id} {variant_id} {brand}",
        "name_en": f"{brand} {base_en}, {variant_en}",
        "description_id": f"{base_id} {variant_id.lower()} buatan {maker.name} dari {place}, "
        f"{maker.kabupaten}. {vocab.sentence_id}",
        "description_en": f"{base_en} ({variant_en.lower()}) made by {maker.name} in {place}, "
        f"{maker.kabupaten}. {vocab.sentence_en}",
        "category_id": category_id,
        "producer_id": maker.id,
        "price": _price(*vocab.price, rng),
        "unit": unit,
        "stock": 0,  # the movements below set it, through the stock trigger
        "min_stock": rng.choice((0, 5, 5, 10, 10, 20, 30)),
        "featured": rng.random() < 0.05,
        "on_kiosk": rng.random() < 0.95,
        "archived": rng.random() < 0.01,
        "certificates": sorted(rng.sample(pool, rng.randint(0, 2))),
        "export_markets": rng.sample(_MARKETS, rng.randint(1, 2)) if rng.random() < 0.03 else [],
        "created_at": now,
        "updated_at": now,
        "from_demo": True,
    }


def _movement_rows(
    product_id: int, min_stock: int, rng: random.Random, now: datetime
) -> list[dict[str, Any]]:
    """A delivery and the sales since, leaving about one product in ten below its minimum."""
    if rng.random() < 0.03:  # listed, but nothing delivered yet
        return []
    received = rng.randint(max(10, 2 * min_stock), 200)
    if rng.random() < 0.08:
        sold = received - rng.randint(0, max(0, min_stock - 1))  # running low
    else:
        sold = int(received * rng.betavariate(2, 4))
    at = now - timedelta(days=rng.uniform(1, 120))
    by = rng.choice(STAFF)
    row = {"product_id": product_id, "at": at, "kind": "receive", "quantity": received}
    rows = [{**row, "note": "Stok awal", "by": by}]
    if sold:
        sold_at = at + timedelta(days=rng.uniform(0, (now - at).days))
        rows.append({**row, "at": sold_at, "kind": "sale", "quantity": -sold, "note": "", "by": by})
    return rows


def _photo_pool(seed: int, size: tuple[int, int]) -> dict[str, list[PreparedPhoto]]:
    """Two pictures per category, shared by all its generated products: real thumbnails, cheaply."""
    pool: dict[str, list[PreparedPhoto]] = {}
    for item in CATEGORIES:
        vocab = VOCABULARY[item.key]
        pool[item.key] = [
            prepare_photo(
                picture_bytes(
                    draw_picture(
                        title=item.name_id,
                        subtitle=f"UMKM Lampung · {item.name_en}",
                        chip=f"{item.name_id} · {item.name_en}",
                        motifs=tuple(vocab.motifs.split()),
                        style=_style(item, vocab.colour),
                        variant=variant,
                        rng=random.Random(f"{seed}/{item.key}/{variant}"),
                        size=size,
                    )
                )
            )
            for variant in (0, 2)
        ]
    return pool


def build_synthetic(
    session: Session,
    *,
    products: int,
    seed: int = 1,
    photos: bool = True,
    photo_size: tuple[int, int] = SYNTHETIC_PHOTO_SIZE,
) -> DemoSummary:
    """Fill an empty database with `products` generated products, fast, for benchmarks.

    Names come from Lampung product vocabularies so search sees realistic words; producers,
    kabupaten, prices and stock vary. Rows go in with bulk inserts; stock comes from movements
    (the stock trigger adds them up) and the search index from its triggers. With `photos`, each
    product gets a main photo from a small shared set, drawn at `photo_size`.
    Raises UserError if the database already holds products.
    """
    if products < 0:
        raise ValueError("products must not be negative")
    _require_no_products(session)
    rng = random.Random(seed)
    now = utcnow()
    categories = _categories(session)
    keys = list(categories)
    makers = _makers(session, max(2 * len(keys), min(5_000, products // 20)), keys, rng, now)
    pool = _photo_pool(seed, photo_size) if photos else {}
    prefixes = {key: code_prefix(session, categories[key].id) for key in keys}
    counters = dict.fromkeys(keys, 0)  # no products yet, so every code is free
    first_id = (session.scalar(select(func.max(Product.id))) or 0) + 1
    product_rows: list[dict[str, Any]] = []
    movement_rows: list[dict[str, Any]] = []
    photo_rows: list[dict[str, Any]] = []
    for number in range(products):
        ident = first_id + number
        maker = rng.choice(makers)
        key = maker.specialty if rng.random() < 0.85 else rng.choice(keys)
        counters[key] += 1
        code = f"{prefixes[key]}-{counters[key]:04d}"  # as next_code makes them
        row = _product_row(ident, code, key, categories[key].id, maker, rng, now)
        product_rows.append(row)
        movement_rows.extend(_movement_rows(ident, row["min_stock"], rng, now))
        if photos:
            photo = pool[key][ident % 2]
            photo_rows.append(
                {
                    "product_id": ident,
                    "position": 0,
                    "image": photo.image,
                    "thumbnail": photo.thumbnail,
                    "width": photo.width,
                    "height": photo.height,
                    "created_at": now,
                }
            )
    _insert_in_one_statement(session, _table(Product), product_rows)
    _insert_in_one_statement(session, _table(StockMovement), movement_rows)
    for chunk in _chunks(photo_rows):  # no triggers on photo: a plain executemany is fastest
        session.execute(insert(_table(Photo)), chunk)
    _mark_built(session)
    return _summary(session)
