"""Writing a file so that it is either complete or not there: no half-written CSV or PDF.

Used by everything that writes a file for staff (exports, label PDFs, catalogues, visit reports).
A full or write-protected disk, or a name the system refuses, ends as a FileAccessError that
says so (showcase.file_errors), with nothing left behind.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any, TypeVar

from showcase.file_errors import (
    DISK_ERRNOS,
    file_error,
    refuse_database_target,
    refuse_odd_file,
)

T = TypeVar("T")


@contextmanager
def replaced_when_complete(
    path: Path, *, binary: bool = False, encoding: str | None = None
) -> Iterator[IO[Any]]:
    """Write through a hidden file beside `path`; when the block ends, flush it to disk and
    rename it over `path`. If anything fails, the hidden file is removed and `path` is left as
    it was. What the system refuses about `path` (opening, writing, a full disk, the rename)
    is raised as a FileAccessError naming it; any other OSError of the block propagates."""
    # Beside the destination: the rename then stays on one file system (and is atomic).
    # A loop of links, a pipe or a device is not replaced by a file; nor is a database.
    if refuse_odd_file(path):
        refuse_database_target(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    in_block = False
    try:
        partial.unlink(missing_ok=True)  # left by a run killed earlier under this process id
        # "x" (not tempfile): the file gets the usual permissions, not tempfile's 0600.
        opened = (
            partial.open("xb")
            if binary
            else partial.open("x", encoding=encoding or "utf-8", newline="")
        )
        with opened as handle:
            in_block = True
            yield handle
            in_block = False
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as exc:
        _remove_quietly(partial)
        if in_block and exc.errno not in DISK_ERRNOS:
            raise  # the block's own reading (a photo, a source file): for its caller to tell
        raise file_error(exc, path) from exc
    except BaseException:
        _remove_quietly(partial)
        raise


def _remove_quietly(path: Path) -> None:
    """Remove `path` if it is there and can be: the error that stopped the writing is the one
    to tell, not a second one about cleaning up."""
    with suppress(OSError):
        path.unlink(missing_ok=True)


def write_whole(handle: IO[bytes], write: Callable[[IO[bytes]], T]) -> T:
    """Have `write` write into memory, then put the bytes into `handle` in one go.

    For a writer that keeps the handle in an object of its own (openpyxl's zip file): if the
    disk fills halfway, that object would try again from its destructor, on a closed file,
    and print a traceback after the message."""
    buffer = io.BytesIO()
    result = write(buffer)
    handle.write(buffer.getbuffer())
    return result


def install_complete(partial: Path, path: Path) -> None:
    """Put the finished file `partial` (written beside `path` by something that cannot write
    through `replaced_when_complete`, such as SQLite) in place of `path`: flushed to disk, then
    renamed over it, then the folder flushed, so that a power cut leaves one or the other whole.
    A refusal (a full or write-protected disk) removes `partial` and raises FileAccessError."""
    try:
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as exc:
        _remove_quietly(partial)
        raise file_error(exc, path) from exc
    if hasattr(os, "O_DIRECTORY"):  # POSIX: the rename itself reaches the disk
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
