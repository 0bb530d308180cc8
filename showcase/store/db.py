"""Opening the showcase database: SQLite settings on every connection, schema migrations, sessions.

A showcase on a PostgreSQL server is opened by showcase.store.opening.open_showcase (which opens
a file here); a Database on a server gets its engine from showcase.store.server_engine, loaded only
then. The rest of this module is about the SQLite file.

Every connection gets foreign keys on, the WAL journal, `synchronous=FULL` (a committed change must
survive a power cut) and a busy timeout. Transactions are begun explicitly with `BEGIN` so that
SAVEPOINTs work (the pysqlite driver otherwise starts them late; see SQLAlchemy's SQLite dialect docs).

SQLAlchemy is imported only when the first session is opened: importing it costs about 200 ms,
more than showing a whole Qt window, and the staff window's first screen is read with plain
SQL through `Database.read()`. A database whose schema is current opens without it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeAlias

from showcase.errors import DatabaseFileError, WriteProtectedError
from showcase.file_errors import (
    SQLITE_HEADER,
    file_error,
    refuse_odd_file,
    resolved,
    writable,
    write_protected_database,
)
from showcase.store.location import Location, ServerLocation

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from showcase.store.reader import PgConnection, SqlConnection

# The newest migration. tests/store checks it against Alembic's head, so start-up can compare
# revisions without loading Alembic (which costs tens of milliseconds) when nothing needs doing.
SCHEMA_HEAD = "0007"

BUSY_TIMEOUT_MS = 5000

# Functions called with every new sessionmaker, to install session events. The audit log
# (showcase.inventory.history.auditing) adds itself here: the store cannot import the domain, yet every
# session of every Database must carry its listener.
SessionHook = Callable[["sessionmaker[Session]"], None]
_session_hooks: list[SessionHook] = []


def add_session_hook(hook: SessionHook) -> None:
    """Call `hook` with the sessionmaker of every Database from now on (once per hook)."""
    if hook not in _session_hooks:
        _session_hooks.append(hook)


# What the domain's plain-SQL readers accept: a Database.read()/reading() connection (no
# SQLAlchemy needed on a file, as at start-up) or an ORM session, whose own connection they then use.
Reader: TypeAlias = "sqlite3.Connection | PgConnection | Session"


def sqlite_connection(reader: Reader) -> SqlConnection:
    """The connection behind `reader`, for plain SQL on either store (showcase.store.reader):
    the sqlite3 connection itself, or the one an ORM session is using."""
    if isinstance(reader, sqlite3.Connection):
        return reader
    from showcase.store.reader import sql_connection

    return sql_connection(reader)


def configure_connection(connection: sqlite3.Connection) -> None:
    """The settings every connection to a showcase database gets, SQLAlchemy's or plain."""
    connection.isolation_level = None  # transactions are begun explicitly with BEGIN
    cursor = connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    configure_connection(dbapi_connection)


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    """An engine for the SQLite file at `path`, with the showcase's settings on every connection."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def check_database_file(path: Path) -> None:
    """Raise DatabaseFileError unless `path` is absent, empty, or starts like an SQLite database;
    FileAccessError for a name the system refuses or a pipe or device."""
    refuse_odd_file(path)
    if not path.parent.is_dir() and path.parent.exists():
        raise file_error(OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)), path)
    if path.is_dir():
        raise DatabaseFileError(f"{path} is a folder, not a database file")
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseFileError(f"the folder {path.parent} does not exist")
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseFileError(f"cannot read {path}: {exc.strerror}") from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseFileError(f"{path} is not an Etalase database (not an SQLite file)")


def read_revision(path: Path) -> str | None:
    """The schema revision of the existing file at `path`, or None if it holds no tables yet.

    Read with a plain sqlite3 connection that changes nothing, before any engine connects: the
    engine's connections switch the file to WAL, which must not happen to a file that turns out
    to be another program's database. Raises DatabaseFileError for a damaged file, or for an
    SQLite database that holds tables but no Etalase schema.
    """
    try:
        conn = sqlite3.connect(path)
        try:
            tables = {
                name
                for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                )
            }
            if "alembic_version" not in tables:
                if tables:
                    raise DatabaseFileError(
                        f"{path} is not an Etalase database (an SQLite file of another program)"
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        refuse_write_protected(path)  # unreadable only because nothing may be written beside it
        raise DatabaseFileError(f"{path} is damaged or not a database ({exc})") from exc
    return str(row[0]) if row else None


def refuse_write_protected(path: Path) -> None:
    """Raise WriteProtectedError if the existing database file `path`, its folder or its disk
    is write-protected and the file reads as a database all the same: it is intact, and
    Etalase (which writes its journal beside it) cannot use it there."""
    if writable(path) and writable(path.parent):
        return
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return  # not readable either: what it is, the caller says
    raise WriteProtectedError(write_protected_database(path))


def _current_revision(engine: Engine) -> str | None:
    from sqlalchemy import text

    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        ).first()
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _holds_data(engine: Engine) -> bool:
    from sqlalchemy import text

    with engine.connect() as conn:
        return bool(
            conn.execute(
                text("SELECT 1 FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
            ).first()
        )


class Database:
    """An open showcase database: its file, a plain connection for reading, and ORM sessions.

    `actor` names who makes the changes of the sessions opened from now on (the signed-in
    staff member, or "command line (user)"); each session carries it as `session.info["actor"]`
    for the audit log. A new Database starts with `default_actor`, which the command line sets
    once for every database its command opens.
    """

    default_actor: ClassVar[str] = ""

    def __init__(
        self,
        path: Path,
        engine: Engine | None = None,
        *,
        server: ServerLocation | None = None,
        server_reader: psycopg.Connection[Any] | None = None,
    ) -> None:
        # On a server, `path` is where this PC keeps the server's backups (server_engine.local_stand_in);
        # `server_reader`, a psycopg connection to it (server_engine.connect), the one to read on.
        self.path = path
        self.server = server
        self.actor: str = Database.default_actor
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self._reader: sqlite3.Connection | None = None
        self._server_reader: PgConnection | None = None
        if server_reader is not None:
            from showcase.store.reader import PgConnection

            self._server_reader = PgConnection(server_reader)

    @property
    def location(self) -> Location:
        """Where the showcase lives: its file, or its server."""
        return self.server if self.server is not None else self.path

    @property
    def dialect(self) -> str:
        return "postgresql" if self.server is not None else "sqlite"

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            if self.server is not None:
                from showcase.store.server_engine import make_server_engine

                self._engine = make_server_engine(self.server)
            else:
                self._engine = make_engine(self.path)
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            for hook in _session_hooks:
                hook(self._sessions)
        return self._sessions

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits if the block ends normally, rolls back if it raises.

        On a server, a failure that is the server's (the connection lost, the server stopped or
        unreachable) is raised as a ServerError the window shows; the transaction is never half
        done, and the next session connects anew (the engine's pre-ping drops dead connections).
        """
        if self.server is None:
            with self.sessions.begin() as session:
                session.info["actor"] = self.actor
                yield session
            return
        from showcase.errors import ServerError
        from showcase.store.server_errors import server_error

        try:
            with self.sessions.begin() as session:
                session.info["actor"] = self.actor
                yield session
        except ServerError:
            raise
        except Exception as exc:
            known = server_error(exc, self.server)
            if known is None:
                raise
            raise known from exc

    @contextmanager
    def read(self) -> Iterator[SqlConnection]:
        """A plain connection for reading, inside one short read transaction (one snapshot):
        the sqlite3 connection itself on a file, a reader.PgConnection on a server."""
        if self.server is not None:
            with self.reading() as connection:
                yield connection
            return
        if self._reader is None:
            self._reader = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
            configure_connection(self._reader)
        reader = self._reader
        if reader.in_transaction:  # the end of the last read was stopped (interrupt_reading)
            reader.rollback()
        reader.execute("BEGIN")
        try:
            yield reader
        finally:
            try:
                reader.execute("COMMIT")
            except sqlite3.OperationalError as error:
                if not self.interrupted(error):
                    raise  # (stopped as it ended: the next read rolls it back, above)

    @contextmanager
    def reading(self) -> Iterator[SqlConnection]:
        """Like `read()` on either store: one snapshot, through showcase.store.reader's
        SqlConnection (the sqlite3 connection itself on a file)."""
        if self.server is None:
            with self.read() as connection:
                yield connection
            return
        from psycopg import pq

        from showcase.store.reader import PgConnection
        from showcase.store.server_engine import connect

        if self._server_reader is None or self._server_reader.connection.closed:
            self._server_reader = PgConnection(connect(self.server))
        driver = self._server_reader.connection
        if driver.info.transaction_status != pq.TransactionStatus.IDLE:
            # A stop (interrupt_reading) that landed on the last read's closing ROLLBACK
            # failed it and left that read's transaction open, aborted: end it first.
            driver.rollback()
        try:
            driver.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield self._server_reader
        finally:
            if not driver.closed:
                driver.rollback()

    def interrupt_reading(self) -> None:
        """Stop the statement a read of this Database runs now; called from another thread,
        for a read whose answer is no longer wanted. The read raises (see `interrupted`); a
        read changes nothing, so nothing is lost. With nothing running, nothing happens. On a
        server this waits for the server to take the cancel request."""
        reader, server_reader = self._reader, self._server_reader
        try:
            if reader is not None:
                reader.interrupt()
            if server_reader is not None and not server_reader.connection.closed:
                server_reader.connection.cancel_safe(timeout=5.0)
        except Exception:  # closed meanwhile, or the server gone: then nothing runs to stop
            return

    @staticmethod
    def interrupted(error: BaseException) -> bool:
        """True if `error` is what a read stopped by interrupt_reading raises."""
        if isinstance(error, sqlite3.OperationalError):
            return str(error) == "interrupted"
        if "psycopg" not in sys.modules:  # no server was ever opened: not a server's error
            return False
        from psycopg.errors import QueryCanceled

        return isinstance(error, QueryCanceled)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._server_reader is not None:
            self._server_reader.connection.close()
            self._server_reader = None
        if self._engine is not None:
            self._engine.dispose()


