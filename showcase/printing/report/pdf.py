"""The center's report as an A4 PDF: a cover, five sections of figures and charts, and a
consignment statement (nota konsinyasi) per producer, each on a page of its own.

Tables break across pages with their header repeated; every page but the cover carries the
center's name, the report's title and "page n of N". Every font is the embedded DejaVu family.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import IO, Any

from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from showcase.errors import Cancelled
from showcase.inventory.phone import format_phone
from showcase.inventory.report.figures import Count, ProducerSales, ReportFigures, Row, share
from showcase.printing.catalogue.words import Language as CatalogueLanguage
from showcase.printing.catalogue.words import country
from showcase.printing.fonts import BOLD, MM, REGULAR, ellipsize, fit_lines, text_width
from showcase.printing.report.parts import (
    ACCENT,
    BODY,
    BODY_W,
    GOLD,
    H1,
    H2,
    HEAD_FILL,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    NOTE,
    PAGE_H,
    PAGE_W,
    RULE,
    Column,
    bar_chart,
    cell_text,
    day_chart,
    para,
    table,
)
from showcase.printing.report.words import (
    Language,
    before,
    change,
    long_date,
    number,
    page_of,
    percent,
    period_text,
    producer_type,
    rupiah,
    short_date,
    type_word,
    word,
)

# Longer lists are cut short in the PDF (the XLSX has them whole).
MAX_ROWS = 300


def _compare_columns(figures: ReportFigures, language: Language) -> list[Column]:
    if figures.previous is None:
        return [Column(word("this_period", language), 0.2, numeric=True)]
    return [
        Column(word("this_period", language), 0.16, numeric=True),
        Column(word("previous", language), 0.16, numeric=True),
        Column(word("change", language), 0.14, numeric=True),
    ]


def _compare_cells(
    count: Count, figures: ReportFigures, language: Language, *, money: bool = False
) -> list[str]:
    now = rupiah(count.now, language) if money else number(count.now, language)
    if figures.previous is None:
        return [now]
    return [now, before(count, language, money=money), change(count, language, money=money)]


def _label_width(figures: ReportFigures) -> float:
    return 1 - sum(c.width for c in _compare_columns(figures, "id"))


def _count_table(
    figures: ReportFigures, heading: str, rows: Sequence[tuple[str, Count]], language: Language
) -> Table:
    columns = [Column(heading, _label_width(figures)), *_compare_columns(figures, language)]
    return table(
        columns, [[label, *_compare_cells(count, figures, language)] for label, count in rows]
    )


def _more(n: int, language: Language) -> Flowable:
    return para(word("more_in_xlsx", language).format(n=number(n, language)), NOTE)


def _section_showcase(figures: ReportFigures, language: Language) -> list[Flowable]:
    shown = figures.representation
    out: list[Flowable] = [para(word("s_showcase", language), H1)]
    out.append(para(word("by_kabupaten", language), H2))
    labels = [row.label for row in shown.by_kabupaten]
    previous = figures.previous is not None
    out.append(
        bar_chart(
            labels,
            [row.count.now for row in shown.by_kabupaten],
            [row.count.before or 0 for row in shown.by_kabupaten] if previous else None,
            (period_text(figures.period, language), _previous_text(figures, language)),
        )
    )
    out.append(Spacer(1, 3 * MM))
    total = Count(shown.producers.now, shown.producers.before)
    rows = [(row.label, row.count) for row in shown.by_kabupaten]
    columns = [
        Column(word("kabupaten", language), _label_width(figures)),
        *_compare_columns(figures, language),
    ]
    out.append(
        table(
            columns,
            [[label, *_compare_cells(count, figures, language)] for label, count in rows],
            total=[word("total", language), *_compare_cells(total, figures, language)],
        )
    )
    out.append(CondPageBreak(60 * MM))
    out.append(para(word("by_type", language), H2))
    out.append(
        _count_table(
            figures,
            word("type", language),
            [(type_word(row.label, language), row.count) for row in shown.by_type],
            language,
        )
    )
    out.append(CondPageBreak(50 * MM))
    out.append(para(word("by_category", language), H2))
    out.append(
        _count_table(
            figures,
            word("category", language),
            [(_category_name(row, language), row.count) for row in shown.by_category],
            language,
        )
    )
    out.append(CondPageBreak(50 * MM))
    out.append(para(word("added", language), H2))
    out.append(
        _count_table(
            figures,
            word("figure", language),
            [
                (word("producers_added", language), shown.producers_added),
                (word("products_added", language), shown.products_added),
            ],
            language,
        )
    )
    if shown.new_producers:
        out.append(Spacer(1, 3 * MM))
        out.append(
            table(
                [
                    Column(word("producers_added", language), 0.42),
                    Column(word("type", language), 0.2),
                    Column(word("kabupaten", language), 0.23),
                    Column(word("added_on", language), 0.15),
                ],
                [
                    [
                        p.name,
                        producer_type(p.kind, p.scale, language),
                        p.kabupaten,
                        short_date(p.added, language) if p.added else "",
                    ]
                    for p in shown.new_producers[:MAX_ROWS]
                ],
            )
        )
        if len(shown.new_producers) > MAX_ROWS:
            out.append(_more(len(shown.new_producers) - MAX_ROWS, language))
    if shown.new_products:
        out.append(Spacer(1, 3 * MM))
        out.append(
            table(
                [
                    Column(word("code", language), 0.14),
                    Column(word("products_added", language), 0.43),
                    Column(word("producer", language), 0.28),
                    Column(word("added_on", language), 0.15),
                ],
                [
                    [
                        p.code,
                        _name(p.name_id, p.name_en, language),
                        p.producer,
                        short_date(p.added, language),
                    ]
                    for p in shown.new_products[:MAX_ROWS]
                ],
            )
        )
        if len(shown.new_products) > MAX_ROWS:
            out.append(_more(len(shown.new_products) - MAX_ROWS, language))
    if not shown.new_producers and not shown.new_products:
        out.append(para(word("none_added", language), NOTE))
    return out


def _name(name_id: str, name_en: str, language: Language) -> str:
    return name_en if language == "en" and name_en.strip() else name_id


def _category_name(row: Row, language: Language) -> str:
    if not row.label:
        return word("no_category", language)
    return _name(row.label, row.label_en, language)


def _previous_text(figures: ReportFigures, language: Language) -> str:
    return period_text(figures.previous, language) if figures.previous else ""


def _share_row(
    label: str, part: Count, whole: Count, figures: ReportFigures, language: Language
) -> list[str]:
    cells = [label, number(part.now, language), percent(part.now, whole.now, language)]
    if figures.previous is not None and part.before is not None and whole.before is not None:
        cells += [number(part.before, language), percent(part.before, whole.before, language)]
    return cells


def _share_columns(figures: ReportFigures, language: Language) -> list[Column]:
    if figures.previous is None:
        return [
            Column(word("figure", language), 0.6),
            Column(word("count", language), 0.2, numeric=True),
            Column(word("share", language), 0.2, numeric=True),
        ]
    return [
        Column(word("figure", language), 0.4),
        Column(word("count", language), 0.14, numeric=True),
        Column(word("share", language), 0.16, numeric=True),
        Column(
            f"{word('count', language)} ({word('previous', language).lower()})", 0.14, numeric=True
        ),
        Column(
            f"{word('share', language)} ({word('previous', language).lower()})", 0.16, numeric=True
        ),
    ]


def _section_formal(figures: ReportFigures, language: Language) -> list[Flowable]:
    formal = figures.formalisation
    out: list[Flowable] = [PageBreak(), para(word("s_formal", language), H1)]
    out.append(para(word("nib_and_certificates", language), H2))
    rows = [
        _share_row(word("with_nib", language), formal.with_nib, formal.producers, figures, language)
    ]
    for row in formal.certificates:
        label = word("products_with", language).format(name=row.label)
        rows.append(_share_row(label, row.count, formal.products, figures, language))
    rows.append(
        _share_row(
            word("any_certificate", language), formal.certified, formal.products, figures, language
        )
    )
    out.append(table(_share_columns(figures, language), rows))
    out.append(
        para(
            f"{word('producers', language)}: {number(formal.producers.now, language)} · "
            f"{word('products', language)}: {number(formal.products.now, language)}",
            NOTE,
        )
    )
    out.append(Spacer(1, 3 * MM))
    out.append(para(word("without_nib", language), H2))
    if not formal.without_nib:
        out.append(para(word("everyone_has_nib", language), BODY))
        return out
    out.append(
        table(
            [
                Column(word("producer", language), 0.42),
                Column(word("type", language), 0.18),
                Column(word("kabupaten", language), 0.22),
                Column(word("phone", language), 0.18),
            ],
            [
                [
                    p.name,
                    producer_type(p.kind, p.scale, language),
                    p.kabupaten,
                    format_phone(p.phone),
                ]
                for p in formal.without_nib[:MAX_ROWS]
            ],
        )
    )
    if len(formal.without_nib) > MAX_ROWS:
        out.append(_more(len(formal.without_nib) - MAX_ROWS, language))
    return out


def _market(name: str, language: Language) -> str:
    return country(name, CatalogueLanguage.EN if language == "en" else CatalogueLanguage.ID)


def _section_export(figures: ReportFigures, language: Language) -> list[Flowable]:
    export = figures.export
    out: list[Flowable] = [CondPageBreak(80 * MM), para(word("s_export", language), H1)]
    out.append(
        table(
            _share_columns(figures, language),
            [
                _share_row(
                    word("with_markets", language),
                    export.with_markets,
                    export.products,
                    figures,
                    language,
                )
            ],
        )
    )
    out.append(Spacer(1, 3 * MM))
    if not export.by_market:
        out.append(para(word("no_markets", language), NOTE))
        return out
    out.append(
        _count_table(
            figures,
            word("market", language),
            [(_market(row.label, language), row.count) for row in export.by_market[:MAX_ROWS]],
            language,
        )
    )
    return out


def _section_visitors(figures: ReportFigures, language: Language) -> list[Flowable]:
    seen = figures.visitors
    out: list[Flowable] = [PageBreak(), para(word("s_visitors", language), H1)]
    out.append(
        _count_table(
            figures,
            word("figure", language),
            [
                (word("kiosk_views", language), seen.views),
                (word("searches", language), seen.searches),
            ],
            language,
        )
    )
    out.append(Spacer(1, 3 * MM))
    out.append(para(word("views_per_day", language), H2))
    days = [str(d.day.day) for d in seen.per_day]
    if seen.kiosks:
        series = [[d.per_kiosk[i] for d in seen.per_day] for i in range(len(seen.kiosks))]
        out.append(day_chart(days, series, seen.kiosks))
    else:
        out.append(day_chart(days, [[d.total for d in seen.per_day]], ()))
    note = "" if seen.kiosks else word("one_kiosk" if seen.kiosk_column else "one_series", language)
    if note:
        out.append(para(note, NOTE))
    if seen.views.now == 0:
        out.append(para(word("no_views", language), NOTE))
    for key, items, with_code in (
        ("top_products", seen.top_products, True),
        ("top_categories", seen.top_categories, False),
    ):
        if not items:
            continue
        out.append(CondPageBreak(40 * MM))
        out.append(para(word(key, language), H2))
        columns = [Column(word("code", language), 0.14)] if with_code else []
        label_w = _label_width(figures) - (0.14 if with_code else 0)
        columns += [
            Column(word("product" if with_code else "category", language), label_w),
            *_compare_columns(figures, language),
        ]
        rows = [
            [
                *([v.code] if with_code else []),
                _name(v.name_id, v.name_en, language),
                *_compare_cells(v.views, figures, language),
            ]
            for v in items
        ]
        out.append(table(columns, rows))
    return out


def _section_sales(figures: ReportFigures, language: Language) -> list[Flowable]:
    sold = figures.sales
    out: list[Flowable] = [PageBreak(), para(word("s_sales", language), H1)]
    out.append(
        table(
            [
                Column(word("figure", language), _label_width(figures)),
                *_compare_columns(figures, language),
            ],
            [
                [word("items_sold", language), *_compare_cells(sold.quantity, figures, language)],
                [
                    word("sales_value", language),
                    *_compare_cells(sold.value, figures, language, money=True),
                ],
            ],
        )
    )
    out.append(para(word("sales_note", language), NOTE))
    if not sold.products:
        out.append(para(word("no_sales", language), BODY))
        return out
    out.append(Spacer(1, 3 * MM))
    out.append(para(word("sales_by_producer", language), H2))
    producer_columns = [
        Column(word("producer", language), 0.4 if figures.previous else 0.5),
        Column(word("kabupaten", language), 0.2),
        Column(word("quantity", language), 0.1, numeric=True),
        Column(word("value", language), 0.15 if figures.previous else 0.2, numeric=True),
    ]
    if figures.previous:
        producer_columns.append(Column(word("previous", language), 0.15, numeric=True))
    out.append(
        table(
            producer_columns,
            [
                [
                    p.name,
                    p.kabupaten,
                    number(p.quantity, language),
                    rupiah(p.value.now, language),
                    *([before(p.value, language, money=True)] if figures.previous else []),
                ]
                for p in sold.producers[:MAX_ROWS]
            ],
            total=[
                word("total", language),
                "",
                number(sold.quantity.now, language),
                rupiah(sold.value.now, language),
                *([before(sold.value, language, money=True)] if figures.previous else []),
            ],
            total_span=2,
        )
    )
    if len(sold.producers) > MAX_ROWS:
        out.append(_more(len(sold.producers) - MAX_ROWS, language))
    out.append(CondPageBreak(50 * MM))
    out.append(para(word("sales_by_product", language), H2))
    out.append(
        table(
            [
                Column(word("code", language), 0.14),
                Column(word("product", language), 0.5),
                Column(word("quantity", language), 0.14, numeric=True),
                Column(word("value", language), 0.22, numeric=True),
            ],
            [
                [
                    p.code,
                    _name(p.name_id, p.name_en, language),
                    number(p.quantity, language),
                    rupiah(p.value, language),
                ]
                for p in sold.products[:MAX_ROWS]
            ],
            total=[
                word("total", language),
                "",
                number(sold.quantity.now, language),
                rupiah(sold.value.now, language),
            ],
            total_span=2,
        )
    )
    if len(sold.products) > MAX_ROWS:
        out.append(_more(len(sold.products) - MAX_ROWS, language))
    return out


class _Signatures(Flowable):  # type: ignore[misc]
    """Two boxes to sign in: the producer's and the center's."""

    def __init__(self, left: str, right: str, language: Language) -> None:
        super().__init__()
        self.titles = (left, right)
        self.language = language
        self.width, self.height = BODY_W, 42 * MM

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        box_w = (self.width - 10 * MM) / 2
        for index, title in enumerate(self.titles):
            x = index * (box_w + 10 * MM)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.rect(x, 0, box_w, self.height)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 9)
            canvas.drawString(
                x + 4 * MM, self.height - 6 * MM, ellipsize(title, BOLD, 9, box_w - 8 * MM)
            )
            canvas.setFont(REGULAR, 7.5)
            canvas.setFillColor(MUTED)
            # A line to sign on, and one for the name and date, each named below it.
            canvas.line(x + 4 * MM, 19 * MM, x + box_w - 4 * MM, 19 * MM)
            canvas.drawString(x + 4 * MM, 15.5 * MM, word("signature", self.language))
            canvas.line(x + 4 * MM, 8 * MM, x + box_w - 4 * MM, 8 * MM)
            canvas.drawString(x + 4 * MM, 4.5 * MM, word("name_and_date", self.language))


def _statement(
    producer: ProducerSales, figures: ReportFigures, language: Language, *, first: bool
) -> list[Flowable]:
    out: list[Flowable] = []
    if first:
        out += [
            PageBreak(),
            para(word("s_statements", language), H1),
            para(word("statements_intro", language), NOTE),
        ]
    else:
        out.append(PageBreak())
    out.append(para(word("statement", language), H1))
    facts = Table(
        [
            [
                cell_text(word("producer", language), 40 * MM, BOLD),
                cell_text(producer.name, BODY_W - 40 * MM),
            ],
            [
                cell_text(word("kabupaten", language), 40 * MM, BOLD),
                cell_text(producer.kabupaten, BODY_W - 40 * MM),
            ],
            [
                cell_text(word("phone", language), 40 * MM, BOLD),
                cell_text(format_phone(producer.phone), BODY_W - 40 * MM),
            ],
            [
                cell_text(word("period", language), 40 * MM, BOLD),
                cell_text(period_text(figures.period, language), BODY_W - 40 * MM),
            ],
            [
                cell_text(word("center", language), 40 * MM, BOLD),
                cell_text(figures.center_name, BODY_W - 40 * MM),
            ],
        ],
        colWidths=[40 * MM, BODY_W - 40 * MM],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 8.5, 10.5),
                ("FONT", (0, 0), (0, -1), BOLD, 8.5, 10.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ]
        ),
        hAlign="LEFT",
    )
    out += [facts, Spacer(1, 4 * MM), para(word("statement_intro", language), BODY)]
    lines: dict[tuple[str, str, str, int], int] = {}
    for product in producer.products:
        for line in product.lines:
            key = (
                product.code,
                _name(product.name_id, product.name_en, language),
                product.unit,
                line.price,
            )
            lines[key] = lines.get(key, 0) + line.quantity
    rows = [
        [
            code,
            name,
            unit,
            rupiah(price, language),
            number(quantity, language),
            rupiah(price * quantity, language),
        ]
        for (code, name, unit, price), quantity in sorted(lines.items())
        if quantity
    ]
    out.append(
        table(
            [
                Column(word("code", language), 0.11),
                Column(word("product", language), 0.33),
                Column(word("unit", language), 0.11),
                Column(word("price", language), 0.15, numeric=True),
                Column(word("quantity", language), 0.11, numeric=True),
                Column(word("value", language), 0.19, numeric=True),
            ],
            rows,
            total=[
                word("statement_total", language),
                "",
                "",
                "",
                number(producer.quantity, language),
                rupiah(producer.value.now, language),
            ],
            total_span=4,
        )
    )
    out.append(Spacer(1, 10 * MM))
    out.append(
        KeepTogether(
            [_Signatures(word("handed_over", language), figures.center_name, language)]
        )
    )
    return out


def _section_statements(figures: ReportFigures, language: Language) -> list[Flowable]:
    if not figures.sales.producers:
        return []
    out: list[Flowable] = []
    for index, producer in enumerate(figures.sales.producers):
        out += _statement(producer, figures, language, first=index == 0)
    return out


def build_story(figures: ReportFigures, language: Language) -> list[Flowable]:
    """Every flowable of the report after its cover (tests read the tables from here)."""
    return [
        NextPageTemplate("body"),
        PageBreak(),
        *_section_showcase(figures, language),
        *_section_formal(figures, language),
        *_section_export(figures, language),
        *_section_visitors(figures, language),
        *_section_sales(figures, language),
        *_section_statements(figures, language),
    ]


def _chrome_canvas(draw: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A Canvas whose pages show a form (`chrome<n>`) for their header and footer, drawn only
    when the document is saved, once the number of pages is known. Only these small forms wait
    for the end; each page itself is finished as it is laid out."""

    class _Canvas(Canvas):  # type: ignore[misc]
        def save(self) -> None:
            pages = self.getPageNumber() - 1  # save() follows the last showPage
            for page in range(2, pages + 1):
                self.beginForm(f"chrome{page}")
                draw(self, page, pages)
                self.endForm()
            super().save()

    return _Canvas


