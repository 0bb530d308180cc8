"""The `backup` and `restore` commands, and what the command line says about a damaged database
(wired into cli.py's parser, _run, _staff_window and main).

    etalase [--db FILE] backup [DEST]      a consistent copy (SQLite backup API)
    etalase [--db FILE] backup --list      the backups in the backups folder, newest first
    etalase [--db FILE] restore SRC        check SRC, keep the current data as a backup, restore

A restore checks the backup completely before it touches anything; a mistake (a damaged,
foreign, newer or missing file) ends with one line, exit status 2, and the current database
byte for byte as it was.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from showcase.cli import EXIT_OK, _require_existing, translate
from showcase.errors import DatabaseFileError, UserError


def add_parsers(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add `backup` and `restore` through cli.py's `command(name, summary)`."""
    backup = command("backup", translate("Cli", "write a backup copy of the database"))
    backup.add_argument(
        "dest",
        metavar="DEST",
        nargs="?",
        help=translate(
            "Cli",
            "a folder (a dated file is made in it) or a new file name; "
            "default: the backups folder beside the database",
        ),
    )
    backup.add_argument(
        "--list",
        action="store_true",
        help=translate("Cli", "list the backups in the backups folder, newest first"),
    )
    restore = command(
        "restore",
        translate(
            "Cli",
            "replace the database with a backup, after checking it; the current data is "
            "kept as a backup first",
        ),
    )
    restore.add_argument("source", metavar="SRC", help=translate("Cli", "the backup file"))


def backup_command(path: Path, dest_arg: str | None, *, list_only: bool = False) -> int:
    from showcase.store.backup import backup_database, list_backups
    from showcase.store.db import make_engine, read_revision

    if list_only:
        if dest_arg is not None:
            raise UserError(translate("Cli", "backup --list takes no DEST"))
        for info in list_backups(path.resolve()):
            print(
                f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.reason:<14}  "
                f"{info.size / 1_000_000:8.1f} MB  {info.path}"
            )
        return EXIT_OK
    # Not open_database: a backup must not migrate (or otherwise change) the file it copies,
    # and an older or newer Etalase's file is worth backing up too.
    _require_existing(path)
    read_revision(path.resolve())  # refuses damaged files and other programs' databases
    dest = _backup_destination(dest_arg)
    engine = make_engine(path.resolve())
    try:
        written = backup_database(engine, path.resolve(), reason="manual", dest=dest)
    finally:
        engine.dispose()
    print(written)  # the path alone, so that scripts can use it
    return EXIT_OK


def _backup_destination(dest_arg: str | None) -> Path | None:
    """Where `backup DEST` writes: None for the backups folder, a folder, or a new file."""
    if dest_arg is None:
        return None
    dest = Path(dest_arg).expanduser()
    if dest.is_dir():
        return dest
    if dest.exists():
        raise UserError(
            translate("Cli", "{dest} already exists: a backup never overwrites a file").format(
                dest=dest
            )
        )
    # A missing folder is refused rather than made: a typo, or a USB stick that is not
    # mounted, must not quietly put the backup somewhere else.
    folder = dest if dest_arg.endswith(("/", os.sep)) else dest.parent
    if not folder.is_dir():
        raise UserError(
            translate("Cli", "the folder {folder} does not exist").format(folder=folder)
        )
    return dest


def restore_command(path: Path, source_arg: str) -> int:
    """Restore the backup `source_arg` into the database at `path` (made if it is missing)."""
    from showcase.cli import _make_folder
    from showcase.paths import default_database_path
    from showcase.store.restore import check_backup, restore_database

    if not source_arg.strip():
        raise UserError(translate("Cli", "restore needs the name of a backup file"))
    source = Path(source_arg).expanduser()
    if path == default_database_path() and not path.parent.exists():
        # A new PC: the showcase comes from a backup on a USB stick before the first start.
        check_backup(source)  # a wrong file must not leave an empty data folder behind
        _make_folder(path.parent)
    result = restore_database(path, source)
    products = (
        translate("Cli", "1 product")
        if result.products == 1
        else translate("Cli", "{count} products").format(count=result.products)
    )
    line = translate("Cli", "Restored {source} (a backup of {when}): {products}").format(
        source=result.source, when=f"{result.taken_at:%Y-%m-%d %H:%M}", products=products
    )
    if result.migrated:
        line += translate("Cli", ", brought up to date from schema {revision}").format(
            revision=result.revision
        )
    if result.kept_as is not None:
        line += translate("Cli", "; the previous file is kept as {kept}").format(
            kept=result.kept_as
        )
    print(line)
    return EXIT_OK


def damage_hint(path: Path | None, command: str | None, error: BaseException) -> str:
    """For the message about `error`: if it came from a damaged database file at `path`, what
    to do (the newest good backup and the restore command that puts it back), else ""."""
    from showcase.store.damage import find_damage
    from showcase.store.restore import newest_good_backup

    if path is None or command == "restore":
        return ""
    if isinstance(error, UserError) and not isinstance(error, DatabaseFileError):
        return ""  # a mistake in the command, not in the file
    try:
        resolved = path.resolve()
        if find_damage(resolved) is None:
            return ""
        good = newest_good_backup(resolved)
    except OSError:
        return ""
    if good is None:
        return translate("Cli", "; no good backup of it was found in {folder}").format(
            folder=resolved.parent / "backups"
        )
    return translate(
        "Cli",
        "; the newest good backup is {backup} ({when}): restore it with "
        'etalase --db "{path}" restore "{backup}"',
    ).format(backup=good.path, when=f"{good.taken_at:%Y-%m-%d %H:%M}", path=resolved)


def recover_if_damaged(path: Path) -> None:
    """Before the staff window opens `path`: if the file is damaged, offer the newest good
    backup in a dialog. Raises DatabaseFileError if staff choose to quit instead."""
    from showcase.store.damage import find_damage

    resolved = path.expanduser().resolve()
    # The cheap part only: the whole check waits until the window is shown (daily_backup.py).
    problem = find_damage(resolved, thorough=False)
    if problem is None:
        return
    from showcase.ui.staff.data.damaged import offer_restore

    if offer_restore(resolved, problem) is None:
        raise DatabaseFileError(
            translate("Cli", "{path} is damaged ({problem}); nothing was restored").format(
                path=resolved, problem=problem
            )
        )
