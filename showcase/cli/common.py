"""What every command group shares: the one-line messages and exit statuses, how a command is
added (`Commands.add`), opening the database file a command names, and progress on a terminal.

`failure_message` is the mapping from a user's mistake (a UserError, or an SQLite error that the
file or the disk causes) to the one line that ends with exit status 2.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from showcase.errors import DatabaseFileError, UserError
from showcase.i18n import translate

if TYPE_CHECKING:
    import sqlite3

    from showcase.store.db import Database
    from showcase.store.location import ServerLocation

PROG = "etalase"
# What the system says about a name a person gave (showcase.file_errors words each of them).
PATH_ERRNOS = frozenset(
    {
        errno.ELOOP,
        errno.ENAMETOOLONG,
        errno.ENOTDIR,
        errno.EISDIR,
        errno.ENOENT,
        errno.EACCES,
        errno.EPERM,
        errno.EROFS,
        errno.ENOSPC,
        errno.EDQUOT,
        errno.EFBIG,
        errno.EIO,
    }
)
EXIT_OK, EXIT_UNEXPECTED, EXIT_USER_ERROR = 0, 1, 2


# A NamedTuple, not a frozen dataclass: a dataclass compiles its methods as the module is
# imported, ~2M instructions of every start (the staff window's too).
class Target(NamedTuple):
    """The database file a command works on, and whether it is the default one (named by
    neither --db nor SHOWCASE_DB). For a showcase on a PostgreSQL server, `server` names it and
    `path` is where this PC keeps its backups (store.server_db.local_stand_in)."""

    path: Path
    is_default: bool
    server: ServerLocation | None = None

    @property
    def location(self) -> Path | ServerLocation:
        """What open_database opens: the server, or the file."""
        return self.server if self.server is not None else self.path


Run = Callable[[argparse.Namespace, Target], int]


# --- messages -------------------------------------------------------------------------------


def one_line(text: str) -> str:
    return " ".join(text.splitlines()).strip()


def say(text: str) -> None:
    """`text` on one line on stderr."""
    print(one_line(text), file=sys.stderr)


def error(text: str) -> None:
    say(f"{PROG}: error: {text}")


def db_help() -> str:
    return translate(
        "Cli",
        "the showcase: a database file or postgresql://USER@HOST[:PORT]/DBNAME "
        "(default: SHOWCASE_DB, else the file in the user data folder)",
    )


# --- adding commands ------------------------------------------------------------------------


class Commands:
    """The subcommands of `etalase`: each command group's `register()` adds its own here."""

    def __init__(self, subparsers: argparse._SubParsersAction[Any]) -> None:
        self._subparsers = subparsers

    def add(self, name: str, summary: str, run: Run) -> argparse.ArgumentParser:
        """A command listed in --help that `run(args, target)` carries out; it takes --db too."""
        sub: argparse.ArgumentParser = self._subparsers.add_parser(
            name, help=summary, description=summary
        )
        # --db is also accepted after the command; SUPPRESS keeps the one given before it.
        sub.add_argument("--db", metavar="FILE|URL", default=argparse.SUPPRESS, help=db_help())
        sub.set_defaults(run=run)
        return sub

    def add_unlisted(self, name: str, run: Run) -> argparse.ArgumentParser:
        """A command without help text, so not listed in --help, and without --db."""
        sub: argparse.ArgumentParser = self._subparsers.add_parser(name)
        sub.set_defaults(run=run)
        return sub


def whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least `minimum`."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is None or value < minimum:
            raise argparse.ArgumentTypeError(
                translate("Cli", "must be a whole number of at least {minimum}, not {text}").format(
                    minimum=minimum, text=repr(text)
                )
            )
        return value

    return parse


# --- the database file ----------------------------------------------------------------------


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            translate("Cli", "cannot make the folder {folder}: {why}").format(
                folder=folder, why=exc.strerror or exc
            )
        ) from exc


def require_existing(path: Path) -> None:
    """Refuse a database file that is missing, empty, a folder or not SQLite."""
    from showcase.store.db import check_database_file

    check_database_file(path)  # a missing folder, a folder, a file that is not SQLite
    if not path.exists():
        raise DatabaseFileError(translate("Cli", "{path} does not exist").format(path=path))
    if path.stat().st_size == 0:
        raise DatabaseFileError(translate("Cli", "{path} is empty").format(path=path))


def open_existing(location: Path | ServerLocation) -> Database:
    """Open a database that must exist already (export, backup): never make a new empty one."""
    from showcase.store.opening import open_showcase

    if isinstance(location, Path):
        require_existing(location)
    return open_showcase(location)