def _show_chrome(canvas: Canvas, _document: Any) -> None:
    canvas.doForm(f"chrome{canvas.getPageNumber()}")


def _cover(canvas: Canvas, figures: ReportFigures, language: Language, logo: bytes | None) -> None:
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(0, PAGE_H - 12 * MM, PAGE_W, 12 * MM, stroke=0, fill=1)
    canvas.setFillColor(GOLD)
    canvas.rect(0, PAGE_H - 13.2 * MM, PAGE_W, 1.2 * MM, stroke=0, fill=1)
    top = PAGE_H - 40 * MM
    if logo:
        try:
            image = ImageReader(io.BytesIO(logo))
            w, h = image.getSize()
            side = 32 * MM
            scale = min(side / w, side / h)
            canvas.drawImage(image, MARGIN_X, top - h * scale, w * scale, h * scale, mask="auto")
            top -= side + 8 * MM
        except Exception:
            pass
    name = fit_lines(figures.center_name, BOLD, width=BODY_W, max_size=16, min_size=10, max_lines=2)
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, name.size)
    for line in name.lines:
        canvas.drawString(MARGIN_X, top, line)
        top -= name.size * 1.25
    top -= 10 * MM
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 30)
    canvas.drawString(MARGIN_X, top, word("title", language))
    top -= 10 * MM
    canvas.setFont(REGULAR, 12)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN_X, top, ellipsize(word("subtitle", language), REGULAR, 12, BODY_W))
    top -= 8 * MM
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN_X, top, MARGIN_X + 30 * MM, top)
    top -= 12 * MM
    facts = [
        (word("period", language), period_text(figures.period, language)),
        (
            word("compared_with", language),
            _previous_text(figures, language) or word("no_previous", language),
        ),
        (word("made_on", language), long_date(figures.made_on, language)),
    ]
    for label, value in facts:
        canvas.setFont(REGULAR, 9)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, top, label)
        canvas.setFont(BOLD, 12)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN_X, top - 6 * MM, ellipsize(value, BOLD, 12, BODY_W))
        top -= 15 * MM
    _glance(canvas, figures, language, 40 * MM)
    canvas.restoreState()


