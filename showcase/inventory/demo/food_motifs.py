"""The demo's food and drink motifs: coffee beans, a cup, a pouch, a honey jar, a bottle, a bowl,
chips, crackers, a fish, a pineapple, a cocoa pod, a durian and a chocolate bar.

Each draws itself with a `Pen` around (0, 0); random choices (where the beans fall) come from
the `random.Random` passed in, so a seed always draws the same picture.
"""

from __future__ import annotations

import math
import random

from showcase.inventory.demo.pen import (
    CREAM,
    RGB,
    Pen,
    Style,
    shade,
    turned_oval,
)


def _bean(p: Pen, x: float, y: float, r: float, angle: float, colour: RGB) -> None:
    p.poly(turned_oval(x, y, r, r * 0.68, angle), shade(colour, -0.15))
    p.poly(turned_oval(x - r * 0.08, y - r * 0.08, r * 0.9, r * 0.58, angle), colour)
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
        p.poly(turned_oval(x, y, r, r * rng.uniform(0.55, 0.9), a), shade(colour, -0.25))
        p.poly(turned_oval(x, y, r * 0.88, r * 0.5, a), colour)
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
        p.poly(turned_oval(x, y, r, r * 0.3, 0), colour)
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
    p.poly(turned_oval(0, 0, 0.48, 0.24, angle, 48), st.main)
    for k in (-0.6, -0.3, 0.0, 0.3, 0.6):  # the ridges
        p.line(
            turned_oval(0, k * 0.1, 0.44, 0.2 * (1 - abs(k)), angle, 48)[:25],
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
