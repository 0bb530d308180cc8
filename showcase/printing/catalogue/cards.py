"""Product cards: two, four or six to a page, every card of a catalogue the same size.

Two to a page are wide cards with the photo on the left; four and six stand upright with the
photo on top. A card's text is laid out from both ends: name and description from the top,
price, producer and QR code from the bottom, so prices and codes line up across a page
whatever the length of the names, and the description takes what is left, cut with an
ellipsis when it is longer than that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph  # type: ignore[import-untyped]

from showcase.printing.catalogue.data import CatalogueProduct
from showcase.printing.catalogue.photos import PrintSize, ScaledPhoto
from showcase.printing.catalogue.style import (
    MUTED,
    RULE,
    WHITE,
    Fitted,
    draw_badges,
    draw_photo,
    draw_qr_box,
    fit,
    italic,
    style,
)
from showcase.printing.catalogue.words import Language, country, price_text, word
from showcase.printing.fonts import BOLD, MM, OBLIQUE

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

ACCENT_HEX = "#8C2A33"
UNIT_CHARS = 24
MUTED_HEX = "#5C6870"


@dataclass(frozen=True)
class Printing:
    """What every card and page needs to know besides its product.

    `qr(product, side)` gives the QR payload and its caption (one line per language) for a
    square of `side` points (None: no QR for this product); `drawn()` is called after each product, for progress and
    to notice a cancel.
    """

    language: Language
    show_prices: bool
    photo: Callable[[CatalogueProduct, PrintSize], ScaledPhoto | None]
    qr: Callable[[CatalogueProduct, float], tuple[str, tuple[str, ...]] | None]
    drawn: Callable[[], None]


@dataclass(frozen=True)
class Sizes:
    """Type sizes (points) and spacing of one kind of card."""

    name: float
    body: float
    small: float
    price: float
    qr: float
    pad: float


@dataclass(frozen=True)
class Grid:
    """How cards are arranged on a page."""

    columns: int
    rows: int
    wide: bool  # photo on the left (two to a page) rather than on top
    sizes: Sizes
    gutter: float = 6 * MM

    def card(self, width: float, height: float) -> tuple[float, float]:
        """The size of one card in a grid of `width` × `height` points."""
        return (
            (width - (self.columns - 1) * self.gutter) / self.columns,
            (height - (self.rows - 1) * self.gutter) / self.rows,
        )

    def photo_box(self, card_width: float, card_height: float) -> tuple[float, float]:
        """The photo box of a card of this size: the left half of a wide card, else 3:2 on top."""
        if self.wide:
            return card_width * 0.5, card_height
        return card_width, card_width * 2 / 3


GRIDS: dict[int, Grid] = {
    2: Grid(1, 2, True, Sizes(name=14, body=9.4, small=8.2, price=14, qr=25 * MM, pad=6 * MM)),
    4: Grid(2, 2, False, Sizes(name=11.5, body=8.4, small=7.4, price=12, qr=20 * MM, pad=4 * MM)),
    6: Grid(3, 2, False, Sizes(name=10, body=7.7, small=6.8, price=10.5, qr=17 * MM, pad=3.2 * MM)),
}


def price_markup(product: CatalogueProduct, printing: Printing, size: float) -> str:
    """ "Rp25.000 / pack 250 g" (the unit smaller; "Rp25,000" in English), or "Harga atas
    permintaan"."""
    if not printing.show_prices or product.price <= 0:
        text = escape(word("price_on_request", printing.language))
        return f'<font name="{OBLIQUE}" color="{ACCENT_HEX}">{text}</font>'
    price = f'<font name="{BOLD}" color="{ACCENT_HEX}">{price_text(product.price, printing.language)}</font>'
    unit = " ".join(product.unit.split())
    if len(unit) > UNIT_CHARS:  # a unit is a few words; a runaway one must not fill the card
        unit = unit[: UNIT_CHARS - 1].rstrip() + "…"
    if not unit:
        return price
    small = round(size * 0.68, 1)
    # No-break spaces: "/ pack 250 g" moves to the next line whole rather than leave "g" alone.
    unit = escape(f"/ {unit}").replace(" ", "\u00a0")
    return f'{price} <font size="{small}" color="{MUTED_HEX}">{unit}</font>'


