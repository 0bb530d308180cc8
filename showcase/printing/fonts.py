"""The label font (DejaVu Sans Condensed, embedded) and measuring and fitting text in it.

The family is registered with reportlab once per process, under our own names, so bold and
oblique work in every PDF and every character of Indonesian and English text prints (Chinese
names show as empty boxes: DejaVu has no CJK, which is acceptable on a shelf label). Condensed,
because labels are narrow.

Text is measured with `pdfmetrics.stringWidth` and laid out by our own wrapping: user text is
drawn with `drawString`, never through reportlab's Paragraph markup, so `<`, `&` and quotes in a
product's name are printed as they are.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from showcase.paths import resource_dir

FONT_DIR = resource_dir() / "assets" / "fonts"
REGULAR = "EtalaseSans"
BOLD = "EtalaseSans-Bold"
OBLIQUE = "EtalaseSans-Oblique"
BOLD_OBLIQUE = "EtalaseSans-BoldOblique"
_FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    OBLIQUE: "DejaVuSansCondensed-Oblique.ttf",
    BOLD_OBLIQUE: "DejaVuSansCondensed-BoldOblique.ttf",
}
ELLIPSIS = "…"
MM = 72 / 25.4  # points per millimetre


@functools.cache
def register_fonts() -> None:
    """Register the family with reportlab (once; later calls do nothing)."""
    from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD_OBLIQUE
    )
    addMapping(REGULAR, 0, 0, REGULAR)


@functools.lru_cache(maxsize=8192)
def _unit_width(text: str, font: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]

    register_fonts()
    return float(stringWidth(text, font, 1.0))


def text_width(text: str, font: str, size: float) -> float:
    """The width of `text` in points at `size` points (cached per text and font)."""
    return _unit_width(text, font) * size


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Cut a word wider than `width` into pieces that fit (at least one character each)."""
    pieces: list[str] = []
    rest = word
    while rest:
        # Binary search for the longest prefix that fits: a 60-letter word costs ~6 measures.
        low, high = 1, len(rest)
        while low < high:
            mid = (low + high + 1) // 2
            if text_width(rest[:mid], font, size) <= width:
                low = mid
            else:
                high = mid - 1
        cut = low
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap into lines no wider than `width` points; long words are broken."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        if text_width(word, font, size) <= width:
            line = word
        else:
            *whole, line = _break_word(word, font, size, width)
            lines.extend(whole)
    if line:
        lines.append(line)
    return lines


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """`text` cut short with an ellipsis so that it fits `width` points ("" if nothing fits)."""
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if text_width(text[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    if low == 0:
        return ELLIPSIS if text_width(ELLIPSIS, font, size) <= width else ""
    return text[:low].rstrip() + ELLIPSIS


@dataclass(frozen=True)
class FittedText:
    """Text laid out in a box: its lines, at one font size."""

    lines: tuple[str, ...]
    size: float


def fit_lines(
    text: str,
    font: str,
    *,
    width: float,
    max_size: float,
    min_size: float,
    max_lines: int,
    step: float = 0.5,
) -> FittedText:
    """The largest size from `max_size` down to `min_size` at which `text` wraps into at most
    `max_lines` lines of `width` points; at `min_size` the last line ends in an ellipsis if
    the text is still too long. Every line returned fits `width`.
    """
    text = " ".join(text.split())
    size = max_size
    # Widths grow with the size, and `max_lines` lines hold at most the text's width less the
    # spaces dropped at the breaks: sizes above that bound cannot fit and are not tried.
    room = _unit_width(text, font) - (max_lines - 1) * _unit_width(" ", font)
    if room > 0 and max_lines * width / room < max_size:
        skipped = math.ceil((max_size - max_lines * width / room) / step - 1e-9)
        size = round(max_size - skipped * step, 2)
    while size >= min(min_size, max_size) - 1e-9:
        lines = wrap(text, font, size, width)
        if len(lines) <= max_lines:
            return FittedText(tuple(lines), size)
        if size - step < min_size - 1e-9:
            break
        size = round(size - step, 2)
    size = min_size
    lines = wrap(text, font, size, width)
    kept = lines[: max_lines - 1]
    # The last line shown ends in an ellipsis, so the reader sees that the name goes on.
    kept.append(ellipsize(lines[max_lines - 1] + ELLIPSIS, font, size, width))
    return FittedText(tuple(line for line in kept if line), size)
