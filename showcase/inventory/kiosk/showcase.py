"""The kiosk's view of the showcase: its settings and PIN, and what visitors may see.

Everything a visitor sees is read here with plain SQL through a read-only connection
(`open_kiosk_reader`), each query its own short read transaction, so the kiosk can never
change the staff's data, never holds a snapshot that stops a WAL checkpoint, and never waits
on the staff window. The one thing the kiosk writes, visit counts, goes through
`VisitLog` (in `showcase.inventory.kiosk.visits`, re-exported here) on a connection of its own.

A product is shown on the kiosk when it is not archived, staff left "on kiosk" ticked, and its
category (if it has one) is shown on the kiosk too (`category.on_kiosk`).

The PIN that ends the kiosk is stored as a salted scrypt hash, never in clear. With no PIN set,
leaving the kiosk asks for nothing: `KioskSettings.has_pin` is False, `check_kiosk_pin` accepts
anything, and the staff's Kiosk settings dialog warns "No PIN: anyone can leave the kiosk".
Wrong PINs are slowed down by `PinGuard`. Hashing and the guard live in
`showcase.inventory.staff.pins`, shared with the staff accounts.

The QR code on a product page holds the same payload a shelf label of the chosen kind holds
(`showcase.inventory.qr_payloads`, its longest choice: the kiosk's code is large).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from showcase.errors import ValidationError
from showcase.i18n import translate
from showcase.inventory.kiosk.visits import (
    VISIT_KINDS,
    VisitLog,
    VisitRow,
    VisitTotal,
    visit_report,
    visit_totals,
    write_visits_csv,
)
from showcase.inventory.qr_payloads import (
    URL_TEMPLATE_SETTING,
    LabelItem,
    QrKind,
    check_url_template,
    qr_payload,
)
from showcase.inventory.regions import KABUPATEN
from showcase.inventory.staff.pins import (
    PIN_MAX_DIGITS,
    PIN_MIN_DIGITS,
    PinGuard,
    hash_pin,
    pin_problem,
    verify_pin,
)
from showcase.store.db import BUSY_TIMEOUT_MS, Reader, sqlite_connection
from showcase.store.search import fts_query

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = [
    "DEFAULT_CENTER_NAME",
    "DEFAULT_IDLE_SECONDS",
    "DEFAULT_QR_KIND",
    "MAX_IDLE_SECONDS",
    "MIN_IDLE_SECONDS",
    "PIN_MAX_DIGITS",
    "PIN_MIN_DIGITS",
    "QR_KINDS",
    "VISIT_KINDS",
    "AttractChoice",
    "KioskCategory",
    "KioskProduct",
    "KioskSettings",
    "PinGuard",
    "ProductCard",
    "Tile",
    "VisitLog",
    "VisitRow",
    "VisitTotal",
    "attract_cards",
    "attract_choices",
    "cards",
    "category_tiles",
    "check_kiosk_pin",
    "clear_kiosk_pin",
    "data_version",
    "featured_cards",
    "hash_pin",
    "hidden_product_count",
    "kabupaten_tiles",
    "kiosk_categories",
    "kiosk_settings",
    "open_kiosk_reader",
    "photo_bytes",
    "producer_tiles",
    "product",
    "products_hidden_themselves",
    "save_kiosk_settings",
    "set_category_on_kiosk",
    "set_kiosk_pin",
    "verify_pin",
    "visit_report",
    "visit_totals",
    "write_visits_csv",
]

# --- settings -----------------------------------------------------------------------------------

DEFAULT_IDLE_SECONDS = 90
MIN_IDLE_SECONDS = 30
MAX_IDLE_SECONDS = 3600
DEFAULT_CENTER_NAME = "UMKM Center Bakauheni"
MAX_CENTER_NAME = 80
QR_KINDS: tuple[str, ...] = tuple(kind.value for kind in QrKind)
DEFAULT_QR_KIND = "whatsapp"

CENTER_NAME_SETTING = "center_name"
IDLE_SETTING = "kiosk_idle_seconds"
ATTRACT_SETTING = "kiosk_attract_products"  # a JSON list of product ids, in the staff's order
QR_KIND_SETTING = "kiosk_qr_kind"
PIN_SETTING = "kiosk_pin"

# The condition for a product `p` (with its category `c` LEFT JOINed) to be shown on the kiosk.
SHOWN = "p.on_kiosk = 1 AND p.archived = 0 AND (p.category_id IS NULL OR c.on_kiosk = 1)"
SHOWN_FROM = "product AS p LEFT JOIN category AS c ON c.id = p.category_id"
# The main photo (position 0, else the first) of the product `p`.
MAIN_PHOTO = (
    "(SELECT ph.id FROM photo AS ph WHERE ph.product_id = p.id ORDER BY ph.position, ph.id LIMIT 1)"
)
# At most this many cards in one list: a kiosk grid is browsed, not read to the end.
MAX_CARDS = 1000


@dataclass(frozen=True)
class KioskSettings:
    """What staff set for the kiosk. An empty `attract_product_ids` means every featured product."""

    center_name: str = DEFAULT_CENTER_NAME
    idle_seconds: int = DEFAULT_IDLE_SECONDS
    attract_product_ids: tuple[int, ...] = ()
    qr_kind: str = DEFAULT_QR_KIND
    has_pin: bool = False


def _settings(reader: Reader, *keys: str) -> dict[str, str]:
    marks = ",".join("?" * len(keys))
    rows = sqlite_connection(reader).execute(
        f"SELECT key, value FROM setting WHERE key IN ({marks})", keys
    )
    return {key: value for key, value in rows}


def _parse_ids(stored: str) -> tuple[int, ...]:
    try:
        values = json.loads(stored) if stored else []
    except ValueError:
        return ()
    if not isinstance(values, list):
        return ()
    ids = (v for v in values if isinstance(v, int) and not isinstance(v, bool))
    return tuple(dict.fromkeys(ids))


def kiosk_settings(reader: Reader) -> KioskSettings:
    """The kiosk's settings; defaults for anything staff have not set (or that is unusable)."""
    stored = _settings(
        reader, CENTER_NAME_SETTING, IDLE_SETTING, ATTRACT_SETTING, QR_KIND_SETTING, PIN_SETTING
    )
    name = " ".join(stored.get(CENTER_NAME_SETTING, "").split()) or DEFAULT_CENTER_NAME
    try:
        idle = int(stored.get(IDLE_SETTING, ""))
    except ValueError:
        idle = DEFAULT_IDLE_SECONDS
    if not MIN_IDLE_SECONDS <= idle <= MAX_IDLE_SECONDS:
        idle = DEFAULT_IDLE_SECONDS
    kind = stored.get(QR_KIND_SETTING, "")
    return KioskSettings(
        center_name=name,
        idle_seconds=idle,
        attract_product_ids=_parse_ids(stored.get(ATTRACT_SETTING, "")),
        qr_kind=kind if kind in QR_KINDS else DEFAULT_QR_KIND,
        has_pin=bool(stored.get(PIN_SETTING)),
    )


