"""The catalogue's look: colours, type styles, and the small drawn parts every layout shares.

User text reaches reportlab's Paragraph only through `para()`, which escapes it: a Paragraph
reads its text as markup, so `S&P`, `<Usus>` or a quote would otherwise break a page or change
it. `fit()` cuts text that would overflow its box at a word and ends it with an ellipsis, so a
3,000-character description or an 80-letter word never runs outside a card.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]
from reportlab.platypus import Paragraph  # type: ignore[import-untyped]

from showcase.printing.fonts import BOLD, BOLD_OBLIQUE, MM, OBLIQUE, REGULAR, register_fonts
from showcase.printing.qr import QUIET_ZONE, draw_qr, qr_rows

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    from showcase.printing.catalogue.photos import ScaledPhoto

INK = colors.HexColor("#1E2A32")
MUTED = colors.HexColor("#5C6870")
FAINT = colors.HexColor("#8D979E")
RULE = colors.HexColor("#D8DCDF")
MAT = colors.HexColor("#F4F1EC")  # behind photos and in placeholders: warm, paper-like
ACCENT = colors.HexColor("#8C2A33")  # the deep red of kain tapis
GOLD = colors.HexColor("#B58A34")  # tapis gold thread, for thin rules
BADGE_FILL = colors.HexColor("#F2EADB")
BADGE_TEXT = colors.HexColor("#6A4A12")
WHITE = colors.white

ELLIPSIS = "…"

register_fonts()


def style(
    name: str,
    size: float,
    *,
    font: str = REGULAR,
    leading: float | None = None,
    color: colors.Color = INK,
    align: int = TA_LEFT,
    space_after: float = 0,
) -> ParagraphStyle:
    """A paragraph style in the catalogue's family; long words are split rather than overflow."""
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading if leading is not None else round(size * 1.28, 2),
        textColor=color,
        alignment=align,
        spaceAfter=space_after,
        splitLongWords=1,
        allowWidows=1,
        allowOrphans=1,
    )


def italic(base: ParagraphStyle, color: colors.Color | None = None) -> ParagraphStyle:
    """`base` in the oblique (or bold oblique) face."""
    font = BOLD_OBLIQUE if base.fontName == BOLD else OBLIQUE
    return ParagraphStyle(
        base.name + "-italic", parent=base, fontName=font, textColor=color or base.textColor
    )


def markup(text: str, *, keep_breaks: bool = False) -> str:
    """User text as Paragraph markup: escaped; line breaks kept as <br/> if asked."""
    if not keep_breaks:
        return escape(" ".join(text.split()), {'"': "&quot;"})
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    lines = [escape(p, {'"': "&quot;"}) for p in paragraphs if p]
    return "<br/><br/>".join(lines)


def para(text: str, st: ParagraphStyle, *, keep_breaks: bool = False) -> Paragraph:
    """A Paragraph of user text (escaped)."""
    return Paragraph(markup(text, keep_breaks=keep_breaks), st)


@dataclass(frozen=True)
class Fitted:
    """A paragraph wrapped to its width, and the height it takes."""

    paragraph: Paragraph
    height: float
    cut: bool  # whether the text was shortened to fit


def _wrapped(text: str, st: ParagraphStyle, width: float, keep_breaks: bool) -> Fitted:
    paragraph = para(text, st, keep_breaks=keep_breaks)
    _, height = paragraph.wrap(width, 1e6)
    return Fitted(paragraph, height, False)


def _shortened(text: str, n: int) -> str:
    head = text[:n]
    space = head.rfind(" ")
    if space > n - 20 and space > 0:  # end at a word when one ends near the cut
        head = head[:space]
    return head.rstrip(" ,.;:–-(\n") + ELLIPSIS