def open_database(path: Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database file at `path` and bring its schema up to date.

    A file that already holds data is backed up before a migration touches it.
    Raises DatabaseFileError for anything the user can fix: a missing folder, a file that is
    not a database, a damaged one, or one written by a newer version of Etalase. (A file or a
    server: showcase.store.opening.open_showcase.)
    """
    check_database_file(Path(path).expanduser())  # before resolving: a loop of links is named
    path = resolved(Path(path).expanduser())
    check_database_file(path)
    if path.exists():
        refuse_write_protected(path)
    # read_revision refuses damaged files and other programs' databases, leaving them untouched.
    if path.exists() and path.stat().st_size > 0 and read_revision(path) == SCHEMA_HEAD:
        return Database(path)
    engine = make_engine(path)
    try:
        revision = _current_revision(engine)
        if revision != SCHEMA_HEAD:
            if not migrate:
                raise DatabaseFileError(f"{path} needs upgrading before it can be used")
            from showcase.store import migrations

            if revision is not None and not migrations.is_known_revision(revision):
                raise DatabaseFileError(
                    f"{path} was written by a newer version of Etalase (schema {revision})"
                )
            if _holds_data(engine):
                from showcase.store.backup import backup_database

                backup_database(engine, path, reason="before-upgrade")
            migrations.upgrade(engine)
    except sqlite3.DatabaseError as exc:  # raw driver errors from the checks above
        engine.dispose()
        raise DatabaseFileError(f"{path} is damaged or not a database ({exc})") from exc
    except DatabaseFileError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        from sqlalchemy.exc import DatabaseError as SADatabaseError
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError | SADatabaseError):
            raise DatabaseFileError(f"cannot open {path}: {exc.orig}") from exc
        raise
    return Database(path, engine)
