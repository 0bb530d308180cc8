"""The compact price list: a table per section (code, name, unit, price, producer, kabupaten)
under column names repeated at the top of every page.

The column names belong to the page (its template draws them), not to the tables: a section's
rows are cut into tables of a few dozen rows, because reportlab splits a long table at a page
end by measuring all its remaining rows again, which grows with the square of the rows. The
pieces follow each other without a gap, so a reader sees one table under one header per page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle  # type: ignore[import-untyped]

from showcase.printing.catalogue.cards import Printing, second_name
from showcase.printing.catalogue.data import CatalogueProduct, Section
from showcase.printing.catalogue.pages import BODY_W, Record, SectionHeading
from showcase.printing.catalogue.style import (
    ACCENT,
    GOLD,
    INK,
    MAT,
    MUTED,
    RULE,
    italic,
    markup,
    style,
)
from showcase.printing.catalogue.words import Language, price_text, word
from showcase.printing.fonts import BOLD, MM, OBLIQUE, ellipsize

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

# Column shares of the page width: code, name, unit, price, producer, kabupaten.
_KEYS = ("code", "name", "unit", "price", "producer", "kabupaten")
COLUMNS = (0.11, 0.33, 0.12, 0.14, 0.17, 0.13)
# Column names, short enough for their columns.
_HEADINGS = {
    "code": ("Kode", "Code"),
    "name": ("Produk", "Product"),
    "unit": ("Satuan", "Unit"),
    "price": ("Harga", "Price"),
    "producer": ("Produsen", "Producer"),
    "kabupaten": ("Kab./Kota", "Regency/City"),
}
PIECE = 24  # rows per piece of a table (see the module docstring)
FIRST_PIECE = 4  # a heading is kept with this many rows, not with a whole piece


class _PriceTable(Table):  # type: ignore[misc]  # reportlab has no type hints
    """A table that reports its products as drawn (progress, cancel)."""

    printing: Printing | None = None

    def draw(self) -> None:
        super().draw()
        if self.printing is not None:
            for _ in range(len(self._cellvalues)):
                self.printing.drawn()

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> list[Any]:
        pieces = super()._splitRows(availHeight, doInRowSplit=doInRowSplit)
        for piece in pieces:
            if isinstance(piece, _PriceTable):
                piece.printing = self.printing
        return list(pieces)


def _styles() -> dict[str, Any]:
    cell = style("pl-cell", 8, leading=10)
    return {
        "code": style("pl-code", 7.5, color=MUTED, leading=10),
        "name": style("pl-name", 8.5, font=BOLD, leading=10.4),
        "name_en": italic(style("pl-name-en", 7.6, color=MUTED, leading=9.4)),
        "cell": cell,
        "price": style("pl-price", 8.5, font=BOLD, color=ACCENT, leading=10.4, align=TA_RIGHT),
        "request": italic(style("pl-req", 7.4, color=ACCENT, leading=9, align=TA_RIGHT)),
        "muted": style("pl-muted", 7.6, color=MUTED, leading=10),
    }


def _row(product: CatalogueProduct, printing: Printing, st: dict[str, Any]) -> list[Any]:
    lang = printing.language
    name = f'<font name="{BOLD}">{markup(product.name(lang))}</font>'
    english = second_name(product, lang)
    name_cell: list[Paragraph] = [Paragraph(name, st["name"])]
    if english:
        name_cell.append(Paragraph(markup(english), st["name_en"]))
    if printing.show_prices and product.price > 0:
        price = Paragraph(escape(price_text(product.price, lang)), st["price"])
    else:
        price = Paragraph(escape(word("price_on_request", lang)), st["request"])
    return [
        Paragraph(markup(product.code), st["code"]),
        name_cell,
        Paragraph(markup(product.unit), st["cell"]),
        price,
        Paragraph(markup(product.producer_name), st["cell"]),
        Paragraph(markup(product.kabupaten), st["muted"]),
    ]


_TABLE_STYLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.6 * MM),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.6 * MM),
        ("TOPPADDING", (0, 0), (-1, -1), 1.7 * MM),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.7 * MM),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ]
)


def _table(rows: list[list[Any]], printing: Printing, zebra_from: int) -> _PriceTable:
    table = _PriceTable(rows, colWidths=[BODY_W * share for share in COLUMNS])
    table.printing = printing
    commands: list[tuple[Any, ...]] = []
    for index in range(len(rows)):
        if (zebra_from + index) % 2 == 0:
            commands.append(("BACKGROUND", (0, index), (-1, index), MAT))
    table.setStyle(_TABLE_STYLE)
    if commands:
        table.setStyle(TableStyle(commands))
    return table


def price_list_story(
    sections: Sequence[Section], printing: Printing, record: Record, check: Callable[[], None]
) -> list[Flowable]:
    """The flowables of the price list: per section a heading and its rows, in pieces."""
    st = _styles()
    story: list[Flowable] = []
    for number, section in enumerate(sections):
        if number:
            story.append(Spacer(1, 6 * MM))
        story.append(SectionHeading(section, printing.language, record, band=False))
        products = section.products
        starts = [0, *range(FIRST_PIECE, len(products), PIECE)]
        for start, end in zip(starts, [*starts[1:], len(products)], strict=True):
            check()
            rows = [_row(p, printing, st) for p in products[start:end]]
            story.append(_table(rows, printing, start))
    return story


def header_height(language: Language) -> float:
    """The height of the column names at the top of a price list page."""
    return 11 * MM if language is Language.BOTH else 8 * MM


def draw_column_header(canvas: Canvas, language: Language, x: float, top: float) -> None:
    """The column names at the top of every price list page (in both languages: two lines)."""
    cursor = x
    for key, share in zip(_KEYS, COLUMNS, strict=True):
        width = BODY_W * share - 3.2 * MM
        indonesian, english = _HEADINGS[key]
        lines = [english if language is Language.EN else indonesian]
        if language is Language.BOTH and english != indonesian:
            lines.append(english)
        y = top - 1.2 * MM
        for index, line in enumerate(lines):
            font, size = (OBLIQUE, 6.6) if index else (BOLD, 7.0)
            text = ellipsize(line if index else line.upper(), font, size, width)
            canvas.setFillColor(MUTED)
            canvas.setFont(font, size)
            y -= size * 1.25
            if key == "price":
                canvas.drawRightString(cursor + 1.6 * MM + width, y, text)
            else:
                canvas.drawString(cursor + 1.6 * MM, y, text)
        cursor += BODY_W * share
    bottom = top - header_height(language) + 2.5 * MM
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.9)
    canvas.line(x, bottom, x + BODY_W, bottom)
