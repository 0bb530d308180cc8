"""Printable A4 catalogues of the showcase, as PDF: what to put in, how, and writing the file.

    ids = select_products(session, CatalogueSelection(featured_only=True))
    summary = write_catalogue(database, ids, CatalogueOptions(language=Language.BOTH), path)

A catalogue has a cover, a table of contents, and a section per category, kabupaten or
producer, in one of three layouts: photo cards (2, 4 or 6 to a page), one product per page, or
a compact price list. `write_catalogue` may run in a worker thread: it opens its own short
sessions from the database it is given, holds no Qt object, reports progress as products are
laid out and stops when asked to (Cancelled). The file appears only when it is complete
(`showcase.files.replaced_when_complete`).

The parts live beside it in this package: data (reading and sections), photos (print-size
copies kept in the database), style, cards, feature, pricelist, pages (document, contents,
headers), words (the printed words in both languages).
"""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO, TypeAlias

from showcase.errors import Cancelled, UserError, ValidationError
from showcase.files import replaced_when_complete
from showcase.i18n import translate
from showcase.inventory.kiosk.settings import DEFAULT_CENTER_NAME
from showcase.inventory.qr_payloads import QrKind
from showcase.inventory.setting_keys import CENTER_NAME_SETTING, URL_TEMPLATE_SETTING
from showcase.inventory.settings import get_setting
from showcase.printing.catalogue.data import (
    CatalogueProduct,
    CatalogueSelection,
    Grouping,
    Section,
    read_products,
    sections,
    select_products,
)
from showcase.printing.catalogue.words import Language, long_date

if TYPE_CHECKING:
    from reportlab.platypus import Flowable  # type: ignore[import-untyped]
    from sqlalchemy.orm import Session, sessionmaker

    from showcase.printing.catalogue.cards import Printing
    from showcase.printing.catalogue.pages import CatalogueDocument, Record
    from showcase.printing.catalogue.photos import PrintSize, ScaledPhoto
    from showcase.store.db import Database

__all__ = [
    "Cancelled",
    "CatalogueLayout",
    "CatalogueOptions",
    "CatalogueSelection",
    "CatalogueSummary",
    "Grouping",
    "Language",
    "check_output_path",
    "select_products",
    "write_catalogue",
]

SessionSource: TypeAlias = "Database | sessionmaker[Session]"
# Smallest QR module printed in a catalogue. Labels keep 0.5 mm (read from a shelf); a
# catalogue page is held in the hand, and 0.4 mm lets a WhatsApp link name the product.
MIN_QR_MODULE_MM = 0.4


class CatalogueLayout(StrEnum):
    """Photo cards (2, 4 or 6 to a page), one product to a page, or a compact price list."""

    CARDS = "cards"
    FEATURE = "feature"
    PRICELIST = "pricelist"


@dataclass(frozen=True)
class CatalogueOptions:
    """How a catalogue looks. `date` None means today; `cover_product_id` None means the first
    featured product with a photo (or any product with one); `center_name` None means the name
    saved for the center (asked at the first start, changed in Kiosk settings)."""

    language: Language = Language.ID
    layout: CatalogueLayout = CatalogueLayout.CARDS
    cards_per_page: int = 4  # 2, 4 or 6 for CARDS
    grouping: Grouping = Grouping.CATEGORY
    show_prices: bool = True  # False: "Harga atas permintaan" / "Price on request"
    qr_kind: QrKind = QrKind.WHATSAPP
    title: str = "Produk Unggulan Lampung"
    subtitle: str = ""
    center_name: str | None = None
    cover_product_id: int | None = None
    date: datetime.date | None = None


@dataclass(frozen=True)
class CatalogueSummary:
    """What was written: pages and products, and how many photos were scaled or reused."""

    pages: int
    products: int
    photos_scaled: int = 0
    photos_reused: int = 0


