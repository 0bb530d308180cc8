"""Connections to a PostgreSQL server: the engine and its timeouts, the schema's state, and the
roles' rights. Loaded only when a `postgresql://` location is used, with psycopg; SQLAlchemy
only once an engine is made (a desk's window starts without it: server_db.open_server_database).

Connections die quietly on a LAN (a PC asleep, a cable pulled), so every connection has a
connect timeout, TCP keepalives and a user timeout, a statement timeout and a lock timeout, and
the pool checks a connection before handing it out (`pool_pre_ping`): a dead server is an error
within seconds, never a frozen window.

The tables belong to the NOLOGIN role `etalase_owner` made by `server init`; the desk login is a
NOINHERIT member of it and takes it (`take_owner_role`) only to change the schema.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from showcase.errors import ServerError
from showcase.store import server_errors
from showcase.store.kiosk_grants import kiosk_statements
from showcase.store.location import ServerLocation

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 30_000
LOCK_TIMEOUT_MS = 10_000
# Every schema upgrade of every Etalase database on a server takes this advisory lock.
MIGRATION_LOCK = 0x45544C53  # "ETLS"
OWNER_ROLE = "etalase_owner"
DESK_ROLE = "etalase_desk"
KIOSK_ROLE = "etalase_kiosk"


def connect_arguments(location: ServerLocation) -> dict[str, Any]:
    """libpq's options for every connection to `location` (psycopg.connect's keywords)."""
    arguments: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "tcp_user_timeout": 15_000,
        "application_name": "Etalase",
        # Every statement planned for its own values: psycopg prepares a statement run five
        # times, and the server then plans it once for any values ("generic"), which for a
        # search by typed words guesses how many products match: 495, so the list's statement
        # found and sorted every match even for a first letter ("k": 94 ms, where walking the
        # name index takes 0.4).
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} "
        f"-c lock_timeout={LOCK_TIMEOUT_MS} -c TimeZone=UTC "
        "-c plan_cache_mode=force_custom_plan",
    }
    arguments.update(location.connect_arguments())
    return arguments


def connect(location: ServerLocation, *, autocommit: bool = False) -> Any:
    """A plain psycopg connection to `location`; ServerError if it cannot be made."""
    import psycopg

    try:
        return psycopg.connect(autocommit=autocommit, **connect_arguments(location))
    except psycopg.Error as exc:
        raise as_server_error(exc, location) from exc


def make_server_engine(location: ServerLocation) -> Engine:
    from sqlalchemy import create_engine

    arguments = connect_arguments(location)
    return create_engine(
        "postgresql+psycopg://",
        connect_args=arguments,
        pool_pre_ping=True,
        pool_size=4,
        max_overflow=8,
        pool_recycle=1800,
    )


def local_stand_in(location: ServerLocation) -> Path:
    """The path a server showcase has on this PC: its backups go beside it, in the data folder.

    No file is kept there; the name only tells this server's backups from others'.
    """
    from showcase.paths import user_data_dir

    name = re.sub(r"[^\w.-]+", "_", f"{location.host}-{location.port}-{location.dbname}")
    return user_data_dir() / "servers" / f"{name}.db"


def as_server_error(exc: BaseException, location: ServerLocation) -> BaseException:
    return server_errors.server_error(exc, location) or exc


def schema_state(connection: Connection) -> tuple[str | None, bool]:
    """(the schema revision or None, whether the database holds any table of its own)."""
    from sqlalchemy import text

    return _schema_state(lambda sql: connection.execute(text(sql)).scalar())


def driver_schema_state(connection: Any) -> tuple[str | None, bool]:
    """schema_state on a plain psycopg connection (`connect`), without SQLAlchemy: how the
    staff window checks a server's schema as it starts."""

    def value(sql: str) -> Any:
        row = connection.execute(sql).fetchone()
        return row[0] if row else None

    return _schema_state(value)