def _parse_idle(value: int | str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        seconds: int | None = value
    else:
        try:
            seconds = int(str(value).strip())
        except ValueError:
            seconds = None
    if seconds is None or not MIN_IDLE_SECONDS <= seconds <= MAX_IDLE_SECONDS:
        raise ValueError(
            translate("Kiosk", "must be a whole number of seconds from {low} to {high}").format(
                low=MIN_IDLE_SECONDS, high=MAX_IDLE_SECONDS
            )
        )
    return seconds


def save_kiosk_settings(
    session: Session,
    *,
    center_name: str,
    idle_seconds: int | str,
    attract_product_ids: Sequence[int],
    qr_kind: str,
) -> None:
    """Store the kiosk's settings; ValidationError naming each field that is wrong, nothing saved.

    Attract products that no longer exist are left out. The web-address kind needs the address
    template that staff set in the Print labels dialog.
    """
    from showcase.inventory.settings import set_setting

    errors: dict[str, str] = {}
    name = " ".join(center_name.split())
    if not name:
        errors["center_name"] = translate("Kiosk", "The center's name is required")
    elif len(name) > MAX_CENTER_NAME:
        errors["center_name"] = translate(
            "Kiosk", "The name is too long (at most {n} characters)"
        ).format(n=MAX_CENTER_NAME)
    seconds = DEFAULT_IDLE_SECONDS
    try:
        seconds = _parse_idle(idle_seconds)
    except ValueError as exc:
        errors["idle_seconds"] = str(exc)
    if qr_kind not in QR_KINDS:
        errors["qr_kind"] = translate("Kiosk", "Choose what the QR code holds")
    elif qr_kind == "url":
        template = _settings(session, URL_TEMPLATE_SETTING).get(URL_TEMPLATE_SETTING, "")
        try:
            check_url_template(template)
        except ValidationError:
            errors["qr_kind"] = translate(
                "Kiosk",
                "A web address needs the address template (such as https://…/{code}): "
                "set it in the Print labels dialog first",
            )
    if errors:
        raise ValidationError(errors)
    wanted = list(dict.fromkeys(int(pid) for pid in attract_product_ids))
    existing: set[int] = set()
    connection = sqlite_connection(session)
    for start in range(0, len(wanted), 500):
        batch = wanted[start : start + 500]
        marks = ",".join("?" * len(batch))
        existing.update(
            pid
            for (pid,) in connection.execute(f"SELECT id FROM product WHERE id IN ({marks})", batch)
        )
    set_setting(session, CENTER_NAME_SETTING, name)
    set_setting(session, IDLE_SETTING, str(seconds))
    set_setting(session, ATTRACT_SETTING, json.dumps([pid for pid in wanted if pid in existing]))
    set_setting(session, QR_KIND_SETTING, qr_kind)


# --- the PIN ------------------------------------------------------------------------------------


def set_kiosk_pin(session: Session, pin: str) -> None:
    """Set the PIN that ends the kiosk: 4 to 8 digits, else ValidationError on `pin`."""
    from showcase.inventory.settings import set_setting

    pin = pin.strip()
    problem = pin_problem(pin)
    if problem is not None:
        raise ValidationError({"pin": problem})
    set_setting(session, PIN_SETTING, hash_pin(pin))


def clear_kiosk_pin(session: Session) -> None:
    """Remove the PIN: leaving the kiosk then asks for nothing."""
    from showcase.store.models import Setting

    setting = session.get(Setting, PIN_SETTING)
    if setting is not None:
        session.delete(setting)
        session.flush()


def check_kiosk_pin(reader: Reader, pin: str) -> bool:
    """Whether `pin` lets a person leave the kiosk (always True while no PIN is set)."""
    stored = _settings(reader, PIN_SETTING).get(PIN_SETTING, "")
    if not stored:
        return True
    return verify_pin(stored, pin.strip())


# --- what visitors see --------------------------------------------------------------------------


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
class KioskProduct:
    """Everything a product page shows. `producer_kind` is "umkm", "koperasi" or "" (none)."""

    id: int
    code: str
    name_id: str
    name_en: str
    description_id: str
    description_en: str
    price: int
    unit: str
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
                  WHERE {SHOWN} AND {key} IS NOT NULL {where}))
        WHERE rn = 1""",
        params or {},
    )
    return {group: (count, photo) for group, count, photo in rows}


def category_tiles(reader: Reader) -> list[Tile]:
    """The categories shown on the kiosk that hold at least one shown product, in staff order."""
    found = _groups(reader, "p.category_id")
    categories = sqlite_connection(reader).execute(
        "SELECT id, name_id, name_en FROM category WHERE on_kiosk = 1 ORDER BY position, name_id"
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
    clauses = ["1"]
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
    match = fts_query(text)
    if match is not None:
        clauses.append("p.id IN (SELECT rowid FROM product_fts WHERE product_fts MATCH :match)")
        params["match"] = match
    return _cards(reader, " AND ".join(clauses), params, "p.name_id, p.id LIMIT :limit")


def featured_cards(reader: Reader) -> list[ProductCard]:
    """The shown featured (unggulan) products, by name."""
    return _cards(reader, "p.featured = 1", {}, f"p.name_id, p.id LIMIT {MAX_CARDS}")


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
                f"{with_photo} AND p.id IN (SELECT value FROM json_each(:ids))",
                {"ids": json.dumps(list(chosen))},
                "p.id",
            )
        }
        ordered = [found[pid] for pid in chosen if pid in found]
        if ordered:
            return ordered
    featured = _cards(reader, f"p.featured = 1 AND {with_photo}", {}, "p.name_id, p.id LIMIT 200")
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
    photos = tuple(
        photo_id
        for (photo_id,) in connection.execute(
            "SELECT id FROM photo WHERE product_id = ? ORDER BY position, id", (pid,)
        )
    )
    template = ""
    if qr_kind == "url":
        template = _settings(reader, URL_TEMPLATE_SETTING).get(URL_TEMPLATE_SETTING, "")
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


def photo_bytes(reader: Reader, photo_id: int, *, thumbnail: bool = False) -> bytes | None:
    """The JPEG bytes of a photo (or of its thumbnail), None if it was deleted meanwhile."""
    column = "thumbnail" if thumbnail else "image"
    row = (
        sqlite_connection(reader)
        .execute(f"SELECT {column} FROM photo WHERE id = ?", (photo_id,))
        .fetchone()
    )
    return None if row is None else bytes(row[0])


# --- the QR payload (the fullest a shelf label of that kind holds) ------------------------------


def _qr_payload(item: LabelItem, kind: str, url_template: str = "") -> str:
    """The fullest payload of `kind` for `item`; text for WhatsApp without a phone, and for
    a web address without a usable template (the kiosk shows something rather than nothing)."""
    qr_kind = QrKind(kind) if kind in QR_KINDS else QrKind.WHATSAPP
    try:
        return qr_payload(item, qr_kind, url_template=url_template)
    except ValidationError:
        return qr_payload(item, QrKind.TEXT)


# --- staff's choices of what the kiosk shows ----------------------------------------------------


@dataclass(frozen=True)
class KioskCategory:
    """A category as the Kiosk settings dialog lists it: `products` not archived, of which
    `kiosk_products` are themselves ticked "on kiosk" (hidden with the category if it is hidden)."""

    id: int
    name_id: str
    on_kiosk: bool
    products: int
    kiosk_products: int


def kiosk_categories(reader: Reader) -> list[KioskCategory]:
    """Every category in staff order, whether the kiosk shows it, and its products."""
    rows = sqlite_connection(reader).execute(
        """
        SELECT c.id, c.name_id, c.on_kiosk, COUNT(p.id), COALESCE(SUM(p.on_kiosk), 0)
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
    rows = sqlite_connection(reader).execute(
        """
        SELECT p.id, p.code, p.name_id, p.featured,
               EXISTS (SELECT 1 FROM photo AS ph WHERE ph.product_id = p.id)
        FROM product AS p
        WHERE p.archived = 0 AND (p.featured = 1 OR p.id IN (SELECT value FROM json_each(?)))
        ORDER BY p.featured DESC, p.name_id, p.id""",
        (json.dumps([int(pid) for pid in chosen]),),
    )
    return [
        AttractChoice(pid, code, name, bool(featured), bool(photo))
        for pid, code, name, featured, photo in rows
    ]


def set_category_on_kiosk(session: Session, category_ids: Sequence[int], shown: bool) -> None:
    """Show (or hide) the categories `category_ids` on the kiosk, with their products."""
    from sqlalchemy import select

    from showcase.store.models import Category

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
