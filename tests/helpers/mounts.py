"""Real full disks and write-protected disks for the tests: small tmpfs mounts (root only).

`mounted_tmpfs` mounts a fresh tmpfs on a folder and always unmounts it; `fill` leaves it with
no room (or a little); `write_protect` remounts it read-only, as a USB stick with its switch
set. Root ignores permission bits, so a chmod cannot stand in for either. Tests that use them
are marked `needs_root`: skipped, with the reason, only where the tests do not run as root
(CI runs as root).
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

FILLER = "filler.bin"

needs_root = pytest.mark.skipif(
    os.geteuid() != 0, reason="mounting a small tmpfs (a full or write-protected disk) needs root"
)


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@contextmanager
def mounted_tmpfs(folder: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of `size` mounted on `folder` (made if missing) for the block; unmounted after,
    also when the block fails (lazily if a test left a file open on it)."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        done = subprocess.run(["umount", str(folder)], capture_output=True)
        if done.returncode != 0:
            subprocess.run(["umount", "-l", str(folder)], check=True, capture_output=True)


def fill(folder: Path, *, leave: int = 0) -> None:
    """Fill the disk holding `folder` with one file, then give back `leave` bytes of it."""
    filler = folder / FILLER
    block = b"\0" * 65536
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    written = 0
    try:
        while True:
            written += os.write(handle, block)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC, exc
    finally:
        os.close(handle)
    if leave:
        os.truncate(filler, max(0, written - leave))


def write_protect(folder: Path) -> None:
    """Remount the tmpfs on `folder` read-only."""
    _mount("-o", "remount,ro", str(folder))


@contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """`path` (an existing file) made read-only by a read-only bind mount over it, in a folder
    that stays writable: a write-protected file, even for root."""
    _mount("--bind", str(path), str(path))
    try:
        _mount("-o", "remount,bind,ro", str(path))
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True, capture_output=True)


def contents(folder: Path) -> set[str]:
    """The names under `folder` (relative), but the filler."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.name != FILLER}
