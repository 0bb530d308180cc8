"""The kiosk's decoded photos: what the screen shows and what one tap from it can show.

Photos are stored as JPEGs of up to 2400 px. A tile needs a few hundred pixels, so each photo
is decoded straight at the size asked for (QImageReader scales a JPEG while decoding, which is
much faster than decoding it whole), and kept by (photo, thumbnail, size): the size is the one
the photo is drawn at, so that painting it (every tap, every frame of a scroll) is a plain copy
rather than a smooth rescale each time.

What is kept follows the screen, not the past: each screen names what a visitor can reach from
it with one tap (`reach`): the tiles of the page shown and of the pages above and below it and
the first photo of each product in view, a product's photos and those of the next and previous
product, and what the screen Back returns to shows. Everything else is let go at once, and what
is reachable but not decoded yet is decoded ahead on a thread of its own, at a lower priority
than the UI thread so that it never slows the tap it prepares (the bytes are read on the UI
thread in one snapshot, after the screen is shown), so the tap that shows it finds it here. A photo the screen needs at once and not here is decoded where it is asked
(`pixmap`, counted in `decoded`); `max_bytes` bounds what is decoded ahead.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from showcase.inventory.kiosk.view import photo_bytes
from showcase.store.reader import SqlConnection

if TYPE_CHECKING:  # the photo thread is started (and its module loaded) at the first reach
    from concurrent.futures import Future, ThreadPoolExecutor

# What a product page and its two neighbours need at 1920×1080 with two photos each (about
# 3 MB a photo at the gallery's size), with room to spare: decoding ahead stops there.
MAX_BYTES = 32 * 1024 * 1024
M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
MMAP_THRESHOLD = 128 * 1024
PHOTO_THREAD_NICE = 10

Key = tuple[int, bool, int, int, bool]  # photo id, thumbnail, width and height, cover
Reads = Callable[[Callable[[SqlConnection], Any]], Any]


def photo_key(photo_id: int, size: QSize, *, thumbnail: bool = False, cover: bool = True) -> Key:
    """How the photo `photo_id` shown at `size` is kept."""
    return (photo_id, thumbnail, max(1, size.width()), max(1, size.height()), cover)


def return_freed_photos_to_the_system() -> None:
    """Decoded photos (large allocations) come from mmap, so a dropped one is given back at
    once. glibc raises its mmap threshold after the first large block is freed, and from then
    on keeps freed photos in its heap: a kiosk that had browsed a while held tens of MB more."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):  # AttributeError: not glibc
        ctypes.CDLL(None).mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)


def _yield_to_taps() -> None:
    """On the photo thread: decoding ahead gives way to the UI thread (a visitor's tap) when
    the cores are busy. Linux nice values are per thread; elsewhere it stays as it is."""
    with contextlib.suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), PHOTO_THREAD_NICE)


