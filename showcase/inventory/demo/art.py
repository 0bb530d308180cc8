"""Product pictures for the demo showcase, drawn with Pillow: the program never uses the network.

Each picture shows the product's motifs (see demo_motifs: a cup and beans for coffee, a jar for
honey, tapis cloth with gold lines…) in a soft studio light on a gradient in the product's
colours, with its name on a caption, so a demo catalogue, label sheet or kiosk looks like a real
one. Shapes are drawn at twice the size and halved, because ImageDraw does not smooth edges.
"""

from __future__ import annotations

import io
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from showcase.inventory.demo.motifs import FEET, MOTIFS
from showcase.inventory.demo.pen import Pen, Style, shade

WIDTH, HEIGHT = 1200, 900
SS = 2  # supersampling factor for shapes

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@lru_cache(maxsize=8)
def font(size: int, bold: bool = True) -> Font:
    """DejaVu Sans where it is installed (most Linux), Arial on Windows, else Pillow's own font."""
    names = (
        ("DejaVuSans-Bold.ttf", "arialbd.ttf", "Arial Bold.ttf")
        if bold
        else ("DejaVuSans.ttf", "arial.ttf", "Arial.ttf")
    )
    for name in names:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


# --- the picture ---------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _masks(size: tuple[int, int]) -> tuple[Image.Image, Image.Image]:
    """The top-to-bottom gradient and the round glow for pictures of `size`, made once."""
    gradient = Image.linear_gradient("L").resize(size, Image.Resampling.BILINEAR)
    side = int(size[0] * 0.9)
    glow = Image.radial_gradient("L").resize((side, side), Image.Resampling.BILINEAR)
    return gradient, glow.point(lambda v: max(0, 150 - v))