def check_output_path(path: Path) -> Path:
    """`path` if a catalogue can be written there; UserError saying why not otherwise."""
    if path.suffix.lower() != ".pdf":
        raise UserError(
            translate(
                "Catalogue", "{path}: a catalogue is a PDF file; give a name ending in .pdf"
            ).format(path=path)
        )
    if path.is_dir():
        raise UserError(translate("Catalogue", "{path} is a folder").format(path=path))
    if not path.parent.is_dir():
        raise UserError(
            translate("Catalogue", "the folder {folder} does not exist").format(folder=path.parent)
        )
    return path


def _units(source: SessionSource) -> Callable[[], AbstractContextManager[Session]]:
    from showcase.store.db import Database

    if isinstance(source, Database):
        return source.session
    return source.begin


def _check_options(options: CatalogueOptions) -> None:
    if options.layout is CatalogueLayout.CARDS and options.cards_per_page not in (2, 4, 6):
        raise ValidationError(
            {"cards_per_page": translate("Catalogue", "must be 2, 4 or 6 cards to a page")}
        )


def _saved_center_name(session: Session) -> str:
    """The center's name as staff saved it (spaces tidied), or the default one."""
    return " ".join(get_setting(session, CENTER_NAME_SETTING).split()) or DEFAULT_CENTER_NAME


def _cover_product(
    session: Session, parts: Sequence[Section], options: CatalogueOptions
) -> CatalogueProduct | None:
    ordered = [p for section in parts for p in section.products]
    if options.cover_product_id is not None:
        chosen = [p for p in ordered if p.id == options.cover_product_id]
        chosen = chosen or read_products(session, [options.cover_product_id])
        if chosen:
            return chosen[0]
    with_photo = [p for p in ordered if p.photo_id is not None]
    featured = [p for p in with_photo if p.featured]
    if featured or with_photo:
        return (featured or with_photo)[0]
    return None


def _qr_maker(
    kind: QrKind, url_template: str, options: CatalogueOptions
) -> Callable[[CatalogueProduct, float], tuple[str, tuple[str, ...]] | None]:
    """The QR payload and caption of a product for a square of a given side."""
    from showcase.inventory.formats import rupiah
    from showcase.inventory.qr_payloads import LabelItem, falls_back, payload_choices
    from showcase.printing.catalogue.words import word, word_pair
    from showcase.printing.fonts import MM
    from showcase.printing.qr import QUIET_ZONE, symbol_size

    def qr(product: CatalogueProduct, side: float) -> tuple[str, tuple[str, ...]] | None:
        item = LabelItem(
            product_id=product.id,
            code=product.code,
            name=" ".join(product.name_id.split()),
            price=product.price,
            unit=" ".join(product.unit.split()),
            producer=" ".join(product.producer_name.split()),
            kabupaten=product.kabupaten,
            phone=product.phone,
        )
        choices = payload_choices(item, kind, url_template=url_template)
        used = QrKind.TEXT if falls_back(item, kind) else kind
        if used is QrKind.TEXT and (not options.show_prices or product.price <= 0):
            # The printed page says "price on request": the code must not say otherwise.
            price = rupiah(product.price)
            choices = tuple(
                "\n".join(line for line in c.split("\n") if not line.startswith(price))
                for c in choices
            )
        chosen = choices[-1]
        for payload in choices:  # the fullest whose modules stay large enough to scan
            if side / (symbol_size(payload) + 2 * QUIET_ZONE) >= MIN_QR_MODULE_MM * MM:
                chosen = payload
                break
        key = f"scan_{used.value}"
        if options.language is Language.BOTH:
            return chosen, tuple(dict.fromkeys(word_pair(key)))
        return chosen, (word(key, options.language),)

    return qr


