"""Backups and restore of a showcase on a real PostgreSQL server, through the desk login that
`server init` made: a backup is an Etalase file in this PC's data folder (rotated as a file's),
which opens on any PC; a restore checks the file first, keeps the current data as a backup,
writes everything in one transaction (a restore stopped half-way changes nothing), and the
kiosks hear of it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from showcase.errors import DatabaseFileError
from showcase.inventory.producers import ProducerInput, create_producer
from showcase.inventory.products import ProductInput, create_product
from showcase.paths import user_data_dir
from showcase.store import live
from showcase.store.backup import backups_folder, list_backups
from showcase.store.db import Database
from showcase.store.location import parse_location
from showcase.store.models import AuditEntry, Product, StockMovement
from showcase.store.opening import backup_showcase, open_showcase, restore_showcase
from tests.helpers.lan import desk_url, kiosk_url, prepared_showcase
from tests.helpers.plain import product_codes
from tests.helpers.postgres import PostgresServer


@pytest.fixture
def desk(postgres: PostgresServer, demo_template: Path) -> Iterator[Database]:
    """The demo showcase on a server prepared by `server init`, opened with the desk login."""
    name = prepared_showcase(postgres, demo_template)
    database = open_showcase(desk_url(postgres, name))
    database.actor = "Siti"
    yield database
    database.close()
    postgres.drop_database(name)


def _add_product(database: Database, code: str) -> None:
    with database.session() as session:
        producer = create_producer(session, ProducerInput(f"Produsen {code}", kabupaten="Mesuji"))
        create_product(
            session,
            ProductInput(code=code, name_id=f"Produk {code}", producer_id=producer.id),
            initial_stock=4,
        )


def test_a_backup_of_a_server_is_a_file_in_this_pcs_data_folder_that_opens_anywhere(
    desk: Database,
) -> None:
    written = backup_showcase(desk, reason="manual", now=datetime(2026, 12, 7, 8, 15, 2))
    assert written.parent == user_data_dir() / "servers" / "backups"
    assert written.parent == backups_folder(desk.path)
    assert written.name.endswith("-20261207-081502-manual.db")
    assert product_codes(written) == product_codes(desk)
    # A file like any other: opened with the file store, read-only needs no -wal beside it.
    assert not written.with_name(written.name + "-wal").exists()
    as_file = open_showcase(written)
    try:
        assert product_codes(as_file) == product_codes(desk)
    finally:
        as_file.close()
    assert [info.path for info in list_backups(desk.path)] == [written]


def test_server_backups_rotate_by_the_rules_of_a_file(desk: Database) -> None:
    folder = backups_folder(desk.path)
    folder.mkdir(parents=True)
    stem = desk.path.stem
    for day in range(1, 10):  # nine old daily backups and one of another server
        (folder / f"{stem}-202611{day:02}-090000-daily.db").write_bytes(b"")
    other = folder / "127.0.0.1-5432-elsewhere-20261101-090000-daily.db"
    other.write_bytes(b"")
    manual = folder / f"{stem}-20261001-090000-manual.db"
    manual.write_bytes(b"")
    written = backup_showcase(desk, reason="daily", now=datetime(2026, 11, 30, 9, 0, 0))
    kept = sorted(p.name for p in folder.iterdir())
    dailies = [name for name in kept if name.startswith(stem) and name.endswith("-daily.db")]
    # the 7 newest days (the 30th, the 9th … 4th) and the newest of each of the 4 newest weeks
    # (the 30th, 9th and 8th among them, and the 1st, a Sunday)
    days = [30, 9, 8, 7, 6, 5, 4, 1]
    assert sorted(dailies) == sorted(f"{stem}-202611{day:02}-090000-daily.db" for day in days)
    assert written.name == f"{stem}-20261130-090000-daily.db"
    assert other.name in kept and manual.name in kept


def test_a_restore_brings_the_backup_back_and_keeps_the_current_data(
    desk: Database, postgres: PostgresServer
) -> None:
    backup = backup_showcase(desk, reason="manual", now=datetime(2026, 12, 1, 8, 0, 0))
    before = product_codes(desk)
    _add_product(desk, "BARU-1")
    assert "BARU-1" in product_codes(desk)
    name = desk.server.dbname if desk.server else ""
    kiosk = live.kiosk_connect(parse_location(kiosk_url(postgres, name)))
    try:
        live.listen(kiosk)
        counter = live.change_counter(kiosk)
        result = restore_showcase(desk, backup, now=datetime(2026, 12, 7, 9, 0, 0))
        # The kiosks follow: the counter moved and the notification came.
        assert live.change_counter(kiosk) > counter
        assert live.drain(kiosk) >= 1
    finally:
        kiosk.close()
    assert product_codes(desk) == before
    assert result.products == len(before) and not result.migrated
    assert result.taken_at == datetime(2026, 12, 1, 8, 0, 0)
    assert result.kept_as is not None and result.kept_as.name.endswith("-before-restore.db")
    assert "BARU-1" in product_codes(result.kept_as)
    with desk.session() as session:  # stock is the sum of the movements, not twice that
        stock = session.scalar(select(func.sum(Product.stock)))
        moved = session.scalar(select(func.sum(StockMovement.quantity)))
        assert stock == moved
        # the change history is the backup's: the new product's entries went with it
        assert not session.scalars(
            select(AuditEntry).where(AuditEntry.summary.contains("BARU-1"))
        ).first()
    _add_product(desk, "BARU-2")  # ids go on after the restored ones
    assert "BARU-2" in product_codes(desk)


@pytest.mark.parametrize(
    "content",
    [b"", b"not a database at all", None],
    ids=["empty", "text", "another-program"],
)
def test_a_bad_backup_is_refused_and_the_server_is_untouched(
    desk: Database, tmp_path: Path, content: bytes | None
) -> None:
    bad = tmp_path / "bad.db"
    if content is None:
        connection = sqlite3.connect(bad)
        connection.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY)")
        connection.commit()
        connection.close()
    else:
        bad.write_bytes(content)
    before = product_codes(desk)
    with pytest.raises(DatabaseFileError):
        restore_showcase(desk, bad)
    assert product_codes(desk) == before
    assert list_backups(desk.path) == []  # not even the before-restore backup


def test_a_restore_stopped_half_way_changes_nothing(desk: Database) -> None:
    backup = backup_showcase(desk, reason="manual")
    _add_product(desk, "BARU-1")
    before = product_codes(desk)
    steps: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        if done == 4:  # the server stopped answering, a power cut on this PC …
            raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        restore_showcase(desk, backup, progress=progress)
    assert product_codes(desk) == before
    assert steps[-1][0] == 4 and steps[-1][1] > 4
