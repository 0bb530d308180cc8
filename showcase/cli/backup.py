"""The `backup` and `restore` commands.

    etalase [--db FILE] backup [DEST]      a consistent copy (SQLite backup API)
    etalase [--db FILE] backup --list      the backups in the backups folder, newest first
    etalase [--db FILE] restore SRC        check SRC, keep the current data as a backup, restore

With `--db postgresql://…` a backup is an Etalase file all the same, its backups folder is in
this PC's data folder, and a restore replaces the server's showcase in one transaction.

A restore checks the backup completely before it touches anything; a mistake (a damaged,
foreign, newer or missing file) ends with one line, exit status 2, and the current database
byte for byte as it was.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from showcase.cli.common import (
    EXIT_OK,
    Commands,
    Target,
    make_folder,
    require_existing,
    say,
)
from showcase.errors import UserError
from showcase.file_errors import refuse_odd_file, resolved
from showcase.i18n import translate

if TYPE_CHECKING:
    from showcase.store.restore import RestoreResult


def register(commands: Commands) -> None:
    backup = commands.add(
        "backup", translate("Cli", "write a backup copy of the database"), _backup
    )
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
    restore = commands.add(
        "restore",
        translate(
            "Cli",
            "replace the database with a backup, after checking it; the current data is "
            "kept as a backup first",
        ),
        _restore,
    )
    restore.add_argument("source", metavar="SRC", help=translate("Cli", "the backup file"))


def _backup(args: argparse.Namespace, target: Target) -> int:
    if target.server is not None and not args.list:
        return _backup_server(target, args.dest)
    return backup_command(target.path, args.dest, list_only=args.list)


def _restore(args: argparse.Namespace, target: Target) -> int:
    if target.server is not None:
        return _restore_server(target, args.source)
    return restore_command(target.path, args.source)


def _restore_server(target: Target, source_arg: str) -> int:
    """Restore a backup file onto a server showcase: checked first, the current data kept as a
    backup in this PC's data folder, then every table replaced in one transaction."""
    from showcase.store.opening import open_showcase, restore_showcase

    assert target.server is not None
    if not source_arg.strip():
        raise UserError(translate("Cli", "restore needs the name of a backup file"))
    database = open_showcase(target.server)
    try:
        result = restore_showcase(database, Path(source_arg).expanduser())
    finally:
        database.close()
    print(_restored_line(result))
    return EXIT_OK


def _backup_server(target: Target, dest_arg: str | None) -> int:
    """A backup of a server showcase: an Etalase file, made by a copy (not migrated first)."""
    from showcase.store.server_backup import backup_server
    from showcase.store.server_engine import as_server_error, make_server_engine

    assert target.server is not None
    dest = _backup_destination(dest_arg)
    engine = make_server_engine(target.server)
    try:
        written = backup_server(engine, target.path, reason="manual", dest=dest)
    except Exception as exc:
        raise as_server_error(exc, target.server) from exc
    finally:
        engine.dispose()
    print(written)
    return EXIT_OK


def backup_command(path: Path, dest_arg: str | None, *, list_only: bool = False) -> int:
    from showcase.store.backup import backup_database, backups_folder, list_backups
    from showcase.store.db import make_engine, read_revision

    if list_only:
        if dest_arg is not None:
            raise UserError(translate("Cli", "backup --list takes no DEST"))
        found = list_backups(resolved(path))
        for info in found:
            print(
                f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.reason:<14}  "
                f"{info.size / 1_000_000:8.1f} MB  {info.path}"
            )
        if not found:  # on stderr: the list on stdout stays one backup a line for scripts
            say(
                translate("Cli", "There are no backups of {name} in {folder}").format(
                    name=path.name, folder=backups_folder(resolved(path))
                )
            )
        return EXIT_OK
    # Not open_database: a backup must not migrate (or otherwise change) the file it copies,
    # and an older or newer Etalase's file is worth backing up too.
    require_existing(path)
    path = resolved(path)
    read_revision(path)  # refuses damaged files and other programs' databases
    dest = _backup_destination(dest_arg)
    engine = make_engine(path)
    try:
        written = backup_database(engine, path, reason="manual", dest=dest)
    finally:
        engine.dispose()
    print(written)  # the path alone, so that scripts can use it
    return EXIT_OK


def _backup_destination(dest_arg: str | None) -> Path | None:
    """Where `backup DEST` writes: None for the backups folder, a folder, or a new file."""
    if dest_arg is None:
        return None
    dest = Path(dest_arg).expanduser()
    refuse_odd_file(dest)  # a loop of links, a name too long, a pipe: said as such
    if dest.is_dir():
        return dest
    if os.path.lexists(dest):  # a file, or a link to nowhere
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
    from showcase.paths import default_database_path
    from showcase.store.restore import check_backup, restore_database

    if not source_arg.strip():
        raise UserError(translate("Cli", "restore needs the name of a backup file"))
    source = Path(source_arg).expanduser()
    if path == default_database_path() and not path.parent.exists():
        # A new PC: the showcase comes from a backup on a USB stick before the first start.
        check_backup(source)  # a wrong file must not leave an empty data folder behind
        make_folder(path.parent)
    result = restore_database(path, source)
    print(_restored_line(result))
    return EXIT_OK


def _restored_line(result: RestoreResult) -> str:
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
    return line