def descriptions(product: CatalogueProduct, language: Language) -> list[tuple[str, bool]]:
    """The description(s) to print, each with whether it is the English one (set in italic)."""
    ind, eng = product.description_id.strip(), product.description_en.strip()
    if language is Language.BOTH:
        return [(text, is_en) for text, is_en in ((ind, False), (eng, True)) if text]
    if language is Language.EN:
        return [(eng or ind, bool(eng))] if (eng or ind) else []
    return [(ind or eng, not ind)] if (ind or eng) else []


def second_name(product: CatalogueProduct, language: Language) -> str:
    """The English name printed under the Indonesian one in a bilingual catalogue, if any."""
    if language is not Language.BOTH:
        return ""
    english = product.name_en.strip()
    return "" if english.casefold() == product.name_id.strip().casefold() else english


def export_text(product: CatalogueProduct, language: Language) -> str:
    markets = ", ".join(country(m, language) for m in product.export_markets)
    return f"{word('export', language)}: {markets}" if markets else ""


class Column:
    """Paragraphs stacked downwards from a top edge, within a width."""

    def __init__(self, canvas: Canvas, x: float, top: float, width: float) -> None:
        self.canvas, self.x, self.y, self.width = canvas, x, top, width

    def put(self, fitted: Fitted | None, gap: float = 0.0) -> None:
        if fitted is None:
            return
        self.y -= gap
        fitted.paragraph.drawOn(self.canvas, self.x, self.y - fitted.height)
        self.y -= fitted.height


def wrap_markup(markup: str, st: object, width: float) -> Fitted:
    paragraph = Paragraph(markup, st)
    _, height = paragraph.wrap(width, 1e6)
    return Fitted(paragraph, height, False)


class CardText:
    """The text of one card, measured first so that a row of cards can line up its prices."""

    def __init__(
        self, product: CatalogueProduct, printing: Printing, sizes: Sizes, width: float
    ) -> None:
        self.product, self.printing, self.sizes, self.width = product, printing, sizes, width
        s = sizes
        self.small_st = style("card-small", s.small, color=MUTED)
        producer_st = style("card-producer", s.small, font=BOLD)
        price_st = style("card-price", s.price, leading=s.price * 1.2)
        # The bottom block: the QR square on the right; price, producer, place and the
        # certificates as badges on its left.
        self.qr = printing.qr(product, s.qr)
        self.caption_h = s.small * (1.2 * len(self.qr[1]) + 0.4) if self.qr else 0.0
        self.left_w = width - (s.qr + 3 * MM if self.qr else 0.0)
        self.price = wrap_markup(price_markup(product, printing, s.price), price_st, self.left_w)
        self.producer = fit(
            product.producer_name, producer_st, self.left_w, 2 * producer_st.leading
        )
        self.place = fit(product.kabupaten, self.small_st, self.left_w, self.small_st.leading)
        self.badge_h = s.small * 0.9 + 2.4 * MM if product.certificates else 0.0
        stacked = self.price.height + 1.2 * MM
        stacked += sum(f.height for f in (self.producer, self.place) if f is not None)
        stacked += self.badge_h + 1.6 * MM if self.badge_h else 0.0
        self.block_h = max(s.qr + self.caption_h if self.qr else 0.0, stacked)

    def draw(self, canvas: Canvas, x: float, y: float, height: float, block_h: float) -> None:
        """Draw in the box from (x, y), `height` tall; the bottom block is `block_h` tall."""
        product, lang, s, width = self.product, self.printing.language, self.sizes, self.width
        if self.qr:
            payload, captions = self.qr
            side = s.qr
            draw_qr_box(
                canvas,
                payload,
                x + width - side,
                y + self.caption_h,
                side,
                captions,
                s.small * 0.85,
            )
        column = Column(canvas, x, y + block_h, self.left_w)
        column.put(self.price)
        column.put(self.producer, 1.2 * MM)
        column.put(self.place)
        if self.badge_h:
            bottom = column.y - 1.6 * MM - self.badge_h
            draw_badges(canvas, product.certificates, x, bottom, self.left_w, s.small * 0.9)

        # From the top: the name(s); then the export markets above the bottom block, if they
        # fit; the description takes what is left.
        name_st = style("card-name", s.name, font=BOLD)
        name_en_st = italic(style("card-name-en", s.name * 0.84, color=MUTED))
        body_st = style("card-body", s.body, leading=s.body * 1.3)
        column = Column(canvas, x, y + height, width)
        column.put(fit(product.name(lang), name_st, width, 2 * name_st.leading))
        column.put(
            fit(second_name(product, lang), name_en_st, width, 2 * name_en_st.leading), 0.5 * MM
        )
        floor = y + block_h + 2.4 * MM
        export = export_text(product, lang)
        fitted = fit(export, self.small_st, width, 2 * self.small_st.leading) if export else None
        if fitted is not None and column.y - 2 * MM - fitted.height >= floor:
            fitted.paragraph.drawOn(canvas, x, floor)
            floor += fitted.height + 1.6 * MM
        room = column.y - 2 * MM - floor
        texts = descriptions(product, lang)
        for index, (text, is_english) in enumerate(texts):
            st = italic(body_st, MUTED) if is_english and lang is Language.BOTH else body_st
            gap = 2 * MM if index == 0 else 1.2 * MM
            share = room if index == len(texts) - 1 else room * 0.5
            fitted = fit(text, st, width, share - (gap if index else 0.0))
            column.put(fitted, gap)
            if fitted is not None:
                room -= fitted.height + (gap if index else 0.0)


