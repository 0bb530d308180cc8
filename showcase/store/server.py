"""Preparing a PostgreSQL server for Etalase (`etalase server init ADMIN_URL`).

Run once by whoever administers the server, with a superuser's URL naming the showcase's
database (for example `postgresql://postgres@localhost/etalase`). It makes:

- the roles: `etalase_owner` (NOLOGIN) owns the database and its tables; `etalase_desk` logs in
  from the front-desk PCs (reads and writes the showcase, may only add to and read the change
  history; a NOINHERIT member of the owner, taken only to upgrade the schema); `etalase_kiosk`
  logs in from kiosks (reads; writes only its visit counts and its status);
- the database, if missing, owned by `etalase_owner`, open to those two logins only;
- the schema (or its upgrade), and the rights on every table.

Passwords not given are generated and returned once, with the `--db` line each PC needs. Run
again on a prepared server it upgrades the schema and changes nothing else (a password given
again is set again: that is how a forgotten one is replaced).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from showcase.errors import ServerError
from showcase.store import server_errors
from showcase.store.location import ServerLocation, parse_server_url
from showcase.store.server_engine import DESK_ROLE, KIOSK_ROLE, OWNER_ROLE, connect


@dataclass(frozen=True)
class Login:
    role: str
    password: str | None  # None: the role existed and its password was left as it was
    location: ServerLocation  # the showcase, as this login names it (without a password)

    def db_line(self) -> str:
        return f"--db {self.location}"


@dataclass(frozen=True)
class ServerInit:
    location: ServerLocation
    created_database: bool
    desk: Login
    kiosk: Login


def new_password() -> str:
    return secrets.token_urlsafe(18)


def init_server(
    admin: ServerLocation | str,
    *,
    desk_password: str | None = None,
    kiosk_password: str | None = None,
) -> ServerInit:
    """Prepare the database `admin` names (see the module doc); ServerError if it cannot."""
    from psycopg import sql

    location = parse_server_url(admin) if isinstance(admin, str) else admin
    passwords: dict[str, str | None] = {DESK_ROLE: desk_password, KIOSK_ROLE: kiosk_password}
    maintenance = connect(location.with_database("postgres"), autocommit=True)
    try:
        _require_right(maintenance, location)
        existing = {
            name
            for (name,) in maintenance.execute(
                "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
                ([OWNER_ROLE, DESK_ROLE, KIOSK_ROLE],),
            )
        }
        if OWNER_ROLE not in existing:
            maintenance.execute(
                sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(OWNER_ROLE))
            )
        for role, inherit in ((DESK_ROLE, "NOINHERIT"), (KIOSK_ROLE, "INHERIT")):
            if role not in existing:
                passwords[role] = passwords[role] or new_password()
                maintenance.execute(
                    sql.SQL("CREATE ROLE {} LOGIN " + inherit + " PASSWORD {}").format(
                        sql.Identifier(role), sql.Literal(passwords[role])
                    )
                )
            elif passwords[role] is not None:
                maintenance.execute(
                    sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                        sql.Identifier(role), sql.Literal(passwords[role])
                    )
                )
        maintenance.execute(
            sql.SQL("GRANT {} TO {}").format(sql.Identifier(OWNER_ROLE), sql.Identifier(DESK_ROLE))
        )
        created = not maintenance.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (location.dbname,)
        ).fetchone()
        database = sql.Identifier(location.dbname)
        if created:
            maintenance.execute(
                sql.SQL("CREATE DATABASE {} OWNER {} ENCODING 'UTF8' TEMPLATE template0").format(
                    database, sql.Identifier(OWNER_ROLE)
                )
            )
        maintenance.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(database))
        maintenance.execute(
            sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}, {}").format(
                database, sql.Identifier(DESK_ROLE), sql.Identifier(KIOSK_ROLE)
            )
        )
        maintenance.execute(
            sql.SQL("GRANT ALL ON DATABASE {} TO {}").format(database, sql.Identifier(OWNER_ROLE))
        )
    except Exception as exc:
        raise (server_errors.server_error(exc, location) or exc) from exc
    finally:
        maintenance.close()
    _prepare_schema(location)
    return ServerInit(
        location=location,
        created_database=created,
        desk=Login(DESK_ROLE, passwords[DESK_ROLE], location.with_login(DESK_ROLE, None)),
        kiosk=Login(KIOSK_ROLE, passwords[KIOSK_ROLE], location.with_login(KIOSK_ROLE, None)),
    )


def _require_right(connection: Any, location: ServerLocation) -> None:
    row = connection.execute(
        "SELECT rolsuper OR (rolcreaterole AND rolcreatedb) FROM pg_roles "
        "WHERE rolname = current_user"
    ).fetchone()
    if not row or not row[0]:
        raise ServerError(
            f"the login {location.user or '(your login)'} may not prepare a server: "
            "`server init` needs a superuser's URL (for example postgresql://postgres@HOST/DBNAME)",
            server_errors.NO_RIGHT,
        )


def _prepare_schema(location: ServerLocation) -> None:
    """The schema as the owner role, its upgrade if older, and the rights on every table."""
    from sqlalchemy import text

    from showcase.store import server_db, server_engine

    engine = server_engine.make_server_engine(location)
    try:
        with engine.connect() as connection:
            connection.execute(text(f"GRANT USAGE, CREATE ON SCHEMA public TO {OWNER_ROLE}"))
            connection.commit()
            revision, holds_tables = server_engine.schema_state(connection)
            connection.commit()
        server_engine.check_revision(revision, holds_tables, location)
        server_db.upgrade_server(engine, location)
        with engine.begin() as connection:
            server_engine.take_owner_role(connection)
            server_engine.grant_rights(connection)
    except Exception as exc:
        raise (server_errors.server_error(exc, location) or exc) from exc
    finally:
        engine.dispose()
