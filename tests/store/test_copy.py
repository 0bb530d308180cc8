"""`copy`: a whole showcase from a file to a server and back, every row and id, stock never
doubled, exports alike on both sides; a destination that is not new refused untouched; a copy
killed half-way leaving nothing usable-looking behind."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from showcase.errors import ServerError, UserError
from showcase.inventory.demo.showcase import build_demo
from showcase.inventory.export import export_table
from showcase.store.copy import copy_showcase
from showcase.store.db import Database
from showcase.store.models import (
    AuditEntry,
    Base,
    KioskVisit,
    Photo,
    PhotoPrint,
    Product,
    Setting,
    StaffAccount,
    StockMovement,
)
from showcase.store.opening import open_showcase
from tests.helpers.postgres import PostgresServer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A file holding the demo showcase, visits, an account and some history."""
    path = tmp_path_factory.mktemp("copy") / "source.db"
    database = open_showcase(path)
    database.actor = "Siti"
    with database.session() as session:
        build_demo(session)
        session.add(StaffAccount(name="Siti", role="admin", pin_hash="scrypt$1$2$3$salt$hash"))
        session.add_all(
            [
                KioskVisit(day=date(2026, 11, 1), kind="product", ref="1", count=7),
                KioskVisit(day=date(2026, 11, 2), kind="search", ref="kopi <b>", count=2),
                Setting(key="center_name", value="UMKM Center Bakauheni"),
            ]
        )
        photo = session.scalars(select(Photo).limit(1)).one()
        session.add(
            PhotoPrint(
                photo_id=photo.id, size_key="card4-704x528", width=1, height=1, image=b"\xff"
            )
        )
    database.close()
    return path


def _rows(database: Database) -> dict[str, list[tuple[object, ...]]]:
    tables: dict[str, list[tuple[object, ...]]] = {}
    with database.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns)
            tables[table.name] = [
                tuple(r) for r in connection.execute(select(table).order_by(*order))
            ]
    return tables


def _stock_is_the_sum(database: Database) -> None:
    with database.session() as session:
        sums = dict(
            session.execute(
                select(StockMovement.product_id, func.sum(StockMovement.quantity)).group_by(
                    StockMovement.product_id
                )
            ).all()
        )
        for product_id, stock in session.execute(select(Product.id, Product.stock)):
            assert stock == sums.get(product_id, 0)


def _exports(database: Database, folder: Path) -> dict[str, bytes]:
    folder.mkdir()
    files = {}
    with database.session() as session:
        for what in ("products", "producers", "movements", "visits"):
            export_table(session, what, folder / f"{what}.csv")
            files[what] = (folder / f"{what}.csv").read_bytes()
    return files


def test_file_to_server_and_back_keeps_every_row(
    demo_source: Path, postgres: PostgresServer, tmp_path: Path
) -> None:
    name = postgres.create_database()
    result = copy_showcase(demo_source, postgres.url(name))
    assert result.rows["product"] > 0 and result.rows["photo"] > 0
    back = tmp_path / "back.db"
    copy_showcase(postgres.url(name), back)

    source = open_showcase(demo_source)
    server = open_showcase(postgres.url(name))
    returned = open_showcase(back)
    try:
        expected = _rows(source)
        assert expected["stock_movement"] and expected["audit_entry"] and expected["kiosk_visit"]
        assert _rows(server) == expected
        assert _rows(returned) == expected
        for database in (server, returned):
            _stock_is_the_sum(database)
        assert _exports(server, tmp_path / "a") == _exports(source, tmp_path / "b")
        assert _exports(returned, tmp_path / "c") == _exports(source, tmp_path / "b2")
        # New rows continue after the copied ids, on the server too.
        with server.session() as session:
            product = Product(code="NEW-0001", name_id="Baru", certificates=[], export_markets=[])
            session.add(product)
            session.add(AuditEntry(action="x", entity="y", summary="", changes={}))
            session.flush()
            assert product.id == max(row[0] for row in expected["product"]) + 1
    finally:
        for database in (source, server, returned):
            database.close()
        postgres.drop_database(name)


