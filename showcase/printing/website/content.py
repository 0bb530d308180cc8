"""What the website shows, read from the showcase: exactly what the kiosk shows visitors.

Products, categories, the 15 kabupaten/kota and the producers come from the kiosk's read model
(`showcase.inventory.kiosk.view`: a product is on the site when it is on the kiosk), read inside one
read transaction so the site is one consistent snapshot, into frozen dataclasses: the pages are
then written with no database open. Photo bytes are read later, one at a time (`photo_bytes`).
"""

from __future__ import annotations

import base64
import dataclasses
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from showcase.errors import Cancelled
from showcase.inventory.kiosk import view
from showcase.inventory.kiosk.settings import kiosk_settings
from showcase.inventory.kiosk.view import (
    KioskProduct,
    Tile,
    category_tiles,
    featured_cards,
    kabupaten_tiles,
    open_kiosk_reader,
    producer_tiles,
)
from showcase.inventory.phone import format_phone
from showcase.inventory.qr_payloads import page_name
from showcase.inventory.setting_keys import CENTER_LOGO_SETTING
from showcase.store.db import sqlite_connection

# Cards in one listing at most (the kiosk shows fewer): every product of a category is listed.
ALL = 1_000_000


@dataclass(frozen=True)
class SitePhoto:
    """A stored photo's size, and when it was stored (`stamp`: tells it from another photo that
    got the same id in another showcase)."""

    id: int
    width: int
    height: int
    stamp: str


@dataclass(frozen=True)
class SiteProduct:
    """A product page's content: the kiosk's page, its stock, photos and links to its groups."""

    page: KioskProduct
    stock: int
    photos: tuple[SitePhoto, ...]
    whatsapp: str  # a wa.me link with the labels' prefilled message, or "" (no phone)
    phone: str  # as people write it (0812-…), or ""
    category_slug: str
    kabupaten_slug: str
    producer_slug: str

    @property
    def code(self) -> str:
        return self.page.code

    @property
    def slug(self) -> str:
        return page_name(self.page.code)

    def name(self, language: str) -> str:
        return self.page.name_en if language == "en" else self.page.name_id

    def description(self, language: str) -> str:
        return self.page.description_en if language == "en" else self.page.description_id


@dataclass(frozen=True)
class SiteGroup:
    """A category, kabupaten/kota or producer, with its products' codes (by name)."""

    kind: str  # "category", "kabupaten" or "producer"
    slug: str
    name_id: str
    name_en: str
    codes: tuple[str, ...]
    story_id: str = ""
    story_en: str = ""
    producer_kind: str = ""  # "umkm" or "koperasi" (producers only)
    kabupaten: str = ""  # producers only
    photo: SitePhoto | None = None  # the main photo of a product it holds (as the kiosk's tile)

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_id

    def story(self, language: str) -> str:
        return self.story_en if language == "en" else self.story_id


@dataclass(frozen=True)
class Showcase:
    center_name: str
    logo: bytes | None  # the center's logo (PNG), as staff set it for the kiosk
    products: dict[str, SiteProduct]  # by code, in order of name
    featured: tuple[str, ...]
    categories: tuple[SiteGroup, ...]
    kabupaten: tuple[SiteGroup, ...]
    producers: tuple[SiteGroup, ...]


