"""Publishing the website: the showcase read once, then photos, pages and feeds written into the
folder (only what changed), the pages of removed products removed, and a .zip if asked.

`publish_website` polls `cancelled()` between files and reports `progress(done, total)`; it runs
from the command line and in the staff window's worker thread alike (no Qt here).
"""

from __future__ import annotations

import io
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from showcase.errors import Cancelled
from showcase.inventory.qr_payloads import check_base_url
from showcase.printing.website import addresses, feeds
from showcase.printing.website.content import (
    SitePhoto,
    open_reader,
    photo_bytes,
    read_showcase,
    without_photos,
)
from showcase.printing.website.folder import SiteFolder
from showcase.printing.website.layout import Logo, Site, asset
from showcase.printing.website.pages import all_pages
from showcase.printing.website.photos import WebPhoto, scale, source_key, widths
from showcase.store.db import Database

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
# Photos scaled at once, ahead of writing them: enough to keep every core busy, few enough that
# the originals held in memory stay small.
BATCH = 16


@dataclass(frozen=True)
class WebsiteSummary:
    """What a publish did. `written` counts files written this time; `unchanged` files left as
    they were; `removed` files of the last publish no longer in the site."""

    folder: Path
    products: int
    pages: int
    photos: int
    files: int
    written: int
    unchanged: int
    removed: int
    zip_path: Path | None
    base_url: str


def zip_path_for(folder: Path) -> Path:
    """Where the .zip of the site in `folder` goes: beside it, `folder.zip`."""
    return folder.with_name(folder.name + ".zip")


def publish_website(
    database: Database,
    out: Path,
    *,
    base_url: str = "",
    make_zip: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> WebsiteSummary:
    """Write the website of `database` into the folder `out` (see the module docstring).

    ValidationError on `base_url` if it is given and unusable; WebsiteFolderError if `out`
    cannot take the site (someone else's files in it); Cancelled if `cancelled()` said so.
    """
    base = check_base_url(base_url) if base_url.strip() else ""
    out = Path(out).absolute()
    folder = SiteFolder(out)  # refuses a foreign folder before anything is read or written
    with _showcase_file(database) as path:
        connection = open_reader(path)
        try:
            return _publish(connection, folder, out, base, make_zip, progress, cancelled)
        finally:
            connection.close()


@contextmanager
def _showcase_file(database: Database) -> Iterator[Path]:
    """The showcase as an SQLite file the kiosk's read model reads: the database's own file or,
    for a showcase on a server, a snapshot of it copied into a temporary file (as a kiosk keeps
    its own copy)."""
    if database.server is None:
        yield database.path
        return
    from showcase.store.copy import copy_showcase

    with tempfile.TemporaryDirectory(prefix="etalase-website-") as temporary:
        copy = Path(temporary) / "showcase.db"
        copy_showcase(database.server, copy)
        yield copy


def _publish(
    connection: sqlite3.Connection,
    folder: SiteFolder,
    out: Path,
    base: str,
    make_zip: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool],
) -> WebsiteSummary:
    """Publish with `connection` open on the showcase (see publish_website)."""
    showcase = read_showcase(connection, cancelled=cancelled)
    logo = _logo(showcase.logo)
    site = Site(center_name=showcase.center_name, base_url=base, logo=logo)
    photos = list({p.id: p for pr in showcase.products.values() for p in pr.photos}.values())
    page_count = 1 + len(addresses.LANGUAGES) * (
        3
        + len(showcase.categories)
        + len(showcase.kabupaten)
        + len(showcase.producers)
        + len(showcase.products)
    )
    total = len(photos) + page_count + 1
    done = 0

    def step() -> None:
        nonlocal done
        if cancelled():
            raise Cancelled
        done += 1
        if progress is not None:
            progress(done, total)

    try:
        failed: set[int] = set()
        for _ in _write_photos(folder, connection, photos, failed):
            step()
        if failed:  # deleted meanwhile, or damaged: the pages go without them
            showcase = without_photos(showcase, failed)
        pages: list[str] = []
        for path, html in all_pages(showcase, site):
            folder.put(path, html.encode())
            pages.append(path)
            step()
        if logo is not None and showcase.logo is not None:
            folder.put(logo.file, showcase.logo)
        folder.put(addresses.STYLE, asset("site.css"))
        folder.put(addresses.SCRIPT, asset("site.js"))
        folder.put(addresses.SEARCH_INDEX, feeds.search_index(showcase))
        if base:
            folder.put("sitemap.xml", feeds.sitemap(pages, site))
            folder.put("robots.txt", feeds.robots(site))
            folder.put("feed.xml", feeds.merchant_feed(showcase, site, "id"))
            folder.put("feed-en.xml", feeds.merchant_feed(showcase, site, "en"))
            folder.put("products.tsv", feeds.merchant_tsv(showcase, site))
        if cancelled():
            raise Cancelled
        folder.finish()
    except BaseException:
        folder.abandon()
        raise
    zip_path = None
    if make_zip:
        zip_path = zip_path_for(out)
        folder.write_zip(zip_path)
    step()
    return WebsiteSummary(
        folder=out,
        products=len(showcase.products),
        pages=len(pages),
        photos=len(photos),
        files=len(folder.new),
        written=len(folder.written),
        unchanged=folder.unchanged,
        removed=len(folder.removed),
        zip_path=zip_path,
        base_url=base,
    )


def _logo(png: bytes | None) -> Logo | None:
    """Where the logo goes and its size; None without a logo (or with one Pillow cannot read)."""
    if not png:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(png)) as image:
            width, height = image.size
    except (OSError, UnidentifiedImageError):
        log.warning("The center's logo could not be read; the website goes without it")
        return None
    return Logo(addresses.LOGO, width, height)


def _write_photos(
    folder: SiteFolder, connection: sqlite3.Connection, photos: list[SitePhoto], failed: set[int]
) -> Iterator[None]:
    """Each photo's web copies, made only where the folder lacks them; yields once per photo.
    The ids of photos that could not be read or scaled are added to `failed`."""
    todo: list[tuple[SitePhoto, list[WebPhoto]]] = []
    for photo in photos:
        copies = widths(photo)
        if folder.keep([copy.file for copy in copies], source_key(photo)):
            yield
        else:
            todo.append((photo, copies))
    if not todo:
        return
    workers = max(1, min(4, os.cpu_count() or 1))
    with ThreadPoolExecutor(workers, thread_name_prefix="website-photos") as pool:
        for start in range(0, len(todo), BATCH):
            batch = todo[start : start + BATCH]
            futures: list[tuple[SitePhoto, list[WebPhoto], Future[list[bytes]] | None]] = []
            for photo, copies in batch:
                original = photo_bytes(connection, photo.id)
                future = pool.submit(scale, original, copies) if original is not None else None
                futures.append((photo, copies, future))
            for photo, copies, future in futures:
                try:
                    made = future.result() if future is not None else None
                except Exception:  # a damaged photo leaves the site, not the whole publish
                    log.warning(
                        "Photo %s could not be scaled for the website", photo.id, exc_info=True
                    )
                    made = None
                if made is None:
                    failed.add(photo.id)
                else:
                    for copy, data in zip(copies, made, strict=True):
                        folder.put(copy.file, data, source_key(photo))
                yield
