"""PDF pages as Qt images, rendered by PDFium (pypdfium2): for the label preview and for printing.

QtPdf would do the same, but its binding exists only for a PySide6 release the program cannot use
(see pyproject.toml), so pypdfium2 renders. Pages are rendered on demand; a page for a printer can
be rendered in horizontal bands so that a page at 600 dpi never needs one 100 MB image.
PDFium is not thread-safe: use a document from one thread only (here, the UI thread).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72.0
MM_PER_INCH = 25.4


class PdfPages:
    """An open PDF held in memory. `close()` it (or let it go) when done."""

    def __init__(self, data: bytes) -> None:
        # PDFium reads the bytes in place: keep them alive as long as the document.
        self._data = bytes(data)
        self._document = pdfium.PdfDocument(self._data)

    def __len__(self) -> int:
        return len(self._document)

    def close(self) -> None:
        self._document.close()

    def page_size_mm(self, index: int) -> QSizeF:
        width, height = self._document.get_page_size(index)
        return QSizeF(
            float(width) / POINTS_PER_INCH * MM_PER_INCH,
            float(height) / POINTS_PER_INCH * MM_PER_INCH,
        )

    def render(self, index: int, dpi: float) -> QImage:
        """Page `index` (from 0) as an RGB image at `dpi`."""
        page = self._document[index]
        try:
            bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
            return _to_image(bitmap)
        finally:
            page.close()

    def render_bands(
        self, index: int, dpi: float, band: int = 1024
    ) -> Iterator[tuple[int, QImage]]:
        """Page `index` at `dpi` as horizontal strips of at most `band` pixels: (top pixel, image).

        The strips join without a seam: each is the same rendering as the whole page, cropped.
        """
        page = self._document[index]
        try:
            scale = dpi / POINTS_PER_INCH
            height = math.ceil(page.get_height() * scale)
            top = 0
            while top < height:
                bottom = min(top + band, height)
                # pypdfium2 rounds a crop up to whole pixels; a quarter pixel less keeps it exact.
                crop_top = max(top - 0.25, 0) / scale
                crop_bottom = max(height - bottom - 0.25, 0) / scale
                bitmap = page.render(
                    scale=scale, crop=(0, crop_bottom, 0, crop_top), rev_byteorder=True
                )
                yield top, _to_image(bitmap)
                top = bottom
        finally:
            page.close()


def _to_image(bitmap: Any) -> QImage:
    """A QImage that owns its pixels, copied from a pypdfium2 RGB bitmap (which is then closed)."""
    try:
        width = int(bitmap.width)
        height = int(bitmap.height)
        stride = int(bitmap.stride)
        pixels = bytes(bitmap.buffer)
        return QImage(pixels, width, height, stride, QImage.Format.Format_RGB888).copy()
    finally:
        bitmap.close()
