"""The kiosk's local copy of a server showcase on a disk that is full (a real tmpfs, root
only): the refresh says which disk is full, leaves the old copy as it was and nothing beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from showcase.errors import FileAccessError
from showcase.inventory.kiosk.local_copy import install_copy, usable_copy, write_copy
from showcase.store.live import kiosk_connect
from showcase.store.location import parse_server_url
from showcase.store.reader import PgConnection
from tests.helpers.lan import kiosk_url, prepared_showcase
from tests.helpers.mounts import fill, mounted_tmpfs, needs_root
from tests.helpers.postgres import PostgresServer

pytestmark = needs_root


def _refresh(url: str, path: Path) -> None:
    connection = kiosk_connect(parse_server_url(url))
    try:
        connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        partial = write_copy(PgConnection(connection), path)
        connection.rollback()
    finally:
        connection.close()
    install_copy(partial, path)


def test_a_refresh_on_a_full_disk_keeps_the_old_copy_and_leaves_nothing(
    postgres: PostgresServer, demo_template: Path, tmp_path: Path
) -> None:
    url = kiosk_url(postgres, prepared_showcase(postgres, demo_template))
    with mounted_tmpfs(tmp_path / "kiosk", "24m") as folder:
        path = folder / "copy.db"
        _refresh(url, path)
        before = path.read_bytes()
        names = {p.name for p in folder.iterdir()}
        fill(folder, leave=1_000_000)  # less than a copy with its photos
        with pytest.raises(FileAccessError) as refused:
            _refresh(url, path)
        assert str(refused.value) == (
            f"the disk holding {folder} is full: free some space or choose another place"
        )
        assert path.read_bytes() == before and usable_copy(path)
        assert {p.name for p in folder.iterdir()} == names | {"filler.bin"}