def slugify(text: str, *, limit: int = 48) -> str:
    """`Kota Bandar Lampung` → `kota-bandar-lampung`: ASCII letters, digits and `-` only."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = "".join(ch.lower() if ch.isalnum() else " " for ch in ascii_text).split()
    slug = "-".join(words)[:limit].strip("-")
    return slug or "x"


def _group_slug(tile: Tile) -> str:
    if tile.kind == "kabupaten":
        return slugify(tile.ref)
    return f"{tile.ref}-{slugify(tile.name_id)}"


def read_showcase(
    connection: sqlite3.Connection,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Showcase:
    """Everything the site shows, in one read transaction on `connection` (kiosk-style reader)."""
    connection.execute("BEGIN")
    try:
        return _read(connection, progress, cancelled)
    finally:
        connection.execute("COMMIT")


def _read(
    connection: sqlite3.Connection,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool],
) -> Showcase:
    settings = kiosk_settings(connection)
    cards = view.cards(connection, limit=ALL)
    groups: dict[tuple[str, str], list[str]] = {}
    tiles: dict[str, list[Tile]] = {
        "category": category_tiles(connection),
        "kabupaten": kabupaten_tiles(connection),
        "producer": producer_tiles(connection),
    }
    slugs: dict[tuple[str, str], str] = {}
    for kind, kind_tiles in tiles.items():
        for tile in kind_tiles:
            slugs[(kind, tile.ref)] = _group_slug(tile)
            if kind == "category":
                members = view.cards(connection, category_id=int(tile.ref), limit=ALL)
            elif kind == "kabupaten":
                members = (
                    view.cards(connection, kabupaten=tile.ref, limit=ALL) if tile.count else []
                )
            else:
                members = view.cards(connection, producer_id=int(tile.ref), limit=ALL)
            groups[(kind, tile.ref)] = [str(card.id) for card in members]

    sql = sqlite_connection(connection)
    stock = dict(sql.execute("SELECT id, stock FROM product WHERE archived = 0").fetchall())
    category_of = dict(
        sql.execute("SELECT id, category_id FROM product WHERE archived = 0").fetchall()
    )
    photo_sizes = {
        pid: SitePhoto(pid, width, height, str(stamp))
        for pid, width, height, stamp in sql.execute(
            "SELECT id, width, height, created_at FROM photo"
        )
    }
    phones = dict(sql.execute("SELECT id, COALESCE(phone, '') FROM producer").fetchall())

    products: dict[str, SiteProduct] = {}
    by_id: dict[str, str] = {}
    producer_facts: dict[int, KioskProduct] = {}
    for done, card in enumerate(cards, start=1):
        if cancelled():
            raise Cancelled
        page = view.product(connection, card.id, "whatsapp")
        if page is None:
            continue
        whatsapp = page.qr_payload if page.qr_payload.startswith("https://wa.me/") else ""
        phone = phones.get(page.producer_id, "") if page.producer_id is not None else ""
        category_id = category_of.get(page.id)
        products[page.code] = SiteProduct(
            page=page,
            stock=int(stock.get(page.id, 0)),
            photos=tuple(photo_sizes[p] for p in page.photo_ids if p in photo_sizes),
            whatsapp=whatsapp,
            phone=format_phone(phone) if phone else "",
            category_slug=slugs.get(("category", str(category_id)), ""),
            kabupaten_slug=slugs.get(("kabupaten", page.kabupaten), ""),
            producer_slug=slugs.get(("producer", str(page.producer_id)), ""),
        )
        by_id[str(page.id)] = page.code
        if page.producer_id is not None:
            producer_facts.setdefault(page.producer_id, page)
        if progress is not None:
            progress(done, len(cards))

    def group(kind: str, tile: Tile) -> SiteGroup:
        codes = tuple(by_id[pid] for pid in groups[(kind, tile.ref)] if pid in by_id)
        facts = producer_facts.get(int(tile.ref)) if kind == "producer" else None
        return SiteGroup(
            kind=kind,
            slug=slugs[(kind, tile.ref)],
            name_id=tile.name_id,
            name_en=tile.name_en,
            codes=codes,
            story_id=facts.story_id if facts else "",
            story_en=facts.story_en if facts else "",
            producer_kind=facts.producer_kind if facts else "",
            kabupaten=facts.kabupaten if facts else "",
            photo=photo_sizes.get(tile.photo_id) if tile.photo_id is not None else None,
        )

    featured = tuple(
        by_id[str(card.id)] for card in featured_cards(connection) if str(card.id) in by_id
    )
    return Showcase(
        center_name=settings.center_name,
        logo=_logo(connection),
        products=products,
        featured=featured,
        categories=tuple(group("category", t) for t in tiles["category"]),
        kabupaten=tuple(group("kabupaten", t) for t in tiles["kabupaten"]),
        producers=tuple(group("producer", t) for t in tiles["producer"]),
    )


def _logo(sql: sqlite3.Connection) -> bytes | None:
    """The center's logo: stored base64, as showcase.inventory.branding keeps it."""
    row = sql.execute("SELECT value FROM setting WHERE key = ?", (CENTER_LOGO_SETTING,)).fetchone()
    if row is None or not row[0]:
        return None
    try:
        return base64.b64decode(row[0], validate=True)
    except ValueError:
        return None


def without_photos(showcase: Showcase, photo_ids: set[int]) -> Showcase:
    """The showcase with the photos `photo_ids` left out (they could not be read or scaled)."""
    products = {
        code: dataclasses.replace(
            product, photos=tuple(p for p in product.photos if p.id not in photo_ids)
        )
        for code, product in showcase.products.items()
    }

    def group(g: SiteGroup) -> SiteGroup:
        return dataclasses.replace(g, photo=None) if g.photo and g.photo.id in photo_ids else g

    return dataclasses.replace(
        showcase,
        products=products,
        categories=tuple(group(g) for g in showcase.categories),
        kabupaten=tuple(group(g) for g in showcase.kabupaten),
        producers=tuple(group(g) for g in showcase.producers),
    )


def open_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection to the showcase at `path`, as the kiosk reads it."""
    return open_kiosk_reader(path)


def photo_bytes(connection: sqlite3.Connection, photo_id: int) -> bytes | None:
    """The stored JPEG of a photo (at most about 2400 px), None if it was deleted meanwhile."""
    return view.photo_bytes(connection, photo_id)
