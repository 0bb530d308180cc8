"""Restoring a showcase on a PostgreSQL server from a backup, which is an Etalase file.

The candidate is checked as for a file (store/restore.py: an intact SQLite file with an Etalase
schema this version knows, an older one brought up to date on a temporary copy) before the
server is touched. Then the showcase on the server is kept as a `before-restore` backup in this
PC's data folder (store/server_backup.py), and replaced in one transaction, as the tables' owner:
every table emptied (TRUNCATE: the change history refuses row deletes, and is replaced along with
the rest, as a file's restore replaces it) and filled from the candidate (store/copy.py). A
restore cut short (an error, the server gone) rolls back and leaves the showcase as it was.

The kiosks follow: emptying and filling the tables advances the change counter and sends the
change notification, as any edit does. The kiosks' own status rows are the server's, not the
showcase's, and are kept.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from showcase.errors import ServerError, UserError
from showcase.i18n import translate
from showcase.store.location import ServerLocation

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from showcase.store.restore import RestoreResult

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (tables written, tables in all)
KEPT_TABLES = ("kiosk_status",)  # the kiosks' presence on this server, not the showcase's data


def restore_server(
    engine: Engine,
    location: ServerLocation,
    stand_in: Path,
    candidate_path: Path,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> RestoreResult:
    """Replace the showcase on the server behind `engine` with the backup at `candidate_path`.

    DatabaseFileError (the server untouched) when the candidate is no good Etalase backup;
    ServerError for the server's problems (unreachable, no right, a schema of another version).
    """
    from showcase.store.restore import (
        RestoreResult,
        _prepare,
        _require_sqlite_file,
        work_folder,
    )
    from showcase.store.server_backup import backup_server
    from showcase.store.server_errors import server_error

    candidate = Path(candidate_path).expanduser().resolve()
    moment = now or datetime.now()
    _require_sqlite_file(candidate)
    with work_folder(stand_in.parent) as folder:
        prepared = Path(folder) / "candidate.db"
        check, migrated = _prepare(candidate, prepared)
        try:
            kept_as = backup_server(engine, stand_in, reason="before-restore", now=moment)
            products = _write_into_server(engine, location, prepared, progress)
        except UserError:
            raise
        except Exception as exc:
            known = server_error(exc, location)
            if known is None:
                raise
            raise known from exc
    return RestoreResult.of(candidate, check, migrated, products, kept_as)


def _write_into_server(
    engine: Engine, location: ServerLocation, prepared: Path, progress: Progress | None
) -> int:
    """Empty the showcase's tables and copy `prepared` into them, in one transaction."""
    from sqlalchemy import func, select, text

    from showcase.store.copy import copy_rows
    from showcase.store.db import SCHEMA_HEAD, make_engine
    from showcase.store.models import Base, Product
    from showcase.store.product_order import order_products
    from showcase.store.server_engine import MIGRATION_LOCK, schema_state, take_owner_role

    tables = [table for table in Base.metadata.sorted_tables if table.name not in KEPT_TABLES]
    source_engine = make_engine(prepared)
    try:
        with source_engine.connect() as source, engine.connect() as connection:
            connection.execute(text("SET statement_timeout = 0"))
            connection.commit()
            with connection.begin():
                # Not while another PC upgrades the schema; a desk's transaction under way
                # finishes first (TRUNCATE waits for it), but not for ever.
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
                )
                connection.execute(text("SET LOCAL lock_timeout = '60s'"))
                revision, _holds = schema_state(connection)
                if revision != SCHEMA_HEAD:
                    raise ServerError(
                        translate(
                            "Restore",
                            "the showcase on {host}/{dbname} has schema {revision}, not this "
                            "version's {head}: open it with this Etalase first",
                        ).format(
                            host=location.host,
                            dbname=location.dbname,
                            revision=revision or "?",
                            head=SCHEMA_HEAD,
                        ),
                        "needs-upgrade",
                    )
                take_owner_role(connection)
                names = ", ".join(f'"{table.name}"' for table in tables)
                connection.execute(text(f"TRUNCATE {names}"))
                done: set[str] = set()

                def report(table: str, _rows: int) -> None:
                    if progress is not None and table not in done:
                        done.add(table)
                        progress(len(done), len(tables))

                copy_rows(source, connection, report, skip=KEPT_TABLES)
                products = int(
                    connection.execute(select(func.count()).select_from(Product)).scalar_one()
                )
            source.rollback()
            order_products(connection)  # the restored rows, in the order staff list them
    finally:
        source_engine.dispose()
    _log_restored(location, products)
    return products


def _log_restored(location: ServerLocation, products: int) -> None:
    log.info(
        "Restored the showcase on %s/%s: %d products", location.host, location.dbname, products
    )
