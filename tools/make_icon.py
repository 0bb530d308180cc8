"""Render the program's icon (assets/icons/etalase.svg) into a Windows .ico for the executable.

    python tools/make_icon.py OUT.ico

Run by tools/freeze.py inside the build environment (PySide6 draws the SVG, Pillow writes the
.ico with the sizes Windows asks for: Explorer, the Start menu, the taskbar). The .ico is build
output (build/etalase.ico), not committed: the SVG is the one source of the icon.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "assets" / "icons" / "etalase.svg"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    """The icon drawn at `size`×`size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        make_icon_app = QGuiApplication([])  # noqa: F841 (kept alive while drawing)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def make_icon(out: Path) -> Path:
    """Write `out` (.ico) with every size in SIZES; return it."""
    from PIL import Image

    images = [Image.open(io.BytesIO(render_png(size))).convert("RGBA") for size in SIZES]
    out.parent.mkdir(parents=True, exist_ok=True)
    largest = images[-1]
    largest.save(out, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python tools/make_icon.py OUT.ico")
    print(make_icon(Path(sys.argv[1])))
