"""What the system's refusal to read or write a file means, in words a person can act on.

One place for every writer and opener (exports, documents, backups, the database itself): a full
disk says which disk is full and what to do, a write-protected disk says so instead of calling
the file damaged, and odd names (a loop of links, a name too long, a path through a file) get
one line each. SQLite reports a full or read-only disk by its own codes; `sqlite_errno` turns
them into the system's reasons so that they read the same.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from pathlib import Path

from showcase.errors import FileAccessError
from showcase.i18n import translate

# Reasons that are about the medium being written, wherever in a write they come up.
DISK_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EIO})
# SQLite's primary result codes (https://sqlite.org/rescode.html) that concern the disk.
SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_FULL, SQLITE_IOERR = 8, 14, 13, 10


def _folder(path: Path) -> Path:
    """The folder `path` is in (or `path` itself if it is a folder): what a person looks at."""
    try:
        return path if path.is_dir() else path.parent
    except OSError:
        return path.parent


def _short(path: Path, limit: int = 60) -> str:
    text = str(path)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(exc: OSError, path: Path | None = None) -> str:
    """One line for `exc`, naming `path` (the file the person chose; else the one in `exc`)."""
    where = path if path is not None else Path(exc.filename or "")
    folder = _folder(where)
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        text = translate(
            "Files", "the disk holding {folder} is full: free some space or choose another place"
        )
    elif code == errno.EFBIG:
        text = translate(
            "Files", "{path} is too large for the disk holding {folder}: choose another place"
        )
    elif code == errno.EROFS:
        text = translate(
            "Files",
            "{folder} is on a write-protected disk: remove the write protection or choose "
            "another place",
        )
    elif code in (errno.EACCES, errno.EPERM):
        text = translate(
            "Files",
            "no permission to use {path}: choose another place, or ask whoever looks after this PC",
        )
    elif code == errno.ELOOP:
        text = translate(
            "Files",
            "{path} is a loop of symbolic links that leads to no file: name the file itself",
        )
    elif code == errno.ENAMETOOLONG:
        text = translate("Files", "the name {short} is too long: choose a shorter name")
    elif code == errno.ENOTDIR:
        text = translate(
            "Files", "{path} goes through a file as if it were a folder: check the name"
        )
    elif code == errno.EISDIR:
        text = translate("Files", "{path} is a folder, not a file")
    elif code == errno.ENOENT and not where.parent.is_dir():
        text = translate("Files", "the folder {parent} does not exist")
    elif code == errno.ENOENT:
        text = translate("Files", "{path} does not exist")
    elif code == errno.EIO:
        text = translate(
            "Files",
            "the disk holding {folder} failed (a read or write error): check the disk or "
            "choose another place",
        )
    else:
        text = translate("Files", "cannot use {path}: {why}")
    return text.format(
        path=where, folder=folder, parent=where.parent, short=_short(where), why=exc.strerror or exc
    )


def file_error(exc: OSError, path: Path | None = None) -> FileAccessError:
    """`exc` as the UserError that the command line and the windows show as one line."""
    return FileAccessError(describe(exc, path), exc.errno)


def resolved(path: Path) -> Path:
    """`path.resolve()`, with a loop of links raised as a FileAccessError naming `path`
    (Python 3.11 raises RuntimeError, which no caller expects from a file name)."""
    try:
        return path.resolve()
    except RuntimeError as exc:
        raise file_error(OSError(errno.ELOOP, os.strerror(errno.ELOOP)), path) from exc
    except OSError as exc:
        raise file_error(exc, path) from exc


def refuse_odd_file(path: Path) -> bool:
    """Before `path` is opened to be read: raise FileAccessError if the system refuses the
    name (a loop of links, a name too long, a path through a file) or if it is a pipe, a
    device or a socket (opening a pipe would wait for ever). True if a file or folder is
    there, False if nothing is (a dangling link included)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise file_error(exc, path) from exc
    except RuntimeError as exc:  # Python 3.11 on some loops of links
        raise file_error(OSError(errno.ELOOP, os.strerror(errno.ELOOP)), path) from exc
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise FileAccessError(
            translate(
                "Files", "{path} is not a file but a pipe, a device or a socket: name a file"
            ).format(path=path)
        )
    return True


SQLITE_HEADER = b"SQLite format 3\x00"


def refuse_database_target(path: Path) -> None:
    """Before `path` is replaced by a document or an export: raise FileAccessError if it is an
    SQLite file (the showcase itself when its name ends in .csv or .pdf, or a backup), which no
    export is ever meant to overwrite."""
    try:
        with path.open("rb") as handle:
            start = handle.read(len(SQLITE_HEADER))
    except OSError:
        return  # nothing there, or not readable: the writing says what is wrong, if anything
    if start == SQLITE_HEADER:
        raise FileAccessError(
            translate(
                "Files",
                "{path} is a database (a showcase or a backup of one), not written over: "
                "choose another name",
            ).format(path=path)
        )


def read_only_medium(path: Path) -> bool:
    """Whether `path` (a file or folder; else its nearest existing folder) is on a file system
    mounted read-only: a write-protected USB stick or SD card, a CD."""
    for candidate in (path, *path.parents):
        try:
            return bool(os.statvfs(candidate).f_flag & os.ST_RDONLY)
        except OSError:
            continue
    return False


def writable(path: Path) -> bool:
    """Whether this process may change the existing file or folder `path` (the medium and the
    permissions both; root is refused only by a read-only medium or an immutable file)."""
    return not read_only_medium(path) and os.access(path, os.W_OK)


def write_protected_database(path: Path) -> str:
    """What to say about a database file that cannot be changed because it, its folder or its
    disk is write-protected: the file is intact, and restoring a backup over it is no remedy."""
    return translate(
        "Files",
        "{path} is write-protected (the file, its folder or its disk), so Etalase cannot "
        "change it; it is not damaged: remove the write protection, or copy the file to a "
        "folder that can be written and open it there",
    ).format(path=path)


def sqlite_errno(code: int | None, path: Path) -> int | None:
    """The system's reason behind SQLite's result `code` for a file at `path`, if it is the disk
    (full, write-protected), else None."""
    if code is None:
        return None
    primary = code & 0xFF  # extended codes keep the primary code in the low byte
    if primary == SQLITE_FULL:
        return errno.ENOSPC
    if primary in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR) and read_only_medium(path):
        return errno.EROFS
    if primary == SQLITE_READONLY:
        return errno.EACCES
    return None


def disk_error(exc: BaseException, path: Path) -> FileAccessError | None:
    """`exc` as the FileAccessError about `path` if a full or write-protected disk (or a disk
    error) is behind it: an OSError, or SQLite's error however SQLAlchemy wrapped it; else None."""
    seen: BaseException | None = exc
    for _ in range(8):  # follow the chain a little way
        if seen is None:
            return None
        if isinstance(seen, OSError):
            return file_error(seen, path) if seen.errno in DISK_ERRNOS else None
        if isinstance(seen, sqlite3.Error):
            reason = sqlite_errno(getattr(seen, "sqlite_errorcode", None), path)
            if reason is None:
                return None
            return file_error(OSError(reason, os.strerror(reason), str(path)), path)
        orig = getattr(seen, "orig", None)
        seen = orig if isinstance(orig, BaseException) else (seen.__cause__ or seen.__context__)
    return None
