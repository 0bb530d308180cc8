"""Two desks working one showcase on the server at the same time, each in its own process: every
stock movement of both is kept (stock stays their sum), new products never get the same code,
and an import on one desk while the other edits stays all-or-nothing."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from showcase.inventory.edit_versions import EditConflict
from showcase.inventory.importing.apply import import_sheet
from showcase.inventory.importing.files import read_sheet
from showcase.inventory.producers import CategoryInput, create_category
from showcase.inventory.products import ProductInput, create_product, get_product, update_product
from showcase.inventory.stock import record_movement, sum_of_movements
from showcase.store.db import Database
from showcase.store.models import Product, StockMovement
from showcase.store.opening import open_showcase
from tests.helpers.import_fixtures import write_csv

ROUNDS = 40


def _url(database: Database) -> str:
    assert database.server is not None
    return database.server.url()


def _sell(url: str, product_id: int, desk: str, barrier: object) -> None:
    """One desk: ROUNDS sales of one, each its own transaction, started together."""
    database = open_showcase(url)
    database.actor = desk
    try:
        barrier.wait(timeout=30)  # type: ignore[attr-defined]
        for _ in range(ROUNDS):
            with database.session() as s:
                record_movement(s, product_id=product_id, kind="sale", quantity=1, by=desk)
    finally:
        database.close()


def _add_products(url: str, category_id: int, desk: str, barrier: object) -> list[str]:
    """One desk: ROUNDS new products with the category's next code, started together."""
    database = open_showcase(url)
    database.actor = desk
    codes: list[str] = []
    try:
        barrier.wait(timeout=30)  # type: ignore[attr-defined]
        for number in range(ROUNDS):
            with database.session() as s:
                product = create_product(
                    s,
                    ProductInput("", f"Kopi {desk} {number}", category_id=category_id),
                    automatic_code=True,
                )
                codes.append(product.code)
    finally:
        database.close()
    return codes


def _run_two(target: Callable[..., Any], *args: object) -> list[Any]:
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        barrier = manager.Barrier(2)
        with context.Pool(2) as pool:
            return pool.starmap(target, [(*args, "Ani", barrier), (*args, "Budi", barrier)])


def test_every_sale_from_two_desks_is_kept(pg_db: Database) -> None:
    with pg_db.session() as s:
        product = create_product(s, ProductInput("KOP-0001", "Kopi"), initial_stock=500)
        product_id = product.id
    _run_two(_sell, _url(pg_db), product_id)
    with pg_db.session() as s:
        assert get_product(s, product_id).stock == 500 - 2 * ROUNDS
        assert sum_of_movements(s, product_id) == 500 - 2 * ROUNDS
        sales = s.scalar(
            select(func.count()).select_from(StockMovement).where(StockMovement.kind == "sale")
        )
        assert sales == 2 * ROUNDS


def test_two_desks_adding_products_at_once_never_share_a_code(pg_db: Database) -> None:
    with pg_db.session() as s:
        category_id = create_category(s, CategoryInput("Kopi", "Coffee")).id
    results = _run_two(_add_products, _url(pg_db), category_id)
    codes = [code for desk in results for code in desk]
    assert len(codes) == len(set(codes)) == 2 * ROUNDS
    with pg_db.session() as s:
        stored = s.scalars(select(Product.code).order_by(Product.code)).all()
    assert stored == [f"KOP-{n:04d}" for n in range(1, 2 * ROUNDS + 1)]


def test_threads_adding_products_at_once_on_either_store(db: Database) -> None:
    with db.session() as s:
        category_id = create_category(s, CategoryInput("Kopi", "Coffee")).id
    barrier = threading.Barrier(3)
    failures: list[BaseException] = []

    def add() -> None:
        try:
            barrier.wait(timeout=30)
            for number in range(10):
                with db.session() as s:
                    create_product(
                        s,
                        ProductInput("", f"Kopi {number}", category_id=category_id),
                        automatic_code=True,
                    )
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=add) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    with db.session() as s:
        stored = s.scalars(select(Product.code).order_by(Product.code)).all()
    assert stored == [f"KOP-{n:04d}" for n in range(1, 31)]


def test_an_import_while_another_desk_edits_is_all_or_nothing(
    pg_db: Database, tmp_path: Path
) -> None:
    with pg_db.session() as s:
        ids = [create_product(s, ProductInput(f"KOP-{n:04d}", f"Kopi {n}")).id for n in range(1, 6)]
        version = get_product(s, ids[2]).version
    rows = [["kode", "nama", "harga"]] + [
        [f"KOP-{n:04d}", f"Kopi Impor {n}", "1000"] for n in range(1, 6)
    ]
    sheet = read_sheet(write_csv(tmp_path / "impor.csv", rows))

    other = open_showcase(_url(pg_db))
    other.actor = "Budi"
    outcome: list[object] = []
    try:
        # Budi's edit of the third product holds its row while the import runs into it.
        with other.session() as s:
            update_product(s, ids[2], ProductInput("KOP-0003", "Kopi Budi"), version=version)
            worker = threading.Thread(target=lambda: outcome.append(_import_or_error(pg_db, sheet)))
            worker.start()
            worker.join(timeout=2)
            assert worker.is_alive()  # the import waits for Budi's row
        worker.join(timeout=60)
    finally:
        other.close()

    with pg_db.session() as s:
        names = [get_product(s, i).name_id for i in ids]
    # The import read the product before Budi's save landed: it is refused as a whole, told
    # who changed what, and nothing of it is written; Budi's edit stays.
    assert isinstance(outcome[0], EditConflict) and outcome[0].who == "Budi"
    assert names == ["Kopi 1", "Kopi 2", "Kopi Budi", "Kopi 4", "Kopi 5"]


def _import_or_error(database: Database, sheet: object) -> object:
    try:
        return import_sheet(database, sheet)  # type: ignore[arg-type]
    except EditConflict as conflict:
        return conflict