def write_catalogue(
    source: SessionSource,
    product_ids: Sequence[int],
    options: CatalogueOptions,
    out: Path | BinaryIO,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CatalogueSummary:
    """Write the catalogue of `product_ids` to `out` (a path ending .pdf, or a binary stream).

    `progress(done, total)` is called as products are laid out; `cancelled()` is asked as often,
    and if it says True, Cancelled is raised and nothing is written. Raises UserError for an
    output that cannot be written and when none of the products exists any more.
    """
    _check_options(options)
    target = check_output_path(Path(out)) if isinstance(out, str | os.PathLike) else None
    units = _units(source)
    with units() as session:
        products = read_products(session, product_ids)
        parts = sections(products, options.grouping, options.language)
        cover = _cover_product(session, parts, options)
        if options.center_name is None:
            options = replace(options, center_name=_saved_center_name(session))
        url_template = ""
        if options.qr_kind is QrKind.URL:
            url_template = get_setting(session, URL_TEMPLATE_SETTING)
    if not products:
        raise UserError(translate("Catalogue", "none of the chosen products exists any more"))

    total, done = len(products), 0

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Catalogue", "the catalogue was cancelled"))

    def drawn() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)
        check()

    check()
    if target is None:
        # A stream gets the document only once it is complete.
        buffer = io.BytesIO()
        summary = _build(units, parts, cover, options, url_template, drawn, check, buffer)
        if not isinstance(out, str | os.PathLike):
            out.write(buffer.getvalue())
        return CatalogueSummary(summary[0], total, summary[1], summary[2])
    try:
        with replaced_when_complete(target, binary=True) as handle:
            summary = _build(units, parts, cover, options, url_template, drawn, check, handle)
    except OSError as exc:  # the disk filled up, or the file is open in another program
        raise _cannot_write(target, exc) from exc
    return CatalogueSummary(summary[0], total, summary[1], summary[2])


def _cannot_write(target: Path, exc: OSError) -> UserError:
    return UserError(
        translate("Catalogue", "cannot write {path}: {why}").format(
            path=target, why=exc.strerror or exc
        )
    )


def _build(
    units: Callable[[], AbstractContextManager[Session]],
    parts: list[Section],
    cover: CatalogueProduct | None,
    options: CatalogueOptions,
    url_template: str,
    drawn: Callable[[], None],
    check: Callable[[], None],
    out: str | IO[bytes],
) -> tuple[int, int, int]:
    """Lay out and write the document; returns (pages, photos scaled, photos reused)."""
    from reportlab.platypus import NextPageTemplate, PageBreak

    from showcase.printing.catalogue.cards import GRIDS, Printing
    from showcase.printing.catalogue.feature import photo_box
    from showcase.printing.catalogue.pages import (
        BODY_W,
        COVER_PHOTO_H,
        GRID_H,
        PAGE_W,
        Cover,
        contents_pages,
        toc_page_count,
    )
    from showcase.printing.catalogue.photos import PrintPhotos, PrintSize

    lang = options.language
    cover_size = PrintSize.for_box(PAGE_W, COVER_PHOTO_H)
    if options.layout is CatalogueLayout.CARDS:
        grid = GRIDS[options.cards_per_page]
        size = PrintSize.for_box(*grid.photo_box(*grid.card(BODY_W, GRID_H)))
    else:
        size = PrintSize.for_box(*photo_box(BODY_W))
    # Every photo in drawing order, so that each is ready (a batch ahead) when it is drawn.
    plan = [(cover.photo_id, cover_size)] if cover is not None and cover.photo_id else []
    if options.layout is not CatalogueLayout.PRICELIST:
        plan += [(p.photo_id, size) for s in parts for p in s.products if p.photo_id is not None]
    document = _document(out, parts, options)
    with PrintPhotos(units, plan) as photos, _binary_streams():

        def photo(product: CatalogueProduct, wanted: PrintSize) -> ScaledPhoto | None:
            return photos.get(product.photo_id, wanted) if product.photo_id is not None else None

        printing = Printing(
            language=lang,
            show_prices=options.show_prices,
            photo=photo,
            qr=_qr_maker(options.qr_kind, url_template, options),
            drawn=drawn,
        )
        cover_photo = photos.get(cover.photo_id, cover_size) if cover and cover.photo_id else None
        story: list[Flowable] = [Cover(document.cover, cover_photo, lang)]
        story += [NextPageTemplate("toc"), PageBreak()]
        then = "list" if options.layout is CatalogueLayout.PRICELIST else "body"
        story += contents_pages(toc_page_count(len(parts), lang), then)
        story += _body(parts, options, printing, document.record, size, check)
        document.build(story, canvasmaker=document.canvas_maker())
    return document.record.pages, photos.scaled, photos.reused