def fit(
    text: str, st: ParagraphStyle, width: float, height: float, *, keep_breaks: bool = False
) -> Fitted | None:
    """`text` wrapped to `width`, cut with an ellipsis so it is at most `height` tall.

    None if not even one line fits, or if the text is empty.
    """
    text = text.strip()
    if not text or height < st.leading - 0.01:
        return None
    whole = _wrapped(text, st, width, keep_breaks)
    if whole.height <= height + 0.01:
        return whole
    lines = max(1, len(whole.paragraph.blPara.lines))
    fitting = int((height + 0.01) // st.leading)
    # Start from the share of the text that the lines which fit can hold, then search.
    low, high = 1, min(len(text), int(len(text) * fitting / lines * 1.3) + 20)
    best: Fitted | None = None
    while low <= high:
        mid = (low + high) // 2
        candidate = _wrapped(_shortened(text, mid), st, width, keep_breaks)
        if candidate.height <= height + 0.01:
            best, low = candidate, mid + 1
        else:
            high = mid - 1
    if best is None:
        return None
    return Fitted(best.paragraph, best.height, True)


def draw_fitted(canvas: Canvas, fitted: Fitted, x: float, top: float, width: float) -> float:
    """Draw a fitted paragraph with its top at `top`; return the y just below it."""
    fitted.paragraph.drawOn(canvas, x, top - fitted.height)
    return top - fitted.height


def draw_badges(
    canvas: Canvas, labels: tuple[str, ...], x: float, y: float, width: float, size: float = 6.6
) -> float:
    """Certificates as small rounded badges in one row from (x, y) (baseline box bottom).

    Badges that do not fit the row are left out; returns the height used (0 if none).
    """
    if not labels:
        return 0.0
    from showcase.printing.fonts import ellipsize, text_width

    pad, gap, height = 1.6 * MM, 1.2 * MM, size + 2.4 * MM
    cursor = x
    for label in labels:
        room = x + width - cursor
        text = ellipsize(label, BOLD, size, max(0.0, room - 2 * pad))
        if not text:
            break
        w = text_width(text, BOLD, size) + 2 * pad
        canvas.setFillColor(BADGE_FILL)
        canvas.roundRect(cursor, y, w, height, 1.2 * MM, stroke=0, fill=1)
        canvas.setFillColor(BADGE_TEXT)
        canvas.setFont(BOLD, size)
        canvas.drawString(cursor + pad, y + (height - size) / 2 + size * 0.18, text)
        cursor += w + gap
        if text != label:
            break
    return height


def draw_qr_box(
    canvas: Canvas,
    payload: str,
    x: float,
    y: float,
    side: float,
    captions: Sequence[str],
    caption_size: float,
) -> None:
    """A QR symbol (vector) in a `side` × `side` square whose bottom-left is (x, y), its quiet
    zone inside the square, and caption lines centred under it (the second in italic)."""
    from showcase.printing.fonts import ellipsize, text_width

    rows = qr_rows(payload)
    module = side / (len(rows) + 2 * QUIET_ZONE)
    canvas.setFillColor(WHITE)  # the quiet zone must be white, also on a tinted box
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    draw_qr(canvas, rows, x + QUIET_ZONE * module, y + side - QUIET_ZONE * module, module)
    canvas.setFillColor(MUTED)
    baseline = y - caption_size * 1.05  # clear of the white square
    room = side + 3 * MM
    for index, caption in enumerate(captions):
        font = OBLIQUE if index else REGULAR
        # Shrunk a little rather than cut, down to 5 pt; cut only below that.
        size = max(
            5.0,
            min(
                caption_size,
                caption_size * room / max(1.0, text_width(caption, font, caption_size)),
            ),
        )
        canvas.setFont(font, size)
        canvas.drawCentredString(x + side / 2, baseline, ellipsize(caption, font, size, room))
        baseline -= caption_size * 1.2


class _Jpeg(ImageReader):  # type: ignore[misc]  # reportlab has no type hints
    """JPEG bytes for drawImage, passed into the PDF as they are and never decoded.

    drawImage names each image by a digest of `getRGBData()`, which for a plain ImageReader
    decodes every pixel of the picture (milliseconds per photo, for nothing: the JPEG goes
    into the PDF untouched). The JPEG bytes identify the picture just as well, so they stand
    in; identical photos still become one image in the file.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._jpeg = data
        self._dataA = None  # no transparency: drawImage asks

    def getRGBData(self) -> bytes:  # reportlab's name
        return self._jpeg


def draw_photo(
    canvas: Canvas,
    photo: ScaledPhoto | None,
    x: float,
    y: float,
    width: float,
    height: float,
    placeholder: str,
) -> None:
    """The photo fitted and centred in the box (on the warm mat), or a tidy placeholder."""
    canvas.setFillColor(MAT)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    if photo is None or photo.width <= 0 or photo.height <= 0:
        _placeholder(canvas, x, y, width, height, placeholder)
        return
    scale = min(width / photo.width, height / photo.height)
    w, h = photo.width * scale, photo.height * scale
    canvas.drawImage(_Jpeg(photo.image), x + (width - w) / 2, y + (height - h) / 2, w, h)


def _placeholder(
    canvas: Canvas, x: float, y: float, width: float, height: float, text: str
) -> None:
    """A calm empty frame: a simple drawn picture sign and a short line of text."""
    from showcase.printing.fonts import ellipsize

    cx, cy = x + width / 2, y + height / 2
    icon = min(width, height) * 0.22
    canvas.setStrokeColor(FAINT)
    canvas.setLineWidth(0.8)
    canvas.roundRect(
        cx - icon / 2, cy - icon * 0.3, icon, icon * 0.75, icon * 0.08, stroke=1, fill=0
    )
    path = canvas.beginPath()  # a mountain and a sun: "picture"
    path.moveTo(cx - icon * 0.4, cy - icon * 0.22)
    path.lineTo(cx - icon * 0.1, cy + icon * 0.12)
    path.lineTo(cx + icon * 0.08, cy - icon * 0.06)
    path.lineTo(cx + icon * 0.2, cy + icon * 0.04)
    path.lineTo(cx + icon * 0.4, cy - icon * 0.22)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.circle(cx + icon * 0.22, cy + icon * 0.27, icon * 0.07, stroke=1, fill=0)
    size = max(6.5, min(9.0, height / 14))
    canvas.setFillColor(MUTED)
    canvas.setFont(OBLIQUE, size)
    canvas.drawCentredString(
        cx, cy - icon * 0.3 - size * 1.7, ellipsize(text, OBLIQUE, size, width - 4 * MM)
    )
