"""The report PDF's five sections: the showcase (by kabupaten/kota, type, category, what was
added), formalisation, export readiness, visitors and sales; each a list of flowables."""

from __future__ import annotations

from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    PageBreak,
    Spacer,
)

from showcase.inventory.formats import Language
from showcase.inventory.phone import format_phone
from showcase.inventory.report.figures import Count, ReportFigures
from showcase.printing.fonts import MM
from showcase.printing.report.compare import (
    MAX_ROWS,
    capped_table,
    category_name,
    compare_cells,
    compare_columns,
    count_table,
    label_width,
    market_name,
    name_in,
    previous_text,
    share_columns,
    share_row,
)
from showcase.printing.report.parts import (
    BODY,
    H1,
    H2,
    NOTE,
    Column,
    bar_chart,
    day_chart,
    para,
    table,
)
from showcase.printing.report.words import (
    before,
    day_labels,
    number,
    period_text,
    producer_type,
    rupiah,
    short_date,
    type_word,
    word,
)


def section_showcase(figures: ReportFigures, language: Language) -> list[Flowable]:
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
            (period_text(figures.period, language), previous_text(figures, language)),
        )
    )
    out.append(Spacer(1, 3 * MM))
    out.append(
        count_table(
            figures,
            word("kabupaten", language),
            [(row.label, row.count) for row in shown.by_kabupaten],
            language,
            total=Count(shown.producers.now, shown.producers.before),
        )
    )
    out.append(CondPageBreak(60 * MM))
    out.append(para(word("by_type", language), H2))
    out.append(
        count_table(
            figures,
            word("type", language),
            [(type_word(row.label, language), row.count) for row in shown.by_type],
            language,
        )
    )
    out.append(CondPageBreak(50 * MM))
    out.append(para(word("by_category", language), H2))
    out.append(
        count_table(
            figures,
            word("category", language),
            [(category_name(row, language), row.count) for row in shown.by_category],
            language,
        )
    )
    out.append(CondPageBreak(50 * MM))
    out.append(para(word("added", language), H2))
    out.append(
        count_table(
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
        out += capped_table(
            [
                Column(word("producers_added", language), 0.42),
                Column(word("type", language), 0.2),
                Column(word("kabupaten", language), 0.23),
                Column(word("added_on", language), 0.15),
            ],
            shown.new_producers,
            lambda p: [
                p.name,
                producer_type(p.kind, p.scale, language),
                p.kabupaten,
                short_date(p.added, language) if p.added else "",
            ],
            language,
        )
    if shown.new_products:
        out.append(Spacer(1, 3 * MM))
        out += capped_table(
            [
                Column(word("code", language), 0.14),
                Column(word("products_added", language), 0.43),
                Column(word("producer", language), 0.28),
                Column(word("added_on", language), 0.15),
            ],
            shown.new_products,
            lambda p: [
                p.code,
                name_in(p.name_id, p.name_en, language),
                p.producer,
                short_date(p.added, language),
            ],
            language,
        )
    if not shown.new_producers and not shown.new_products:
        out.append(para(word("none_added", language), NOTE))
    return out


def section_formal(figures: ReportFigures, language: Language) -> list[Flowable]:
    formal = figures.formalisation
    out: list[Flowable] = [PageBreak(), para(word("s_formal", language), H1)]
    out.append(para(word("nib_and_certificates", language), H2))
    rows = [
        share_row(word("with_nib", language), formal.with_nib, formal.producers, figures, language)
    ]
    for row in formal.certificates:
        label = word("products_with", language).format(name=row.label)
        rows.append(share_row(label, row.count, formal.products, figures, language))
    rows.append(
        share_row(
            word("any_certificate", language), formal.certified, formal.products, figures, language
        )
    )
    out.append(table(share_columns(figures, language), rows))
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
    out += capped_table(
        [
            Column(word("producer", language), 0.42),
            Column(word("type", language), 0.18),
            Column(word("kabupaten", language), 0.22),
            Column(word("phone", language), 0.18),
        ],
        formal.without_nib,
        lambda p: [
            p.name,
            producer_type(p.kind, p.scale, language),
            p.kabupaten,
            format_phone(p.phone),
        ],
        language,
    )
    return out


def section_export(figures: ReportFigures, language: Language) -> list[Flowable]:
    export = figures.export
    out: list[Flowable] = [CondPageBreak(80 * MM), para(word("s_export", language), H1)]
    out.append(
        table(
            share_columns(figures, language),
            [
                share_row(
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
        count_table(
            figures,
            word("market", language),
            [(market_name(row.label, language), row.count) for row in export.by_market[:MAX_ROWS]],
            language,
        )
    )
    return out


def section_visitors(figures: ReportFigures, language: Language) -> list[Flowable]:
    seen = figures.visitors
    out: list[Flowable] = [PageBreak(), para(word("s_visitors", language), H1)]
    out.append(
        count_table(
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
    days = day_labels([d.day for d in seen.per_day], language)
    if seen.kiosks:
        series = [[d.per_kiosk[i] for d in seen.per_day] for i in range(len(seen.kiosks))]
        out.append(day_chart(days, series, seen.kiosks))
    else:
        out.append(day_chart(days, [[d.total for d in seen.per_day]], ()))
    if seen.kiosks:
        out.append(para(word("per_kiosk", language), H2))
        out.append(
            table(
                [
                    Column(word("kiosk", language), 0.7),
                    Column(word("views", language), 0.3, numeric=True),
                ],
                [
                    [name, number(sum(d.per_kiosk[i] for d in seen.per_day), language)]
                    for i, name in enumerate(seen.kiosks)
                ],
                total=[word("total", language), number(seen.views.now, language)],
            )
        )
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
        label_w = label_width(figures) - (0.14 if with_code else 0)
        columns += [
            Column(word("product" if with_code else "category", language), label_w),
            *compare_columns(figures, language),
        ]
        rows = [
            [
                *([v.code] if with_code else []),
                name_in(v.name_id, v.name_en, language),
                *compare_cells(v.views, figures, language),
            ]
            for v in items
        ]
        out.append(table(columns, rows))
    return out


def section_sales(figures: ReportFigures, language: Language) -> list[Flowable]:
    sold = figures.sales
    out: list[Flowable] = [PageBreak(), para(word("s_sales", language), H1)]
    out.append(
        table(
            [
                Column(word("figure", language), label_width(figures)),
                *compare_columns(figures, language),
            ],
            [
                [word("items_sold", language), *compare_cells(sold.quantity, figures, language)],
                [
                    word("sales_value", language),
                    *compare_cells(sold.value, figures, language, money=True),
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
    out += capped_table(
        producer_columns,
        sold.producers,
        lambda p: [
            p.name,
            p.kabupaten,
            number(p.quantity, language),
            rupiah(p.value.now, language),
            *([before(p.value, language, money=True)] if figures.previous else []),
        ],
        language,
        total=[
            word("total", language),
            "",
            number(sold.quantity.now, language),
            rupiah(sold.value.now, language),
            *([before(sold.value, language, money=True)] if figures.previous else []),
        ],
        total_span=2,
    )
    out.append(CondPageBreak(50 * MM))
    out.append(para(word("sales_by_product", language), H2))
    out += capped_table(
        [
            Column(word("code", language), 0.14),
            Column(word("product", language), 0.5),
            Column(word("quantity", language), 0.14, numeric=True),
            Column(word("value", language), 0.22, numeric=True),
        ],
        sold.products,
        lambda p: [
            p.code,
            name_in(p.name_id, p.name_en, language),
            number(p.quantity, language),
            rupiah(p.value, language),
        ],
        language,
        total=[
            word("total", language),
            "",
            number(sold.quantity.now, language),
            rupiah(sold.value.now, language),
        ],
        total_span=2,
    )
    return out