def pixmap_bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(4, pixmap.depth() // 8)


def decode(data: bytes, key: Key) -> QImage | None:
    """The JPEG `data` scaled while decoding to cover (or fit inside) the key's size, never
    larger than stored. A QImage, so that any thread may decode it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    full = reader.size()
    if full.isValid() and not full.isEmpty():
        mode = (
            Qt.AspectRatioMode.KeepAspectRatioByExpanding
            if key[4]
            else Qt.AspectRatioMode.KeepAspectRatio
        )
        wanted = full.scaled(QSize(key[2], key[3]), mode)
        if wanted.width() < full.width():
            reader.setScaledSize(wanted)
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


class ImageCache(QObject):
    """Decoded photos for the screens: `pixmap(reader, photo_id, size)` for what is shown now,
    `reach(keys, reads)` for what one tap can show next; see the module docstring."""

    _decoded_ahead = Signal(object, object)  # key, QImage or None
    arrived = Signal(object)  # the key of a photo decoded ahead, now here

    def __init__(self, max_bytes: int = MAX_BYTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.max_bytes = max_bytes
        return_freed_photos_to_the_system()
        self._items: dict[Key, QPixmap] = {}
        self._bytes = 0
        self._wanted: frozenset[Key] = frozenset()
        self._pending: dict[Key, Future[None]] = {}
        self._worker: ThreadPoolExecutor | None = None
        self._decoded_ahead.connect(self._arrived)
        self.decoded = 0  # photos decoded where they were asked: on the UI thread
        self.decoded_ahead = 0  # photos decoded ahead on the photo thread

    @property
    def size_bytes(self) -> int:
        """Bytes of the pixmaps held now."""
        return self._bytes

    @property
    def idle(self) -> bool:
        """True when nothing waits to be decoded ahead."""
        return not self._pending

    def cached(self, key: Key) -> QPixmap | None:
        """The photo kept under `key`, or None (nothing is decoded)."""
        return self._items.get(key)

    def photos(self) -> dict[Key, QPixmap]:
        """The pixmaps held now, by key."""
        return dict(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def pixmap(
        self,
        reader: SqlConnection,
        photo_id: int,
        size: QSize,
        thumbnail: bool = False,
        *,
        cover: bool = True,
        keep: bool = True,
    ) -> QPixmap | None:
        """The photo scaled to cover `size` (or, cover=False, to fit inside it), or None if
        the photo is gone or cannot be read; kept until the screen changes (keep=False: not
        kept, for a caller holding it itself)."""
        key = photo_key(photo_id, size, thumbnail=thumbnail, cover=cover)
        found = self._items.pop(key, None)
        if found is not None:
            self._items[key] = found  # the newest again: let go last when over the bound
            return found
        data = photo_bytes(reader, photo_id, thumbnail=thumbnail)
        image = decode(data, key) if data else None
        if image is None:
            return None
        self.decoded += 1
        pixmap = QPixmap.fromImage(image)
        if keep:
            self._put(key, pixmap)
            future = self._pending.pop(key, None)
            if future is not None:
                future.cancel()
        return pixmap

    def reach(self, keys: Iterable[Key], reads: Reads) -> None:
        """Keep only `keys` (what one tap from the screen shown can show), and decode those
        not here yet ahead; `reads(read)` runs `read` on a reader in a fresh snapshot."""
        wanted = list(dict.fromkeys(keys))
        self._wanted = frozenset(wanted)
        for key in [k for k in self._items if k not in self._wanted]:
            self._bytes -= pixmap_bytes(self._items.pop(key))
        for key in [k for k in self._pending if k not in self._wanted]:
            self._pending.pop(key).cancel()
        missing = [k for k in wanted if k not in self._items and k not in self._pending]
        if not missing:
            return
        try:
            blobs: Sequence[bytes | None] = reads(
                lambda reader: [photo_bytes(reader, k[0], thumbnail=k[1]) for k in missing]
            )
        except Exception:  # a lost server: the tap decodes them as before
            return
        if self._worker is None:
            from concurrent.futures import ThreadPoolExecutor

            self._worker = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="kiosk-photos", initializer=_yield_to_taps
            )
        for key, data in zip(missing, blobs, strict=True):
            if data:
                self._pending[key] = self._worker.submit(self._decode_ahead, key, data)

    def clear(self) -> None:
        self.reach((), lambda read: [])

    def close(self) -> None:
        """Stop decoding ahead (the kiosk is closing)."""
        self.clear()
        if self._worker is not None:
            self._worker.shutdown(wait=False, cancel_futures=True)

    def _decode_ahead(self, key: Key, data: bytes) -> None:
        # On the photo thread: the result goes back to the UI thread as a queued signal.
        self._decoded_ahead.emit(key, decode(data, key))

    def _arrived(self, key: Key, image: QImage | None) -> None:
        # A photo still wanted is welcome whichever screen asked for it first.
        self._pending.pop(key, None)
        if image is None or key not in self._wanted or key in self._items:
            return
        pixmap = QPixmap.fromImage(image)
        if self._bytes + pixmap_bytes(pixmap) > self.max_bytes:
            return  # the tap decodes it
        self.decoded_ahead += 1
        self._put(key, pixmap)
        self.arrived.emit(key)

    def _put(self, key: Key, pixmap: QPixmap) -> None:
        """Keep `pixmap`; over the bound, the oldest photos not reachable go first (a screen
        that shows many before its next `reach`, such as a long slideshow)."""
        self._items[key] = pixmap
        self._bytes += pixmap_bytes(pixmap)
        while self._bytes > self.max_bytes:
            old = next((k for k in self._items if k not in self._wanted and k != key), None)
            if old is None:
                return
            self._bytes -= pixmap_bytes(self._items.pop(old))
