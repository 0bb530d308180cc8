"""Faults of the real server while staff work: a connection killed (pg_terminate_backend) while a
product is saved, the server stopped in the middle of an import. Each save lands whole or is
reported as the server's problem, never half; saving again once the server is back works."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select, text

from showcase.errors import ServerError
from showcase.inventory.importing.apply import import_sheet
from showcase.inventory.importing.files import read_sheet
from showcase.inventory.products import ProductInput, create_product, get_product, update_product
from showcase.store import server_errors
from showcase.store.db import Database
from showcase.store.models import AuditEntry, Product
from showcase.ui.staff.records.product_editor import ProductEditor
from tests.helpers.import_fixtures import write_csv
from tests.helpers.postgres import PostgresServer


def _product(db: Database) -> int:
    with db.session() as s:
        return create_product(s, ProductInput("KOP-0001", "Kopi Robusta", price=25000)).id


def _kill_at_commit(db: Database, postgres: PostgresServer) -> None:
    """End the saving session's server connection just before its COMMIT, once."""
    done = False

    def kill(session: object) -> None:
        nonlocal done
        if done:
            return
        done = True
        pid = session.connection().execute(text("SELECT pg_backend_pid()")).scalar()  # type: ignore[attr-defined]
        postgres.execute(f"SELECT pg_terminate_backend({pid})")

    event.listen(db.sessions, "before_commit", kill)


def test_a_connection_killed_while_saving_is_reported_and_nothing_is_half_saved(
    pg_db: Database, postgres: PostgresServer
) -> None:
    product_id = _product(pg_db)
    _kill_at_commit(pg_db, postgres)
    with pytest.raises(ServerError) as caught, pg_db.session() as s:
        update_product(s, product_id, ProductInput("KOP-0001", "Kopi Baru", price=30000))
    assert caught.value.kind == server_errors.CONNECTION_LOST
    with pg_db.session() as s:
        product = get_product(s, product_id)
        assert (product.name_id, product.price, product.version) == ("Kopi Robusta", 25000, 1)
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 1  # the creation only
    # Saved again on a new connection: it lands whole.
    with pg_db.session() as s:
        update_product(s, product_id, ProductInput("KOP-0001", "Kopi Baru", price=30000), version=1)
    with pg_db.session() as s:
        assert get_product(s, product_id).name_id == "Kopi Baru"


def test_the_editor_keeps_its_values_when_the_connection_is_lost(
    qtbot: QtBot, pg_db: Database, postgres: PostgresServer
) -> None:
    product_id = _product(pg_db)
    editor = ProductEditor(pg_db, product_id)
    qtbot.addWidget(editor)
    editor.confirm_discard = lambda: True  # type: ignore[method-assign]
    editor.name_id_edit.setText("Kopi Robusta Lampung")
    _kill_at_commit(pg_db, postgres)
    assert editor.save() is False
    assert editor.general_error.isVisibleTo(editor)
    assert "lost" in editor.general_error.text() or "terputus" in editor.general_error.text()
    assert editor.name_id_edit.text() == "Kopi Robusta Lampung"
    assert editor.save() is True  # the server is back: saving again works
    with pg_db.session() as s:
        assert get_product(s, product_id).name_id == "Kopi Robusta Lampung"


def test_the_server_stopped_in_the_middle_of_an_import_leaves_nothing_half_written(
    pg_db: Database, postgres: PostgresServer, tmp_path: Path
) -> None:
    _product(pg_db)
    rows = [["kode", "nama", "harga", "stok"]] + [
        [f"IMP-{n:04d}", f"Keripik {n}", "15000", "3"] for n in range(1, 401)
    ]
    sheet = read_sheet(write_csv(tmp_path / "impor.csv", rows))
    stopped = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 200 and not stopped.is_set():
            stopped.set()
            postgres.stop("immediate")

    try:
        with pytest.raises(ServerError) as caught:
            import_sheet(pg_db, sheet, progress=progress)
        assert caught.value.kind in (server_errors.CONNECTION_LOST, server_errors.UNREACHABLE)
    finally:
        if not postgres.running:
            postgres.start()
    assert stopped.is_set()
    with pg_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Product)) == 1
        assert s.scalars(select(Product.code)).all() == ["KOP-0001"]
    # Once the server is back, the same import goes through whole.
    result = import_sheet(pg_db, sheet)
    assert result.plan.ok
    with pg_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Product)) == 401
