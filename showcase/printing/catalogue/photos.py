"""Photos at print size: scaled once, kept in the database (`photo_print`), reused next time.

reportlab passes JPEG bytes into the PDF untouched, so a 2400 px photo on a 8 cm card would
make a catalogue hundreds of megabytes. Each photo is scaled to fit the box it is printed in
at about 200 dpi, encoded at quality 80, and stored under its photo id and the box's size in
pixels; the next catalogue with that box reads the small copy and never decodes the original.

A photo of about its box's shape fills the box, trimmed evenly by at most a fifth (MAX_TRIM);
one of another shape (a portrait photo in a landscape box) is fitted whole, on a mat: a
product's photo must never lose the product. Work is done in batches, just ahead of
the page that needs them, on a few threads (Pillow releases the GIL while it decodes,
resizes and encodes) and on a background thread, while the layout draws the batch before;
each batch's new copies are stored in one short transaction.
"""

from __future__ import annotations

import io
import logging
import math
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from showcase.store.db import sqlite_connection
from showcase.store.models import utcnow
from showcase.store.reader import POSTGRESQL, SqlConnection, dialect

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

PRINT_DPI = 200
JPEG_QUALITY = 80
# Bumped when scale_photo changes what it makes, so copies made the old way are not reused.
SCALING = 1
# A photo whose shape is close to its box's fills it, trimming at most this share of its
# width or height; one of another shape (a portrait photo in a landscape box) is fitted whole.
MAX_TRIM = 0.2
BATCH = 24
POINTS_PER_INCH = 72.0

SessionUnits = Callable[[], AbstractContextManager["Session"]]


@dataclass(frozen=True)
class PrintSize:
    """A photo box in pixels at print resolution; its `key` names the stored copies."""

    width: int
    height: int

    @property
    def key(self) -> str:
        return f"v{SCALING}-{self.width}x{self.height}"

    @classmethod
    def for_box(cls, width_pt: float, height_pt: float, dpi: int = PRINT_DPI) -> PrintSize:
        """The pixel size of a box `width_pt` × `height_pt` points printed at `dpi`."""
        return cls(
            max(1, round(width_pt / POINTS_PER_INCH * dpi)),
            max(1, round(height_pt / POINTS_PER_INCH * dpi)),
        )


@dataclass(frozen=True)
class ScaledPhoto:
    """JPEG bytes of a photo at print size, and their pixel size."""

    image: bytes
    width: int
    height: int


def _trim(width: int, height: int, size: PrintSize) -> tuple[int, int, int, int] | None:
    """The centred part of a width × height photo with the box's shape, if little is lost."""
    box = size.width / size.height
    if width / height > box:  # wider than the box: trim the sides
        keep = round(height * box)
        if 1 - keep / width > MAX_TRIM:
            return None
        left = (width - keep) // 2
        return left, 0, left + keep, height
    keep = round(width / box)
    if 1 - keep / height > MAX_TRIM:
        return None
    top = (height - keep) // 2
    return 0, top, width, top + keep


def scale_photo(original: bytes, size: PrintSize) -> ScaledPhoto:
    """The JPEG `original` at print size for a box of `size`: filling the box if its shape is
    close (see MAX_TRIM), else fitted inside it; never enlarged. Encoded for print."""
    from PIL import Image

    with Image.open(io.BytesIO(original)) as image:
        full_w, full_h = image.size
        crop = _trim(full_w, full_h, size) or (0, 0, full_w, full_h)
        region_w, region_h = crop[2] - crop[0], crop[3] - crop[1]
        scale = min(1.0, size.width / region_w, size.height / region_h)
        target = (max(1, round(region_w * scale)), max(1, round(region_h * scale)))
        # The JPEG decoder can hand over the picture at 1/2, 1/4 or 1/8 size (draft mode), so
        # a big photo is never fully decoded when a fraction of its pixels will be printed.
        # Twice the target is kept, for a clean resample.
        image.draft("RGB", (math.ceil(full_w * scale * 2), math.ceil(full_h * scale * 2)))
        ratio = image.width / full_w
        box = (crop[0] * ratio, crop[1] * ratio, crop[2] * ratio, crop[3] * ratio)
        rgb = image.convert("RGB").resize(target, Image.Resampling.LANCZOS, box=box)
        out = io.BytesIO()
        rgb.save(out, "JPEG", quality=JPEG_QUALITY)
        return ScaledPhoto(out.getvalue(), rgb.width, rgb.height)


def _scaled(originals: dict[int, bytes], item: tuple[int, PrintSize]) -> ScaledPhoto | None:
    original = originals.get(item[0])
    if original is None:  # deleted meanwhile
        return None
    try:
        return scale_photo(original, item[1])
    except Exception:  # a damaged photo prints as the placeholder, not as a failure
        log.warning("Photo %s could not be scaled for print", item[0], exc_info=True)
        return None


@dataclass(frozen=True)
class _Loaded:
    photos: dict[tuple[int, PrintSize], ScaledPhoto | None]
    scaled: int
    reused: int


