"""Opening and backing up a showcase wherever it lives: a file (store/db.py, store/backup.py) or
a server (store/server_db.py, store/server_backup.py).

Nothing about servers is loaded for a file: the location is told apart by store/location.py.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from showcase.store.db import Database, open_database
from showcase.store.location import Location, ServerLocation, parse_location


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

        return backup_server(database.engine, database.path, reason=reason, dest=dest, now=now)
    from showcase.store.backup import backup_database

    return backup_database(database.engine, database.path, reason=reason, dest=dest, now=now)
