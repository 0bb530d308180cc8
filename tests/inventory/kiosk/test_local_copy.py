"""The kiosk's local copy of a server showcase: the same showcase as the server shows, written
whole beside the old copy and renamed over it; a refresh killed half-way leaves the old copy,
which still opens."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from showcase.inventory.kiosk import view
from showcase.inventory.kiosk.local_copy import (
    copy_made_at,
    empty_copy,
    install_copy,
    partial_path,
    usable_copy,
)
from showcase.inventory.kiosk.settings import check_kiosk_pin, kiosk_settings
from showcase.store.db import Reader
from showcase.store.live import kiosk_connect
from showcase.store.location import parse_server_url
from showcase.store.reader import PgConnection
from tests.helpers.paths import ROOT


def _shown_by(reader: Reader) -> tuple[object, ...]:
    return (
        view.category_tiles(reader),
        view.attract_cards(reader),
        view.cards(reader, text="kopi"),
        kiosk_settings(reader),
    )


def _shown(path: Path) -> tuple[object, ...]:
    reader = view.open_kiosk_reader(path)
    try:
        return _shown_by(reader)
    finally:
        reader.close()


def test_the_copy_shows_what_the_server_shows(
    server_demo_url: str, refresh_copy: Callable[[Path], None], tmp_path: Path
) -> None:
    path = tmp_path / "kiosk" / "copy.db"
    path.parent.mkdir()
    refresh_copy(path)
    assert usable_copy(path) and copy_made_at(path) is not None
    assert not partial_path(path).exists()
    # One file (no -wal, nothing partial), beside the empty schema refreshes start from.
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.startswith(".kiosk-schema"))
    assert [p.name for p in path.parent.iterdir() if "copy" in p.name] == ["copy.db"]
    connection = kiosk_connect(parse_server_url(server_demo_url))
    on_server = _shown_by(PgConnection(connection))
    connection.close()
    assert _shown(path) == on_server
    reader = view.open_kiosk_reader(path)
    card = on_server[1][0]
    page = view.product(reader, card.id, "whatsapp")
    assert page is not None and view.photo_bytes(reader, page.photo_ids[0])
    # What the copy holds of the staff's world: no accounts, no history, no stock movements.
    for table in ("staff_account", "audit_entry", "stock_movement", "kiosk_visit"):
        assert reader.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
    assert check_kiosk_pin(reader, "2468") and not check_kiosk_pin(reader, "0000")
    reader.close()


def test_an_empty_copy_shows_an_empty_kiosk(tmp_path: Path) -> None:
    path = tmp_path / "copy.db"
    install_copy(empty_copy(path), path)
    assert usable_copy(path) and copy_made_at(path) is None
    reader = view.open_kiosk_reader(path)
    assert view.attract_cards(reader) == [] and view.category_tiles(reader) == []
    reader.close()


def test_a_refresh_killed_half_way_leaves_the_old_copy(
    server_demo_url: str, refresh_copy: Callable[[Path], None], tmp_path: Path
) -> None:
    path = tmp_path / "copy.db"
    refresh_copy(path)
    before = path.read_bytes()
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from showcase.inventory.kiosk.local_copy import write_copy\n"
        "from showcase.store.live import kiosk_connect\n"
        "from showcase.store.location import parse_server_url\n"
        "from showcase.store.reader import PgConnection\n"
        "connection = kiosk_connect(parse_server_url(sys.argv[1]))\n"
        "connection.execute('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')\n"
        "def progress(table, rows):\n"
        "    if table == 'photo':\n"
        "        print('half-way', flush=True)\n"
        "        time.sleep(60)\n"
        "write_copy(PgConnection(connection), Path(sys.argv[2]), progress=progress)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, server_demo_url, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "half-way"
        assert partial_path(path).exists()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert path.read_bytes() == before
    assert usable_copy(path)
    assert _shown(path)[0]
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    # The next refresh starts afresh over what the killed one left.
    refresh_copy(path)
    assert usable_copy(path) and not partial_path(path).exists()