class PrintPhotos:
    """The print-size photos of one catalogue, fetched or made a batch ahead of the layout.

    `plan` lists every (photo id, box) the catalogue will draw, in drawing order; `get` is
    called in that order. While the layout draws one batch, a background thread reads or makes
    the next one (so scaling, which Pillow does without the GIL, overlaps the layout). Use it
    as a context manager, or call `close()`: the background work is stopped and waited for.
    """

    def __init__(self, units: SessionUnits, plan: Sequence[tuple[int, PrintSize]]) -> None:
        self._units = units
        items = list(dict.fromkeys(plan))
        self._batches = [items[i : i + BATCH] for i in range(0, len(items), BATCH)]
        self._batch_of = {item: i // BATCH for i, item in enumerate(items)}
        self._ready: dict[tuple[int, PrintSize], ScaledPhoto | None] = {}
        self._pending: dict[int, Future[_Loaded]] = {}
        self._taken: set[int] = set()
        self._loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="print-photos")
        workers = max(1, min(4, os.cpu_count() or 1))
        self._scalers = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="scale")
        self.scaled = 0  # copies made in this run
        self.reused = 0  # copies read from the database

    def __enter__(self) -> PrintPhotos:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the work ahead (a cancelled catalogue) and wait for what is running."""
        for future in self._pending.values():
            future.cancel()
        self._pending.clear()
        self._loader.shutdown(wait=True)
        self._scalers.shutdown(wait=True)

    def get(self, photo_id: int, size: PrintSize) -> ScaledPhoto | None:
        """The photo at print size, or None if it cannot be read (drawn as a placeholder)."""
        item = (photo_id, size)
        batch = self._batch_of.get(item)
        if batch is None:  # not planned: fetched alone
            if item not in self._ready:
                self._take(self._load([item]))
        else:
            if batch not in self._taken:
                future = self._pending.pop(batch, None) or self._ahead(batch)
                self._take(future.result())
                self._taken.add(batch)
            following = batch + 1
            if following < len(self._batches) and following not in self._taken:
                self._pending.setdefault(following, self._ahead(following))
        # Each photo is drawn once; forget it so that memory stays a batch or two.
        return self._ready.pop(item, None)

    def _ahead(self, batch: int) -> Future[_Loaded]:
        if batch in self._pending:
            return self._pending[batch]
        return self._loader.submit(self._load, self._batches[batch])

    def _take(self, loaded: _Loaded) -> None:
        self._ready.update(loaded.photos)
        self.scaled += loaded.scaled
        self.reused += loaded.reused

    def _load(self, batch: Sequence[tuple[int, PrintSize]]) -> _Loaded:
        """Read the batch's kept copies; make, keep and return the missing ones."""
        with self._units() as session:
            found = self._read_cached(sqlite_connection(session), batch)
            missing = [item for item in batch if item not in found]
            originals = self._read_originals(sqlite_connection(session), missing)
        if not missing:
            return _Loaded(found, 0, len(found))
        made = dict(
            zip(missing, self._scalers.map(partial(_scaled, originals), missing), strict=True)
        )
        self._store({k: v for k, v in made.items() if v is not None})
        scaled = sum(1 for photo in made.values() if photo is not None)
        return _Loaded({**found, **made}, scaled, len(found))

    @staticmethod
    def _read_cached(
        connection: SqlConnection, batch: Sequence[tuple[int, PrintSize]]
    ) -> dict[tuple[int, PrintSize], ScaledPhoto | None]:
        if not batch:
            return {}
        wanted = set(batch)
        ids = sorted({photo_id for photo_id, _ in batch})
        keys = {size.key: size for _, size in batch}
        marks, key_marks = ",".join("?" * len(ids)), ",".join("?" * len(keys))
        sql = (
            "SELECT photo_id, size_key, image, width, height FROM photo_print "
            f"WHERE photo_id IN ({marks}) AND size_key IN ({key_marks})"
        )
        found: dict[tuple[int, PrintSize], ScaledPhoto | None] = {}
        for photo_id, key, image, width, height in connection.execute(sql, [*ids, *keys]):
            item = (photo_id, keys[key])
            if item in wanted:
                found[item] = ScaledPhoto(bytes(image), width, height)
        return found

    @staticmethod
    def _read_originals(
        connection: SqlConnection, missing: Sequence[tuple[int, PrintSize]]
    ) -> dict[int, bytes]:
        ids = sorted({photo_id for photo_id, _ in missing})
        if not ids:
            return {}
        sql = f"SELECT id, image FROM photo WHERE id IN ({','.join('?' * len(ids))})"
        return {row[0]: bytes(row[1]) for row in connection.execute(sql, ids)}

    def _store(self, made: dict[tuple[int, PrintSize], ScaledPhoto]) -> None:
        if not made:
            return
        try:
            with self._units() as session:
                connection = sqlite_connection(session)
                # As SQLAlchemy writes DateTime on SQLite, so the ORM reads these rows back
                # alike; a timestamp as it is on PostgreSQL.
                moment = utcnow()
                now: object = (
                    moment
                    if dialect(connection) == POSTGRESQL
                    else moment.strftime("%Y-%m-%d %H:%M:%S.%f")
                )
                rows = [
                    (photo_id, size.key, photo.width, photo.height, photo.image, now, photo_id)
                    for (photo_id, size), photo in made.items()
                ]
                # DO NOTHING: another catalogue made the same copy meanwhile; WHERE EXISTS: the
                # photo was deleted (its copy would go with it anyway).
                connection.executemany(
                    "INSERT INTO photo_print "
                    "(photo_id, size_key, width, height, image, created_at) "
                    "SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM photo WHERE id = ?) "
                    "ON CONFLICT (photo_id, size_key) DO NOTHING",
                    rows,
                )
        except Exception:
            # The copies are a saving, not a result: a busy or read-only database must not
            # cost the staff their catalogue.
            log.warning("Could not keep %d print photos for next time", len(made), exc_info=True)
