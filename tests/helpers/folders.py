"""What a folder holds, to show that a refused command changed nothing in it and left nothing
beside the files it was given."""

from __future__ import annotations

import os
from pathlib import Path


def folder_snapshot(folder: Path, *, leave_out: tuple[str, ...] = ()) -> dict[str, object]:
    """Everything under `folder` by its path there: a file's bytes, a link's target, None for
    anything else (a folder, a pipe). Links are not followed; the entries of `folder` named in
    `leave_out` (the home folder, where the program writes its log) are passed over."""
    seen: dict[str, object] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder)
        if name.parts[0] in leave_out:
            continue
        if path.is_symlink():
            seen[str(name)] = ("link", os.readlink(path))
        elif path.is_file():
            seen[str(name)] = path.read_bytes()
        else:
            seen[str(name)] = None
    return seen
