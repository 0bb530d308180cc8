"""The center's report as an A4 PDF: a cover, five sections of figures and charts, and a
consignment statement (nota konsinyasi) per producer, each on a page of its own.

Tables break across pages with their header repeated; every page but the cover carries the
center's name, the report's title and "page n of N". Every font is the embedded DejaVu family.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import IO, Any

from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from showcase.errors import Cancelled
from showcase.inventory.formats import Language
from showcase.inventory.report.figures import ReportFigures
from showcase.printing.fonts import BOLD, MM, REGULAR, ellipsize, fit_lines, text_width
from showcase.printing.report.compare import previous_text
from showcase.printing.report.parts import (
    ACCENT,
    BODY_W,
    GOLD,
    HEAD_FILL,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
)
from showcase.printing.report.sections import (
    section_export,
    section_formal,
    section_sales,
    section_showcase,
    section_visitors,
)
from showcase.printing.report.statements import section_statements
from showcase.printing.report.words import (
    long_date,
    number,
    page_of,
    percent,
    period_text,
    rupiah,
    word,
)


def build_story(figures: ReportFigures, language: Language) -> list[Flowable]:
    """Every flowable of the report after its cover (tests read the tables from here)."""
    return [
        NextPageTemplate("body"),
        PageBreak(),
        *section_showcase(figures, language),
        *section_formal(figures, language),
        *section_export(figures, language),
        *section_visitors(figures, language),
        *section_sales(figures, language),
        *section_statements(figures, language),
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
            previous_text(figures, language) or word("no_previous", language),
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
    glance_bottom = 26 * MM
    # The list of contents only where it clears the key figures (a logo and a long name
    # above can leave too little room).
    if top - 4 * MM - CONTENTS_H > glance_bottom + 34 * MM + 8 * MM:
        _contents(canvas, language, top - 4 * MM)
    _glance(canvas, figures, language, glance_bottom)
    canvas.restoreState()


_SECTIONS = ("s_showcase", "s_formal", "s_export", "s_visitors", "s_sales", "s_statements")
CONTENTS_H = 7 * MM + len(_SECTIONS) * 6 * MM


def _contents(canvas: Canvas, language: Language, top: float) -> None:
    """What the report holds, in order, under the period on the cover."""
    canvas.setFont(BOLD, 10)
    canvas.setFillColor(INK)
    canvas.drawString(MARGIN_X, top, word("contents", language))
    y = top - 7 * MM
    for key in _SECTIONS:
        canvas.setFont(REGULAR, 10)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, y, word(key, language))
        y -= 6 * MM


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


__all__ = ["build_story", "write_pdf"]
