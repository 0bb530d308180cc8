"""Large generated showcases for benchmarks, and for trying the program at a province's size.

`build_synthetic` makes tens of thousands of products quickly with bulk inserts (names from the
Lampung word lists in `data`, so search sees realistic words), with stock from movements and a
main photo from a small shared set. It adds to the caller's transaction and refuses a database
that already holds products, as the demo does (`showcase`).
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

from showcase.inventory.demo.art import draw_picture, picture_bytes
from showcase.inventory.demo.data import (
    BRANDS,
    CATEGORIES,
    CONTACT_NAMES,
    PLACES,
    PRODUCER_PREFIXES,
    VOCABULARY,
)
from showcase.inventory.demo.showcase import (
    STAFF,
    DemoSummary,
    demo_categories,
    mark_built,
    picture_style,
    require_no_products,
    summary_of,
)
from showcase.inventory.photos import PreparedPhoto, prepare_photo
from showcase.inventory.products import code_prefix
from showcase.store.models import Base, Photo, Producer, Product, StockMovement, utcnow

# Size of the pictures shared by generated products: big enough for a catalogue page, small
# enough that 100,000 products do not make a database of many gigabytes.
SYNTHETIC_PHOTO_SIZE = (480, 360)
_CHUNK = 5_000


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
    if session.get_bind().dialect.name == "postgresql":  # no such cost there: plain batches
        for chunk in _chunks(rows):
            session.execute(insert(table), chunk)
        return
    name = f"synthetic_{table.name}"
    session.execute(text(f"CREATE TEMP TABLE {name} AS SELECT * FROM {table.name} WHERE 0"))
    # Same column types as the real table, so JSON, dates and booleans are stored alike; columns
    # the rows leave out (the edit version) get the table's own default.
    columns = [c for c in table.columns if c.name in rows[0]]
    stage = Table(name, MetaData(), *(Column(c.name, c.type) for c in columns), schema="temp")
    for chunk in _chunks(rows):
        session.execute(insert(stage), chunk)
    names = [c.name for c in columns]
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
                        style=picture_style(item, vocab.colour),
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
    require_no_products(session)
    rng = random.Random(seed)
    now = utcnow()
    categories = demo_categories(session)
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
    mark_built(session)
    return summary_of(session)
