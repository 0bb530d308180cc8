"""Where a showcase lives: an SQLite file, or a database on a PostgreSQL server named by a URL.

`--db` and SHOWCASE_DB take either; `parse_location` tells them apart without loading
SQLAlchemy or the PostgreSQL driver, so start-up on a file costs nothing more than before.

A server is `postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME` (`postgres://` too, and query
options such as `?sslmode=require` that libpq understands). Without a password in the URL,
libpq finds one where it always does: PGPASSWORD, or the user's pgpass file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from showcase.errors import ServerError

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerLocation:
    """A showcase database on a PostgreSQL server."""

    host: str
    dbname: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    port: int = DEFAULT_PORT
    options: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        """The URL without its password: safe to print and to log."""
        return self.url(with_password=False)

    def url(self, *, with_password: bool = True) -> str:
        user = quote(self.user, safe="") if self.user else ""
        if user and with_password and self.password is not None:
            user += ":" + quote(self.password, safe="")
        at = f"{user}@" if user else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = "&".join(f"{quote(k)}={quote(v)}" for k, v in self.options)
        return f"postgresql://{at}{host}:{self.port}/{quote(self.dbname, safe='')}" + (
            f"?{query}" if query else ""
        )

    def with_database(self, dbname: str) -> ServerLocation:
        return ServerLocation(self.host, dbname, self.user, self.password, self.port, self.options)

    def with_login(self, user: str, password: str | None) -> ServerLocation:
        return ServerLocation(self.host, self.dbname, user, password, self.port, self.options)

    def connect_arguments(self) -> dict[str, str | int]:
        """Keyword arguments for psycopg.connect (libpq fills in what is missing)."""
        arguments: dict[str, str | int] = {"host": self.host, "port": self.port}
        arguments["dbname"] = self.dbname
        if self.user:
            arguments["user"] = self.user
        if self.password is not None:
            arguments["password"] = self.password
        arguments.update(dict(self.options))
        return arguments


Location = Path | ServerLocation


def is_server_url(text: str) -> bool:
    scheme, sep, _rest = text.partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


def parse_server_url(text: str) -> ServerLocation:
    """The server named by `text`; ServerError if it is not a usable postgresql:// URL."""
    try:
        parts = urlsplit(text.strip())
        port = parts.port
        host = parts.hostname
    except ValueError as exc:
        raise ServerError(f"{_hidden(text)} is not a usable server address ({exc})") from exc
    if parts.scheme.lower() not in SCHEMES:
        raise ServerError(f"{_hidden(text)} is not a postgresql:// address")
    if not host:
        raise ServerError(f"{_hidden(text)} names no server (postgresql://USER@HOST/DBNAME)")
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname or "/" in dbname:
        raise ServerError(
            f"{_hidden(text)} names no database (postgresql://USER@HOST[:PORT]/DBNAME)"
        )
    return ServerLocation(
        host=host,
        dbname=dbname,
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
        port=port or DEFAULT_PORT,
        options=tuple(parse_qsl(parts.query)),
    )


def parse_location(text: str | Path) -> Location:
    """A file path or a server, as named by --db or SHOWCASE_DB."""
    if isinstance(text, Path):
        return text
    if is_server_url(text):
        return parse_server_url(text)
    return Path(text).expanduser()


def _hidden(text: str) -> str:
    """`text` with any password in it replaced by ***, for messages."""
    scheme, sep, rest = text.partition("://")
    if not sep:
        return text
    login, at, host = rest.rpartition("@")
    if not at or ":" not in login:
        return text
    return f"{scheme}://{login.split(':', 1)[0]}:***@{host}"
