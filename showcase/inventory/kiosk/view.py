"""What visitors may see on the kiosk, read with plain SQL: tiles, product cards, product pages.

Everything is read through a read-only connection (`open_kiosk_reader`), each query its own
short read transaction, so the kiosk can never change the staff's data, never holds a snapshot
that stops a WAL checkpoint, and never waits on the staff window. The website writer
(showcase.printing.website) reads the same model: what the kiosk shows is what the site shows.

A product is shown when it is not archived, staff left "on kiosk" ticked, and its category (if
it has one) is shown on the kiosk too (`category.on_kiosk`). The QR code on a product page holds
the same payload a shelf label of the chosen kind holds (`showcase.inventory.qr_payloads`, its
longest choice: the kiosk's code is large).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from showcase.errors import ValidationError
from showcase.inventory.kiosk.settings import QR_KINDS, kiosk_settings, read_settings
from showcase.inventory.qr_payloads import LabelItem, QrKind, qr_payload
from showcase.inventory.regions import KABUPATEN
from showcase.inventory.setting_keys import URL_TEMPLATE_SETTING
from showcase.inventory.shown_product import ShownProduct
from showcase.store.db import BUSY_TIMEOUT_MS, Reader, sqlite_connection
from showcase.store.reader import dialect
from showcase.store.search import match_clause, search_query

# The condition for a product `p` (with its category `c` LEFT JOINed) to be shown on the kiosk.
# Booleans are tested as themselves (`p.on_kiosk`, not `= 1`): SQLite keeps 0/1, PostgreSQL booleans.
SHOWN = "p.on_kiosk AND NOT p.archived AND (p.category_id IS NULL OR c.on_kiosk)"
SHOWN_FROM = "product AS p LEFT JOIN category AS c ON c.id = p.category_id"
# The main photo (position 0, else the first) of the product `p`.
MAIN_PHOTO = (
    "(SELECT ph.id FROM photo AS ph WHERE ph.product_id = p.id ORDER BY ph.position, ph.id LIMIT 1)"
)
# At most this many cards in one list: a kiosk grid is browsed, not read to the end.
MAX_CARDS = 1000


@dataclass(frozen=True)
class Tile:
    """A big tile on the home screen: a category, a kabupaten/kota or a producer.

    `ref` is the id as text (category, producer) or the kabupaten's name; `count` the products
    shown on the kiosk; `photo_id` the main photo of a representative product, if any.
    """

    kind: str
    ref: str
    name_id: str
    name_en: str
    count: int
    photo_id: int | None


@dataclass(frozen=True)
class ProductCard:
    """A product as a photo tile in a grid."""

    id: int
    name_id: str
    name_en: str
    price: int
    unit: str
    kabupaten: str
    photo_id: int | None


@dataclass(frozen=True)
class KioskProduct(ShownProduct):
    """Everything a product page shows. `producer_kind` is "umkm", "koperasi" or "" (none)."""

    category_name_id: str
    category_name_en: str
    producer_id: int | None
    producer: str
    producer_kind: str
    kabupaten: str
    story_id: str
    story_en: str
    certificates: tuple[str, ...]
    export_markets: tuple[str, ...]
    photo_ids: tuple[int, ...]
    qr_payload: str
    featured: bool


def open_kiosk_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection to the database at `path`, for everything the kiosk reads.

    In autocommit mode: each query is its own short read transaction, so the kiosk never holds a
    snapshot (which would keep the WAL from being checkpointed) and sees staff changes at once.
    """
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(
        uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


def data_version(reader: Reader) -> int:
    """SQLite's `PRAGMA data_version` on the reader's connection: it changes when another
    connection commits (staff changes, and the kiosk's own VisitLog flushes)."""
    return int(sqlite_connection(reader).execute("PRAGMA data_version").fetchone()[0])


def _kabupaten_en(name: str) -> str:
    return f"{name[len('Kota ') :]} City" if name.startswith("Kota ") else name


def _groups(
    reader: Reader, key: str, where: str = "", params: dict[str, Any] | None = None
) -> dict[Any, tuple[int, int | None]]:
    """Shown products grouped by `key`: each group's count, and the main photo of its
    representative product (featured first, then by name, among those with a photo).

    One pass with window functions: a correlated "best photo" query per group walked the
    products once per group (150 ms for the 15 kabupaten at 10,000 products; this takes ~20).
    """
    rows = sqlite_connection(reader).execute(
        f"""
        SELECT key, n, photo FROM (
            SELECT key, photo, COUNT(*) OVER (PARTITION BY key) AS n,
                   ROW_NUMBER() OVER (PARTITION BY key
                       ORDER BY photo IS NULL, featured DESC, name_id, id) AS rn
            FROM (SELECT {key} AS key, p.id, p.featured, p.name_id, {MAIN_PHOTO} AS photo
                  FROM {SHOWN_FROM} LEFT JOIN producer AS pr ON pr.id = p.producer_id
                  WHERE {SHOWN} AND {key} IS NOT NULL {where}) AS shown) AS ranked
        WHERE rn = 1""",
        params or {},
    )
    return {group: (count, photo) for group, count, photo in rows}


def category_tiles(reader: Reader) -> list[Tile]:
    """The categories shown on the kiosk that hold at least one shown product, in staff order."""
    found = _groups(reader, "p.category_id")
    categories = sqlite_connection(reader).execute(
        "SELECT id, name_id, name_en FROM category WHERE on_kiosk ORDER BY position, name_id"
    )
    return [
        Tile("category", str(cid), name_id, name_en or name_id, *found[cid])
        for cid, name_id, name_en in categories
        if cid in found
    ]


def kabupaten_tiles(reader: Reader) -> list[Tile]:
    """All 15 kabupaten/kota in the usual order, each with its shown products (maybe 0)."""
    found = _groups(reader, "pr.kabupaten")
    return [
        Tile("kabupaten", name, name, _kabupaten_en(name), *found.get(name, (0, None)))
        for name in KABUPATEN
    ]


def producer_tiles(reader: Reader, *, kabupaten: str | None = None) -> list[Tile]:
    """The producers with at least one shown product (of `kabupaten` if given), A to Z."""
    if kabupaten is None:
        found = _groups(reader, "p.producer_id")
    else:
        found = _groups(reader, "p.producer_id", "AND pr.kabupaten = :k", {"k": kabupaten})
    producers = sqlite_connection(reader).execute("SELECT id, name FROM producer ORDER BY name, id")
    return [
        Tile("producer", str(pid), name, name, *found[pid])
        for pid, name in producers
        if pid in found
    ]


_CARD_COLUMNS = f"""p.id, p.name_id, p.name_en, p.price, p.unit, COALESCE(pr.kabupaten, ''),
    {MAIN_PHOTO}"""
_CARD_FROM = f"{SHOWN_FROM} LEFT JOIN producer AS pr ON pr.id = p.producer_id"


def _cards(reader: Reader, where: str, params: dict[str, Any], order: str) -> list[ProductCard]:
    sql = f"SELECT {_CARD_COLUMNS} FROM {_CARD_FROM} WHERE {SHOWN} AND {where} ORDER BY {order}"
    return [
        ProductCard(pid, name_id, name_en or name_id, price, unit, kabupaten, photo)
        for pid, name_id, name_en, price, unit, kabupaten, photo in sqlite_connection(
            reader
        ).execute(sql, params)
    ]


def cards(
    reader: Reader,
    *,
    category_id: int | None = None,
    kabupaten: str | None = None,
    producer_id: int | None = None,
    text: str = "",
    limit: int = MAX_CARDS,
) -> list[ProductCard]:
    """The shown products matching every filter given, by name (at most `limit`).

    `text` is searched as typed (each word a prefix) in codes, names, descriptions and producer.
    """
    clauses = ["1 = 1"]
    params: dict[str, Any] = {"limit": limit}
    if category_id is not None:
        clauses.append("p.category_id = :category_id")
        params["category_id"] = category_id
    if kabupaten is not None:
        clauses.append("pr.kabupaten = :kabupaten")
        params["kabupaten"] = kabupaten
    if producer_id is not None:
        clauses.append("p.producer_id = :producer_id")
        params["producer_id"] = producer_id
    connection = sqlite_connection(reader)
    match = search_query(dialect(connection), text)
    if match is not None:
        clauses.append(match_clause(dialect(connection)))
        params["match"] = match
    return _cards(reader, " AND ".join(clauses), params, "p.name_id, p.id LIMIT :limit")


def featured_cards(reader: Reader) -> list[ProductCard]:
    """The shown featured (unggulan) products, by name."""
    return _cards(reader, "p.featured", {}, f"p.name_id, p.id LIMIT {MAX_CARDS}")


def attract_cards(reader: Reader) -> list[ProductCard]:
    """The products of the attract screen that are shown and have a photo.

    The ones staff chose, in their order; if none is chosen (or none of them is left), the
    featured products; if none of those has a photo, any shown product with one (at most 30).
    """
    chosen = kiosk_settings(reader).attract_product_ids
    with_photo = f"{MAIN_PHOTO} IS NOT NULL"
    if chosen:
        found = {
            card.id: card
            for card in _cards(
                reader,
                # The ids are whole numbers (settings._parse_ids): written into the SQL, which
                # both stores read alike (json_each is SQLite's alone).
                f"{with_photo} AND p.id IN ({', '.join(str(int(pid)) for pid in chosen)})",
                {},
                "p.id",
            )
        }
        ordered = [found[pid] for pid in chosen if pid in found]
        if ordered:
            return ordered
    featured = _cards(reader, f"p.featured AND {with_photo}", {}, "p.name_id, p.id LIMIT 200")
    if featured:
        return featured
    return _cards(reader, with_photo, {}, "p.name_id, p.id LIMIT 30")


def product(reader: Reader, product_id: int, qr_kind: str) -> KioskProduct | None:
    """The product page of `product_id`, or None if it is not (or no longer) shown on the kiosk."""
    connection = sqlite_connection(reader)
    row = connection.execute(
        f"""
        SELECT p.id, p.code, p.name_id, p.name_en, p.description_id, p.description_en, p.price,
               p.unit, COALESCE(c.name_id, ''), COALESCE(c.name_en, ''), p.producer_id,
               COALESCE(pr.name, ''), COALESCE(pr.kind, ''), COALESCE(pr.kabupaten, ''),
               COALESCE(pr.story_id, ''), COALESCE(pr.story_en, ''), COALESCE(pr.phone, ''),
               p.certificates, p.export_markets, p.featured
        FROM {_CARD_FROM} WHERE p.id = ? AND {SHOWN}""",
        (product_id,),
    ).fetchone()
    if row is None:
        return None
    (pid, code, name_id, name_en, desc_id, desc_en, price, unit, cat_id, cat_en, producer_id,
     producer, kind, kabupaten, story_id, story_en, phone, certificates, markets, featured) = row  # fmt: skip
    photos = photo_ids(reader, pid)
    template = ""
    if qr_kind == "url":
        template = read_settings(reader, URL_TEMPLATE_SETTING).get(URL_TEMPLATE_SETTING, "")
    payload = _qr_payload(
        LabelItem(pid, code, " ".join(name_id.split()), price, " ".join(unit.split()),
                  " ".join(producer.split()), kabupaten, phone),
        qr_kind,
        template,
    )  # fmt: skip
    return KioskProduct(
        id=pid,
        code=code,
        name_id=name_id,
        name_en=name_en or name_id,
        description_id=desc_id,
        description_en=desc_en or desc_id,
        price=price,
        unit=unit,
        category_name_id=cat_id,
        category_name_en=cat_en or cat_id,
        producer_id=producer_id,
        producer=producer,
        producer_kind=kind,
        kabupaten=kabupaten,
        story_id=story_id,
        story_en=story_en or story_id,
        certificates=_json_list(certificates),
        export_markets=_json_list(markets),
        photo_ids=photos,
        qr_payload=payload,
        featured=bool(featured),
    )


def _json_list(stored: str | None) -> tuple[str, ...]:
    try:
        values = json.loads(stored) if stored else []
    except ValueError:
        return ()
    return tuple(str(v) for v in values) if isinstance(values, list) else ()


def photo_ids(reader: Reader, product_id: int) -> tuple[int, ...]:
    """The photos of a product in the order its page shows them."""
    return tuple(
        photo_id
        for (photo_id,) in sqlite_connection(reader).execute(
            "SELECT id FROM photo WHERE product_id = ? ORDER BY position, id", (product_id,)
        )
    )


def photo_bytes(reader: Reader, photo_id: int, *, thumbnail: bool = False) -> bytes | None:
    """The JPEG bytes of a photo (or of its thumbnail), None if it was deleted meanwhile."""
    column = "thumbnail" if thumbnail else "image"
    row = (
        sqlite_connection(reader)
        .execute(f"SELECT {column} FROM photo WHERE id = ?", (photo_id,))
        .fetchone()
    )
    return None if row is None else bytes(row[0])


# --- the QR payload (the fullest a shelf label of that kind holds) ----------------------------


def _qr_payload(item: LabelItem, kind: str, url_template: str = "") -> str:
    """The fullest payload of `kind` for `item`; text for WhatsApp without a phone, and for
    a web address without a usable template (the kiosk shows something rather than nothing)."""
    qr_kind = QrKind(kind) if kind in QR_KINDS else QrKind.WHATSAPP
    try:
        return qr_payload(item, qr_kind, url_template=url_template)
    except ValidationError:
        return qr_payload(item, QrKind.TEXT)