def _schema_state(value: Callable[[str], Any]) -> tuple[str | None, bool]:
    """schema_state through `value`, the first column of the first row of a statement."""
    tables = value(
        "SELECT count(*) FROM pg_catalog.pg_tables "
        "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
    )
    if value("SELECT to_regclass('public.alembic_version')") is None:
        return None, bool(tables)
    revision = value("SELECT version_num FROM alembic_version")
    return (str(revision) if revision else None), True


def check_revision(revision: str | None, holds_tables: bool, location: ServerLocation) -> None:
    """Refuse a database that is someone else's, or that a newer Etalase has upgraded."""
    from showcase.store import migrations

    if revision is None and holds_tables:
        raise ServerError(
            server_errors.message_for(server_errors.NOT_ETALASE, location),
            server_errors.NOT_ETALASE,
        )
    if revision is not None and not migrations.is_known_revision(revision):
        raise ServerError(
            server_errors.message_for(server_errors.NEWER_SCHEMA, location),
            server_errors.NEWER_SCHEMA,
        )


def take_owner_role(connection: Connection) -> None:
    """Act as the tables' owner for this transaction, if there is one and this login may."""
    from sqlalchemy import text

    # Only in a database `server init` prepared (owned by the owner role): elsewhere the owner
    # role may not even create tables.
    may = connection.execute(
        text(
            "SELECT pg_has_role(current_user, :owner, 'MEMBER') FROM pg_database "
            "WHERE datname = current_database() AND pg_get_userbyid(datdba) = :owner"
        ),
        {"owner": OWNER_ROLE},
    ).scalar()
    if may:
        connection.execute(text(f"SET LOCAL ROLE {OWNER_ROLE}"))


def grant_rights(connection: Connection) -> None:
    """What the desk and kiosk logins may do, on every table as the schema now has them.

    The desk reads and writes everything but the change history, which it may only add to and
    read; the kiosk reads, and writes only its visit counts and its status (settings whose key
    begins with `kiosk-status.`, enforced by a row policy). Nothing happens on a server without the
    roles (a database someone prepared by hand).
    """
    from sqlalchemy import text

    roles = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname IN (:desk, :kiosk)"),
            {"desk": DESK_ROLE, "kiosk": KIOSK_ROLE},
        ).scalars()
    )
    statements: list[str] = []
    if DESK_ROLE in roles:
        statements += [
            f"GRANT USAGE ON SCHEMA public TO {DESK_ROLE}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {DESK_ROLE}",
            f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM {DESK_ROLE}",
            f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {DESK_ROLE}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {DESK_ROLE}",
        ]
    if KIOSK_ROLE in roles:
        statements += [
            f"GRANT USAGE ON SCHEMA public TO {KIOSK_ROLE}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {KIOSK_ROLE}",
            f"GRANT INSERT, UPDATE ON kiosk_visit TO {KIOSK_ROLE}",
            f"GRANT INSERT, UPDATE ON setting TO {KIOSK_ROLE}",
            "ALTER TABLE setting ENABLE ROW LEVEL SECURITY",
            "DROP POLICY IF EXISTS setting_read ON setting",
            "DROP POLICY IF EXISTS setting_kiosk ON setting",
            "DROP POLICY IF EXISTS setting_desk ON setting",
            "CREATE POLICY setting_read ON setting FOR SELECT USING (true)",
            f"CREATE POLICY setting_kiosk ON setting FOR ALL TO {KIOSK_ROLE} "
            "USING (key LIKE 'kiosk-status.%') WITH CHECK (key LIKE 'kiosk-status.%')",
        ]
        if DESK_ROLE in roles:
            statements.append(
                f"CREATE POLICY setting_desk ON setting FOR ALL TO {DESK_ROLE} "
                "USING (true) WITH CHECK (true)"
            )
    statements += kiosk_statements(
        DESK_ROLE if DESK_ROLE in roles else None, KIOSK_ROLE if KIOSK_ROLE in roles else None
    )
    for statement in statements:
        connection.execute(text(statement))
