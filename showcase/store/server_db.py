"""Opening a showcase on a PostgreSQL server, and upgrading its schema.

The first program of a new version to connect upgrades the schema: under an advisory lock (two
PCs may start at once; the second waits, then finds the schema current), after a backup of the
showcase as an Etalase file in this PC's data folder (store/server_backup.py), in one
transaction, as the owner role. A schema newer than this program is refused before anything is
changed: "update Etalase on this PC".
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from showcase.errors import ServerError
from showcase.store.location import ServerLocation
from showcase.store.server_engine import (
    MIGRATION_LOCK,
    as_server_error,
    check_revision,
    connect,
    driver_schema_state,
    grant_rights,
    local_stand_in,
    make_server_engine,
    schema_state,
    take_owner_role,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from showcase.store.db import Database

log = logging.getLogger(__name__)


def open_server_database(location: ServerLocation, *, migrate: bool = True) -> Database:
    """Open the showcase at `location`, upgrading its schema first if it is older.

    An empty database gets the whole schema (that is what `server init` does). ServerError for
    everything a person can put right.

    The schema is checked on a plain psycopg connection, which then stays the Database's
    reading connection; SQLAlchemy (its engine and sessions, some 150 ms to load on the
    center's 2-core PCs) is loaded only when the showcase is first written to or upgraded, so
    a desk's window shows its first products without it, as on a file.
    """
    from showcase.store.db import SCHEMA_HEAD, Database

    connection = connect(location)
    try:
        revision, holds_tables = driver_schema_state(connection)
        connection.rollback()
    except Exception as exc:
        connection.close()
        raise as_server_error(exc, location) from exc
    if revision == SCHEMA_HEAD:
        return Database(local_stand_in(location), server=location, server_reader=connection)
    connection.close()
    check_revision(revision, holds_tables, location)
    if not migrate:
        raise ServerError(
            f"the showcase on {location.host}/{location.dbname} needs upgrading "
            "before it can be used",
            "needs-upgrade",
        )
    engine = make_server_engine(location)  # for the upgrade, and the sessions after it
    try:
        upgrade_server(engine, location)
    except Exception as exc:
        engine.dispose()
        raise as_server_error(exc, location) from exc
    return Database(local_stand_in(location), engine, server=location)


def upgrade_server(engine: Engine, location: ServerLocation) -> None:
    """Bring the schema up to date under the migration lock, after a backup if it holds data."""
    from sqlalchemy import text

    from showcase.store import migrations

    with engine.connect() as connection:
        connection.execute(text("SET statement_timeout = 0"))
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
        connection.commit()
        try:
            revision, holds_tables = schema_state(connection)
            connection.commit()
            from showcase.store.db import SCHEMA_HEAD

            if revision == SCHEMA_HEAD:
                return  # another PC upgraded it while this one waited for the lock
            check_revision(revision, holds_tables, location)
            if revision is not None:
                _backup_before_upgrade(engine, location)
            with connection.begin():
                take_owner_role(connection)
                migrations.upgrade_connection(connection)
                grant_rights(connection)
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
            connection.commit()


def _backup_before_upgrade(engine: Engine, location: ServerLocation) -> None:
    from showcase.store.server_backup import backup_server

    path = backup_server(engine, local_stand_in(location), reason="before-upgrade")
    log.info("Backed up %s before upgrading its schema: %s", location, path)
