"""A server's product table kept in name order (store/product_order.py): after a copy onto a
server, an import into it and a restore onto it, the rows lie on disk in the order staff list
them, so search while typing reads a fraction of the pages; when the server will not let the
table be rewritten, what was written stands and the refusal is logged."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from showcase.inventory.importing.apply import import_sheet
from showcase.inventory.importing.files import read_sheet
from showcase.store.copy import copy_showcase
from showcase.store.db import Database
from showcase.store.opening import open_showcase, restore_showcase
from showcase.store.product_order import order_products
from tests.helpers.import_fixtures import fill, write_csv
from tests.helpers.lan import desk_url, prepared_showcase
from tests.helpers.postgres import PostgresServer
from tests.helpers.product_order import in_name_order, names_on_disk

HEADER = ["kode", "nama", "harga", "stok", "kategori", "produsen", "kabupaten"]


def _import_new_products(database: Database, tmp_path: Path, count: int) -> None:
    """New products whose names sort before every product already there ("Abon …"), as a
    clerk's spreadsheet brings them: written after the others, at the table's end."""
    rows = [
        [f"NEW-{n:03d}", f"Abon ikan {count - n:03d}", 25_000, 3, "Kopi", "Kopi Siger", ""]
        for n in range(count)
    ]
    import_sheet(database, read_sheet(write_csv(tmp_path / "baru.csv", [HEADER, *rows])))


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A showcase file whose newest products (imported last) sort before all the others."""
    path = tmp_path / "source.db"
    database = open_showcase(path)
    fill(database)
    _import_new_products(database, tmp_path, 40)
    database.close()
    return path


@pytest.fixture
def desk(postgres: PostgresServer) -> Iterator[tuple[Database, str]]:
    """An empty showcase on a server prepared by `server init`, opened with the desk login (which
    takes the tables' owner role only to rewrite one), and the database's name."""
    name = prepared_showcase(postgres)
    database = open_showcase(desk_url(postgres, name))
    yield database, name
    database.close()
    postgres.drop_database(name)


def test_a_copy_onto_a_server_stores_its_products_in_name_order_and_compact(
    source: Path, postgres: PostgresServer
) -> None:
    """Products arrive with no stock and the stock trigger updates each one for every
    movement; the copy then rewrites the table in name order without those row versions."""
    name = prepared_showcase(postgres)
    try:
        copy_showcase(source, desk_url(postgres, name))
        assert len(names_on_disk(postgres, name)) == 43
        assert in_name_order(postgres, name)
        size = "SELECT pg_relation_size('product')"
        copied = postgres.execute(size, name)[0][0]
        postgres.execute("VACUUM FULL product", name)
        assert copied == postgres.execute(size, name)[0][0]
    finally:
        postgres.drop_database(name)


def test_an_import_on_a_server_leaves_the_productsin_name_order(
    desk: tuple[Database, str], postgres: PostgresServer, tmp_path: Path
) -> None:
    database, name = desk
    fill(database)
    _import_new_products(database, tmp_path, 30)
    names = names_on_disk(postgres, name)
    assert len(names) == 33 and names[0] == "abon ikan 001"
    assert in_name_order(postgres, name)


def test_a_restore_onto_a_server_leaves_the_productsin_name_order(
    desk: tuple[Database, str], postgres: PostgresServer, source: Path
) -> None:
    database, name = desk
    restore_showcase(database, source)
    assert len(names_on_disk(postgres, name)) == 43
    assert in_name_order(postgres, name)


def test_a_table_another_pc_holds_is_left_as_it_is_and_the_refusal_logged(
    desk: tuple[Database, str],
    postgres: PostgresServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Another PC reading the products in a transaction that does not end: the rewrite waits
    two seconds (meanwhile other PCs' reads queue behind it), gives up, and the products are
    all there as they were."""
    database, name = desk
    fill(database)
    _import_new_products(database, tmp_path, 5)
    postgres.execute("UPDATE product SET stock = stock + 1 WHERE code = 'NEW-003'", name)
    before = names_on_disk(postgres, name)
    assert not in_name_order(postgres, name)  # the updated row moved to the table's end
    with postgres.connect(name) as other:
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM product").fetchone()
        with database.engine.connect() as connection:
            started = time.monotonic()
            with caplog.at_level(logging.WARNING, logger="showcase.store.product_order"):
                assert order_products(connection) is False
            assert 1.9 < time.monotonic() - started < 8  # its own wait, not the 10 s of others
        other.execute("ROLLBACK")
    assert "could not be put in name order" in caplog.text
    assert names_on_disk(postgres, name) == before
    with database.engine.connect() as connection:  # and once nobody holds it, it is done
        assert order_products(connection) is True
    assert in_name_order(postgres, name)
