"""Two desks (or two windows on one file) saving the same record: the second is told, with who
changed it and the values now, and nothing is overwritten; saving again with the new version
keeps theirs. On both stores; the race at the UPDATE itself with two processes on the server."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator

import pytest

from showcase.inventory.edit_versions import EditConflict
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
    update_category,
    update_producer,
)
from showcase.inventory.products import ProductInput, create_product, get_product, update_product
from showcase.inventory.settings import get_setting, set_setting, setting_version
from showcase.inventory.staff.accounts import create_account, get_account, rename, set_role
from showcase.store.db import Database
from showcase.store.opening import open_showcase
from tests.helpers.desks import second_desk


@pytest.fixture
def other_desk(db: Database) -> Iterator[Database]:
    """The same showcase opened a second time, as a second desk (or window) has it, signed in
    as Budi; the first desk is Ani."""
    db.actor = "Ani"
    with second_desk(db, "Budi") as desk:
        yield desk


def _product(db: Database) -> tuple[int, int]:
    with db.session() as s:
        product = create_product(s, ProductInput("KOP-0001", "Kopi Robusta", price=50000))
        return product.id, product.version


def test_the_second_save_of_a_product_is_refused_and_told_who(
    db: Database, other_desk: Database
) -> None:
    product_id, version = _product(db)
    with db.session() as s:
        update_product(
            s, product_id, ProductInput("KOP-0001", "Kopi Ani", price=55000), version=version
        )
    with pytest.raises(EditConflict) as caught, other_desk.session() as s:
        update_product(
            s, product_id, ProductInput("KOP-0001", "Kopi Budi", price=60000), version=version
        )
    conflict = caught.value
    assert conflict.who == "Ani"
    assert conflict.message.startswith("Ani changed KOP-0001 Kopi Ani at ")
    assert conflict.when is not None
    assert conflict.current["name_id"] == "Kopi Ani"
    assert conflict.current["price"] == 55000
    assert conflict.version == version + 1
    with db.session() as s:
        assert get_product(s, product_id).name_id == "Kopi Ani"  # nothing overwritten

    # Budi keeps his edit: saving again over the version he has now seen.
    with other_desk.session() as s:
        update_product(
            s,
            product_id,
            ProductInput("KOP-0001", "Kopi Budi", price=60000),
            version=conflict.version,
        )
    with db.session() as s:
        product = get_product(s, product_id)
        assert (product.name_id, product.price) == ("Kopi Budi", 60000)


def test_producers_categories_settings_and_accounts_are_guarded_too(
    db: Database, other_desk: Database
) -> None:
    with db.session() as s:
        producer = create_producer(s, ProducerInput("Rafins", kabupaten="Pringsewu"))
        category = create_category(s, CategoryInput("Kopi", "Coffee"))
        set_setting(s, "center_name", "UMKM Center")
        account = create_account(s, "Citra", "staff", "2468")
        versions = (producer.version, category.version, setting_version(s, "center_name"))
        ids = (producer.id, category.id, account.id)
    with db.session() as s:
        update_producer(s, ids[0], ProducerInput("Rafins Snack", kabupaten="Pringsewu"))
        update_category(s, ids[1], CategoryInput("Kopi Lampung", "Coffee"))
        set_setting(s, "center_name", "UMKM Center Bakauheni")
        rename(s, ids[2], "Citra Dewi")

    with pytest.raises(EditConflict) as producer_conflict, other_desk.session() as s:
        update_producer(
            s, ids[0], ProducerInput("Rafins Jaya", kabupaten="Pringsewu"), version=versions[0]
        )
    assert producer_conflict.value.current["name"] == "Rafins Snack"
    assert producer_conflict.value.who == "Ani"
    with pytest.raises(EditConflict) as category_conflict, other_desk.session() as s:
        update_category(s, ids[1], CategoryInput("Kopi Robusta"), version=versions[1])
    assert category_conflict.value.current["name_id"] == "Kopi Lampung"
    with pytest.raises(EditConflict) as setting_conflict, other_desk.session() as s:
        set_setting(s, "center_name", "Galeri", version=versions[2])
    assert setting_conflict.value.current["value"] == "UMKM Center Bakauheni"
    assert setting_conflict.value.who == "Ani"
    with pytest.raises(EditConflict) as account_conflict, other_desk.session() as s:
        set_role(s, ids[2], "admin", version=account.version)
    assert account_conflict.value.current["name"] == "Citra Dewi"

    with db.read() as reader:
        shown = get_account(reader, ids[2])
    assert shown is not None and shown.role == "staff" and shown.name == "Citra Dewi"
    with db.session() as s:
        assert get_setting(s, "center_name") == "UMKM Center Bakauheni"


def _save_after_reading(url: str, product_id: int, name: str, barrier: object) -> str:
    """One desk in its own process: read the product, wait for the other desk to have read it
    too, then save. What happened, as a word."""
    desk = open_showcase(url)
    desk.actor = name
    try:
        with desk.session() as s:
            product = get_product(s, product_id)
            version = product.version
            barrier.wait(timeout=30)  # type: ignore[attr-defined]
            try:
                update_product(
                    s, product_id, ProductInput("KOP-0001", f"Kopi {name}"), version=version
                )
            except EditConflict as conflict:
                return f"told:{conflict.who}"
        return "saved"
    finally:
        desk.close()


def test_two_processes_saving_one_product_one_wins_the_other_is_told(pg_db: Database) -> None:
    assert pg_db.server is not None
    url = pg_db.server.url()
    product_id, _ = _product(pg_db)
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(2)
    with context.Pool(2) as pool:
        results = pool.starmap(
            _save_after_reading,
            [(url, product_id, "Ani", barrier), (url, product_id, "Budi", barrier)],
        )
    assert sorted(r.split(":")[0] for r in results) == ["saved", "told"]
    winner = "Ani" if results[0] == "saved" else "Budi"
    assert f"told:{winner}" in results
    with pg_db.session() as s:
        assert get_product(s, product_id).name_id == f"Kopi {winner}"
