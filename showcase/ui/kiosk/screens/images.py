"""A bounded cache of decoded photos for the kiosk (it runs all day: memory must stay flat).

Photos are stored as JPEGs of up to 2400 px. A tile needs a few hundred pixels, so each photo
is decoded straight at the size asked for (QImageReader scales a JPEG while decoding, which is
much faster than decoding it whole), and kept by (photo, thumbnail, size bucket): sizes are
rounded up to steps so that nearby sizes share one pixmap. The cache holds at most `max_bytes`
of pixmaps (width × height × 4), dropping the least recently used first.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import sys
from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap

from showcase.inventory.kiosk.view import photo_bytes
from showcase.store.reader import SqlConnection

# About two full screens at 1920×1080: what the screen shows and what it can show next (the
# next product's photos, the grid behind a product page); screens drop their photos when
# they are switched away from, so the cache is most of what the kiosk holds in photos.
MAX_BYTES = 16 * 1024 * 1024
M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
MMAP_THRESHOLD = 128 * 1024
STEP = 1.25  # size buckets grow by a quarter: a pixmap is at most 25 % larger than asked

Key = tuple[int, bool, int, int, bool]


def bucket(pixels: int) -> int:
    """`pixels` rounded up to the next step (64, 80, 100, 125 … ), at least 64."""
    if pixels <= 64:
        return 64
    steps = math.ceil(math.log(pixels / 64, STEP) - 1e-9)
    return math.ceil(64 * STEP**steps)


def return_freed_photos_to_the_system() -> None:
    """Decoded photos (large allocations) come from mmap, so a dropped one is given back at
    once. glibc raises its mmap threshold after the first large block is freed, and from then
    on keeps freed photos in its heap: a kiosk that had browsed a while held tens of MB more."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):  # AttributeError: not glibc
        ctypes.CDLL(None).mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)


def pixmap_bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(4, pixmap.depth() // 8)


class ImageCache:
    """Decoded photos for the screens: `pixmap(reader, photo_id, size)`, bounded by bytes."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        return_freed_photos_to_the_system()
        self._items: OrderedDict[Key, QPixmap] = OrderedDict()
        self._bytes = 0
        self.decoded = 0  # photos decoded so far (the tests and benchmarks read it)

    @property
    def size_bytes(self) -> int:
        """Bytes of the pixmaps held now (never more than max_bytes)."""
        return self._bytes

    def __len__(self) -> int:
        return len(self._items)

    def pixmap(
        self,
        reader: SqlConnection,
        photo_id: int,
        size: QSize,
        thumbnail: bool = False,
        *,
        cover: bool = True,
    ) -> QPixmap | None:
        """The photo scaled to cover `size` (or, cover=False, to fit inside it), or None if
        the photo is gone or cannot be read. Never larger than the stored image."""
        key = (photo_id, thumbnail, bucket(size.width()), bucket(size.height()), cover)
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
            return found
        data = photo_bytes(reader, photo_id, thumbnail=thumbnail)
        if not data:
            return None
        pixmap = self._decode(data, QSize(key[2], key[3]), cover)
        if pixmap is None:
            return None
        self._keep(key, pixmap)
        return pixmap

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0

    def _decode(self, data: bytes, box: QSize, cover: bool) -> QPixmap | None:
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        full = reader.size()
        if full.isValid() and not full.isEmpty():
            mode = (
                Qt.AspectRatioMode.KeepAspectRatioByExpanding
                if cover
                else Qt.AspectRatioMode.KeepAspectRatio
            )
            wanted = full.scaled(box, mode)
            if wanted.width() < full.width():
                reader.setScaledSize(wanted)
        image = reader.read()
        buffer.close()
        if image.isNull():
            return None
        self.decoded += 1
        return QPixmap.fromImage(image)

    def _keep(self, key: Key, pixmap: QPixmap) -> None:
        cost = pixmap_bytes(pixmap)
        if cost > self.max_bytes:
            return  # too big to keep: the caller still gets it once
        self._items[key] = pixmap
        self._bytes += cost
        while self._bytes > self.max_bytes:
            _, dropped = self._items.popitem(last=False)
            self._bytes -= pixmap_bytes(dropped)
