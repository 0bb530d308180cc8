"""The report PDF's building blocks: type styles, tables whose cells are wrapped to their
column (measured in the embedded font, so a long name never runs outside its box), and the
charts, drawn as vectors with reportlab's graphics.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import (  # type: ignore[import-untyped]
    HorizontalBarChart,
    VerticalBarChart,
)
from reportlab.graphics.shapes import Drawing, Rect, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph, Table, TableStyle  # type: ignore[import-untyped]

from showcase.printing.fonts import BOLD, MM, OBLIQUE, REGULAR, register_fonts, wrap

INK = colors.HexColor("#1E2A32")
MUTED = colors.HexColor("#5C6870")
RULE = colors.HexColor("#D8DCDF")
ZEBRA = colors.HexColor("#F6F4F0")
ACCENT = colors.HexColor("#8C2A33")  # the deep red of kain tapis
GOLD = colors.HexColor("#B58A34")
PREVIOUS = colors.HexColor("#C9CED2")  # the previous period, beside this one
HEAD_FILL = colors.HexColor("#F2EADB")
KIOSK_COLOURS = (ACCENT, GOLD, colors.HexColor("#2F6B5E"), colors.HexColor("#3D5A80"))

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * MM
MARGIN_TOP = 22 * MM
MARGIN_BOTTOM = 20 * MM
BODY_W = PAGE_W - 2 * MARGIN_X

CELL_SIZE = 8.5
CELL_LEADING = 10.5
PAD = 4.0  # left and right padding of a cell

register_fonts()


def paragraph_style(
    name: str,
    size: float,
    *,
    font: str = REGULAR,
    color: colors.Color = INK,
    after: float = 4,
    before: float = 0,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=size * 1.3,
        textColor=color,
        spaceAfter=after,
        spaceBefore=before,
        splitLongWords=True,
    )


H1 = paragraph_style("h1", 17, font=BOLD, color=ACCENT, after=8, before=4)
H2 = paragraph_style("h2", 11.5, font=BOLD, after=5, before=9)
BODY = paragraph_style("body", 9)
NOTE = paragraph_style("note", 8, font=OBLIQUE, color=MUTED)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: escaped, so `&` or `<` in a name prints as it is."""
    return Paragraph(escape(text), style)


@dataclass(frozen=True)
class Column:
    heading: str
    width: float  # a share of the body width; the shares of a table add up to 1
    numeric: bool = False


def cell_text(text: str, width: float, font: str = REGULAR) -> str:
    """`text` wrapped into lines that fit a cell `width` points wide (padding taken off)."""
    lines = wrap(" ".join(text.split()), font, CELL_SIZE, width - 2 * PAD)
    return "\n".join(lines) or ""


def table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    total: Sequence[str] | None = None,
    total_span: int = 1,
    width: float = BODY_W,
) -> Table:
    """A table with its header repeated on every page it runs onto; numbers right-aligned.
    `total` is a last row in bold, whose first cell may span `total_span` columns."""
    widths = [column.width * width for column in columns]
    data = [[cell_text(c.heading, w, BOLD) for c, w in zip(columns, widths, strict=True)]]
    for row in rows:
        data.append([cell_text(text, w) for text, w in zip(row, widths, strict=True)])
    if total is not None:
        spanned = [sum(widths[:total_span]), *([0.0] * (total_span - 1)), *widths[total_span:]]
        data.append([cell_text(text, w, BOLD) for text, w in zip(total, spanned, strict=True)])
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE, CELL_LEADING),
        ("FONT", (0, 0), (-1, 0), BOLD, CELL_SIZE, CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, GOLD),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index, column in enumerate(columns):
        if column.numeric:
            commands.append(("ALIGN", (index, 0), (index, -1), "RIGHT"))
    if total is not None:
        commands += [
            ("FONT", (0, -1), (-1, -1), BOLD, CELL_SIZE, CELL_LEADING),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
        ]
        if total_span > 1:
            commands.append(("SPAN", (0, -1), (total_span - 1, -1)))
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT")


def _count_label(value: float) -> str:
    """A bar's count; none on an empty bar, so fifteen zeros do not clutter the chart."""
    return str(int(value)) if value else ""


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose text starts in the embedded font (reportlab's default is Helvetica,
    which would then be listed in the PDF without being embedded)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = 8
    return drawing


def _legend(
    drawing: Drawing, x: float, y: float, items: Sequence[tuple[str, colors.Color]]
) -> None:
    for label, colour in items:
        drawing.add(Rect(x, y, 7, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 10, y + 0.5, label, fontName=REGULAR, fontSize=7.5, fillColor=INK))
        x += 10 + _width(label, 7.5) + 14


def _width(text: str, size: float) -> float:
    from showcase.printing.fonts import text_width

    return text_width(text, REGULAR, size)


def _axis_step(top: int) -> int:
    """A round step for a value axis up to `top` in at most six steps: 1, 2, 5, 10, 20, 50 …"""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if top / (factor * magnitude) <= 6:
                return factor * magnitude
        magnitude *= 10


def bar_chart(
    labels: Sequence[str],
    now: Sequence[int],
    before: Sequence[int] | None,
    legend: tuple[str, str],
    *,
    width: float = BODY_W,
) -> Drawing:
    """Horizontal bars, one per label, this period beside the previous one (when there is one)."""
    label_w = max([_width(label, 7.5) for label in labels] + [20.0]) + 6
    row_h = 15 if before is not None else 11
    height = len(labels) * row_h + 34
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 14
    chart.width, chart.height = width - label_w - 24, height - 34
    # Within a group the last series is drawn on top: the previous period first, so this
    # period's bar reads first, as the legend does. `data[-1]` is always this period.
    chart.data = ([list(before)] if before is not None else []) + [list(now)]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.reverseDirection = True  # the first label at the top
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = RULE
    top = max([*now, *(before or []), 1])
    step = _axis_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = (top // step + 1) * step
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.barSpacing = 1
    chart.groupSpacing = 3
    chart.bars.strokeColor = None
    chart.bars[len(chart.data) - 1].fillColor = ACCENT
    if before is not None:
        chart.bars[0].fillColor = PREVIOUS
    chart.barLabelFormat = _count_label
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    items = [(legend[0], ACCENT)] + ([(legend[1], PREVIOUS)] if before is not None else [])
    _legend(drawing, label_w, height - 10, items)
    return drawing


def day_chart(
    days: Sequence[str],
    series: Sequence[Sequence[int]],
    names: Sequence[str],
    *,
    width: float = BODY_W,
    height: float = 62 * MM,
) -> Drawing:
    """Views per day as columns; stacked per kiosk when there are several series. `days` are
    the labels under the columns, "" where a day goes unnamed (see words.day_labels)."""
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 18
    chart.width, chart.height = width - 36, height - 36
    chart.data = [list(values) for values in series]
    chart.categoryAxis.categoryNames = list(days)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.strokeColor = RULE
    totals = [sum(column) for column in zip(*series, strict=True)] if series else [0]
    top = max([*totals, 1])
    step = _axis_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = (top // step + 1) * step
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.bars.strokeColor = None
    if len(series) > 1:
        chart.categoryAxis.style = "stacked"
    for index in range(len(series)):
        chart.bars[index].fillColor = KIOSK_COLOURS[index % len(KIOSK_COLOURS)]
    chart.barSpacing = 0
    chart.groupSpacing = 2
    drawing.add(chart)
    if len(names) > 1:
        colours = [KIOSK_COLOURS[i % len(KIOSK_COLOURS)] for i in range(len(names))]
        _legend(drawing, 28, height - 10, list(zip(names, colours, strict=True)))
    return drawing
