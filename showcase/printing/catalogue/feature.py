"""The feature layout: one product to a page, with a big photo, the full description and the
producer's story, for the few products a buyer should look at closely.

The page is laid out from fixed parts: the names on top, the photo with a column of facts
(price, producer, certificates, export markets, QR code) beside it, the description, and the
producer's story in a tinted box at the foot. Description and story share the space left, and
either is cut with an ellipsis rather than pushed onto a second page.
"""

from __future__ import annotations

from showcase.printing.catalogue.cards import (
    Column,
    PrintedPage,
    Printing,
    descriptions,
    export_text,
    price_markup,
    second_name,
    wrap_markup,
)
from showcase.printing.catalogue.data import CatalogueProduct
from showcase.printing.catalogue.photos import PrintSize
from showcase.printing.catalogue.style import (
    FAINT,
    GOLD,
    MAT,
    MUTED,
    Fitted,
    draw_badges,
    draw_photo,
    draw_qr_box,
    fit,
    italic,
    style,
)
from showcase.printing.catalogue.words import Language, producer_kind, word
from showcase.printing.fonts import BOLD, MM

PHOTO_SHARE = 0.62  # of the page width
COLUMN_GAP = 8 * MM
QR_SIDE = 30 * MM


def photo_box(width: float) -> tuple[float, float]:
    """The feature photo's box for a page `width` points wide (4:3)."""
    w = width * PHOTO_SHARE
    return w, w * 0.75


