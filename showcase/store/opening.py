"""Opening and backing up a showcase wherever it lives: a file (store/db.py, store/backup.py) or
a server (store/server_db.py, store/server_backup.py).

Nothing about servers is loaded for a file: the location is told apart by store/location.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from showcase.errors import UserError
from showcase.store.db import Database, open_database
from showcase.store.location import Location, ServerLocation, parse_location

if TYPE_CHECKING:
    from showcase.store.restore import RestoreResult


def open_showcase(location: Location | str, *, migrate: bool = True) -> Database:
    """Open the showcase at `location` (a path, a ServerLocation, or what --db takes), bringing
    its schema up to date. DatabaseFileError or ServerError for what a person can put right."""
    location = parse_location(location) if isinstance(location, str) else location
    if isinstance(location, ServerLocation):
        from showcase.store.server_db import open_server_database

        return open_server_database(location, migrate=migrate)
    return open_database(Path(location), migrate=migrate)


def backup_showcase(
    database: Database,
    *,
    reason: str,
    dest: Path | None = None,
    now: datetime | None = None,
) -> Path:
    """Back up the open showcase `database` as an Etalase file, into its backups folder
    (rotated) or into `dest`: through SQLite's backup API for a file, by a copy for a server
    (the backups folder is then in this PC's data folder). Returns the backup's path."""
    if database.server is not None:
        from showcase.store.server_backup import backup_server
        from showcase.store.server_errors import server_error

        try:
            return backup_server(database.engine, database.path, reason=reason, dest=dest, now=now)
        except UserError:
            raise
        except Exception as exc:  # the server gone, a login without the right: said in words
            known = server_error(exc, database.server)
            if known is None:
                raise
            raise known from exc
    from showcase.store.backup import backup_database

    return backup_database(database.engine, database.path, reason=reason, dest=dest, now=now)


def restore_showcase(
    database: Database,
    candidate: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the showcase `database` with the backup file `candidate`, after checking it and
    keeping the current data as a `before-restore` backup: the file's pages in one write
    transaction (store/restore.py), or a server's tables in one transaction
    (store/server_restore.py). `progress` gets (steps done, steps in all)."""
    if database.server is not None:
        from showcase.store.server_restore import restore_server

        return restore_server(
            database.engine, database.server, database.path, candidate, progress=progress, now=now
        )
    from showcase.store.restore import restore_database

    return restore_database(database.path, candidate, progress=progress, now=now)
