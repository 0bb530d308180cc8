"""Drawing the demo's pictures: colours (`Style`, `shade`) and the `Pen` every motif draws with.

A `Pen` is ImageDraw in motif units: (0, 0) is the motif's centre and 1 its size in pixels, so
the same code draws a large hero and a small companion, on any picture size.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import ImageDraw

RGB = tuple[int, int, int]


def hex_rgb(text: str) -> RGB:
    value = int(text.lstrip("#"), 16)
    return (value >> 16 & 255, value >> 8 & 255, value & 255)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def shade(colour: RGB, t: float) -> RGB:
    """Lighter (t > 0, towards white) or darker (t < 0, towards black)."""
    return mix(colour, (255, 255, 255), t) if t >= 0 else mix(colour, (0, 0, 0), -t)


@dataclass(frozen=True)
class Style:
    """The colours of one picture: background from `top` to `bottom`, the product in `main`."""

    top: RGB
    bottom: RGB
    main: RGB
    accent: RGB


Ink = tuple[int, ...]
Point = tuple[float, float]
Box = tuple[float, float, float, float]
CREAM, GOLD, DEEP_GOLD = (250, 244, 228), (222, 178, 72), (176, 128, 40)


class Pen:
    """ImageDraw in motif units: (0, 0) is the motif's centre and 1 is its size in pixels."""

    def __init__(self, draw: ImageDraw.ImageDraw, cx: float, cy: float, size: float) -> None:
        self.draw, self.cx, self.cy, self.size = draw, cx, cy, size

    def _pts(self, points: Sequence[Point]) -> list[Point]:
        return [(self.cx + x * self.size, self.cy + y * self.size) for x, y in points]

    def _box(self, box: Box) -> Box:
        (x0, y0), (x1, y1) = self._pts([box[:2], box[2:]])
        return (x0, y0, x1, y1)

    def _w(self, width: float) -> int:
        return max(1, round(width * self.size))

    def rect(self, box: Box, fill: Ink, radius: float = 0) -> None:
        self.draw.rounded_rectangle(self._box(box), radius=radius * self.size, fill=fill)

    def oval(
        self, box: Box, fill: Ink | None = None, outline: Ink | None = None, width: float = 0
    ) -> None:
        self.draw.ellipse(self._box(box), fill=fill, outline=outline, width=self._w(width))

    def poly(
        self,
        points: Sequence[Point],
        fill: Ink | None = None,
        outline: Ink | None = None,
        width: float = 0,
    ) -> None:
        self.draw.polygon(self._pts(points), fill=fill, outline=outline, width=self._w(width))

    def line(self, points: Sequence[Point], fill: Ink, width: float) -> None:
        self.draw.line(self._pts(points), fill=fill, width=self._w(width), joint="curve")

    def arc(self, box: Box, start: float, end: float, fill: Ink, width: float) -> None:
        self.draw.arc(self._box(box), start, end, fill=fill, width=self._w(width))

    def pie(self, box: Box, start: float, end: float, fill: Ink) -> None:
        self.draw.pieslice(self._box(box), start, end, fill=fill)


Motif = Callable[[Pen, Style, random.Random], None]


def turned_oval(x: float, y: float, rx: float, ry: float, angle: float, n: int = 32) -> list[Point]:
    """Points around an ellipse turned by `angle` (ImageDraw cannot turn its ellipses)."""
    c, s = math.cos(angle), math.sin(angle)
    ts = (2 * math.pi * i / n for i in range(n))
    return [
        (
            x + rx * math.cos(t) * c - ry * math.sin(t) * s,
            y + rx * math.cos(t) * s + ry * math.sin(t) * c,
        )
        for t in ts
    ]
