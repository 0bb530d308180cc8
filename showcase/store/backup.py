"""Backups with SQLite's online backup API (a plain file copy would miss the `-wal` file), and
their rotation in the `backups` folder beside the database.

Automatic backups are named `<stem>-YYYYMMDD-HHMMSS-<reason>.db` (a `-2`, `-3` … is added when
two fall in the same second). Rotation keeps, in the backups folder:

- daily backups (reason `daily`): the newest of each of the 7 newest days that have one, plus
  the newest of each of the 4 newest ISO weeks that have one (a backup may count for both);
- safety backups: the 5 newest of each reason `before-upgrade`, `before-import`,
  `before-restore` and `before-clear-demo`;
- `manual` backups (File → Back up now, or `backup` without DEST): all of them, never deleted,
  because someone asked for each one.

Rotation deletes only files whose whole name matches that pattern for this database's stem,
with one of those reasons, so nothing else in the folder (no other database's backups, no
backup of a reason it does not know) is ever touched. A backup
written to a destination the user chose (`backup DEST`) is never rotated.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from showcase.errors import DatabaseFileError, UserError
from showcase.file_errors import disk_error, file_error, resolved
from showcase.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

KEEP_DAILY_DAYS = 7
KEEP_WEEKLY_WEEKS = 4
KEEP_SAFETY = 5
DAILY = "daily"
MANUAL = "manual"
SAFETY_REASONS = ("before-upgrade", "before-import", "before-restore", "before-clear-demo")
REASONS = (DAILY, MANUAL, *SAFETY_REASONS)
# A `.partial` file older than this was left by a backup that was cut short (power cut).
STALE_PARTIAL = timedelta(days=1)


@dataclass(frozen=True)
class BackupInfo:
    """One backup in the backups folder, as the restore list and `backup --list` show it."""

    path: Path
    taken_at: datetime  # local time, from the name
    reason: str
    size: int  # bytes


def backups_folder(database: Path) -> Path:
    """Where automatic backups of `database` go: a `backups` folder beside the file."""
    return database.parent / "backups"


def _name_pattern(database: Path) -> re.Pattern[str]:
    # Any reason word is listed (a newer Etalase may add one); rotation deletes known ones only.
    return re.compile(
        rf"{re.escape(database.stem)}-(\d{{8}}-\d{{6}})-([a-z]+(?:-[a-z]+)*)(?:-\d+)?\.db",
        re.IGNORECASE,
    )


def parse_backup_name(database: Path, name: str) -> tuple[datetime, str] | None:
    """(when, reason) from an automatic backup's file name, or None if it is not one of ours."""
    match = _name_pattern(database).fullmatch(name)
    if match is None:
        return None
    try:
        taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    except ValueError:  # 20261340-…: looks like ours, but no real date
        return None
    return taken, match.group(2).lower()


