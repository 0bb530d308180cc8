"""Restoring the showcase database from a backup (a damaged file is recognised in damage.py).

A candidate is checked completely before anything is replaced: it must be an SQLite file that
passes `PRAGMA integrity_check`, hold an Etalase schema, and have a revision this version knows
(an older one is migrated forward on a temporary copy; a newer one is refused). Only then is
the current file kept as a `before-restore` backup and the candidate written into it with
SQLite's backup API, in one write transaction: the staff window's and the kiosk's connections
see the new data (the kiosk through `PRAGMA data_version`), and a restore cut short (an error, a
power cut) is rolled back, leaving the current data as it was.

A current file that is damaged cannot be backed up; it is moved aside as
`<name>.damaged-YYYYMMDD-HHMMSS` (never deleted) and the candidate takes its place.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from showcase.errors import DatabaseFileError, UserError
from showcase.file_errors import SQLITE_HEADER, disk_error, refuse_odd_file, resolved
from showcase.i18n import translate
from showcase.store.backup import BackupInfo, backup_file, list_backups, sync_folder
from showcase.store.damage import find_damage, read_only
from showcase.store.db import BUSY_TIMEOUT_MS, configure_connection

log = logging.getLogger(__name__)

RESTORE_STEP_PAGES = 4096  # 16 MB a step with 4 KB pages: progress to report, and a way to stop
Progress = Callable[[int, int], None]  # (pages copied, pages in all); raising stops the restore


@dataclass(frozen=True)
class BackupCheck:
    """What a verified candidate holds."""

    revision: str  # its schema revision, before any migration
    products: int


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did, for the message staff see."""

    source: Path
    taken_at: datetime  # from the backup's name, else the file's modification time
    revision: str  # the backup's schema revision; migrated forward when not the newest
    migrated: bool
    products: int
    kept_as: Path | None  # the before-restore backup, or where the damaged file was moved

    @classmethod
    def of(
        cls,
        candidate: Path,
        check: BackupCheck,
        migrated: bool,
        products: int,
        kept_as: Path | None,
    ) -> RestoreResult:
        """What restoring the backup `candidate` (`check` is what it held) did."""
        taken_at = backup_taken_at(candidate)
        return cls(candidate, taken_at, check.revision, migrated, products, kept_as)