def _glance(canvas: Canvas, figures: ReportFigures, language: Language, bottom: float) -> None:
    """Five key figures in boxes along the foot of the cover."""
    formal = figures.formalisation
    items = [
        (word("producers", language), number(figures.representation.producers.now, language)),
        (word("products", language), number(figures.representation.products.now, language)),
        (word("with_nib", language), percent(formal.with_nib.now, formal.producers.now, language)),
        (word("kiosk_views", language), number(figures.visitors.views.now, language)),
        (word("sales_value", language), rupiah(figures.sales.value.now, language)),
    ]
    canvas.setFont(BOLD, 10)
    canvas.setFillColor(INK)
    canvas.drawString(MARGIN_X, bottom + 34 * MM, word("at_a_glance", language))
    gap = 3 * MM
    box_w = (BODY_W - gap * (len(items) - 1)) / len(items)
    for index, (label, value) in enumerate(items):
        x = MARGIN_X + index * (box_w + gap)
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(x, bottom, box_w, 28 * MM, stroke=0, fill=1)
        size = 15.0
        while size > 8 and text_width(value, BOLD, size) > box_w - 6 * MM:
            size -= 0.5
        canvas.setFillColor(ACCENT)
        canvas.setFont(BOLD, size)
        canvas.drawString(
            x + 3 * MM, bottom + 15 * MM, ellipsize(value, BOLD, size, box_w - 6 * MM)
        )
        fitted = fit_lines(
            label, REGULAR, width=box_w - 6 * MM, max_size=8, min_size=6.5, max_lines=2
        )
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, fitted.size)
        y = bottom + 9 * MM
        for line in fitted.lines:
            canvas.drawString(x + 3 * MM, y, line)
            y -= fitted.size * 1.2


