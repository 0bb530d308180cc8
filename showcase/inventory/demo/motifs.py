"""The shapes of the demo showcase's pictures: coffee beans, a cup, a honey jar, a chip bag, tapis cloth…

Each motif draws itself with a `Pen` in units of its own size around (0, 0), so the same code
draws a large hero and a small companion, on any picture size. Random choices (where the beans
fall) come from the `random.Random` passed in, so a seed always draws the same picture.
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


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def shade(colour: RGB, t: float) -> RGB:
    """Lighter (t > 0, towards white) or darker (t < 0, towards black)."""
    return _mix(colour, (255, 255, 255), t) if t >= 0 else _mix(colour, (0, 0, 0), -t)


@dataclass(frozen=True)
class Style:
    """The colours of one picture: background from `top` to `bottom`, the product in `main`."""

    top: RGB
    bottom: RGB
    main: RGB
    accent: RGB


# --- motifs: drawn in units of their size, centred on (0, 0) ----------------------------------

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


def _oval(x: float, y: float, rx: float, ry: float, angle: float, n: int = 32) -> list[Point]:
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


def _bean(p: Pen, x: float, y: float, r: float, angle: float, colour: RGB) -> None:
    p.poly(_oval(x, y, r, r * 0.68, angle), shade(colour, -0.15))
    p.poly(_oval(x - r * 0.08, y - r * 0.08, r * 0.9, r * 0.58, angle), colour)
    c, s = math.cos(angle), math.sin(angle)
    crease = [((i / 8 - 0.5) * 1.6 * r, math.sin(i / 8 * math.pi * 2) * r * 0.12) for i in range(9)]
    p.line(
        [(x + u * c - v * s, y + u * s + v * c) for u, v in crease], shade(colour, -0.55), r * 0.12
    )


def beans(p: Pen, st: Style, rng: random.Random) -> None:
    for _ in range(14):
        x, y = rng.uniform(-0.55, 0.55), rng.uniform(-0.25, 0.28)
        r, angle = rng.uniform(0.075, 0.095), rng.uniform(0, math.pi)
        _bean(p, x, y, r, angle, shade(st.main, rng.uniform(-0.1, 0.1)))


def cup(p: Pen, st: Style, rng: random.Random) -> None:
    w, h, china = 0.62, 0.46, (245, 242, 236)
    top = -h * 0.45
    p.oval((-w * 0.95, h * 0.38, w * 0.95, h * 0.78), (236, 232, 225))
    p.oval((-w * 0.6, h * 0.48, w * 0.6, h * 0.68), (214, 208, 200))
    p.oval((w * 0.3, top + h * 0.12, w * 0.82, top + h * 0.7), outline=china, width=0.05)
    p.pie((-w / 2, top - h * 0.2, w / 2, top + h), 0, 180, china)  # the bowl rests on the saucer
    p.rect((-w / 2, top, w / 2, top + h * 0.4), china)
    p.oval((-w / 2, top - h * 0.13, w / 2, top + h * 0.13), (250, 248, 244))
    p.oval((-w * 0.44, top - h * 0.095, w * 0.44, top + h * 0.095), shade(st.main, 0.25))
    p.oval((-w * 0.38, top - h * 0.07, w * 0.38, top + h * 0.07), st.main)
    for k in (-1, 0, 1):  # steam: opaque, as translucent strokes darken where segments overlap
        steam = [
            (k * w * 0.22 + math.sin(i / 3 + k) * 0.035, top - 0.08 - i * 0.035) for i in range(9)
        ]
        p.line(steam, shade(st.top, 0.55), 0.022)


def pouch(p: Pen, st: Style, rng: random.Random) -> None:
    w, h = 0.62, 0.86
    x0, y0, x1, y1 = -w / 2, -h / 2, w / 2, h / 2
    p.rect((x0, y0, x1, y1), st.main, radius=0.05)
    p.poly(
        [(x0, y1 - h * 0.1), (0, y1 + h * 0.03), (x1, y1 - h * 0.1), (x1, y1), (x0, y1)],
        shade(st.main, -0.25),
    )
    p.rect((x0, y0 + h * 0.07, x1, y0 + h * 0.1), shade(st.main, -0.2))
    p.rect((x0 + w * 0.06, y0, x0 + w * 0.14, y1 - h * 0.05), shade(st.main, 0.12))
    label = y0 + h * 0.3
    p.rect((x0 + w * 0.16, label, x1 - w * 0.16, label + h * 0.42), CREAM, radius=0.03)
    p.oval((-w * 0.13, label + h * 0.05, w * 0.13, label + h * 0.05 + w * 0.26), st.accent)
    for i, frac in enumerate((0.7, 0.5)):
        y = label + h * (0.29 + i * 0.06)
        p.rect(
            (-w * frac / 2.4, y, w * frac / 2.4, y + h * 0.03), shade(st.main, -0.3), radius=0.01
        )


def jar(p: Pen, st: Style, rng: random.Random) -> None:
    w, h = 0.58, 0.7
    x0, y0, x1, y1 = -w / 2, -h / 2 + 0.08, w / 2, h / 2 + 0.08
    p.rect((x0, y0, x1, y1), (235, 240, 240, 120), radius=0.08)
    p.rect((x0 + w * 0.04, y0 + h * 0.12, x1 - w * 0.04, y1 - h * 0.03), st.main, radius=0.07)
    p.rect(
        (x0 + w * 0.12, y0 + h * 0.2, x0 + w * 0.2, y1 - h * 0.12),
        (*shade(st.main, 0.45), 200),
        radius=0.02,
    )
    p.rect((x0 - w * 0.03, y0 - h * 0.13, x1 + w * 0.03, y0 + h * 0.04), st.accent, radius=0.025)
    for i in range(1, 6):  # ridges of the lid
        x = x0 + w * 1.06 * i / 6 - w * 0.03
        p.line([(x, y0 - h * 0.11), (x, y0 + h * 0.02)], shade(st.accent, -0.2), 0.01)
    p.rect((x0 + w * 0.04, 0, x1 - w * 0.04, h * 0.28), CREAM)
    p.oval((-w * 0.1, h * 0.05, w * 0.1, h * 0.05 + w * 0.2), st.accent)


def bottle(p: Pen, st: Style, rng: random.Random) -> None:
    w, h = 0.36, 0.95
    x0, y1 = -w / 2, h / 2
    p.rect((x0, -h * 0.12, x0 + w, y1), st.main, radius=0.06)
    shoulder = [
        (x0 + w * 0.08, -h * 0.08),
        (-w * 0.17, -h * 0.3),
        (w * 0.17, -h * 0.3),
        (x0 + w * 0.92, -h * 0.08),
    ]
    p.poly(shoulder, st.main)
    p.rect((-w * 0.17, -h * 0.42, w * 0.17, -h * 0.29), st.main)
    p.rect((-w * 0.21, -h * 0.5, w * 0.21, -h * 0.4), st.accent, radius=0.01)
    p.rect((x0, h * 0.06, x0 + w, h * 0.3), CREAM)
    p.oval((-w * 0.16, h * 0.1, w * 0.16, h * 0.1 + w * 0.32), st.accent)
    p.rect(
        (x0 + w * 0.1, -h * 0.05, x0 + w * 0.2, y1 - h * 0.05),
        (*shade(st.main, 0.5), 150),
        radius=0.02,
    )


def bowl(p: Pen, st: Style, rng: random.Random) -> None:
    w, rim = 0.95, 0.05
    for _ in range(140):  # the heap: small round grains, each with a highlight
        a, r = rng.uniform(0, math.pi), rng.random() ** 0.6
        x, y = math.cos(a) * r * w * 0.45, rim - math.sin(a) * r * 0.28
        g = rng.uniform(0.028, 0.038)
        colour = shade(st.main, rng.uniform(-0.25, 0.15))
        p.oval((x - g, y - g, x + g, y + g), colour)
        p.oval((x - g * 0.55, y - g * 0.6, x - g * 0.1, y - g * 0.15), shade(colour, 0.35))
    p.pie((-w / 2, rim - 0.38, w / 2, rim + 0.38), 0, 180, st.accent)
    p.oval((-w / 2, rim - 0.05, w / 2, rim + 0.05), shade(st.accent, 0.2))
    p.oval((-w * 0.47, rim - 0.035, w * 0.47, rim + 0.035), shade(st.main, -0.2))


def chips(p: Pen, st: Style, rng: random.Random) -> None:
    for _ in range(16):
        x, y = rng.uniform(-0.55, 0.55), rng.uniform(-0.25, 0.25)
        r, a = rng.uniform(0.1, 0.15), rng.uniform(0, math.pi)
        colour = shade(st.main, rng.uniform(-0.12, 0.12))
        p.poly(_oval(x, y, r, r * rng.uniform(0.55, 0.9), a), shade(colour, -0.25))
        p.poly(_oval(x, y, r * 0.88, r * 0.5, a), colour)
        for _ in range(3):  # freckles of seasoning
            fx, fy = x + rng.uniform(-0.5, 0.5) * r, y + rng.uniform(-0.3, 0.3) * r
            p.oval((fx - 0.004, fy - 0.004, fx + 0.004, fy + 0.004), shade(st.accent, -0.2))


def crackers(p: Pen, st: Style, rng: random.Random) -> None:
    for _ in range(7):
        x, y, r = rng.uniform(-0.42, 0.42), rng.uniform(-0.22, 0.22), rng.uniform(0.17, 0.23)
        p.oval((x - r, y - r * 0.92, x + r, y + r * 0.92), shade(st.main, -0.12))
        p.oval((x - r * 0.94, y - r * 0.88, x + r * 0.94, y + r * 0.84), st.main)
        for _ in range(9):
            fx, fy = x + rng.uniform(-0.7, 0.7) * r, y + rng.uniform(-0.6, 0.6) * r
            p.oval((fx - 0.005, fy - 0.004, fx + 0.005, fy + 0.004), shade(st.accent, -0.1))


def fish(p: Pen, st: Style, rng: random.Random) -> None:
    for _ in range(11):
        x, y, r = rng.uniform(-0.55, 0.55), rng.uniform(-0.32, 0.32), rng.uniform(0.12, 0.17)
        flip = rng.choice((-1, 1))
        colour = shade(st.main, rng.uniform(-0.1, 0.15))
        tail = [
            (x - flip * r * 0.8, y),
            (x - flip * r * 1.3, y - r * 0.35),
            (x - flip * r * 1.3, y + r * 0.35),
        ]
        p.poly(tail, shade(colour, -0.15))
        p.poly(_oval(x, y, r, r * 0.3, 0), colour)
        p.line([(x - r * 0.7, y), (x + r * 0.7, y)], shade(colour, -0.25), 0.003)
        e, ex = r * 0.08, x + flip * r * 0.62
        p.oval((ex - e, y - e * 1.5, ex + e, y + e * 0.5), (30, 30, 30))


def pineapple(p: Pen, st: Style, rng: random.Random) -> None:
    w, h = 0.5, 0.62
    top = -h * 0.25
    for k in range(-3, 4):  # the crown
        a = k * 0.28
        tip = (math.sin(a) * 0.42, top - math.cos(a) * 0.45)
        p.poly([(-0.05, top), tip, (0.05, top)], shade((60, 140, 60), -abs(k) * 0.07))
    p.oval((-w / 2, top - h * 0.1, w / 2, top + h), st.main)
    ey, rx, ry, step = top + h * 0.45, w / 2, h * 0.55, w / 6
    for j in range(-6, 7):  # the scales: a staggered lattice of diamonds inside the fruit
        for i in range(-5, 6):
            x, y = (i + (j % 2) / 2) * step, ey + j * step * 0.8
            if (x / rx) ** 2 + ((y - ey) / ry) ** 2 > 0.8:
                continue
            r = step * 0.42
            p.poly(
                [(x, y - r), (x + r, y), (x, y + r), (x - r, y)],
                outline=shade(st.main, -0.35),
                width=0.01,
            )
            p.oval((x - r * 0.18, y - r * 0.18, x + r * 0.18, y + r * 0.18), shade(st.main, -0.45))


def pod(p: Pen, st: Style, rng: random.Random) -> None:
    angle = -0.45
    p.poly(_oval(0, 0, 0.48, 0.24, angle, 48), st.main)
    for k in (-0.6, -0.3, 0.0, 0.3, 0.6):  # the ridges
        p.line(
            _oval(0, k * 0.1, 0.44, 0.2 * (1 - abs(k)), angle, 48)[:25],
            shade(st.main, -0.3),
            0.012,
        )
    for i in range(6):  # beans beside the pod
        _bean(
            p, 0.25 + (i % 3) * 0.12, 0.32 + (i // 3) * 0.1, 0.06, 0.4 + i, shade(st.accent, -0.3)
        )


def durian(p: Pen, st: Style, rng: random.Random) -> None:
    rx, ry = 0.38, 0.44
    for i in range(28):  # thorns around the rim
        t = 2 * math.pi * i / 28
        c, s = math.cos(t), math.sin(t)
        base = [(rx * c - s * 0.04, ry * s + c * 0.04), (rx * c + s * 0.04, ry * s - c * 0.04)]
        p.poly([base[0], ((rx + 0.07) * c, (ry + 0.07) * s), base[1]], shade(st.main, -0.25))
    p.oval((-rx, -ry, rx, ry), st.main)
    for _ in range(40):
        x, y = rng.uniform(-0.8, 0.8) * rx, rng.uniform(-0.8, 0.8) * ry
        if (x / rx) ** 2 + (y / ry) ** 2 < 0.7:
            p.poly(
                [(x - 0.009, y + 0.008), (x, y - 0.01), (x + 0.009, y + 0.008)],
                shade(st.main, -0.2),
            )
    p.rect((-0.02, -ry - 0.16, 0.02, -ry + 0.004), (110, 80, 40))


def bar(p: Pen, st: Style, rng: random.Random) -> None:
    w, h, gap, cols, rows = 0.9, 0.5, 0.02, 5, 3
    x0, y0 = -w / 2, -h / 2
    p.rect((x0, y0, x0 + w, y0 + h), shade(st.main, -0.2), radius=0.03)
    cw, rh = (w - gap * (cols + 1)) / cols, (h - gap * (rows + 1)) / rows
    for i in range(cols):
        for j in range(rows):
            bx, by = x0 + gap + i * (cw + gap), y0 + gap + j * (rh + gap)
            p.rect((bx, by, bx + cw, by + rh), st.main, radius=0.015)
            p.line(
                [(bx + 0.006, by + 0.006), (bx + cw - 0.006, by + 0.006)],
                shade(st.main, 0.2),
                0.004,
            )
    foil = [
        (x0 + w * 0.55, y0 - 0.008),
        (-x0 + 0.008, y0 - 0.008),
        (-x0 + 0.008, -y0 + 0.008),
        (x0 + w * 0.68, -y0 + 0.008),
    ]
    p.poly(foil, st.accent)
    p.line([foil[0], foil[3]], shade(st.accent, -0.3), 0.006)


def _cloth_pattern(p: Pen, box: Box, kind: str, st: Style) -> None:
    x0, y0, x1, y1 = box
    if kind == "tapis":  # bands of gold zigzag and diamonds, as in tapis cucuk
        band, step = (y1 - y0) / 5, 0.08
        for b in range(5):
            top = y0 + b * band
            p.rect((x0, top, x1, top + band * 0.1), GOLD)
            n = int((x1 - x0) / step) + 1
            p.line(
                [(x0 + i * step, top + band * (0.35 if i % 2 else 0.8)) for i in range(n)],
                GOLD,
                0.014,
            )
            for k in range(int((x1 - x0) // (step * 2)) if b % 2 else 0):
                mx, my, r = x0 + step + k * step * 2, top + band * 0.58, step * 0.35
                p.poly([(mx, my - r), (mx + r, my), (mx, my + r), (mx - r, my)], st.accent)
    elif kind == "batik":  # rings with a pale heart on a deep ground, in staggered rows
        step = 0.12
        for j in range(int((y1 - y0) // step) + 1):
            for i in range(int((x1 - x0) // step) + 1):
                mx, my = x0 + step * (i + 0.5 + (j % 2) / 2), y0 + step * (j + 0.5)
                if mx > x1 - 0.01 or my > y1 - 0.01:
                    continue
                r = step * 0.32
                p.oval((mx - r, my - r, mx + r, my + r), outline=st.accent, width=0.01)
                p.oval((mx - r * 0.3, my - r * 0.3, mx + r * 0.3, my + r * 0.3), (240, 228, 200))
    else:  # sulam usus: rows of golden ribbon loops
        step = 0.075
        for j in range(int((y1 - y0) // step)):
            for i in range(int((x1 - x0) // step)):
                mx, my = x0 + step * (i + 0.5), y0 + step * (j + 0.5)
                p.oval(
                    (mx - step * 0.4, my - step * 0.25, mx + step * 0.4, my + step * 0.25),
                    outline=GOLD,
                    width=0.004,
                )


def _cloth(kind: str) -> Motif:
    def draw(p: Pen, st: Style, rng: random.Random) -> None:
        w, h = 1.0, 0.66
        for k in (2, 1):  # a folded stack, the top fold showing the pattern
            off = k * 0.06
            p.rect(
                (-w / 2 + off, -h / 2 + off, w / 2 + off, h / 2 + off), shade(st.main, -0.12 * k)
            )
        p.rect((-w / 2, -h / 2, w / 2, h / 2), st.main)
        _cloth_pattern(p, (-w / 2, -h / 2, w / 2, h / 2), kind, st)
        p.rect(
            (-w / 2, h / 2 - 0.05, w / 2, h / 2), GOLD if kind != "batik" else shade(st.main, -0.3)
        )

    return draw


def basket(p: Pen, st: Style, rng: random.Random) -> None:
    w, h, strip = 0.9, 0.55, 0.055
    top, bottom = -h * 0.3, h * 0.7
    p.arc(
        (-w * 0.35, top - h * 0.75, w * 0.35, top + h * 0.6), 180, 360, shade(st.main, -0.3), 0.04
    )
    p.poly([(-w / 2, top), (w / 2, top), (w * 0.38, bottom), (-w * 0.38, bottom)], st.main)
    for j in range(int(h // strip)):  # the weave: alternate light and dark strips
        y = top + j * strip
        inset = (y - top) / (bottom - top) * w * 0.12
        cell = (w - 2 * inset) / 12
        for i in range(1 - j % 2, 12, 2):
            x = -w / 2 + inset + i * cell
            p.rect((x, y, x + cell, y + strip), shade(st.main, -0.18))
    p.rect(
        (-w / 2 - 0.006, top - strip / 2, w / 2 + 0.006, top + strip / 2),
        shade(st.main, -0.35),
        radius=0.01,
    )


def mat(p: Pen, st: Style, rng: random.Random) -> None:
    step = 0.09
    for j in range(-6, 7):
        for i in range(-6, 7):
            x, y = (i - j) * step * 0.5, (i + j) * step * 0.35
            if abs(x) + abs(y) * 1.3 > 0.55:
                continue
            colour = st.main if (i // 2 + j // 2) % 2 else st.accent
            p.poly(
                [(x, y - step * 0.35), (x + step / 2, y), (x, y + step * 0.35), (x - step / 2, y)],
                colour,
            )


def elephant(p: Pen, st: Style, rng: random.Random) -> None:
    wood, dark = st.main, shade(st.main, -0.3)
    for dx in (-0.28, -0.12, 0.1, 0.24):  # legs, the far ones darker
        p.rect((dx, 0, dx + 0.1, 0.36), dark if dx in (-0.12, 0.24) else wood, radius=0.014)
    p.oval((-0.36, -0.28, 0.32, 0.2), wood)
    p.oval((0.16, -0.34, 0.46, -0.02), wood)
    p.line([(0.4 + 0.04 * math.sin(i / 2), -0.15 + i * 0.045) for i in range(9)], wood, 0.07)
    p.oval((0.06, -0.3, 0.26, 0.02), dark)  # the ear
    p.oval((0.34, -0.24, 0.37, -0.21), (30, 20, 10))
    p.line([(0.38, -0.08), (0.48, -0.02)], (245, 238, 220), 0.02)  # the tusk
    for k in range(5):  # grain of the wood
        y = -0.2 + k * 0.07
        p.arc((-0.3, y - 0.04, 0.05, y + 0.04), 200, 340, dark, 0.003)


def bamboo(p: Pen, st: Style, rng: random.Random) -> None:
    w = 0.16
    for k in range(4):
        x, top = (k - 1.5) * 0.22, -(0.35 + 0.08 * (k % 2))
        colour = shade(st.main, -0.08 * k)
        p.rect((x - w / 2, top, x + w / 2, 0.4), colour, radius=w * 0.2)
        p.oval((x - w / 2, top - w * 0.15, x + w / 2, top + w * 0.15), shade(colour, 0.35))
        for j in (1, 2):  # the nodes
            p.line(
                [(x - w / 2, top + j * 0.24), (x + w / 2, top + j * 0.24)],
                shade(colour, -0.35),
                0.012,
            )
        p.line([(x - w * 0.25, top + 0.01), (x - w * 0.25, 0.37)], shade(colour, 0.3), 0.005)


def siger(p: Pen, st: Style, rng: random.Random) -> None:
    """The siger, the Lampung bridal crown: a fan of points above a band, in gold."""
    base = 0.2
    for k in range(-4, 5):
        a, h = k * 0.2, 0.55 - abs(k) * 0.045
        tip = (math.sin(a) * h, base - math.cos(a) * h)
        p.poly(
            [(k * 0.09 - 0.055, base), tip, (k * 0.09 + 0.055, base)],
            GOLD if k % 2 == 0 else DEEP_GOLD,
        )
        p.oval((tip[0] - 0.008, tip[1] - 0.008, tip[0] + 0.008, tip[1] + 0.008), (250, 230, 160))
    p.rect((-0.48, base - 0.02, 0.48, base + 0.12), GOLD, radius=0.012)
    p.line([(-0.44, base + 0.05), (0.44, base + 0.05)], DEEP_GOLD, 0.015)


MOTIFS: dict[str, Motif] = {
    "beans": beans,
    "cup": cup,
    "pouch": pouch,
    "jar": jar,
    "bottle": bottle,
    "bowl": bowl,
    "chips": chips,
    "crackers": crackers,
    "fish": fish,
    "pineapple": pineapple,
    "pod": pod,
    "durian": durian,
    "bar": bar,
    "tapis": _cloth("tapis"),
    "batik": _cloth("batik"),
    "sulam": _cloth("sulam"),
    "basket": basket,
    "mat": mat,
    "elephant": elephant,
    "bamboo": bamboo,
    "siger": siger,
}

# Where each standing motif meets the table (in its units, down from its centre), for its
# shadow. Motifs not listed (beans, chips…) lie scattered and cast none.
FEET: dict[str, float] = {
    "cup": 0.38,
    "pouch": 0.44,
    "jar": 0.44,
    "bottle": 0.46,
    "bowl": 0.42,
    "pineapple": 0.45,
    "pod": 0.32,
    "durian": 0.46,
    "bar": 0.28,
    "tapis": 0.42,
    "batik": 0.42,
    "sulam": 0.42,
    "basket": 0.4,
    "elephant": 0.38,
    "bamboo": 0.42,
    "siger": 0.34,
}
