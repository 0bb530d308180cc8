"""The catalogue as a document: A4 pages, cover, contents, section headings, running header
and footer, PDF outline and metadata, built in one pass.

Page numbers the reader sees are right without building the document twice: the contents
pages and every page's header and footer are PDF form objects, referenced while each page is
laid out and drawn once the whole document is known (just before the file is saved), when
the page each section starts on and the number of pages are known. The contents take a fixed
number of pages, worked out from the number of sections beforehand, so nothing moves.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate  # type: ignore[import-untyped]

from showcase.printing.catalogue.data import Section
from showcase.printing.catalogue.photos import ScaledPhoto
from showcase.printing.catalogue.style import (
    ACCENT,
    FAINT,
    GOLD,
    INK,
    MAT,
    MUTED,
    RULE,
    draw_photo,
)
from showcase.printing.catalogue.words import Language, count_products, page_of, word, word_pair
from showcase.printing.fonts import BOLD, MM, OBLIQUE, REGULAR, ellipsize, text_width

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * MM
BODY_TOP = PAGE_H - 24 * MM
BODY_BOTTOM = 20 * MM
BODY_W = PAGE_W - 2 * MARGIN_X
BODY_H = BODY_TOP - BODY_BOTTOM
BAND_H = 20 * MM  # the section heading above a page of cards or a feature page
GRID_H = BODY_H - BAND_H
COVER_PHOTO_H = PAGE_W * 0.75  # the cover photo spans the page width, 4:3


@dataclass(frozen=True)
class CoverText:
    center_name: str
    title: str
    subtitle: str
    date: str
    footer: str  # "title · date", at the foot of every page
    facts: str = ""  # "57 produk · 23 produsen · 15 kabupaten/kota"


@dataclass
class Record:
    """What the build learns as it goes: where sections start, what each page is about."""

    section_pages: dict[str, int] = field(default_factory=dict)
    page_titles: dict[int, str] = field(default_factory=dict)
    framed_pages: list[int] = field(default_factory=list)
    toc_pages: list[int] = field(default_factory=list)
    current_title: str = ""
    pages: int = 0


class _Blank(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Holds a page whose content is a form drawn by the page template (the contents)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 1.0

    def draw(self) -> None:
        pass


class Cover(Flowable):  # type: ignore[misc]
    """The cover: the photo across the top, then center, title, subtitle and date."""

    def __init__(self, text: CoverText, photo: ScaledPhoto | None, language: Language) -> None:
        super().__init__()
        self.text, self.photo, self.language = text, photo, language

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return PAGE_W, PAGE_H

    def draw(self) -> None:
        from showcase.printing.catalogue.style import fit, italic, style

        canvas = self.canv
        photo_y = PAGE_H - COVER_PHOTO_H
        if self.photo is not None:
            draw_photo(canvas, self.photo, 0, photo_y, PAGE_W, COVER_PHOTO_H, "")
        else:
            _tapis_panel(canvas, 0, photo_y, PAGE_W, COVER_PHOTO_H)
        canvas.setFillColor(GOLD)
        canvas.rect(0, photo_y - 1.2 * MM, PAGE_W, 1.2 * MM, stroke=0, fill=1)
        x, width = 22 * MM, PAGE_W - 44 * MM
        parts = [
            (
                fit(
                    self.text.center_name.upper(),
                    style("c-center", 10.5, font=BOLD, color=ACCENT),
                    width,
                    28,
                ),
                0.0,
            ),
            (
                fit(self.text.title, style("c-title", 30, font=BOLD, leading=35), width, 3 * 35),
                4 * MM,
            ),
            (
                fit(self.text.subtitle, style("c-sub", 14, color=MUTED, leading=18), width, 3 * 18),
                3 * MM,
            ),
        ]
        facts_st = style("c-facts", 10, color=MUTED)
        facts = [
            fit(line, italic(facts_st) if index else facts_st, width, 2 * facts_st.leading)
            for index, line in enumerate(self.text.facts.splitlines())
        ]
        shown = [(f, gap) for f, gap in parts if f is not None]
        rule_gap, date_h = 7 * MM, 12 * MM
        block = sum(f.height + gap for f, gap in shown) + rule_gap + date_h
        block += sum(f.height + 1 * MM for f in facts if f is not None)
        # The text block sits in the middle of the white part of the page, a little high.
        space_top, space_bottom = photo_y - 1.2 * MM, 9 * MM
        y = space_top - max(12 * MM, (space_top - space_bottom - block) * 0.45)
        for fitted, gap in shown:
            y -= fitted.height + gap
            fitted.paragraph.drawOn(canvas, x, y)
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(1)
        canvas.line(x, y - rule_gap, x + 22 * MM, y - rule_gap)
        canvas.setFillColor(INK)
        canvas.setFont(REGULAR, 10.5)
        canvas.drawString(x, y - rule_gap - 7 * MM, self.text.date)
        y -= rule_gap + date_h
        for line in facts:
            if line is not None:
                y -= line.height
                line.paragraph.drawOn(canvas, x, y)
                y -= 1 * MM
        canvas.setFillColor(ACCENT)
        canvas.rect(0, 0, PAGE_W, 9 * MM, stroke=0, fill=1)
        canvas.setFillColor(MAT)
        canvas.setFont(REGULAR, 8)
        place = word_pair("lampung")[1 if self.language is Language.EN else 0]
        canvas.drawString(x, 3.6 * MM, place)


def _tapis_panel(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    """Without a cover photo: the deep red of kain tapis with rows of gold diamonds."""
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.7)
    step = 14 * MM
    for row in range(int(height // step) + 1):
        cy = y + step / 2 + row * step
        shift = step / 2 if row % 2 else 0
        for col in range(int(width // step) + 2):
            cx = x + col * step + shift
            path = canvas.beginPath()
            path.moveTo(cx, cy - 3 * MM)
            path.lineTo(cx + 3 * MM, cy)
            path.lineTo(cx, cy + 3 * MM)
            path.lineTo(cx - 3 * MM, cy)
            path.close()
            canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()


class SectionHeading(Flowable):  # type: ignore[misc]
    """A section's heading, its bookmark and outline entry, and the page it starts on.

    `band` headings fill a fixed band above a page of cards or a feature page (a quieter
    "continued" line on the section's later pages); others flow in a price list.
    """

    def __init__(
        self,
        section: Section,
        language: Language,
        record: Record,
        *,
        band: bool,
        first: bool = True,
    ) -> None:
        super().__init__()
        self.section, self.language, self.record = section, language, record
        self.band, self.first = band, first
        english = section.title_en if language is Language.BOTH else ""
        self.english = english if english and english != section.title_id else ""
        self.height = BAND_H if band else (14 * MM if self.english else 10 * MM)
        self.keepWithNext = not band

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return self.width, self.height

    def _note(self) -> None:
        canvas, record, section = self.canv, self.record, self.section
        page = canvas.getPageNumber()
        title = section.title(self.language)
        _, top = canvas.absolutePosition(0, self.height)
        if top >= BODY_TOP - 1 or page not in record.page_titles:
            record.page_titles[page] = title  # the section at the top of the page names it
        record.current_title = title
        if self.first and section.key not in record.section_pages:
            record.section_pages[section.key] = page
            canvas.bookmarkPage(section.key, fit="XYZ", top=top + 4 * MM, left=0)
            canvas.addOutlineEntry(title, section.key, level=0)

    def draw(self) -> None:
        self._note()
        canvas, title = self.canv, self.section.title(self.language)
        if not self.first:
            canvas.setFillColor(FAINT)
            canvas.setFont(OBLIQUE, 9)
            text = f"{title} · {word('continued', self.language)}"
            canvas.drawString(0, self.height - 6 * MM, ellipsize(text, OBLIQUE, 9, self.width))
            return
        count = count_products(len(self.section.products), self.language)
        count_w = text_width(count, REGULAR, 8.5) + 4 * MM
        size = 17 if self.band else 13
        rule_y = 3 * MM if self.band else 0.8 * MM
        if self.band:
            baseline = self.height - 9 * MM
        else:
            baseline = rule_y + (7.2 if self.english else 3.2) * MM
        canvas.setFillColor(ACCENT)
        canvas.rect(0, baseline - 1.2 * MM, 1.4 * MM, size * 0.3 * MM + 1.2 * MM, stroke=0, fill=1)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, size)
        room = self.width - 4.5 * MM - count_w
        canvas.drawString(4.5 * MM, baseline, ellipsize(title, BOLD, size, room))
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawRightString(self.width, baseline, count)
        if self.english:
            small = size * 0.62
            canvas.setFont(OBLIQUE, small)
            english = ellipsize(self.english, OBLIQUE, small, self.width - 4.5 * MM)
            canvas.drawString(4.5 * MM, baseline - small * 0.5 * MM, english)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(0, rule_y, self.width, rule_y)


# --- the document ---------------------------------------------------------------------------


def toc_entry_height(language: Language) -> float:
    return 13 * MM if language is Language.BOTH else 10 * MM


TOC_TITLE_H = 24 * MM


def toc_page_count(sections: int, language: Language) -> int:
    """How many pages the contents take for this many sections."""
    per_page = int(BODY_H // toc_entry_height(language))
    first = int((BODY_H - TOC_TITLE_H) // toc_entry_height(language))
    return 1 if sections <= first else 1 + math.ceil((sections - first) / per_page)


class CatalogueDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 with a cover template, a contents template and a body template."""

    def __init__(
        self,
        out: str | IO[bytes],
        *,
        sections: Sequence[Section],
        language: Language,
        cover: CoverText,
        metadata: dict[str, str],
        list_header: tuple[float, Callable[[Canvas], None]] | None = None,
    ) -> None:
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=PAGE_H - BODY_TOP,
            bottomMargin=BODY_BOTTOM,
            title=metadata["title"],
            author=metadata["author"],
            subject=metadata["subject"],
            creator=metadata["creator"],
            keywords=metadata.get("keywords", ""),
            lang="en" if language is Language.EN else "id",
        )
        self.sections, self.language, self.cover = list(sections), language, cover
        self.record = Record()
        body = Frame(MARGIN_X, BODY_BOTTOM, BODY_W, BODY_H, 0, 0, 0, 0, id="body")
        full = Frame(0, 0, PAGE_W, PAGE_H, 0, 0, 0, 0, id="full")
        templates = [
            PageTemplate("cover", [full]),
            PageTemplate("toc", [body], onPage=self._on_toc_page),
            PageTemplate("body", [body], onPage=self._on_body_page),
        ]
        self._list_header = list_header
        if list_header is not None:
            # Price list pages: the column names at the top, the rows below them.
            below = Frame(MARGIN_X, BODY_BOTTOM, BODY_W, BODY_H - list_header[0], 0, 0, 0, 0)
            templates.append(PageTemplate("list", [below], onPage=self._on_list_page))
        self.addPageTemplates(templates)

    def _on_toc_page(self, canvas: Canvas, _doc: Any) -> None:
        page = canvas.getPageNumber()
        self.record.toc_pages.append(page)
        self.record.framed_pages.append(page)
        canvas.doForm(f"toc{page}")
        canvas.doForm(f"frame{page}")

    def _on_body_page(self, canvas: Canvas, _doc: Any) -> None:
        page = canvas.getPageNumber()
        self.record.framed_pages.append(page)
        canvas.doForm(f"frame{page}")

    def _on_list_page(self, canvas: Canvas, doc: Any) -> None:
        self._on_body_page(canvas, doc)
        if self._list_header is not None:
            self._list_header[1](canvas)

    def canvas_maker(self) -> Callable[..., Canvas]:
        """A Canvas that draws the forms (contents, headers, footers) just before saving."""
        document = self

        class _Canvas(Canvas):  # type: ignore[misc]
            def save(self) -> None:
                document._finish(self)
                super().save()

        return _Canvas

    def _finish(self, canvas: Canvas) -> None:
        record = self.record
        record.pages = canvas.getPageNumber() - 1  # save() follows the last showPage
        title = ""
        for page in sorted(record.framed_pages):
            title = record.page_titles.get(page, title)
            canvas.beginForm(f"frame{page}")
            self._header_footer(canvas, page, title if page not in record.toc_pages else "")
            canvas.endForm()
        per_first = int((BODY_H - TOC_TITLE_H) // toc_entry_height(self.language))
        per_page = int(BODY_H // toc_entry_height(self.language))
        start = 0
        for index, page in enumerate(record.toc_pages):
            count = per_first if index == 0 else per_page
            canvas.beginForm(f"toc{page}")
            self._contents(canvas, self.sections[start : start + count], first=index == 0)
            canvas.endForm()
            start += count

    def _header_footer(self, canvas: Canvas, page: int, section_title: str) -> None:
        lang, right = self.language, PAGE_W - MARGIN_X
        head_y, foot_y = PAGE_H - 13 * MM, 10 * MM
        name = ellipsize(self.cover.center_name.upper(), BOLD, 7, BODY_W * 0.45)
        canvas.setFillColor(ACCENT)
        canvas.setFont(BOLD, 7)
        canvas.drawString(MARGIN_X, head_y, name)
        if section_title:
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 7.5)
            canvas.drawRightString(
                right, head_y, ellipsize(section_title, REGULAR, 7.5, BODY_W * 0.5)
            )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, head_y - 2.5 * MM, right, head_y - 2.5 * MM)
        canvas.line(MARGIN_X, foot_y + 4 * MM, right, foot_y + 4 * MM)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 7)
        canvas.drawString(MARGIN_X, foot_y, ellipsize(self.cover.footer, REGULAR, 7, BODY_W * 0.6))
        canvas.drawRightString(right, foot_y, page_of(page, self.record.pages, lang))

    def _contents(self, canvas: Canvas, sections: Sequence[Section], *, first: bool) -> None:
        lang, right = self.language, PAGE_W - MARGIN_X
        y = BODY_TOP
        if first:
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 24)
            canvas.drawString(MARGIN_X, y - 12 * MM, word("contents", lang))
            canvas.setStrokeColor(GOLD)
            canvas.setLineWidth(1)
            canvas.line(MARGIN_X, y - 17 * MM, MARGIN_X + 22 * MM, y - 17 * MM)
            y -= TOC_TITLE_H
        step = toc_entry_height(lang)
        for section in sections:
            page = str(self.record.section_pages.get(section.key, ""))
            baseline = y - 7 * MM
            number_w = text_width(page, BOLD, 11.5)
            title = ellipsize(section.title(lang), BOLD, 11.5, BODY_W - 30 * MM)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 11.5)
            canvas.drawString(MARGIN_X, baseline, title)
            canvas.setFillColor(ACCENT)
            canvas.drawRightString(right, baseline, page)
            lead_from = MARGIN_X + text_width(title, BOLD, 11.5) + 3 * MM
            lead_to = right - number_w - 3 * MM
            if lead_to > lead_from:
                canvas.saveState()
                canvas.setStrokeColor(FAINT)
                canvas.setLineWidth(0.6)
                canvas.setDash(0.6, 2.4)
                canvas.line(lead_from, baseline + 0.6 * MM, lead_to, baseline + 0.6 * MM)
                canvas.restoreState()
            sub = count_products(len(section.products), lang)
            english = section.title_en if lang is Language.BOTH else ""
            if english and english != section.title_id:
                sub = f"{english} · {sub}"
            canvas.setFillColor(MUTED)
            canvas.setFont(OBLIQUE if english else REGULAR, 8.5)
            canvas.drawString(
                MARGIN_X, baseline - 4.6 * MM, ellipsize(sub, OBLIQUE, 8.5, BODY_W - 30 * MM)
            )
            y -= step


def contents_pages(count: int, then: str = "body") -> list[Flowable]:
    """Flowables that hold `count` contents pages (their text is a form drawn at the end),
    followed by pages of the template `then`."""
    from reportlab.platypus import NextPageTemplate, PageBreak

    story: list[Flowable] = []
    for index in range(count):
        if index == count - 1:
            story.append(NextPageTemplate(then))
        story += [_Blank(), PageBreak()]
    return story