@dataclass(frozen=True)
class CardFrame:
    """Where a card goes and the parts of it: its box, its photo box, its text box."""

    x: float
    y: float
    width: float
    height: float
    grid: Grid

    @property
    def photo(self) -> tuple[float, float, float, float]:
        w, h = self.grid.photo_box(self.width, self.height)
        return (
            (self.x, self.y, w, h) if self.grid.wide else (self.x, self.y + self.height - h, w, h)
        )

    @property
    def text(self) -> tuple[float, float, float, float]:
        pad = self.grid.sizes.pad
        w, h = self.grid.photo_box(self.width, self.height)
        if self.grid.wide:
            return self.x + w + pad, self.y + pad, self.width - w - 2 * pad, self.height - 2 * pad
        return self.x + pad, self.y + pad, self.width - 2 * pad, self.height - h - 2 * pad


def draw_card(
    canvas: Canvas,
    frame: CardFrame,
    text: CardText,
    block_h: float,
    photo: ScaledPhoto | None,
    placeholder: str,
) -> None:
    """One card: white with a hairline edge, the photo flush with its rounded corners."""
    radius = 2.2 * MM
    x, y, width, height = frame.x, frame.y, frame.width, frame.height
    canvas.saveState()
    canvas.setFillColor(WHITE)
    canvas.roundRect(x, y, width, height, radius, stroke=0, fill=1)
    clip = canvas.beginPath()
    clip.roundRect(x, y, width, height, radius)
    canvas.clipPath(clip, stroke=0, fill=0)
    draw_photo(canvas, photo, *frame.photo, placeholder)
    canvas.restoreState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.roundRect(x, y, width, height, radius, stroke=1, fill=0)
    tx, ty, _, th = frame.text
    text.draw(canvas, tx, ty, th, block_h)


class PrintedPage(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A page's products drawn in exactly `width` × `height` points (the page's frame), with
    what every card and page prints with and the size its photos are scaled to."""

    def __init__(
        self, printing: Printing, photo_size: PrintSize, width: float, height: float
    ) -> None:
        super().__init__()
        self.printing = printing
        self.photo_size = photo_size
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height


class CardPage(PrintedPage):
    """The cards of one page, in a grid filling `width` × `height` points."""

    def __init__(
        self,
        products: Sequence[CatalogueProduct],
        grid: Grid,
        printing: Printing,
        photo_size: PrintSize,
        width: float,
        height: float,
    ) -> None:
        super().__init__(printing, photo_size, width, height)
        self.products = products
        self.grid = grid

    def draw(self) -> None:
        grid, printing = self.grid, self.printing
        card_w, card_h = grid.card(self.width, self.height)
        frames = []
        for index in range(len(self.products)):
            row, col = divmod(index, grid.columns)
            x = col * (card_w + grid.gutter)
            y = self.height - (row + 1) * card_h - row * grid.gutter
            frames.append(CardFrame(x, y, card_w, card_h, grid))
        texts = [
            CardText(p, printing, grid.sizes, f.text[2])
            for p, f in zip(self.products, frames, strict=True)
        ]
        # The cards of a row share the height of their bottom block: prices line up.
        rows: dict[int, float] = {}
        for index, text in enumerate(texts):
            row = index // grid.columns
            rows[row] = max(rows.get(row, 0.0), text.block_h)
        placeholder = word("no_photo", printing.language)
        for index, (product, frame, text) in enumerate(
            zip(self.products, frames, texts, strict=True)
        ):
            photo = (
                printing.photo(product, self.photo_size) if product.photo_id is not None else None
            )
            draw_card(self.canv, frame, text, rows[index // grid.columns], photo, placeholder)
            printing.drawn()