def _footer_maker(figures: ReportFigures, language: Language) -> Callable[[Canvas, int, int], None]:
    def footer(canvas: Canvas, page: int, pages: int) -> None:
        if page == 1:
            return  # the cover
        canvas.saveState()
        right = PAGE_W - MARGIN_X
        head_y, foot_y = PAGE_H - 12 * MM, 10 * MM
        canvas.setFont(BOLD, 7)
        canvas.setFillColor(ACCENT)
        canvas.drawString(
            MARGIN_X, head_y, ellipsize(figures.center_name.upper(), BOLD, 7, BODY_W * 0.5)
        )
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(MUTED)
        title = f"{word('title', language)} · {period_text(figures.period, language)}"
        canvas.drawRightString(right, head_y, ellipsize(title, REGULAR, 7, BODY_W * 0.48))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, head_y - 2.5 * MM, right, head_y - 2.5 * MM)
        canvas.line(MARGIN_X, foot_y + 4 * MM, right, foot_y + 4 * MM)
        canvas.drawString(MARGIN_X, foot_y, long_date(figures.made_on, language))
        canvas.drawRightString(right, foot_y, page_of(page, pages, language))
        canvas.restoreState()

    return footer


def write_pdf(
    figures: ReportFigures,
    out: IO[bytes],
    language: Language,
    *,
    logo: bytes | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Write the report to `out`; returns its number of pages. Raises Cancelled when asked."""
    # The list is consumed as it is laid out, so pages already made let their flowables go.
    story = [Spacer(1, 1), *build_story(figures, language)]
    total = len(story)
    done = 0

    class _Document(BaseDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, _flowable: Flowable) -> None:
            nonlocal done
            done += 1
            if cancelled():
                raise Cancelled()
            if progress is not None and done % 20 == 0:
                progress(min(done, total), total)

    document = _Document(
        out,
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{word('title', language)}: {period_text(figures.period, language)}",
        author=figures.center_name,
        subject=word("subtitle", language),
        creator="Etalase",
        lang=language,
        initialFontName=REGULAR,
    )
    body = Frame(MARGIN_X, MARGIN_BOTTOM, BODY_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, 0, 0, 0, 0)
    document.addPageTemplates(
        [
            PageTemplate(
                "cover",
                [Frame(0, 0, PAGE_W, PAGE_H, 0, 0, 0, 0)],
                onPage=lambda canvas, _doc: _cover(canvas, figures, language, logo),
            ),
            PageTemplate("body", [body], onPage=_show_chrome),
        ]
    )
    document.build(story, canvasmaker=_chrome_canvas(_footer_maker(figures, language)))
    if progress is not None:
        progress(total, total)
    return int(document.page)


__all__ = ["MAX_ROWS", "build_story", "share", "write_pdf"]
