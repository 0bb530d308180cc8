"""What went wrong with a PostgreSQL server, said so that a person can act on it.

`server_error(exc, location)` turns the driver's error (psycopg's, or SQLAlchemy's wrapping of
it) into a ServerError with one of the KINDS, or returns None for an error that is not about the
server (a bug, a constraint). Errors raised while connecting carry no SQLSTATE (libpq reports
them as text), so those are told apart by libpq's and the server's words; errors on an open
connection are told apart by their SQLSTATE.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from showcase.errors import ServerError
from showcase.i18n import translate

if TYPE_CHECKING:
    from showcase.store.location import ServerLocation

UNREACHABLE = "unreachable"
WRONG_PASSWORD = "wrong-password"
NO_DATABASE = "no-database"
NOT_ETALASE = "not-etalase"
NO_RIGHT = "no-right"
NEWER_SCHEMA = "newer-schema"
CONNECTION_LOST = "connection-lost"
KINDS = (
    UNREACHABLE,
    WRONG_PASSWORD,
    NO_DATABASE,
    NOT_ETALASE,
    NO_RIGHT,
    NEWER_SCHEMA,
    CONNECTION_LOST,
)

# SQLSTATEs (PostgreSQL's appendix A) for errors on an open connection.
_BY_SQLSTATE = {
    "28P01": WRONG_PASSWORD,  # invalid_password
    "28000": WRONG_PASSWORD,  # invalid_authorization_specification (no pg_hba entry, no such role)
    "3D000": NO_DATABASE,  # invalid_catalog_name
    "42501": NO_RIGHT,  # insufficient_privilege
    "57P01": CONNECTION_LOST,  # admin_shutdown (server stopped, pg_terminate_backend)
    "57P02": CONNECTION_LOST,  # crash_shutdown
    "57P03": UNREACHABLE,  # cannot_connect_now (starting up, shutting down)
    "08000": CONNECTION_LOST,
    "08003": CONNECTION_LOST,
    "08006": CONNECTION_LOST,
    "08001": UNREACHABLE,
    "08004": UNREACHABLE,
}

# Words of libpq and of the server's FATAL messages at connection time (English messages).
_BY_WORDS = (
    ("password authentication failed", WRONG_PASSWORD),
    ("no password supplied", WRONG_PASSWORD),
    ("fe_sendauth", WRONG_PASSWORD),
    ("no pg_hba.conf entry", WRONG_PASSWORD),
    ('role "', WRONG_PASSWORD),  # role "x" does not exist
    ('database "', NO_DATABASE),  # database "x" does not exist
    ("permission denied", NO_RIGHT),
    ("must be owner", NO_RIGHT),
    ("server closed the connection unexpectedly", CONNECTION_LOST),
    ("terminating connection", CONNECTION_LOST),
    ("consuming input failed", CONNECTION_LOST),
    ("connection refused", UNREACHABLE),
    ("timeout expired", UNREACHABLE),
    ("could not translate host name", UNREACHABLE),
    ("name or service not known", UNREACHABLE),
    ("no route to host", UNREACHABLE),
    ("network is unreachable", UNREACHABLE),
    ("could not connect", UNREACHABLE),
    ("the database system is starting up", UNREACHABLE),
    ("the database system is shutting down", UNREACHABLE),
    ("connection failed", UNREACHABLE),
)


def message_for(kind: str, location: ServerLocation, detail: str = "") -> str:
    """The one line for a problem of `kind` with the server at `location` (in the staff's
    language in the window; the command line loads no translation)."""
    server = f"{location.host}:{location.port}"
    user = location.user or translate("Server", "(your login)")
    texts = {
        UNREACHABLE: translate(
            "Server",
            "the server {server} cannot be reached: check that the server PC is on "
            "and PostgreSQL is running, and the network",
        ),
        WRONG_PASSWORD: translate(
            "Server",
            "the server {server} refused the login {user}: wrong password or user "
            "name (the password comes from the URL, PGPASSWORD or the pgpass file)",
        ),
        NO_DATABASE: translate(
            "Server",
            "the server {server} has no database {db}: check the name, "
            "or prepare it with `etalase server init`",
        ),
        NOT_ETALASE: translate(
            "Server", "the database {db} on {server} is not an Etalase showcase"
        ),
        NO_RIGHT: translate(
            "Server",
            "the login {user} has no right to do this on {db} "
            "(a kiosk login cannot be used for staff work)",
        ),
        NEWER_SCHEMA: translate(
            "Server",
            "the showcase on {server}/{db} was upgraded by a newer "
            "version of Etalase: update Etalase on this PC",
        ),
        CONNECTION_LOST: translate(
            "Server", "the connection to the server {server} was lost; try again"
        ),
    }
    text = texts.get(kind, translate("Server", "the server {server} reported a problem")).format(
        server=server, user=user, db=location.dbname
    )
    return (
        f"{text} ({detail})" if detail and kind in (UNREACHABLE, CONNECTION_LOST, "other") else text
    )


def _driver_error(exc: BaseException) -> BaseException | None:
    import psycopg

    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return None
        if isinstance(seen, psycopg.Error):
            return seen
        orig = getattr(seen, "orig", None)
        seen = orig if isinstance(orig, BaseException) else (seen.__cause__ or seen.__context__)
    return None


def kind_of(exc: BaseException) -> str | None:
    """Which of the KINDS `exc` is, or None if it is not a server problem."""
    import sys

    if "psycopg" not in sys.modules:
        return None
    error = _driver_error(exc)
    if error is None:
        return None
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate in _BY_SQLSTATE:
        return _BY_SQLSTATE[sqlstate]
    import psycopg

    if not isinstance(error, psycopg.OperationalError | psycopg.InterfaceError):
        return None
    words = str(error).lower()
    for needle, kind in _BY_WORDS:
        if needle in words:
            return kind
    return CONNECTION_LOST if "closed" in words or "lost" in words else None


def server_error(exc: BaseException, location: ServerLocation) -> ServerError | None:
    """`exc` as a ServerError a person can act on, or None if it is not about the server."""
    if isinstance(exc, ServerError):
        return exc
    kind = kind_of(exc)
    if kind is None:
        return None
    error = _driver_error(exc)
    detail = " ".join(str(error).split()).removeprefix("connection failed: ")
    return ServerError(message_for(kind, location, detail[:200]), kind)


def describe(exc: BaseException) -> str | None:
    """One line for a server problem met while working (no location at hand), else None."""
    kind = kind_of(exc)
    if kind is None:
        return None
    texts = {
        UNREACHABLE: translate(
            "Server",
            "the server cannot be reached: check that the server PC is on and "
            "PostgreSQL is running, and the network",
        ),
        WRONG_PASSWORD: translate(
            "Server", "the server refused the login: wrong password or user name"
        ),
        NO_DATABASE: translate("Server", "the server has no such database"),
        NO_RIGHT: translate(
            "Server",
            "this login has no right to do this (a kiosk login cannot be used for staff work)",
        ),
        CONNECTION_LOST: translate("Server", "the connection to the server was lost; try again"),
    }
    return texts.get(kind, translate("Server", "the server reported a problem"))
