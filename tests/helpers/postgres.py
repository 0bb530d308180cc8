"""A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder.

The cluster is made with Debian's `initdb` and run with `pg_ctl` (found under
/usr/lib/postgresql/*/bin, newest first). `pg_ctl` refuses to run as root and CI runs as root,
so as root both run as the `postgres` OS user (`runuser -u postgres --`) in a folder that user
owns. The server listens on 127.0.0.1 only, on a free port, and asks every TCP client for a
password over scram-sha-256, so that a wrong password is refused as it would be on a center's
server. Its fsync is off (only the machine crashing could lose what a test server wrote), but a
commit is written out before it is confirmed: tests stop the server with `immediate` in the
middle of work and then check that what was committed before is still there, which
`synchronous_commit = off` would lose.

Each test gets a database of its own made with `CREATE DATABASE … TEMPLATE`, a file-level copy
of a database migrated once per run: a few milliseconds instead of the whole schema again.
There is no skipping here: a machine without PostgreSQL fails the tests that need it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

SUPERUSER = "etalase_test"
OS_USER = "postgres"


def find_bin_dir() -> Path:
    """The newest PostgreSQL (15 or newer) installed under /usr/lib/postgresql, or fail."""
    found: list[tuple[int, Path]] = []
    for candidate in Path("/usr/lib/postgresql").glob("*/bin"):
        try:
            major = int(candidate.parent.name)
        except ValueError:
            continue
        if major >= 15 and (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            found.append((major, candidate))
    if not found:
        raise RuntimeError(
            "PostgreSQL 15 or newer is not installed (no /usr/lib/postgresql/*/bin/initdb): "
            "the tests of the shared store need it (Debian: apt-get install postgresql)"
        )
    return max(found)[1]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """One running test cluster; `url(database)` names a database on it as the superuser."""

    def __init__(self) -> None:
        self.bin_dir = find_bin_dir()
        self.password = secrets.token_hex(12)
        self.port = free_port()
        self._as_root = os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="etalase-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "sockets"
        self._names = itertools.count(1)
        self.running = False

    # -- running the server's programs -------------------------------------------------------

    def _run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / program), *args]
        if self._as_root:
            command = ["runuser", "-u", OS_USER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(
                f"{program} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
            )
        return result

    def init(self) -> None:
        self.socket_dir.mkdir()
        password_file = self.root / "password"
        password_file.write_text(self.password + "\n")
        if self._as_root:
            owner = pwd.getpwnam(OS_USER)
            for path in (self.root, self.socket_dir, password_file):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            f"--pwfile={password_file}",
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        password_file.unlink()
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.socket_dir}'",
            "fsync": "off",
            "full_page_writes": "off",
            "max_connections": "200",
            "shared_buffers": "'64MB'",
            "log_min_messages": "'warning'",
        }
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write("\n# Etalase test server\n")
            for key, value in settings.items():
                conf.write(f"{key} = {value}\n")

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "start")
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (`immediate` is a crash: no shutdown checkpoint)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")
        self.running = False

    def remove(self) -> None:
        if self.running:
            with contextlib.suppress(RuntimeError):
                self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # -- naming and making databases ---------------------------------------------------------

    def url(
        self, database: str = "postgres", *, user: str = SUPERUSER, password: str | None = None
    ) -> str:
        secret = self.password if password is None else password
        return f"postgresql://{user}:{secret}@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres") -> psycopg.Connection[tuple[Any, ...]]:
        """A connection to `database` as the superuser, in autocommit."""
        import psycopg

        return psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=SUPERUSER,
            password=self.password,
            dbname=database,
            autocommit=True,
        )

    def execute(self, statement: str, database: str = "postgres") -> list[tuple[object, ...]]:
        """Run one statement as the superuser, outside a transaction; its rows, if any."""
        with self.connect(database) as connection:
            cursor = connection.execute(statement)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []

    def new_name(self, prefix: str = "t") -> str:
        return f"{prefix}_{os.getpid()}_{next(self._names)}"

    def create_database(self, template: str | None = None, *, name: str | None = None) -> str:
        """A new database (a copy of `template` when given); its name."""
        name = name or self.new_name()
        suffix = f" TEMPLATE {template}" if template else ""
        self.execute(f"CREATE DATABASE {name}{suffix}")
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def empty_showcase(self, name: str) -> None:
        """Make the migrated database `name` empty again, as a fresh copy of the template is.

        Much cheaper than a new database (CREATE DATABASE copies the whole catalogue, ~1 s on
        the 2-core machine): every other connection to it is ended, every row deleted with
        triggers off (the change history refuses deletes), and every id sequence restarted.
        """
        with self.connect(name) as connection:
            connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            tables = [
                t
                for (t,) in connection.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version'"
                )
            ]
            sequences = [q for (q,) in connection.execute("SELECT sequencename FROM pg_sequences")]
            with connection.transaction():
                connection.execute("SET LOCAL session_replication_role = replica")
                for table in tables:
                    connection.execute(f'DELETE FROM "{table}"')  # type: ignore[arg-type]
                for sequence in sequences:
                    connection.execute(f"SELECT setval('{sequence}', 1, false)")  # type: ignore[arg-type]


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer]:
    """A fresh cluster, started, and removed afterwards."""
    server = PostgresServer()
    try:
        server.init()
        server.start()
        yield server
    finally:
        server.remove()
