"""What a catalogue prints, read from the database: products, chosen by filters, in sections.

Everything is read with plain SQL into frozen dataclasses in one short read, so the layout
that follows holds no session and no ORM object: it may run in a worker thread while staff
keep working, and nothing it holds goes stale or lazy-loads halfway through a page.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from showcase.errors import NotFoundError, UserError
from showcase.i18n import translate
from showcase.inventory.regions import KABUPATEN, normalize_kabupaten
from showcase.inventory.shown_product import ShownProduct
from showcase.printing.catalogue.words import Language, word_pair
from showcase.store.db import Reader, sqlite_connection
from showcase.store.reader import SqlConnection


class Grouping(StrEnum):
    """How a catalogue is divided into sections."""

    CATEGORY = "category"
    KABUPATEN = "kabupaten"
    PRODUCER = "producer"


@dataclass(frozen=True)
class CatalogueSelection:
    """Which products go in. Only products shown on the kiosk and not archived, always.

    `product_ids` is the staff's current selection; None means "use the filters below".
    Filters of different kinds must all hold; names within one kind are alternatives.
    Categories are chosen by name (typed on the command line, in either language) or by id
    (ticked in a list that shows them in the staff's language); both kinds add up.
    """

    product_ids: Sequence[int] | None = None
    category_names: Sequence[str] = ()
    category_ids: Sequence[int] = ()
    kabupaten: Sequence[str] = ()
    producer_ids: Sequence[int] = ()
    featured_only: bool = False
    in_stock_only: bool = False


@dataclass(frozen=True)
class CatalogueProduct(ShownProduct):
    """One product as the catalogue prints it, with its category, producer and main photo."""

    stock: int
    featured: bool
    certificates: tuple[str, ...]
    export_markets: tuple[str, ...]
    category_id: int | None
    category_id_name: str
    category_en_name: str
    category_position: int
    producer_id: int | None
    producer_name: str
    producer_kind: str
    producer_scale: str | None
    kabupaten: str
    phone: str
    story_id: str
    story_en: str
    photo_id: int | None
    photo_width: int
    photo_height: int

    def name(self, language: Language) -> str:
        """The name in `language` (the Indonesian one where no English name was given)."""
        if language is Language.EN and self.name_en.strip():
            return self.name_en
        return self.name_id


@dataclass(frozen=True)
class Section:
    """A part of the catalogue: its heading in both languages and its products, in order."""

    key: str
    title_id: str
    title_en: str
    products: tuple[CatalogueProduct, ...]

    def title(self, language: Language) -> str:
        return self.title_en if language is Language.EN and self.title_en else self.title_id


def _category_ids(connection: SqlConnection, names: Sequence[str]) -> list[int]:
    """Ids of the categories named (Indonesian or English name, any case); refuses unknown ones."""
    if not names:
        return []
    rows = connection.execute(
        "SELECT id, name_id, name_en FROM category ORDER BY position, name_id"
    ).fetchall()
    by_name: dict[str, int] = {}
    for ident, _, name_en in rows:
        if name_en.strip():
            by_name.setdefault(" ".join(name_en.split()).casefold(), ident)
    for ident, name_id, _ in rows:  # the Indonesian name wins a clash with an English one
        by_name[" ".join(name_id.split()).casefold()] = ident
    ids = []
    for name in names:
        ident = by_name.get(" ".join(name.split()).casefold())
        if ident is None:
            known = ", ".join(r[1] for r in rows) or translate("Catalogue", "none yet")
            raise NotFoundError(
                translate(
                    "Catalogue", "there is no category “{name}” (categories: {known})"
                ).format(name=name, known=known)
            )
        ids.append(ident)
    return ids


def _kabupaten(names: Sequence[str]) -> list[str]:
    found = []
    for name in names:
        canonical = normalize_kabupaten(name)
        if canonical is None:
            raise NotFoundError(
                translate(
                    "Catalogue", "“{name}” is not a kabupaten or kota of Lampung ({known})"
                ).format(name=name, known=", ".join(KABUPATEN))
            )
        found.append(canonical)
    return found


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def select_products(session: Reader, selection: CatalogueSelection) -> list[int]:
    """Ids of the products `selection` chooses, A to Z by Indonesian name.

    Raises NotFoundError for a category or kabupaten that does not exist (naming it and the
    ones that do), and UserError when the filter matches no product.
    """
    connection = sqlite_connection(session)
    clauses = ["p.archived = 0", "p.on_kiosk = 1"]
    params: list[Any] = []
    if selection.product_ids is not None:
        ids = list(dict.fromkeys(int(i) for i in selection.product_ids))
        if not ids:
            raise UserError(translate("Catalogue", "no products are selected"))
        clauses.append(f"p.id IN ({_marks(ids)})")
        params += ids
    if selection.category_names or selection.category_ids:
        categories = [
            *_category_ids(connection, selection.category_names),
            *selection.category_ids,
        ]
        clauses.append(f"p.category_id IN ({_marks(categories)})")
        params += categories
    if selection.kabupaten:
        places = _kabupaten(selection.kabupaten)
        clauses.append(
            f"p.producer_id IN (SELECT id FROM producer WHERE kabupaten IN ({_marks(places)}))"
        )
        params += places
    if selection.producer_ids:
        makers = list(selection.producer_ids)
        clauses.append(f"p.producer_id IN ({_marks(makers)})")
        params += makers
    if selection.featured_only:
        clauses.append("p.featured = 1")
    if selection.in_stock_only:
        clauses.append("p.stock > 0")
    sql = f"SELECT p.id FROM product AS p WHERE {' AND '.join(clauses)} ORDER BY p.name_id, p.id"
    found = [row[0] for row in connection.execute(sql, params)]
    if not found:
        raise UserError(translate("Catalogue", "the filter matches no product"))
    return found


_PRODUCT_SQL = """
    SELECT p.id, p.code, p.name_id, p.name_en, p.description_id, p.description_en, p.price,
           p.unit, p.stock, p.featured, p.certificates, p.export_markets,
           p.category_id, COALESCE(c.name_id, ''), COALESCE(c.name_en, ''), COALESCE(c.position, 0),
           p.producer_id, COALESCE(pr.name, ''), COALESCE(pr.kind, ''), pr.scale,
           COALESCE(pr.kabupaten, ''), COALESCE(pr.phone, ''), COALESCE(pr.story_id, ''),
           COALESCE(pr.story_en, ''), ph.id, COALESCE(ph.width, 0), COALESCE(ph.height, 0)
    FROM product AS p
    LEFT JOIN category AS c ON c.id = p.category_id
    LEFT JOIN producer AS pr ON pr.id = p.producer_id
    LEFT JOIN photo AS ph ON ph.id = (
        SELECT id FROM photo WHERE product_id = p.id ORDER BY position, id LIMIT 1)
    WHERE p.id IN ({marks})
"""


def _strings(raw: Any) -> tuple[str, ...]:
    try:
        items = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return ()
    if not isinstance(items, list):
        return ()
    return tuple(str(item).strip() for item in items if str(item).strip())


def read_products(session: Reader, ids: Sequence[int]) -> list[CatalogueProduct]:
    """The products with these ids that still exist (in no particular order)."""
    connection = sqlite_connection(session)
    products: list[CatalogueProduct] = []
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), 500):  # SQLite limits the number of parameters
        chunk = unique[start : start + 500]
        for r in connection.execute(_PRODUCT_SQL.format(marks=_marks(chunk)), chunk):
            products.append(
                CatalogueProduct(
                    id=r[0],
                    code=r[1],
                    name_id=r[2],
                    name_en=r[3],
                    description_id=r[4],
                    description_en=r[5],
                    price=r[6],
                    unit=r[7],
                    stock=r[8],
                    featured=bool(r[9]),
                    certificates=_strings(r[10]),
                    export_markets=_strings(r[11]),
                    category_id=r[12],
                    category_id_name=r[13],
                    category_en_name=r[14],
                    category_position=r[15],
                    producer_id=r[16],
                    producer_name=r[17],
                    producer_kind=r[18],
                    producer_scale=r[19],
                    kabupaten=r[20],
                    phone=r[21],
                    story_id=r[22],
                    story_en=r[23],
                    photo_id=r[24],
                    photo_width=r[25],
                    photo_height=r[26],
                )
            )
    return products


def _in_order(
    products: Iterable[CatalogueProduct], language: Language
) -> tuple[CatalogueProduct, ...]:
    # Featured products lead each section: they are what the center wants buyers to see first.
    return tuple(
        sorted(
            products,
            key=lambda p: (not p.featured, p.name(language).casefold(), p.code.casefold()),
        )
    )


def sections(
    products: Iterable[CatalogueProduct], grouping: Grouping, language: Language
) -> list[Section]:
    """The products divided into sections by `grouping`, sections and products in print order.

    Categories follow the order staff set; kabupaten the province's usual order (the regencies,
    then the cities); producers A to Z. Products without one go last, under "Other".
    """
    groups: dict[str, list[CatalogueProduct]] = {}
    heads: dict[str, tuple[tuple[Any, ...], str, str]] = {}  # key: (sort key, title id, en)
    order: tuple[Any, ...]
    for product in products:
        if grouping is Grouping.CATEGORY:
            if product.category_id is None:
                key, order, titles = "category-none", (1, 0, ""), word_pair("other_category")
            else:
                key = f"category-{product.category_id}"
                order = (0, product.category_position, product.category_id_name.casefold())
                titles = (product.category_id_name, product.category_en_name)
        elif grouping is Grouping.KABUPATEN:
            place = product.kabupaten
            if not place:
                key, order, titles = "kabupaten-none", (2, 0, ""), word_pair("no_kabupaten")
            else:
                rank = KABUPATEN.index(place) if place in KABUPATEN else len(KABUPATEN)
                key, order, titles = (
                    f"kabupaten-{place}",
                    (0, rank, place.casefold()),
                    (place, place),
                )
        else:
            if product.producer_id is None:
                key, order, titles = "producer-none", (1, ""), word_pair("no_producer")
            else:
                key = f"producer-{product.producer_id}"
                order = (0, product.producer_name.casefold(), product.producer_id)
                titles = (product.producer_name, product.producer_name)
        groups.setdefault(key, []).append(product)
        heads[key] = (order, *titles)
    ordered = sorted(groups, key=lambda k: heads[k][0])
    return [
        Section(key, heads[key][1], heads[key][2], _in_order(groups[key], language))
        for key in ordered
    ]
