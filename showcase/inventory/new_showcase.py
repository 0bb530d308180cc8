"""Making a new showcase file: the demo showcase, or an empty one for a real center.

The first start of the staff window asks which (showcase.ui.first_run); the kiosk and the
command line make the demo. Either way the file is built under another name and renamed only
when complete, so a first start that is cut short (a power cut, a full disk) leaves no file
and the next start simply asks again.

An empty showcase is not a blank one: it gets the center's name and the standard categories
of Lampung's flagship products (coffee, spices, snacks, tapis…), because a clerk who starts
empty still needs categories before the first product can be filed, and these are the ones the
center shows. They are the center's own (not marked as demo data), so clearing demo data never
takes them; an unwanted one is deleted in Data → Categories. The 15 kabupaten/kota are fixed in
the program (inventory/regions.py) and need nothing stored.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from showcase.errors import DatabaseFileError, ValidationError
from showcase.i18n import translate
from showcase.inventory.demo import showcase as demo_showcase
from showcase.inventory.demo.data import CATEGORIES
from showcase.inventory.kiosk.settings import DEFAULT_CENTER_NAME, MAX_CENTER_NAME
from showcase.inventory.producers import CategoryInput, create_category
from showcase.inventory.setting_keys import CENTER_NAME_SETTING
from showcase.inventory.settings import set_setting
from showcase.store.db import Database, check_database_file, open_database

__all__ = [
    "DEFAULT_CENTER_NAME",
    "MAX_CENTER_NAME",
    "NewShowcase",
    "check_center_name",
    "create_showcase_file",
    "prepare_folder",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NewShowcase:
    """What a new showcase file starts with: the demo or nothing, and the center's name.

    `center_name` None leaves the name unset (the kiosk then shows DEFAULT_CENTER_NAME).
    """

    demo: bool
    center_name: str | None = None


def check_center_name(text: str) -> str:
    """The center's name as stored (spaces trimmed and collapsed, as the kiosk settings do).

    Raises ValidationError({"center_name": …}) when it is empty or longer than the kiosk shows.
    """
    name = " ".join(text.split())
    if not name:
        raise ValidationError(
            {"center_name": translate("NewShowcase", "The center's name is required")}
        )
    if len(name) > MAX_CENTER_NAME:
        raise ValidationError(
            {
                "center_name": translate(
                    "NewShowcase", "The name is too long: {n} characters, at most {max}"
                ).format(n=len(name), max=MAX_CENTER_NAME)
            }
        )
    return name


def prepare_folder(path: Path, *, make: bool) -> None:
    """Check, before anything is asked or written, that a new file can be made at `path`.

    The default file's folder (the user data folder) is made when `make`; a folder named by
    the user must exist already (a typo must not quietly make folders). DatabaseFileError names
    what is wrong.
    """
    if make:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseFileError(
                translate("NewShowcase", "cannot make the folder {folder}: {why}").format(
                    folder=path.parent, why=exc.strerror or exc
                )
            ) from exc
    check_database_file(path)


def create_showcase_file(
    path: Path, new: NewShowcase, *, fill: Callable[[Session], object] | None = None
) -> Database:
    """Make the showcase file `path` (which must not exist) as `new` says, and open it.

    Built as `path.new` and renamed when complete: the file is there whole or not at all.
    `fill` adds to it in the same transaction (the command line's import into a new file):
    whatever it raises leaves no file. Raises DatabaseFileError for a folder that cannot be
    written.
    """
    prepare_folder(path, make=False)
    if path.exists():
        raise _made_meanwhile(path)
    fresh = path.with_name(path.name + ".new")
    _remove_sqlite_files(fresh)  # what a first start that was cut short left
    database = open_database(fresh)
    try:
        with database.session() as session:
            summary = demo_showcase.build_demo(session, seed=1) if new.demo else None
            if not new.demo:
                _add_standard_categories(session)
            if new.center_name is not None:
                set_setting(session, CENTER_NAME_SETTING, check_center_name(new.center_name))
            if fill is not None:
                session.flush()
                fill(session)
        # Fold the WAL into the file, so the one file renamed below holds everything.
        raw = database.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()
    except BaseException:
        database.close()
        _remove_sqlite_files(fresh)
        raise
    database.close()
    wal = fresh.with_name(fresh.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        _remove_sqlite_files(fresh)
        raise RuntimeError(f"{wal} still holds changes after a checkpoint")
    _remove_sqlite_files(fresh, keep_main=True)
    _move_without_replacing(fresh, path)
    log.info(
        "Made %s: %s, center name %r",
        path,
        summary if summary is not None else "an empty showcase",
        new.center_name,
    )
    return open_database(path)


def _add_standard_categories(session: Session) -> None:
    """The categories the demo uses, as the center's own (not marked as demo data)."""
    for item in CATEGORIES:
        create_category(session, CategoryInput(item.name_id, item.name_en, icon=item.icon))


def _made_meanwhile(path: Path) -> DatabaseFileError:
    return DatabaseFileError(
        translate(
            "NewShowcase",
            "{path} was made meanwhile (by the kiosk or another Etalase); start Etalase again "
            "to open it",
        ).format(path=path)
    )


def _move_without_replacing(fresh: Path, path: Path) -> None:
    """Rename the finished file to `path`, never over a file that appeared there meanwhile
    (the kiosk's first start may make the default file while staff answer the question)."""
    try:
        os.link(fresh, path)  # fails if `path` exists, atomically
    except FileExistsError:
        _remove_sqlite_files(fresh)
        raise _made_meanwhile(path) from None
    except OSError:  # no hard links on this disk (a FAT USB stick): check, then rename
        if path.exists():
            _remove_sqlite_files(fresh)
            raise _made_meanwhile(path) from None
        fresh.rename(path)
        return
    fresh.unlink()


def _remove_sqlite_files(path: Path, *, keep_main: bool = False) -> None:
    suffixes = ("-wal", "-shm", "-journal") if keep_main else ("", "-wal", "-shm", "-journal")
    for suffix in suffixes:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
