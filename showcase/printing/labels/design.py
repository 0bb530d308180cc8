"""The look of one label: where the QR square and the text go, and the text fitted to its boxes.

Sizes follow the label: on a 70×37 mm label the name starts at 11 pt; on a 25 mm thermal label
at about 8 pt, with 5.5 pt as the smallest text anyone reads from a shelf. The QR square sits
at the right (at the top of a tall label); its 4-module quiet zone is inside the square and is
the gap between text and code. Where the column beside the QR would be too narrow for a name
(40×30 mm), the name goes across the top of the label instead, above the QR. Text that does
not fit is shrunk, wrapped to two lines, then cut with an ellipsis, and optional lines
(kabupaten, producer) are left out before anything could run outside the label.

Coordinates here are millimetres from the label's top-left corner (font sizes and the text's
widths are points); `ink` draws a label from them.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from showcase.inventory.formats import rupiah
from showcase.inventory.qr_payloads import LabelItem
from showcase.printing.fonts import (
    BOLD,
    MM,
    OBLIQUE,
    REGULAR,
    FittedText,
    ellipsize,
    fit_lines,
    text_width,
)
from showcase.printing.qr import QUIET_ZONE

# The QR square takes half a wide label's width, or more on a small label: a WhatsApp link
# needs 49 modules with its quiet zone, 24.5 mm at 0.5 mm a module.
QR_SHARE = 0.5
QR_SHARE_SMALL = 0.6
QR_WANTED_MM = 24.5
# Beside the QR, a text column narrower than this cannot hold a name; the name then goes
# across the top of the label (a banner) if the label is tall enough for that and the QR.
NARROW_TEXT_MM = 18.0
MIN_BANNER_MM = 4.5
MIN_TEXT_PT = 5.5
# A price is never cut short; in the narrowest column a long one may go below MIN_TEXT_PT.
MIN_PRICE_PT = 4.0
LEADING = 1.15  # line height as a multiple of the font size
# Where the baseline sits in a line: DejaVu's accented capitals reach ~0.93 em above it and
# descenders ~0.24 em below, so a line of 1.15 em holds both.
ASCENT = 0.93
DESCENT = 0.24


@dataclass(frozen=True)
class Box:
    """A rectangle in mm from the label's top-left corner."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class LabelLayout:
    """Where things go on a label of one size (boxes in mm; font sizes in pt)."""

    width: float
    height: float
    qr: Box  # a square; the quiet zone is inside it
    text: Box  # name (unless it has a banner), price, producer, kabupaten, code
    banner: Box | None  # the name across the top, on small labels
    name_max: float
    name_min: float
    price_size: float
    small_size: float

    def module(self, symbol_modules: int) -> float:
        """The module size in mm of a symbol `symbol_modules` across, in this label's square."""
        return self.qr.width / (symbol_modules + 2 * QUIET_ZONE)


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _half_points(value: float) -> float:
    return round(value * 2) / 2


@functools.lru_cache(maxsize=64)
def layout_for(width: float, height: float) -> LabelLayout:
    """The layout of a `width` × `height` mm label (or of the part of one that prints)."""
    pad = _clamp(min(width, height) * 0.07, 1.5, 3.0)
    banner = None
    if height > width * 1.15:  # tall: the QR on top, centred
        side = min(width, height * QR_SHARE)
        qr = Box((width - side) / 2, 0.0, side, side)
        text = Box(pad, side, width - 2 * pad, height - side - pad)
    else:
        side = min(height, width * QR_SHARE)
        if side < QR_WANTED_MM:
            side = min(height, width * QR_SHARE_SMALL, QR_WANTED_MM)
        qr = Box(width - side, (height - side) / 2, side, side)
        text = Box(pad, pad, width - side - pad, height - 2 * pad)
        spare = min(height - QR_WANTED_MM, height * 0.3)
        if text.width < NARROW_TEXT_MM and spare >= MIN_BANNER_MM:
            side = height - spare
            qr = Box(width - side, spare, side, side)
            banner = Box(pad, pad * 0.6, width - 2 * pad, spare - pad * 0.6)
            text = Box(pad, spare, width - side - pad, height - spare - pad)
    scale = min(height, width) / 37.0
    name_max = _half_points(_clamp(11.0 * scale, 7.0, 16.0))
    return LabelLayout(
        width=width,
        height=height,
        qr=qr,
        text=Box(text.x, text.y, max(text.width, 0.0), max(text.height, 0.0)),
        banner=banner,
        name_max=name_max,
        name_min=max(MIN_TEXT_PT, _half_points(name_max * 0.6)),
        price_size=_half_points(_clamp(12.0 * scale, 7.5, 18.0)),
        small_size=_half_points(_clamp(6.5 * scale, MIN_TEXT_PT, 9.0)),
    )


@dataclass(frozen=True)
class Span:
    """A piece of text on a line, `x` points from the text box's left edge."""

    text: str
    font: str
    size: float
    x: float = 0.0


# A line: spans that share a baseline (the price and its smaller "/ unit").
Line = tuple[Span, ...]


@dataclass(frozen=True)
class TextBlock:
    """The label's text, fitted to the layout."""

    name: FittedText
    banner: tuple[Line, ...]  # the name, on labels with a banner
    top: tuple[Line, ...]  # the name's lines (without a banner), then the price
    bottom: tuple[Line, ...]  # producer, kabupaten, code: drawn upwards from the bottom edge
    logo_height: float  # pt; 0 without a logo


def _line_height(line: Line) -> float:
    return max(span.size for span in line) * LEADING


