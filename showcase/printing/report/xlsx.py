"""The center's report as an XLSX workbook: the PDF's tables, one sheet each, whole (no list cut
short), with numbers as numbers: rupiah as whole numbers in a rupiah format, shares as
percentages, days as dates, so the Dinas can sum, sort and chart them again.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from showcase.errors import Cancelled
from showcase.files import write_whole
from showcase.inventory.formats import Language
from showcase.inventory.phone import format_phone
from showcase.inventory.report.figures import Count, ReportFigures, Row, share
from showcase.printing.catalogue.words import Language as CatalogueLanguage
from showcase.printing.catalogue.words import country
from showcase.printing.report.words import (
    period_text,
    producer_type,
    type_word,
    word,
)

RUPIAH = '"Rp"#,##0'
PERCENT = "0.0%"
WHOLE = "#,##0"
DATE = "DD/MM/YYYY"
_HEAD_FONT = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="F2EADB")

Value = str | int | float | datetime.date | None
# What a row holds: a value, or a value and its number format.
Item = Value | tuple[Value, str]


class _Book:
    def __init__(self, language: Language, cancelled: Callable[[], bool]) -> None:
        self.book = Workbook(write_only=True)
        self.language = language
        self.cancelled = cancelled
        self.sheets = 0

    def sheet(
        self,
        key: str,
        headings: Sequence[str],
        rows: Iterable[Sequence[Item]],
        widths: Sequence[int],
    ) -> None:
        if self.cancelled():
            raise Cancelled()
        sheet = self.book.create_sheet(word(key, self.language)[:31])
        for index, width in enumerate(widths):
            sheet.column_dimensions[get_column_letter(index + 1)].width = width
        sheet.freeze_panes = "A2"
        head = []
        for text in headings:
            cell = self._cell(sheet, text)
            cell.font = _HEAD_FONT
            cell.fill = _HEAD_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            head.append(cell)
        sheet.append(head)
        for row in rows:
            sheet.append([self._cell(sheet, value) for value in row])
        self.sheets += 1

    @staticmethod
    def _cell(sheet: Any, item: Item) -> Cell:
        value, number_format = item if isinstance(item, tuple) else (item, "")
        if isinstance(value, str):
            # Control characters are not allowed in XLSX, and a text stays a text: a name
            # such as "=1+1" is never read as a formula.
            cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
            cell.data_type = "s"
        elif isinstance(value, datetime.date):
            moment = datetime.datetime.combine(value, datetime.time.min)
            cell = WriteOnlyCell(sheet, value=moment)
            number_format = number_format or DATE
        else:
            cell = WriteOnlyCell(sheet, value=value)
        if number_format:
            cell.number_format = number_format
        return cell


def _n(value: int | None) -> Item:
    return None if value is None else (value, WHOLE)


def _rp(value: int | None) -> Item:
    return None if value is None else (value, RUPIAH)


def _pct(part: int | None, whole: int | None) -> Item:
    if part is None or whole is None:
        return None
    return (share(part, whole), PERCENT)


def _compare_headings(figures: ReportFigures, language: Language) -> list[str]:
    if figures.previous is None:
        return [word("this_period", language)]
    return [word("this_period", language), word("previous", language), word("change", language)]


def _compare(count: Count, figures: ReportFigures, *, money: bool = False) -> list[Item]:
    fmt = _rp if money else _n
    if figures.previous is None:
        return [fmt(count.now)]
    delta = None if count.before is None else count.now - count.before
    return [fmt(count.now), fmt(count.before), fmt(delta)]


def _name(name_id: str, name_en: str, language: Language) -> str:
    return name_en if language == "en" and name_en.strip() else name_id


def _category(row: Row, language: Language) -> str:
    return _name(row.label, row.label_en, language) if row.label else word("no_category", language)


def write_xlsx(
    figures: ReportFigures,
    out: IO[bytes],
    language: Language,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Write the workbook to `out`; returns its number of sheets."""
    book = _Book(language, cancelled)
    lang = language
    compare = _compare_headings(figures, lang)
    shown, formal, export = figures.representation, figures.formalisation, figures.export
    seen, sold = figures.visitors, figures.sales
    steps = 15

    def step(n: int) -> None:
        if progress is not None:
            progress(n, steps)

    summary: list[list[Item]] = [
        [word("center", lang), figures.center_name],
        [word("period", lang), period_text(figures.period, lang)],
        [word("period", lang), figures.period.start, figures.period.end],
        [
            word("compared_with", lang),
            *(
                [figures.previous.start, figures.previous.end]
                if figures.previous
                else [word("no_previous", lang)]
            ),
        ],
        [word("made_on", lang), figures.made_on],
        [],
        [word("figure", lang), *compare],
        [word("producers", lang), *_compare(shown.producers, figures)],
        [word("products", lang), *_compare(shown.products, figures)],
        [word("with_nib", lang), *_compare(formal.with_nib, figures)],
        [word("kiosk_views", lang), *_compare(seen.views, figures)],
        [word("searches", lang), *_compare(seen.searches, figures)],
        [word("items_sold", lang), *_compare(sold.quantity, figures)],
        [word("sales_value", lang), *_compare(sold.value, figures, money=True)],
    ]
    book.sheet("sheet_summary", [word("title", lang), ""], summary, [28, 34, 16, 16])
    step(1)
    book.sheet(
        "sheet_kabupaten",
        [word("kabupaten", lang), *compare],
        [[row.label, *_compare(row.count, figures)] for row in shown.by_kabupaten],
        [26, 14, 14, 14],
    )
    book.sheet(
        "sheet_types",
        [word("type", lang), *compare],
        [[type_word(row.label, lang), *_compare(row.count, figures)] for row in shown.by_type],
        [22, 14, 14, 14],
    )
    book.sheet(
        "sheet_categories",
        [word("category", lang), *compare],
        [[_category(row, lang), *_compare(row.count, figures)] for row in shown.by_category],
        [26, 14, 14, 14],
    )
    step(4)
    book.sheet(
        "sheet_new_producers",
        [
            word("producer", lang),
            word("type", lang),
            word("kabupaten", lang),
            word("added_on", lang),
        ],
        (
            [p.name, producer_type(p.kind, p.scale, lang), p.kabupaten, p.added]
            for p in shown.new_producers
        ),
        [40, 20, 24, 14],
    )
    book.sheet(
        "sheet_new_products",
        [word("code", lang), word("product", lang), word("producer", lang), word("added_on", lang)],
        (
            [p.code, _name(p.name_id, p.name_en, lang), p.producer, p.added]
            for p in shown.new_products
        ),
        [14, 44, 34, 14],
    )
    step(6)
    formal_rows: list[list[Item]] = [
        [
            word("with_nib", lang),
            *_share(formal.with_nib, formal.producers, figures),
        ]
    ]
    for row in formal.certificates:
        formal_rows.append(
            [
                word("products_with", lang).format(name=row.label),
                *_share(row.count, formal.products, figures),
            ]
        )
    formal_rows.append(
        [word("any_certificate", lang), *_share(formal.certified, formal.products, figures)]
    )
    formal_rows.append([word("producers", lang), *_share(formal.producers, None, figures)])
    formal_rows.append([word("products", lang), *_share(formal.products, None, figures)])
    book.sheet("sheet_formal", _share_headings(figures, lang), formal_rows, [34, 12, 12, 12, 12])
    book.sheet(
        "sheet_without_nib",
        [word("producer", lang), word("type", lang), word("kabupaten", lang), word("phone", lang)],
        (
            [p.name, producer_type(p.kind, p.scale, lang), p.kabupaten, format_phone(p.phone)]
            for p in formal.without_nib
        ),
        [40, 20, 24, 18],
    )
    step(8)
    market_lang = CatalogueLanguage.EN if lang == "en" else CatalogueLanguage.ID
    book.sheet(
        "sheet_export",
        [word("market", lang), *compare],
        [
            [word("with_markets", lang), *_compare(export.with_markets, figures)],
            *(
                [country(row.label, market_lang), *_compare(row.count, figures)]
                for row in export.by_market
            ),
        ],
        [30, 14, 14, 14],
    )
    step(9)
    book.sheet(
        "sheet_days",
        [word("day", lang), word("total", lang), *seen.kiosks],
        ([d.day, _n(d.total), *(_n(v) for v in d.per_kiosk)] for d in seen.per_day),
        [14, 12, *(14 for _ in seen.kiosks)],
    )
    book.sheet(
        "sheet_top_products",
        [word("code", lang), word("product", lang), *compare],
        (
            [v.code, _name(v.name_id, v.name_en, lang), *_compare(v.views, figures)]
            for v in seen.top_products
        ),
        [14, 44, 14, 14, 14],
    )
    book.sheet(
        "sheet_top_categories",
        [word("category", lang), *compare],
        (
            [_name(v.name_id, v.name_en, lang), *_compare(v.views, figures)]
            for v in seen.top_categories
        ),
        [26, 14, 14, 14],
    )
    step(12)
    book.sheet(
        "sheet_sales_producers",
        [
            word("producer", lang),
            word("kabupaten", lang),
            word("quantity", lang),
            word("value", lang),
            *([word("previous", lang)] if figures.previous else []),
        ],
        (
            [
                p.name,
                p.kabupaten,
                _n(p.quantity),
                _rp(p.value.now),
                *([_rp(p.value.before)] if figures.previous else []),
            ]
            for p in sold.producers
        ),
        [40, 24, 12, 16, 16],
    )
    book.sheet(
        "sheet_sales_products",
        [
            word("code", lang),
            word("product", lang),
            word("unit", lang),
            word("quantity", lang),
            word("value", lang),
        ],
        (
            [p.code, _name(p.name_id, p.name_en, lang), p.unit, _n(p.quantity), _rp(p.value)]
            for p in sold.products
        ),
        [14, 44, 14, 12, 16],
    )
    book.sheet(
        "sheet_sales_lines",
        [
            word("producer", lang),
            word("code", lang),
            word("product", lang),
            word("day", lang),
            word("price", lang),
            word("quantity", lang),
            word("value", lang),
        ],
        (
            [
                producer.name,
                product.code,
                _name(product.name_id, product.name_en, lang),
                line.day,
                _rp(line.price),
                _n(line.quantity),
                _rp(line.value),
            ]
            for producer in sold.producers
            for product in producer.products
            for line in product.lines
        ),
        [34, 14, 40, 14, 14, 10, 16],
    )
    step(15)
    if cancelled():
        raise Cancelled()
    write_whole(out, book.book.save)
    return book.sheets


def _share_headings(figures: ReportFigures, language: Language) -> list[str]:
    heads = [word("figure", language), word("count", language), word("share", language)]
    if figures.previous is not None:
        previous = word("previous", language).lower()
        heads += [
            f"{word('count', language)} ({previous})",
            f"{word('share', language)} ({previous})",
        ]
    return heads


def _share(part: Count, whole: Count | None, figures: ReportFigures) -> list[Item]:
    cells: list[Item] = [_n(part.now), _pct(part.now, whole.now) if whole else None]
    if figures.previous is not None:
        cells += [_n(part.before), _pct(part.before, whole.before) if whole else None]
    return cells
