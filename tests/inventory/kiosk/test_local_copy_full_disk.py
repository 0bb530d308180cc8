"""The kiosk's local copy of a server showcase on a disk that is full (a real tmpfs, root
only): the refresh says which disk is full, leaves the old copy as it was and nothing beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from showcase.errors import FileAccessError
from showcase.inventory.kiosk.local_copy import usable_copy
from tests.helpers.mounts import fill, mounted_tmpfs, needs_root

pytestmark = needs_root


def test_a_refresh_on_a_full_disk_keeps_the_old_copy_and_leaves_nothing(
    refresh_copy: Callable[[Path], None], tmp_path: Path
) -> None:
    with mounted_tmpfs(tmp_path / "kiosk", "24m") as folder:
        path = folder / "copy.db"
        refresh_copy(path)
        before = path.read_bytes()
        names = {p.name for p in folder.iterdir()}
        fill(folder, leave=1_000_000)  # less than a copy with its photos
        with pytest.raises(FileAccessError) as refused:
            refresh_copy(path)
        assert str(refused.value) == (
            f"the disk holding {folder} is full: free some space or choose another place"
        )
        assert path.read_bytes() == before and usable_copy(path)
        assert {p.name for p in folder.iterdir()} == names | {"filler.bin"}