def _require_sqlite_file(path: Path) -> None:
    if not refuse_odd_file(path):
        raise DatabaseFileError(translate("Restore", "{path} does not exist").format(path=path))
    if path.is_dir():
        raise DatabaseFileError(
            translate("Restore", "{path} is a folder, not a backup file").format(path=path)
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseFileError(
            translate("Restore", "cannot read {path}: {why}").format(path=path, why=exc.strerror)
        ) from exc
    if not header:
        raise DatabaseFileError(translate("Restore", "{path} is empty").format(path=path))
    if header != SQLITE_HEADER:
        raise DatabaseFileError(
            translate("Restore", "{path} is not an Etalase backup (not an SQLite file)").format(
                path=path
            )
        )


def _verify(connection: sqlite3.Connection, shown: Path) -> BackupCheck:
    """Check an open candidate: intact, an Etalase database, a schema this version knows."""
    from showcase.store import migrations

    rows = connection.execute("PRAGMA integrity_check(5)").fetchall()
    if rows != [("ok",)]:
        raise DatabaseFileError(
            translate("Restore", "{path} is damaged ({problem})").format(
                path=shown, problem=rows[0][0]
            )
        )
    tables = {
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    if "alembic_version" not in tables:
        if tables:
            raise DatabaseFileError(
                translate(
                    "Restore", "{path} is not an Etalase backup (another program's data)"
                ).format(path=shown)
            )
        raise DatabaseFileError(
            translate("Restore", "{path} holds no showcase data (an empty database)").format(
                path=shown
            )
        )
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = str(row[0]) if row else ""
    if not migrations.is_known_revision(revision):
        raise DatabaseFileError(
            translate(
                "Restore",
                "{path} was made by a newer version of Etalase (schema {revision}); "
                "update Etalase on this PC to restore it",
            ).format(path=shown, revision=revision or "?")
        )
    products = 0
    if "product" in tables:
        products = int(connection.execute("SELECT count(*) FROM product").fetchone()[0])
    return BackupCheck(revision=revision, products=products)


def check_backup(candidate: Path) -> BackupCheck:
    """Verify `candidate` without changing it; DatabaseFileError says what is wrong with it."""
    _require_sqlite_file(candidate)
    try:
        connection = read_only(candidate)
        try:
            return _verify(connection, candidate)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseFileError(
            translate("Restore", "{path} is damaged or not a database ({problem})").format(
                path=candidate, problem=exc
            )
        ) from exc


def newest_good_backup(database: Path) -> BackupInfo | None:
    """The newest backup of `database` in its backups folder that passes `check_backup`."""
    for info in list_backups(database):
        try:
            check_backup(info.path)
        except UserError as exc:
            log.warning("Backup %s cannot be restored: %s", info.path, exc)
            continue
        return info
    return None


def backup_taken_at(path: Path) -> datetime:
    """When a backup was made: the date and time in its name, else the file's modification time."""
    match = re.search(r"(\d{8}-\d{6})", path.name)
    if match:
        try:
            return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime)


def restore_database(
    current_path: Path,
    candidate_path: Path,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the showcase at `current_path` with the backup at `candidate_path`.

    Raises DatabaseFileError (naming the file and what is wrong) and changes nothing when the
    candidate is not a good Etalase backup, or when `current_path` is another program's file.
    """
    _require_sqlite_file(Path(candidate_path).expanduser())  # a loop of links named as given
    current = resolved(Path(current_path).expanduser())
    candidate = resolved(Path(candidate_path).expanduser())
    moment = now or datetime.now()
    if candidate == current:
        raise UserError(
            translate("Restore", "{path} is the database itself, not a backup of it").format(
                path=candidate
            )
        )
    _require_sqlite_file(candidate)
    if current.is_dir():
        raise DatabaseFileError(
            translate("Restore", "{path} is a folder, not a database file").format(path=current)
        )
    if not current.parent.is_dir():
        raise DatabaseFileError(
            translate("Restore", "the folder {folder} does not exist").format(folder=current.parent)
        )
    _remove_stale_work(current.parent, moment)
    # Beside the database: the prepared copy is renamed into place on the same disk.
    with work_folder(current.parent) as folder:
        prepared = Path(folder) / "candidate.db"
        # The candidate first: a bad one must leave the current file untouched, not even read.
        check, migrated = _prepare(candidate, prepared)
        state = _current_state(current)
        if state == "healthy":
            kept_as: Path | None = backup_file(current, reason="before-restore", now=moment)
            _write_into_live(prepared, current, progress)
        else:  # missing, empty or damaged: nobody can be using it; the file takes its place
            kept_as = _move_aside(current, moment) if state == "damaged" else None
            _place(prepared, current)
    products = _count_products(current)
    log.info(
        "Restored %s (schema %s%s) into %s; %d products; the previous file is kept as %s",
        candidate,
        check.revision,
        ", migrated" if migrated else "",
        current,
        products,
        kept_as,
    )
    return RestoreResult.of(candidate, check, migrated, products, kept_as)


def work_folder(beside: Path) -> tempfile.TemporaryDirectory[str]:
    """A restore's working folder in `beside` (made if missing), removed when the restore ends;
    UserError naming `beside` when it cannot be written there."""
    try:
        beside.mkdir(parents=True, exist_ok=True)
        return tempfile.TemporaryDirectory(prefix=".etalase-restore-", dir=beside)
    except OSError as exc:
        raise UserError(
            translate("Restore", "cannot write in {folder}: {why}").format(
                folder=beside, why=exc.strerror
            )
        ) from exc


def _remove_stale_work(folder: Path, moment: datetime) -> None:
    """Remove the working folders of restores killed half-way (a power cut) over an hour ago:
    each holds a whole copy of a backup. A fresh one may belong to a restore running now."""
    for leftover in folder.glob(".etalase-restore-*"):
        try:
            if moment.timestamp() - leftover.stat().st_mtime > 3600:
                shutil.rmtree(leftover)
        except OSError as exc:
            log.warning("Could not remove the unfinished restore %s: %s", leftover, exc)


def _current_state(current: Path) -> str:
    """'missing', 'healthy' or 'damaged'; another program's file is refused here."""
    if not current.exists() or current.stat().st_size == 0:
        return "missing"
    if find_damage(current) is not None:
        return "damaged"
    try:
        with current.open("rb") as handle:
            is_sqlite = handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
        connection = read_only(current)
        try:
            names = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except (OSError, sqlite3.DatabaseError) as exc:
        raise DatabaseFileError(
            translate("Restore", "cannot read {path}: {why}").format(path=current, why=exc)
        ) from exc
    if not is_sqlite or ("alembic_version" not in names and names):
        raise DatabaseFileError(
            translate(
                "Restore",
                "{path} is not an Etalase database: a restore does not replace another "
                "program's file",
            ).format(path=current)
        )
    return "healthy"


def _prepare(candidate: Path, prepared: Path) -> tuple[BackupCheck, bool]:
    """Copy `candidate` to `prepared`, verify the copy and bring its schema up to date."""
    from showcase.store import migrations
    from showcase.store.db import SCHEMA_HEAD, make_engine

    try:
        source = read_only(candidate)
        try:
            target = sqlite3.connect(prepared)
            try:
                source.backup(target)
                check = _verify(target, candidate)
                # One self-contained file (no -wal) for the steps below.
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as exc:
        # The copy is written in a work folder beside the showcase: a full disk there is
        # named by the showcase's folder, and the (intact) backup is not called damaged.
        known = disk_error(exc, prepared.parent.parent)
        if known is not None:
            raise known from exc
        raise DatabaseFileError(
            translate("Restore", "{path} is damaged or not a database ({problem})").format(
                path=candidate, problem=exc
            )
        ) from exc
    migrated = check.revision != SCHEMA_HEAD
    if migrated:
        engine = make_engine(prepared)
        try:
            migrations.upgrade(engine)
        except Exception as exc:
            raise DatabaseFileError(
                translate(
                    "Restore", "{path} (schema {revision}) could not be brought up to date: {why}"
                ).format(path=candidate, revision=check.revision, why=exc)
            ) from exc
        finally:
            engine.dispose()
        connection = sqlite3.connect(prepared)
        try:
            connection.execute("PRAGMA journal_mode = DELETE")
        finally:
            connection.close()
    return check, migrated


def _write_into_live(prepared: Path, current: Path, progress: Progress | None) -> None:
    """Copy `prepared` into the live file with the backup API: one write transaction."""
    live = sqlite3.connect(current, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        configure_connection(live)
        source = sqlite3.connect(prepared)
        try:
            live_size = live.execute("PRAGMA page_size").fetchone()[0]
            if source.execute("PRAGMA page_size").fetchone()[0] != live_size:
                # A WAL database cannot change its page size; make the copy's match instead.
                source.execute(f"PRAGMA page_size = {int(live_size)}")
                source.execute("VACUUM")

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            source.backup(live, pages=RESTORE_STEP_PAGES, progress=report, sleep=0)
        finally:
            source.close()
        rows = live.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:  # cannot happen with a verified copy, unless the disk lies
            raise DatabaseFileError(
                translate(
                    "Restore", "{path} failed its check after the restore ({problem})"
                ).format(path=current, problem=rows[0][0])
            )
    except sqlite3.Error as exc:
        raise DatabaseFileError(
            translate("Restore", "cannot write {path}: {why}").format(path=current, why=exc)
        ) from exc
    finally:
        live.close()


def damaged_name(current: Path, moment: datetime) -> Path:
    """Where a damaged database file is moved aside: `etalase.db.damaged-YYYYMMDD-HHMMSS`."""
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    aside = current.with_name(f"{current.name}.damaged-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = current.with_name(f"{current.name}.damaged-{stamp}-{number}")
    return aside


def _move_aside(current: Path, moment: datetime) -> Path:
    """Rename the damaged file, and its -wal and -shm (SQLite would read them into the restored
    file), out of the way. Nothing is deleted: a specialist may still rescue rows from it."""
    aside = damaged_name(current, moment)
    try:  # the file first: if that fails (open elsewhere, on Windows), nothing has moved
        current.replace(aside)
    except OSError as exc:
        raise UserError(
            translate(
                "Restore", "cannot move the damaged {path} aside ({why}); is it open elsewhere?"
            ).format(path=current, why=exc.strerror)
        ) from exc
    for suffix in ("-wal", "-shm"):
        companion = current.with_name(current.name + suffix)
        try:
            if companion.exists():
                companion.replace(aside.with_name(aside.name + suffix))
        except OSError as exc:  # _place moves what is left out of the way, as an orphan
            log.warning("Could not move %s aside: %s", companion, exc)
    log.warning("Moved the damaged database %s aside as %s", current, aside)
    return aside


def _place(prepared: Path, current: Path) -> None:
    """Put the verified copy where no database is (missing, or moved aside)."""
    try:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for suffix in ("-wal", "-shm"):  # leftovers with no database: never pair them up
            companion = current.with_name(current.name + suffix)
            if companion.exists():
                companion.replace(current.with_name(f"{current.name}.orphan-{stamp}{suffix}"))
        with prepared.open("rb+") as handle:
            os.fsync(handle.fileno())
        prepared.replace(current)
        sync_folder(current.parent)
    except OSError as exc:
        raise UserError(
            translate("Restore", "cannot write {path}: {why}").format(
                path=current, why=exc.strerror
            )
        ) from exc


def _count_products(path: Path) -> int:
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        return int(connection.execute("SELECT count(*) FROM product").fetchone()[0])
    finally:
        connection.close()