class FeaturePage(PrintedPage):
    """One product, filling `width` × `height` points."""

    def __init__(
        self,
        product: CatalogueProduct,
        printing: Printing,
        photo_size: PrintSize,
        width: float,
        height: float,
    ) -> None:
        super().__init__(printing, photo_size, width, height)
        self.product = product

    def draw(self) -> None:
        self._draw()
        self.printing.drawn()

    def _draw(self) -> None:
        canvas, product, lang = self.canv, self.product, self.printing.language
        width, height = self.width, self.height
        column = Column(canvas, 0, height, width)
        name_st = style("feature-name", 20, font=BOLD, leading=24)
        column.put(fit(product.name(lang), name_st, width, 2 * name_st.leading))
        name_en_st = italic(style("feature-name-en", 13, color=MUTED))
        column.put(
            fit(second_name(product, lang), name_en_st, width, 2 * name_en_st.leading), 1 * MM
        )
        code_st = style("feature-code", 8.5, color=FAINT)
        column.put(fit(product.code, code_st, width, code_st.leading), 1.5 * MM)

        # The photo, and the facts beside it.
        box_w, box_h = photo_box(width)
        photo_top = column.y - 5 * MM
        photo = self.printing.photo(product, self.photo_size) if product.photo_id else None
        draw_photo(canvas, photo, 0, photo_top - box_h, box_w, box_h, word("no_photo", lang))
        self._facts(box_w + COLUMN_GAP, photo_top, width - box_w - COLUMN_GAP, box_h)

        # The producer's story at the foot, the description between.
        story_top = self._story(width, max_height=min(64 * MM, height * 0.3))
        text_top = photo_top - box_h - 7 * MM
        self._description(text_top, story_top + (6 * MM if story_top > 0 else 0), width)

    def _facts(self, x: float, top: float, width: float, height: float) -> None:
        canvas, product, lang = self.canv, self.product, self.printing.language
        label_st = style("fact-label", 7, color=MUTED)
        value_st = style("fact-value", 9.5, font=BOLD, leading=12)
        plain_st = style("fact-plain", 9, leading=11.5)
        column = Column(canvas, x, top, width)
        column.put(
            wrap_markup(price_markup(product, self.printing, 18), style("fact-price", 18), width)
        )
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(0.8)
        canvas.line(x, column.y - 3 * MM, x + 14 * MM, column.y - 3 * MM)
        column.y -= 3 * MM

        def fact(label: str, value: str, st: object = value_st, lines: int = 2) -> None:
            if not value.strip():
                return
            column.put(fit(label.upper(), label_st, width, label_st.leading), 3.2 * MM)
            column.put(fit(value, st, width, lines * st.leading), 0.6 * MM)  # type: ignore[attr-defined]

        fact(word("producer", lang), product.producer_name)
        fact(word("kabupaten", lang), product.kabupaten, plain_st, 1)
        if product.certificates:
            column.put(fit(word("certificates", lang).upper(), label_st, width, 9), 3.2 * MM)
            column.y -= 1 * MM + draw_badges(
                canvas, product.certificates, x, column.y - 5 * MM, width, size=7.2
            )
        export = export_text(product, lang)
        if export:
            fact(word("export", lang), export.split(": ", 1)[1], plain_st, 2)

    def _story(self, width: float, max_height: float) -> float:
        """The producer's box at the foot of the page, with the QR code (a WhatsApp code
        reaches this producer); returns its top (0 if there is nothing to show)."""
        product, canvas = self.product, self.canv
        qr = self.printing.qr(product, QR_SIDE)
        caption_h = 7.5 * 1.2 * len(qr[1]) + 2 * MM if qr else 0.0
        qr_h = QR_SIDE + caption_h if qr else 0.0
        pad = 5 * MM
        if not product.producer_name:
            if qr:  # no producer to tell about: the code alone, bottom right
                draw_qr_box(canvas, qr[0], width - QR_SIDE, caption_h, QR_SIDE, qr[1], 7.5)
            return qr_h
        inner = width - 2 * pad - (QR_SIDE + 8 * MM if qr else 0.0)
        head, bodies = self._story_text(inner, max_height - 2 * pad)
        text_h = sum(f.height + 1 * MM for f in head) + sum(f.height + 1.5 * MM for f in bodies)
        box_h = 2 * pad + max(text_h, qr_h)
        canvas.setFillColor(MAT)
        canvas.roundRect(0, 0, width, box_h, 2.2 * MM, stroke=0, fill=1)
        if qr:
            draw_qr_box(
                canvas, qr[0], width - pad - QR_SIDE, box_h - pad - QR_SIDE, QR_SIDE, qr[1], 7.5
            )
        column = Column(canvas, pad, box_h - pad, inner)
        for index, fitted in enumerate(head):
            column.put(fitted, 1 * MM if index else 0)
        column.y -= 1 * MM
        for fitted in bodies:
            column.put(fitted, 1.5 * MM)
        return box_h

    def _story_text(self, width: float, max_height: float) -> tuple[list[Fitted], list[Fitted]]:
        """The heading lines of the producer's box, and its story in the catalogue's language(s)."""
        product, lang = self.product, self.printing.language
        label_st = style("story-label", 7, color=MUTED)
        name_st = style("story-name", 10.5, font=BOLD)
        body_st = style("story-body", 8.8, leading=12)
        kind = producer_kind(product.producer_kind, product.producer_scale, lang)
        sub = " · ".join(part for part in (kind, product.kabupaten) if part)
        head = [
            fit(word("about_producer", lang).upper(), label_st, width, label_st.leading),
            fit(product.producer_name, name_st, width, 2 * name_st.leading),
            fit(sub, style("story-sub", 8.5, color=MUTED), width, 12),
        ]
        lines = [f for f in head if f is not None]
        stories = []
        if lang is not Language.EN and product.story_id.strip():
            stories.append((product.story_id, False))
        if lang is not Language.ID and product.story_en.strip():
            stories.append((product.story_en, lang is Language.BOTH))
        if lang is Language.EN and not stories and product.story_id.strip():
            stories.append((product.story_id, False))
        room = max_height - sum(f.height + 1 * MM for f in lines) - 1 * MM
        bodies: list[Fitted] = []
        for index, (text, is_en) in enumerate(stories):
            st = italic(body_st, MUTED) if is_en else body_st
            fitted = fit(text, st, width, room / (len(stories) - index) - 1.5 * MM)
            if fitted is not None:
                bodies.append(fitted)
                room -= fitted.height + 1.5 * MM
        return lines, bodies

    def _description(self, top: float, bottom: float, width: float) -> None:
        lang = self.printing.language
        texts = descriptions(self.product, lang)
        room = top - bottom
        if not texts or room <= 0:
            return
        body_st = style("feature-body", 10, leading=14.2)
        if lang is Language.BOTH and len(texts) == 2:
            # Side by side: a reader of either language finds theirs at the same height.
            col_w = (width - COLUMN_GAP) / 2
            for index, (text, is_en) in enumerate(texts):
                st = italic(body_st, MUTED) if is_en else body_st
                fitted = fit(text, st, col_w, room, keep_breaks=True)
                Column(self.canv, index * (col_w + COLUMN_GAP), top, col_w).put(fitted)
            return
        text, _ = texts[0]
        Column(self.canv, 0, top, width).put(fit(text, body_st, width, room, keep_breaks=True))
