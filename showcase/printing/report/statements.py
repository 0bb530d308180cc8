"""The consignment statements (nota konsinyasi) of the report PDF: one per producer whose goods
sold, each starting a page, with what sold at which price, the total and room for both
signatures."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from showcase.inventory.formats import Language
from showcase.inventory.phone import format_phone
from showcase.inventory.report.figures import ProducerSales, ReportFigures
from showcase.printing.fonts import BOLD, MM, REGULAR, ellipsize
from showcase.printing.report.compare import name_in
from showcase.printing.report.parts import (
    BODY,
    BODY_W,
    H1,
    HEAD_FILL,
    INK,
    MUTED,
    NOTE,
    RULE,
    Column,
    cell_text,
    para,
    table,
)
from showcase.printing.report.words import (
    number,
    period_text,
    rupiah,
    word,
)


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
                name_in(product.name_id, product.name_en, language),
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
        KeepTogether([_Signatures(word("handed_over", language), figures.center_name, language)])
    )
    return out


def section_statements(figures: ReportFigures, language: Language) -> list[Flowable]:
    if not figures.sales.producers:
        return []
    out: list[Flowable] = []
    for index, producer in enumerate(figures.sales.producers):
        out += _statement(producer, figures, language, first=index == 0)
    return out