@lru_cache(maxsize=16)
def _shadow_mask(width: int) -> Image.Image:
    """A soft oval shadow `width` wide, blurred small and scaled up (blurring is the slow part)."""
    blur = 5
    margin = 4 * blur  # room for the blur to fade to nothing, or the patch's edge would show
    small = Image.new("L", (width // 4 + 2 * margin, width // 16 + 2 * margin), 0)
    ImageDraw.Draw(small).ellipse(
        (margin, margin, margin + width // 4, margin + width // 16), fill=110
    )
    blurred = small.filter(ImageFilter.GaussianBlur(blur))
    return blurred.resize((blurred.width * 4, blurred.height * 4), Image.Resampling.BILINEAR)


def _background(st: Style, size: tuple[int, int], glow_at: tuple[float, float]) -> Image.Image:
    gradient, glow = _masks(size)
    # One lookup table per channel over the cached gradient: far cheaper than compositing.
    image = Image.merge(
        "RGB",
        [
            gradient.point([round(a + (b - a) * v / 255) for v in range(256)])
            for a, b in zip(st.top, st.bottom, strict=True)
        ],
    )
    # A soft light behind the product, as from a studio lamp.
    at = (int(glow_at[0] - glow.width / 2), int(glow_at[1] - glow.height / 2))
    image.paste(shade(st.top, 0.45), (*at, at[0] + glow.width, at[1] + glow.height), glow)
    return image


def _draw_motif(
    image: Image.Image,
    motif: str,
    centre: tuple[float, float],
    scale: float,
    st: Style,
    rng: random.Random,
) -> None:
    """Draw a motif onto `image`, smoothly: on a doubled copy of the patch under it, then halved.

    The background is smooth, so doubling it (nearest) and halving (box) gives it back unchanged,
    while the shapes drawn in between come out with soft edges. No alpha layers are needed.
    """
    side = int(scale * 1.5)
    x, y = int(centre[0] - side / 2), int(centre[1] - side / 2)
    box = (x, y, x + side, y + side)
    patch = image.crop(box).resize((side * SS, side * SS), Image.Resampling.NEAREST)
    MOTIFS[motif](
        Pen(ImageDraw.Draw(patch, "RGBA"), side * SS / 2, side * SS / 2, scale * SS), st, rng
    )
    image.paste(patch.reduce(SS), box)


def _shadow(image: Image.Image, centre: tuple[float, float], width: float) -> None:
    mask = _shadow_mask(int(width))
    x, y = int(centre[0] - mask.width / 2), int(centre[1] - mask.height / 2)
    image.paste((20, 15, 10), (x, y, x + mask.width, y + mask.height), mask)


def _wrap(draw: ImageDraw.ImageDraw, text: str, fnt: Font, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=fnt) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _caption(image: Image.Image, title: str, subtitle: str, chip: str, st: Style) -> None:
    d = ImageDraw.Draw(image, "RGBA")  # RGBA ink blends onto the RGB picture
    w, h = image.size
    unit = min(w / WIDTH, h / HEIGHT)
    size = round(50 * unit)
    lines = _wrap(d, title, font(size), int(w * 0.72))
    while len(lines) > 2 and size > 30 * unit:
        size -= 4
        lines = _wrap(d, title, font(size), int(w * 0.72))
    small = font(max(10, round(24 * unit)), bold=False)
    line_h, pad, margin = int(size * 1.18), round(26 * unit), round(36 * unit)
    box_h = pad * 2 + line_h * len(lines) + round(34 * unit)
    top = h - box_h - margin
    widths = [d.textlength(line, font=font(size)) for line in lines]
    box_w = max(*widths, d.textlength(subtitle, font=small), 200 * unit) + pad * 2 + 12 * unit
    d.rounded_rectangle(
        (margin, top, margin + box_w, h - margin),
        radius=20 * unit,
        fill=(*shade(st.bottom, -0.6), 200),
    )
    d.rectangle((margin, top + pad, margin + 7 * unit, h - margin - pad), fill=st.accent)
    x = margin + pad + 12 * unit
    for i, line in enumerate(lines):
        d.text((x, top + pad + i * line_h), line, font=font(size), fill=(255, 255, 255))
    d.text(
        (x, top + pad + 8 * unit + line_h * len(lines)), subtitle, font=small, fill=(235, 225, 205)
    )
    chip_font = font(max(10, round(22 * unit)))
    chip_w = d.textlength(chip, font=chip_font) + 36 * unit
    d.rounded_rectangle(
        (margin, margin, margin + chip_w, margin + 44 * unit),
        radius=22 * unit,
        fill=(255, 255, 255, 215),
    )
    d.text(
        (margin + 18 * unit, margin + 10 * unit), chip, font=chip_font, fill=shade(st.bottom, -0.5)
    )


def draw_picture(
    *,
    title: str,
    subtitle: str,
    chip: str,
    motifs: tuple[str, ...],
    style: Style,
    variant: int,
    rng: random.Random,
    size: tuple[int, int] = (WIDTH, HEIGHT),
) -> Image.Image:
    """One product picture. Variant 0 shows the first motif large; 1 and 2 rearrange them."""
    w, h = size
    unit = min(w / WIDTH, h / HEIGHT)
    first = motifs[variant % len(motifs)]
    second = motifs[(variant + 1) % len(motifs)]
    hero = (w * (0.64 if variant != 1 else 0.55), h * 0.4)
    image = _background(style, size, hero)
    if variant == 2:
        placements = [
            (second, (w * 0.3, h * 0.36), 330 * unit),
            (first, (w * 0.7, h * 0.42), 420 * unit),
        ]
    elif len(motifs) > 1:
        placements = [(second, (w * 0.27, h * 0.3), 280 * unit), (first, hero, 540 * unit)]
    else:
        placements = [(first, hero, 580 * unit)]
    for motif, centre, scale in placements:
        if motif in FEET:  # scattered things lie flat and cast no shadow of their own
            _shadow(image, (centre[0], centre[1] + scale * FEET[motif]), scale * 0.9)
        _draw_motif(image, motif, centre, scale, style, rng)
    _caption(image, title, subtitle, chip, style)
    return image


def picture_bytes(image: Image.Image) -> bytes:
    """The picture as an uncompressed BMP: the cheapest form to hand to prepare_photo."""
    buffer = io.BytesIO()
    image.save(buffer, "BMP")
    return buffer.getvalue()