# --- a user's mistake: one line, exit status 2 ----------------------------------------------


def failure_message(exc: BaseException, path: Path | None, command: str | None) -> str | None:
    """The one line for `exc` if the user can put it right (exit status 2), else None."""
    if isinstance(exc, UserError):
        return str(exc) + damage_hint(path, command, exc)
    if isinstance(exc, OSError) and exc.filename is not None and exc.errno in PATH_ERRNOS:
        from showcase.file_errors import describe as describe_refusal

        return describe_refusal(exc)  # a name the system refused, wherever it was first used
    problem = database_problem(exc, path)
    if problem is None:
        from showcase.store.server_errors import describe

        return describe(exc)
    return problem + damage_hint(path, command, exc)


def damage_hint(path: Path | None, command: str | None, error: BaseException) -> str:
    """For the message about `error`: if it came from a damaged database file at `path`, what
    to do (the newest good backup and the restore command that puts it back), else ""."""
    from showcase.store.damage import find_damage
    from showcase.store.restore import newest_good_backup

    if path is None or command == "restore":
        return ""
    if isinstance(error, UserError) and not isinstance(error, DatabaseFileError):
        return ""  # a mistake in the command, not in the file
    try:
        resolved = path.resolve()
        if find_damage(resolved) is None:
            return ""
        good = newest_good_backup(resolved)
    except (OSError, RuntimeError):  # a loop of links (RuntimeError in Python 3.11)
        return ""
    if good is None:
        return translate("Cli", "; no good backup of it was found in {folder}").format(
            folder=resolved.parent / "backups"
        )
    return translate(
        "Cli",
        "; the newest good backup is {backup} ({when}): restore it with "
        'etalase --db "{path}" restore "{backup}"',
    ).format(backup=good.path, when=f"{good.taken_at:%Y-%m-%d %H:%M}", path=resolved)


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    import sqlite3

    seen: BaseException | None = exc
    for _ in range(8):  # SQLAlchemy wraps the driver's error; follow the chain a little way
        if seen is None:
            return None
        if isinstance(seen, sqlite3.Error):
            return seen
        orig = getattr(seen, "orig", None)
        seen = orig if isinstance(orig, BaseException) else (seen.__cause__ or seen.__context__)
    return None


def database_problem(exc: BaseException, path: Path | None) -> str | None:
    """A one-line message for an SQLite error that the user's file or disk causes, else None."""
    error = _sqlite_error(exc)
    code = getattr(error, "sqlite_errorcode", None)
    if error is None or code is None:
        return None
    primary = code & 0xFF  # extended codes keep the primary code in the low byte
    where = str(path) if path is not None else translate("Cli", "the database")
    if path is not None:
        from showcase.file_errors import describe, sqlite_errno

        reason = sqlite_errno(code, path)
        if reason == errno.ENOSPC:
            return describe(OSError(reason, os.strerror(reason)), path)
        if reason is not None:
            from showcase.file_errors import write_protected_database

            return write_protected_database(path)
    messages = {
        3: translate("Cli", "{path} cannot be changed (no permission)"),
        5: translate("Cli", "{path} is in use by another program; close it and try again"),
        6: translate("Cli", "{path} is in use by another program; close it and try again"),
        8: translate("Cli", "{path} cannot be changed (read-only file or folder)"),
        10: translate("Cli", "reading or writing {path} failed (disk error: {detail})"),
        11: translate("Cli", "{path} is damaged ({detail}); restore it from a backup"),
        13: translate("Cli", "the disk holding {path} is full"),
        14: translate("Cli", "cannot open {path} ({detail})"),
        26: translate("Cli", "{path} is damaged or not a database ({detail})"),
    }
    message = messages.get(primary)
    if message is None:
        return None
    return message.format(path=where, detail=error)


class TerminalProgress:
    """How far a long command has got, on one line of the terminal rewritten in place (on
    stderr, so the output stays the result). Nothing is written when stderr is not a terminal:
    a script or a log gets only the result and the messages."""

    def __init__(self, stream: Any = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())
        self.shown = False

    def say(self, text: str) -> None:
        if self.live:
            self.stream.write(f"\r{text}\x1b[K")
            self.stream.flush()
            self.shown = True

    def counter(self, words: str, **fields: object) -> Callable[[int, int], None]:
        """A progress callback showing `words` with {done}, {total} and `fields` filled in."""

        def show(done: int, total: int) -> None:
            self.say(words.format(done=_count(done), total=_count(total), **fields))

        return show

    def clear(self) -> None:
        """Take the line away again, before the result is printed."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # 100.000, as numbers are written in Indonesia