def _document(
    out: str | IO[bytes], parts: list[Section], options: CatalogueOptions
) -> CatalogueDocument:
    """The document: its cover text, metadata and page templates."""
    from showcase.printing.catalogue.pages import BODY_TOP, MARGIN_X, CatalogueDocument, CoverText
    from showcase.printing.catalogue.pricelist import draw_column_header, header_height
    from showcase.printing.catalogue.words import cover_facts, word

    lang = options.language
    day = long_date(options.date or datetime.date.today(), lang)
    products = [p for section in parts for p in section.products]
    facts = cover_facts(
        len(products),
        len({p.producer_id for p in products if p.producer_id is not None}),
        len({p.kabupaten for p in products if p.kabupaten}),
        lang,
    )
    footer = f"{options.title} · {day}"
    center_name = options.center_name or DEFAULT_CENTER_NAME
    text = CoverText(center_name, options.title, options.subtitle, day, footer, facts)
    list_header = None
    if options.layout is CatalogueLayout.PRICELIST:
        list_header = (
            header_height(lang),
            lambda canvas: draw_column_header(canvas, lang, MARGIN_X, BODY_TOP),
        )
    return CatalogueDocument(
        out,
        sections=parts,
        language=lang,
        cover=text,
        metadata={
            "title": options.title,
            "author": center_name,
            "subject": word("subject", lang),
            "creator": "Etalase",
            "keywords": "UMKM, Lampung, " + center_name,
        },
        list_header=list_header,
    )


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Write the PDF's streams as binary, not ASCII85 (reportlab's default, for 7-bit mail).

    ASCII85 makes every photo a quarter bigger, and without reportlab's optional C accelerator
    encoding it took three quarters of a catalogue's time. The setting is global in reportlab,
    so it is set for this build only; either way the PDF is valid.
    """
    from reportlab import rl_config  # type: ignore[import-untyped]

    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def _body(
    parts: Sequence[Section],
    options: CatalogueOptions,
    printing: Printing,
    record: Record,
    size: PrintSize,
    check: Callable[[], None],
) -> list[Flowable]:
    """The pages after the contents: sections of cards, feature pages, or the price list."""
    from reportlab.platypus import PageBreak

    from showcase.printing.catalogue.cards import GRIDS, CardPage
    from showcase.printing.catalogue.feature import FeaturePage
    from showcase.printing.catalogue.pages import BODY_W, GRID_H, SectionHeading
    from showcase.printing.catalogue.pricelist import price_list_story

    lang = options.language
    if options.layout is CatalogueLayout.PRICELIST:
        return price_list_story(parts, printing, record, check)
    pages: list[list[Flowable]] = []
    for section in parts:
        products = section.products
        if options.layout is CatalogueLayout.CARDS:
            grid = GRIDS[options.cards_per_page]
            per_page = grid.columns * grid.rows
            for start in range(0, len(products), per_page):
                chunk = products[start : start + per_page]
                heading = SectionHeading(section, lang, record, band=True, first=start == 0)
                pages.append([heading, CardPage(chunk, grid, printing, size, BODY_W, GRID_H)])
        else:
            for index, product in enumerate(products):
                heading = SectionHeading(section, lang, record, band=True, first=index == 0)
                pages.append([heading, FeaturePage(product, printing, size, BODY_W, GRID_H)])
    story: list[Flowable] = []
    for index, page in enumerate(pages):
        if index:
            story.append(PageBreak())
        story += page
    return story