def _stored(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows as SQLite holds them (text, integer, blob: no SQLAlchemy between)."""
    connection = sqlite3.connect(path)
    try:
        return {
            table.name: connection.execute(
                f'SELECT * FROM "{table.name}" ORDER BY '
                + ", ".join(f'"{column.name}"' for column in table.primary_key.columns)
            ).fetchall()
            for table in Base.metadata.sorted_tables
        }
    finally:
        connection.close()


def test_a_copy_from_a_server_stores_every_value_as_the_file_it_came_from(
    demo_source: Path, postgres: PostgresServer, tmp_path: Path
) -> None:
    # A server's rows go into a file (a backup, `copy`) as the server hands them over: times,
    # dates, yes/no, JSON and photos must land as the text, numbers and bytes SQLAlchemy
    # writes, or a restored showcase would read differently from the one backed up.
    name = postgres.create_database()
    try:
        copy_showcase(demo_source, postgres.url(name))
        back = tmp_path / "back.db"
        copy_showcase(postgres.url(name), back)
    finally:
        postgres.drop_database(name)
    expected, stored = _stored(demo_source), _stored(back)
    assert expected["audit_entry"] and expected["kiosk_visit"] and expected["photo_print"]
    for table, rows in expected.items():
        assert stored[table] == rows, table


def test_a_server_prepared_by_init_can_receive_a_copy(
    demo_source: Path, postgres: PostgresServer, _pg_template: str
) -> None:
    name = postgres.create_database(_pg_template)  # the schema, no rows
    copy_showcase(demo_source, postgres.url(name))
    count = postgres.execute("SELECT count(*) FROM product", name)[0][0]
    assert isinstance(count, int) and count > 0
    postgres.drop_database(name)


def test_a_copy_onto_a_server_leaves_the_planner_its_statistics(
    demo_source: Path, postgres: PostgresServer
) -> None:
    """Searched at once after the copy, with plans made knowing the rows (ANALYZE), not after
    autovacuum has come round."""
    name = postgres.create_database()
    try:
        copy_showcase(demo_source, postgres.url(name))
        products = postgres.execute("SELECT count(*) FROM product", name)[0][0]
        planned = postgres.execute(
            "SELECT reltuples FROM pg_class WHERE relname = 'product'", name
        )[0][0]
        assert isinstance(products, int) and products > 0
        assert planned == products
    finally:
        postgres.drop_database(name)


def test_an_existing_file_is_refused_untouched(demo_source: Path, tmp_path: Path) -> None:
    dest = tmp_path / "there.db"
    dest.write_bytes(b"mine")
    with pytest.raises(UserError, match="exists already"):
        copy_showcase(demo_source, dest)
    assert dest.read_bytes() == b"mine"


def test_a_server_database_with_a_showcase_is_refused_untouched(
    demo_source: Path, postgres: PostgresServer, pg_db: Database
) -> None:
    with pg_db.session() as session:
        session.add(Product(code="MINE-1", name_id="x", certificates=[], export_markets=[]))
    url = postgres.url(pg_db.server.dbname)  # type: ignore[union-attr]
    pg_db.close()
    with pytest.raises(ServerError, match="already holds a showcase"):
        copy_showcase(demo_source, url)
    rows = postgres.execute("SELECT code FROM product", pg_db.server.dbname)  # type: ignore[union-attr]
    assert rows == [("MINE-1",)]


def test_another_programs_database_is_refused_untouched(
    demo_source: Path, postgres: PostgresServer
) -> None:
    name = postgres.create_database()
    postgres.execute("CREATE TABLE invoices (id int)", name)
    with pytest.raises(ServerError, match="not an Etalase showcase"):
        copy_showcase(demo_source, postgres.url(name))
    assert postgres.execute("SELECT tablename FROM pg_tables WHERE schemaname='public'", name) == [
        ("invoices",)
    ]
    postgres.drop_database(name)


def test_a_missing_source_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        copy_showcase(tmp_path / "nothing.db", tmp_path / "dest.db")
    assert not (tmp_path / "dest.db").exists()


def _killed_copy(source: str, dest: str, when_table: str) -> None:
    """Run a copy in another process and kill it (SIGKILL) once it is copying `when_table`."""
    code = (
        "import sys\n"
        "from showcase.store.copy import copy_showcase\n"
        "def progress(table, rows):\n"
        f"    if table == {when_table!r}:\n"
        "        print('now', flush=True)\n"
        "        import time; time.sleep(60)\n"
        f"copy_showcase({source!r}, {dest!r}, progress)\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "now"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def test_a_copy_into_a_server_killed_half_way_leaves_it_empty(
    demo_source: Path, postgres: PostgresServer, _pg_template: str
) -> None:
    name = postgres.create_database()
    url = postgres.url(name)
    _killed_copy(str(demo_source), url, "stock_movement")
    tables = postgres.execute("SELECT tablename FROM pg_tables WHERE schemaname='public'", name)
    assert tables == []  # schema and rows were one transaction
    copy_showcase(demo_source, url)  # and it can be copied into afterwards
    postgres.drop_database(name)


def test_a_copy_into_a_file_killed_half_way_leaves_no_file(
    demo_source: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "usb" / "showcase.db"
    dest.parent.mkdir()
    _killed_copy(str(demo_source), str(dest), "stock_movement")
    assert not dest.exists()
    copy_showcase(demo_source, dest)  # the leftover .partial is no obstacle
    assert dest.exists()
    assert not dest.with_name("showcase.db.partial").exists()