def list_backups(database: Path) -> list[BackupInfo]:
    """The automatic and manual backups of `database` in its backups folder, newest first."""
    folder = backups_folder(database)
    found: list[tuple[BackupInfo, int]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:  # no folder yet (no backup made), or unreadable
        return []
    for entry in entries:
        parsed = parse_backup_name(database, entry.name)
        if parsed is None:
            continue
        try:
            if not entry.is_file():
                continue
            stat = entry.stat()
        except OSError:
            continue
        info = BackupInfo(path=entry, taken_at=parsed[0], reason=parsed[1], size=stat.st_size)
        found.append((info, stat.st_mtime_ns))
    # Two backups within one second (a daily one, then one before a restore): the later written
    # comes first.
    found.sort(key=lambda pair: (pair[0].taken_at, pair[1], pair[0].path.name), reverse=True)
    return [info for info, _ in found]


def backups_to_remove(backups: list[BackupInfo]) -> list[BackupInfo]:
    """Which of `backups` (of one database) rotation deletes; see the module docstring."""
    newest_first = sorted(backups, key=lambda info: (info.taken_at, info.path.name), reverse=True)
    keep: set[Path] = set()
    daily = [info for info in newest_first if info.reason == DAILY]
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for info in daily:  # newest first: the first seen of a day (or week) is its newest
        day = info.taken_at.date()
        if day not in days and len(days) < KEEP_DAILY_DAYS:
            keep.add(info.path)
        days.add(day)
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY_WEEKS:
            keep.add(info.path)
        weeks.add(week)
    for reason in SAFETY_REASONS:
        keep.update([info.path for info in newest_first if info.reason == reason][:KEEP_SAFETY])
    keep.update(info.path for info in newest_first if info.reason == MANUAL)
    return [info for info in newest_first if info.path not in keep and info.reason in REASONS]


def rotate_backups(database: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the automatic backups that rotation no longer keeps, and `.partial` files left by
    backups cut short more than a day ago. Returns what was deleted; a file that cannot be
    deleted is logged and left."""
    removed: list[Path] = []
    for info in backups_to_remove(list_backups(database)):
        try:
            info.path.unlink()
        except OSError as exc:
            log.warning("Could not delete the old backup %s: %s", info.path, exc)
            continue
        removed.append(info.path)
    moment = now or datetime.now()
    try:
        leftovers = list(backups_folder(database).glob("*.db.partial*"))
    except OSError:
        leftovers = []
    for leftover in leftovers:
        name = leftover.name.split(".partial", 1)[0]
        if parse_backup_name(database, name) is None:
            continue
        try:
            if moment - datetime.fromtimestamp(leftover.stat().st_mtime) > STALE_PARTIAL:
                leftover.unlink()
                removed.append(leftover)
        except OSError as exc:
            log.warning("Could not delete the unfinished backup %s: %s", leftover, exc)
    if removed:
        log.info("Backup rotation deleted %s", ", ".join(path.name for path in removed))
    return removed


def has_backup_on(database: Path, day: date, reason: str = DAILY) -> bool:
    """Whether the backups folder holds a backup of `reason` taken on `day`."""
    return any(
        info.reason == reason and info.taken_at.date() == day for info in list_backups(database)
    )


def backup_database(
    engine: Engine,
    database: Path,
    *,
    reason: str,
    dest: Path | None = None,
    now: datetime | None = None,
) -> Path:
    """Write a consistent copy of the database to `dest` (or the backups folder) and return its path.

    Copied through a connection of `engine`; see `backup_file` for the rest.
    """
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        return _backup_from(source, database, reason=reason, dest=dest, now=now)
    finally:
        raw.close()


def backup_file(
    database: Path, *, reason: str, dest: Path | None = None, now: datetime | None = None
) -> Path:
    """Like `backup_database`, through a connection of its own: usable from a worker thread,
    and on a file that another connection (the staff window, the kiosk) is writing meanwhile.

    A backup into the backups folder is named with the date, time and `reason`, and the folder
    is rotated afterwards. The copy is written to a temporary name and renamed when complete,
    so a backup that is interrupted never looks like a good one.
    """
    try:
        # Read-only: a backup must never change the file it copies (nor make it a database).
        source = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        raise UserError(
            translate("Backup", "cannot read {path}: {why}").format(path=database, why=exc)
        ) from exc
    try:
        return _backup_from(source, database, reason=reason, dest=dest, now=now)
    finally:
        source.close()


def _backup_from(
    source: sqlite3.Connection,
    database: Path,
    *,
    reason: str,
    dest: Path | None,
    now: datetime | None,
) -> Path:
    moment = now or datetime.now()
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    rotate = dest is None
    if dest is None:
        dest = _unused(backups_folder(database) / f"{database.stem}-{stamp}-{reason}.db")
    elif dest.is_dir():
        dest = _unused(dest / f"{database.stem}-{stamp}.db")
    if resolved(dest) == resolved(database):
        raise UserError(translate("Backup", "a backup cannot be written over the database itself"))
    made = _missing_folders(dest.parent)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise file_error(exc, dest.parent) from exc
    try:
        _write_copy(source, database, dest)
    except BaseException:
        for folder in made:  # a refused copy leaves no empty backups folder behind either
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    if rotate:
        rotate_backups(database, now=moment)
    return dest


def _missing_folders(folder: Path) -> list[Path]:
    """The folders of `folder`'s path that are not there yet, innermost first."""
    missing = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    return missing


def _write_copy(source: sqlite3.Connection, database: Path, dest: Path) -> None:
    """Make `dest` a complete copy of `source` through a `.partial` file renamed when complete.

    The copy is checked (`PRAGMA quick_check`) before it gets its name: a damaged database
    gives a damaged copy, and one kept as a daily backup would push the good ones out of the
    rotation. A UserError names `dest` (a full or write-protected disk in those words); a
    DatabaseFileError names a damaged `database`. Nothing is left of a copy that failed.
    """
    partial = dest.with_name(dest.name + ".partial")
    try:  # what a backup that was cut short left: SQLite would take up its journal
        _remove_partial(partial)
    except OSError as exc:
        raise _cannot_write(dest, exc) from exc
    try:
        target = sqlite3.connect(partial)
        try:
            try:
                source.backup(target)
                rows = target.execute("PRAGMA quick_check(3)").fetchall()
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError):
                    raise  # the disk, not the data
                rows = [(str(exc),)]
            if rows != [("ok",)]:
                raise DatabaseFileError(
                    translate(
                        "Backup", "{path} is damaged ({problem}): no backup was made of it"
                    ).format(path=database, problem="; ".join(str(r[0]) for r in rows))
                )
            # The copy carries the source's WAL mode; a backup is one self-contained file that
            # can be opened read-only (WAL mode would need -wal and -shm files beside it).
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        partial.replace(dest)
        sync_folder(dest.parent)
    except DatabaseFileError:
        _remove_partial(partial, quietly=True)
        raise
    except (sqlite3.Error, OSError) as exc:  # a full disk, a USB stick pulled out
        _remove_partial(partial, quietly=True)
        raise _cannot_write(dest, exc) from exc


def _remove_partial(partial: Path, *, quietly: bool = False) -> None:
    """Remove an unfinished copy and what SQLite keeps beside it (its journal: a copy that
    failed on a full disk leaves one)."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        except OSError:
            if not quietly:
                raise


def _cannot_write(dest: Path, exc: sqlite3.Error | OSError) -> UserError:
    """The backup `dest` could not be written: why, in words (a full disk says so)."""
    known = disk_error(exc, dest)
    if known is not None:
        return known
    why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
    return UserError(
        translate("Backup", "cannot write the backup {path}: {why}").format(path=dest, why=why)
    )


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk, where the system allows it (not Windows)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _unused(path: Path) -> Path:
    """`path`, or `name-2.db`, `name-3.db` … if taken: a dated name is per second, and a second
    backup within the same second must not replace the first."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate
