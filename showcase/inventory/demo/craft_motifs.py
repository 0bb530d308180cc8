"""The demo's cloth and craft motifs: tapis, batik and sulam cloth, a basket, a mat, a carved
elephant, bamboo and the siger crown.

Each draws itself with a `Pen` around (0, 0), like the food motifs.
"""

from __future__ import annotations

import math
import random

from showcase.inventory.demo.pen import (
    DEEP_GOLD,
    GOLD,
    Box,
    Motif,
    Pen,
    Style,
    shade,
)


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


def cloth(kind: str) -> Motif:
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
