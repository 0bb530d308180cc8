"""Backups of a showcase on a PostgreSQL server: an Etalase SQLite file, written by a copy
(store/copy.py) and named and rotated like the backups of a file, in the data folder of the PC
that makes them (beside the server's stand-in path, server_engine.local_stand_in). Such a
backup opens on any PC, and restores with `restore` or `copy`; no pg_dump is needed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from showcase.errors import UserError

if TYPE_CHECKING:
    from sqlalchemy import Engine


def backup_server(
    engine: Engine,
    stand_in: Path,
    *,
    reason: str,
    dest: Path | None = None,
    now: datetime | None = None,
) -> Path:
    """Back up the server showcase behind `engine` as an Etalase file, like backup_database:
    into this PC's backups folder for the server (rotated), or into `dest`."""
    from sqlalchemy import text

    from showcase.store.backup import _unused, backups_folder, rotate_backups
    from showcase.store.copy import copy_into_file
    from showcase.store.server_engine import schema_state

    moment = now or datetime.now()
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    rotate = dest is None
    if dest is None:
        dest = _unused(backups_folder(stand_in) / f"{stand_in.stem}-{stamp}-{reason}.db")
    elif dest.is_dir():
        dest = _unused(dest / f"{stand_in.stem}-{stamp}.db")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot make the folder {dest.parent}: {exc.strerror}") from exc
    with engine.connect() as connection:
        connection.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
        connection.execute(text("SET LOCAL statement_timeout = 0"))
        revision, _tables_held = schema_state(connection)
        copy_into_file(connection, dest, replace=True, revision=revision or "head")
        connection.rollback()
    if rotate:
        rotate_backups(stand_in, now=moment)
    return dest
