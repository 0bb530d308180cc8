"""Photos for the web: each stored photo as a few JPEG widths, for `srcset`.

A browser picks the smallest width that is sharp on its screen (`sizes` says how wide the photo
is shown), so a phone on a slow line loads a 320 or 640 px copy, never the 2400 px original.
Files are `img/{photo id}-{width}.jpg`: a stored photo never changes, so a copy made by an
earlier publish is kept as it is (the folder's manifest remembers which photo it came from).
Scaling runs on a few threads: Pillow releases the GIL while it decodes, resizes and encodes.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from showcase.printing.website.addresses import PHOTOS
from showcase.printing.website.content import SitePhoto

WIDTHS = (320, 640, 1080)
JPEG_QUALITY = 78
# Bumped when scale() makes different files, so copies made the old way are made again.
VERSION = 2


@dataclass(frozen=True)
class WebPhoto:
    """One width of a photo: where it goes and its size in pixels."""

    file: str
    width: int
    height: int


def widths(photo: SitePhoto) -> list[WebPhoto]:
    """The copies made of `photo`, narrowest first; never wider than the photo itself."""
    chosen = sorted({min(w, photo.width) for w in WIDTHS})
    return [
        WebPhoto(
            f"{PHOTOS}/{photo.id}-{w}.jpg",
            w,
            max(1, round(photo.height * w / max(photo.width, 1))),
        )
        for w in chosen
    ]


def source_key(photo: SitePhoto) -> str:
    """What a copy was made from, kept in the manifest: a different photo under the same id (a
    showcase restored from elsewhere) gets new copies."""
    return f"v{VERSION}:{photo.id}:{photo.width}x{photo.height}:{photo.stamp}"


def srcset(copies: list[WebPhoto], link: str) -> str:
    """`a-320.jpg 320w, a-640.jpg 640w`, each file named through `link` (relative to a page)."""
    return ", ".join(f"{link}{copy.file} {copy.width}w" for copy in copies)


def scale(original: bytes, copies: list[WebPhoto]) -> list[bytes]:
    """The JPEG of each copy, made from one decode of `original` (at a reduced size when the
    JPEG decoder can do that: draft mode)."""
    from PIL import Image, ImageOps

    largest = max(copies, key=lambda c: c.width)
    with Image.open(io.BytesIO(original)) as image:
        full_w = image.width
        ratio = largest.width / max(full_w, 1)
        image.draft(
            "RGB", (math.ceil(image.width * ratio * 2), math.ceil(image.height * ratio * 2))
        )
        rgb = ImageOps.exif_transpose(image).convert("RGB")
    # Widest first, each copy scaled from the one before: every step works on fewer pixels.
    made: dict[int, bytes] = {}
    for copy in sorted(copies, key=lambda c: c.width, reverse=True):
        if rgb.size != (copy.width, copy.height):
            rgb = rgb.resize((copy.width, copy.height), Image.Resampling.LANCZOS, reducing_gap=3.0)
        buffer = io.BytesIO()
        rgb.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
        made[copy.width] = buffer.getvalue()
    return [made[copy.width] for copy in copies]
