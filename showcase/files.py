"""Writing a file so that it is either complete or not there: no half-written CSV or PDF.

Used by everything that writes a file for staff (exports, label PDFs, catalogues, visit reports).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def replaced_when_complete(
    path: Path, *, binary: bool = False, encoding: str | None = None
) -> Iterator[IO[Any]]:
    """Write through a hidden file beside `path`; when the block ends, flush it to disk and
    rename it over `path`. If anything fails, the hidden file is removed and `path` is left as
    it was. OSError propagates, for the caller to put into words."""
    # Beside the destination: the rename then stays on one file system (and is atomic).
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        partial.unlink(missing_ok=True)  # left by a run killed earlier under this process id
        # "x" (not tempfile): the file gets the usual permissions, not tempfile's 0600.
        opened = (
            partial.open("xb")
            if binary
            else partial.open("x", encoding=encoding or "utf-8", newline="")
        )
        with opened as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def install_complete(partial: Path, path: Path) -> None:
    """Put the finished file `partial` (written beside `path` by something that cannot write
    through `replaced_when_complete`, such as SQLite) in place of `path`: flushed to disk, then
    renamed over it, then the folder flushed, so that a power cut leaves one or the other whole."""
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, path)
    if hasattr(os, "O_DIRECTORY"):  # POSIX: the rename itself reaches the disk
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
