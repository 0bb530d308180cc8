"""A server's product table kept in name order (store/product_order.py): after a copy onto a
server, an import writing a tenth of its products or more and a restore onto it, the rows lie on
disk in the order staff list them, so search while typing reads a fraction of the pages; a
smaller import leaves the table's file as it was; when the server will not let the table be
rewritten, what was written stands and the refusal is logged."""

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


def _import_new_products(
    database: Database,
    tmp_path: Path,
    count: int,
    *,
    name: str = "Abon ikan",
    code: str = "NEW",
) -> None:
    """New products as a clerk's spreadsheet brings them, `name` numbered down to 1 and codes
    CODE-000 up: written after the others, at the table's end ("Abon …" sorts before every
    product already there)."""
    rows = [
        [f"{code}-{n:03d}", f"{name} {count - n:03d}", 25_000, 3, "Kopi", "Kopi Siger", ""]
        for n in range(count)
    ]
    import_sheet(database, read_sheet(write_csv(tmp_path / "baru.csv", [HEADER, *rows])))


def _filenode(postgres: PostgresServer, name: str) -> object:
    """The product table's file on the server: a rewrite (CLUSTER) writes a new one."""
    return postgres.execute("SELECT pg_relation_filenode('product')", name)[0][0]


def _fill_270(database: Database, tmp_path: Path) -> None:
    """270 products ("Tapis Lampung 001" to 267 and fill's three), the table in name order."""
    fill(database)
    _import_new_products(database, tmp_path, 267, name="Tapis Lampung", code="TAP")


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
    """30 new products into a showcase of 3 are most of it: the table is rewritten."""
    database, name = desk
    fill(database)
    before = _filenode(postgres, name)
    _import_new_products(database, tmp_path, 30)
    names = names_on_disk(postgres, name)
    assert len(names) == 33 and names[0] == "abon ikan 001"
    assert in_name_order(postgres, name)
    assert _filenode(postgres, name) != before


@pytest.mark.parametrize(("count", "rewritten"), [(5, False), (29, False), (30, True)])
def test_an_import_rewrites_the_table_only_when_it_adds_a_tenth_of_the_products(
    desk: tuple[Database, str],
    postgres: PostgresServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    count: int,
    rewritten: bool,
) -> None:
    """Into 270 products: 30 new ones are a tenth of the 300 after the import, and the table is
    rewritten in name order; 29 of 299 and 5 of 275 leave its file as it was (the kiosks' reads
    never wait), the new rows at its end, for the daily backup's check."""
    database, name = desk
    _fill_270(database, tmp_path)
    before = _filenode(postgres, name)
    with caplog.at_level(logging.DEBUG, logger="showcase.store.product_order"):
        _import_new_products(database, tmp_path, count)
    names = names_on_disk(postgres, name)
    assert len(names) == 270 + count
    new = [f"abon ikan {n:03d}" for n in range(1, count + 1)]
    assert sorted(n for n in names if n.startswith("abon")) == new
    assert (_filenode(postgres, name) != before) is rewritten
    assert in_name_order(postgres, name) is rewritten
    left = f"The import wrote {count} of {270 + count} products: name order left"
    assert (left in caplog.text) is not rewritten


@pytest.mark.parametrize(("count", "rewritten"), [(26, False), (27, True)])
def test_products_an_import_changes_count_toward_the_tenth(
    desk: tuple[Database, str],
    postgres: PostgresServer,
    tmp_path: Path,
    count: int,
    rewritten: bool,
) -> None:
    """New prices for 27 of 270 products (a tenth) rewrite the table; for 26, it stays."""
    database, name = desk
    _fill_270(database, tmp_path)
    before = _filenode(postgres, name)
    rows = [  # as _fill_270 wrote them, but for the price
        [f"TAP-{n:03d}", f"Tapis Lampung {267 - n:03d}", 9_000, 3, "Kopi", "Kopi Siger", ""]
        for n in range(count)
    ]
    import_sheet(database, read_sheet(write_csv(tmp_path / "harga.csv", [HEADER, *rows])))
    prices = postgres.execute("SELECT count(*) FROM product WHERE price = 9000", name)
    assert prices[0][0] == count
    assert (_filenode(postgres, name) != before) is rewritten
    if rewritten:
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
