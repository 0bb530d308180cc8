"""The product table's thumbnails: stored small JPEGs decoded to fit the photo cell, into QImages
so that any thread may decode them (the first screen's are decoded off the UI thread)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from showcase.inventory.listing import thumbnails
from showcase.store.reader import SqlConnection

THUMB_HEIGHT = 40
# At most as wide as a 4:3 photo at that height, what the photo column has room for
# (product_table.PHOTO_WIDTH, less the cell's margins): a wider photo is made smaller, whole.
THUMB_WIDTH = 56
_JPEG = b"\xff\xd8"  # how every JPEG file begins


def thumbnail_image(blob: bytes | None) -> QImage | None:
    """A stored thumbnail (JPEG, inventory/photos.py) as the table shows it: decoded to fit
    THUMB_WIDTH × THUMB_HEIGHT (libjpeg scales while decoding, half the time of decoding
    whole, then scaling), into a QImage, so any thread may decode it."""
    if blob is None:
        return None
    buffer = QBuffer()
    buffer.setData(blob)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"jpeg" if blob[:2] == _JPEG else b"")
    size = reader.size()
    if size.width() > 0 and size.height() > 0:
        box = size.scaled(THUMB_WIDTH, THUMB_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(box.expandedTo(QSize(1, 1)))  # a sliver stays a sliver
    image = reader.read()
    return None if image.isNull() else image


def decoded_thumbnails(connection: SqlConnection, ids: list[int]) -> dict[int, QImage | None]:
    """The thumbnails of `ids`, read and decoded (None for a product without a photo)."""
    blobs = thumbnails(connection, ids)
    return {pid: thumbnail_image(blobs.get(pid)) for pid in ids}