def _height(lines: Sequence[Line]) -> float:
    return sum(_line_height(line) for line in lines)


def _one(text: str, font: str, size: float, width: float) -> Line:
    return (Span(ellipsize(text, font, size, width), font, size),)


def _price_line(item: LabelItem, layout: LabelLayout, width: float) -> Line:
    """The price, shrunk to fit but never cut ("Rp1.500…" would be a wrong price), and
    "/ unit" after it in smaller type if there is room."""
    price = rupiah(item.price)
    natural = text_width(price, BOLD, layout.price_size)
    size = layout.price_size
    if natural > width:
        size = max(MIN_PRICE_PT, math.floor(layout.price_size * width / natural * 4) / 4)
    spans = [Span(price, BOLD, size)]
    if item.unit:
        unit = f" / {item.unit}"
        unit_size = max(MIN_TEXT_PT, round(size * 0.7 * 2) / 2)
        used = text_width(price, BOLD, size)
        if used + text_width(unit, REGULAR, unit_size) <= width:
            spans.append(Span(unit, REGULAR, unit_size, used))
    return tuple(spans)


def _name_lines(name: FittedText) -> list[Line]:
    return [(Span(text, BOLD, name.size),) for text in name.lines]


def _banner_name(item: LabelItem, layout: LabelLayout, banner: Box) -> FittedText:
    """The name across the top: two lines if the banner is high enough for them, else one."""
    width, height = banner.width * MM, banner.height * MM
    for max_lines in (2, 1):
        largest = min(layout.name_max, _half_points(height / (max_lines * LEADING) - 0.25))
        if largest >= layout.name_min or max_lines == 1:
            return fit_lines(
                item.name,
                BOLD,
                width=width,
                max_size=max(largest, MIN_TEXT_PT),
                min_size=min(layout.name_min, max(largest, MIN_TEXT_PT)),
                max_lines=max_lines,
            )
    raise AssertionError("unreachable: the one-line case always returns")


def _side_names(item: LabelItem, layout: LabelLayout, width: float) -> Iterator[FittedText]:
    """The name beside the QR code in up to two lines, then in one: the second is fitted only
    if the first is not shown."""
    for max_lines in (2, 1):
        yield fit_lines(
            item.name,
            BOLD,
            width=width,
            max_size=layout.name_max,
            min_size=layout.name_min,
            max_lines=max_lines,
        )


def _bottom(
    item: LabelItem, maker: str, count: int, small: float, width: float
) -> tuple[Line, ...]:
    """The `count` lines at the bottom: producer, kabupaten and code; maker and code; code."""
    code = _one(item.code, BOLD, small, width)
    if count == 3:
        return (
            _one(item.producer, OBLIQUE, small, width),
            _one(item.kabupaten, OBLIQUE, small, width),
            code,
        )
    if count == 2:
        return (_one(maker, OBLIQUE, small, width), code)
    return (code,)


def fit_text(item: LabelItem, layout: LabelLayout, *, logo: bool = False) -> TextBlock:
    """The label's text fitted to its boxes, dropping optional lines before anything overflows.

    Tried in order: a name of up to two lines with producer and kabupaten on lines of their
    own; the two joined on one line; without them; then all that again with a one-line name.
    Price and code are always shown. Only what is shown is fitted: the bottom lines' height
    depends on their number alone, and a one-line name is fitted only when two lines fail.
    """
    width = layout.text.width * MM
    height = layout.text.height * MM
    small = layout.small_size
    price = _price_line(item, layout, width)
    maker = ", ".join(part for part in (item.producer, item.kabupaten) if part)
    # The bottom lines that may be shown, as their number: 3 (producer, kabupaten, code),
    # 2 (the two joined, code) or 1 (code); each is one line of the small size.
    counts = [3] if item.producer and item.kabupaten else []
    counts += [2, 1] if maker else [1]
    banner_name = None
    banner: list[Line] = []
    names: Iterable[FittedText]
    if layout.banner is not None:
        banner_name = _banner_name(item, layout, layout.banner)
        banner = _name_lines(banner_name)
        names = (banner_name,)
    else:
        names = _side_names(item, layout, width)
    for name in names:
        top = [*([] if banner else _name_lines(name)), price]
        for count in counts:
            if _height(top) + sum(small * LEADING for _ in range(count)) <= height:
                bottom = _bottom(item, maker, count, small, width)
                block = TextBlock(name, tuple(banner), tuple(top), bottom, 0.0)
                return _with_logo(block, width) if logo else block
    # Even that is too much: the name on one line at its smallest size, the price and the code.
    if banner_name is not None:
        name, top = banner_name, [price]
    else:
        name = fit_lines(
            item.name,
            BOLD,
            width=width,
            max_size=layout.name_min,
            min_size=layout.name_min,
            max_lines=1,
        )
        top = [*_name_lines(name), price]
    return TextBlock(name, tuple(banner), tuple(top), _bottom(item, maker, 1, small, width), 0.0)


def _with_logo(block: TextBlock, width: float) -> TextBlock:
    """Room for the logo at the bottom left, beside the bottom lines, when they are two or more."""
    if len(block.bottom) < 2:
        return block
    logo_height = _height(block.bottom)
    shift = logo_height + 1.0 * MM  # a square logo, and a millimetre of space
    if shift > width * 0.4:
        return block
    room = width - shift
    bottom = tuple(
        tuple(
            Span(ellipsize(span.text, span.font, span.size, room), span.font, span.size, shift)
            for span in line
        )
        for line in block.bottom
    )
    return TextBlock(block.name, block.banner, block.top, bottom, logo_height)
