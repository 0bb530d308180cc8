"""Clearing the demo in one step: the demo goes, whatever staff added or changed stays."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from showcase.inventory.demo.clear import clear_demo, plan_demo_clear
from showcase.inventory.demo.data import CATEGORIES, PRODUCERS, PRODUCTS
from showcase.inventory.photos import add_photo
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
    update_producer,
)
from showcase.inventory.products import ProductInput, create_product, set_archived, update_product
from showcase.inventory.setting_keys import DEMO_BUILT_AT_SETTING, KIOSK_ATTRACT_SETTING
from showcase.inventory.settings import get_setting, set_setting
from showcase.inventory.stock import record_movement
from showcase.store.db import Database
from showcase.store.models import Category, Producer, Product
from tests.helpers.factories import add_clerk_product_to_demo


def _count(db: Database, sql: str) -> int:
    with db.read() as connection:
        return int(connection.execute(f"SELECT count(*) FROM {sql}").fetchone()[0])


def _demo_product(db: Database, code: str) -> Product:
    with db.session() as s:
        product = s.scalars(select(Product).where(Product.code == code)).one()
        assert product.from_demo
        return product


def _producer_of(db: Database, product: Product) -> int:
    assert product.producer_id is not None
    return product.producer_id


def test_a_pure_demo_is_cleared_completely(demo_db: Database) -> None:
    raw = sqlite3.connect(demo_db.path)
    with raw:  # the photo print cache must go too: give one photo a copy scaled for print
        raw.execute(
            "INSERT INTO photo_print (photo_id, size_key, width, height, image, created_at) "
            "SELECT id, 'card4-704x528', 1, 1, x'00', '2026-01-01' FROM photo LIMIT 1"
        )
    raw.close()
    assert _count(demo_db, "photo_print") == 1
    with demo_db.session() as s:
        plan = plan_demo_clear(s)
    assert (plan.products, plan.producers, plan.categories) == (
        len(PRODUCTS),
        len(PRODUCERS),
        len(CATEGORIES),
    )
    assert plan.photos == _count(demo_db, "photo") and plan.movements == _count(
        demo_db, "stock_movement"
    )
    assert (plan.staff_products, plan.changed_products, plan.kept_producers) == (0, 0, 0)
    with demo_db.session() as s:
        done = clear_demo(s)
    assert done == plan
    for table in ("product", "producer", "category", "photo", "photo_print", "stock_movement"):
        assert _count(demo_db, table) == 0, table
    assert _count(demo_db, "product_fts") == 0  # the search index follows
    with demo_db.session() as s:
        assert get_setting(s, DEMO_BUILT_AT_SETTING) == ""
        assert plan_demo_clear(s).nothing_to_do


def test_staff_products_stay_with_the_demo_producer_and_category_they_use(
    demo_db: Database,
) -> None:
    kopi = _demo_product(demo_db, "KOP-0001")
    with demo_db.session() as s:
        own_category = create_category(s, CategoryInput("Oleh-oleh Pelabuhan", "Port Souvenirs"))
        own_producer = create_producer(
            s, ProducerInput("UMKM Dapur Bu Sri", kind="umkm", scale="mikro", kabupaten="Mesuji")
        )
        # A clerk's product filed under a demo category and a demo producer…
        mine = add_clerk_product_to_demo(s)
        record_movement(s, product_id=mine, kind="receive", quantity=12, by="Rina")
        # …and one entirely their own.
        theirs = create_product(
            s,
            ProductInput(
                code="OLE-0001",
                name_id="Keripik Pisang Cokelat",
                category_id=own_category.id,
                producer_id=own_producer.id,
                price=15000,
            ),
        ).id
        empty_category = create_category(s, CategoryInput("Belum Dipakai")).id
    with demo_db.session() as s:
        plan = plan_demo_clear(s)
        assert plan.staff_products == 2
        assert plan.products == len(PRODUCTS)  # the demo's own KOP-0001 still goes
        assert (plan.kept_producers, plan.kept_categories) == (1, 1)
        clear_demo(s)
    with demo_db.session() as s:
        kept = s.scalars(select(Product).order_by(Product.code)).all()
        assert [(p.id, p.stock) for p in kept] == [(mine, 12), (theirs, 0)]
        assert {c.id for c in s.scalars(select(Category))} == {
            kopi.category_id,
            own_category.id,
            empty_category,
        }
        assert {p.id for p in s.scalars(select(Producer))} == {kopi.producer_id, own_producer.id}
        # What stays is the center's own now: a second clear finds nothing.
        assert s.scalar(select(func.count(Product.id)).where(Product.from_demo)) == 0
        assert s.scalar(select(func.count(Producer.id)).where(Producer.from_demo)) == 0
        assert s.scalar(select(func.count(Category.id)).where(Category.from_demo)) == 0
        assert plan_demo_clear(s).nothing_to_do


def test_demo_products_staff_changed_stay_unless_asked(demo_db: Database) -> None:
    edited = _demo_product(demo_db, "KOP-0001")
    sold = _demo_product(demo_db, "KOP-0002")
    archived = _demo_product(demo_db, "MAD-0001")
    photographed = _demo_product(demo_db, "MAK-0001")
    untouched = _demo_product(demo_db, "KOP-0003")
    with demo_db.session() as s:
        update_product(s, edited.id, replace(ProductInput.from_product(edited), price=99000))
        record_movement(s, product_id=sold.id, kind="sale", quantity=1, by="Dedi")
        set_archived(s, archived.id, True)
        add_photo(s, photographed.id, _jpeg())
        # Saving a product unchanged is not a change.
        update_product(s, untouched.id, ProductInput.from_product(untouched))
    with demo_db.session() as s:
        plan = plan_demo_clear(s)
        assert plan.changed_products == 4
        assert plan.changed_codes == ("KOP-0001", "KOP-0002", "MAD-0001", "MAK-0001")
        assert plan.products == len(PRODUCTS) - 4
        everything = plan_demo_clear(s, include_changed=True)
        assert everything.products == len(PRODUCTS) and everything.include_changed
    with demo_db.session() as s:
        stamps = {pid: at for pid, at in s.execute(select(Product.id, Product.updated_at))}
        clear_demo(s)
    with demo_db.session() as s:
        codes = s.scalars(select(Product.code).order_by(Product.code)).all()
        assert codes == ["KOP-0001", "KOP-0002", "MAD-0001", "MAK-0001"]
        # Losing the demo mark is not an edit: when each was last changed stays as it was.
        kept = list(s.execute(select(Product.id, Product.updated_at)))
        assert all(stamps[pid] == at for pid, at in kept)
        assert s.get(Product, edited.id).price == 99000  # type: ignore[union-attr]
        assert s.get(Product, untouched.id) is None


def test_clearing_changed_demo_products_too(demo_db: Database) -> None:
    sold = _demo_product(demo_db, "KOP-0002")
    with demo_db.session() as s:
        record_movement(s, product_id=sold.id, kind="sale", quantity=1, by="Dedi")
        clear_demo(s, include_changed=True)
    assert _count(demo_db, "product") == 0 and _count(demo_db, "stock_movement") == 0


def test_a_demo_producer_staff_corrected_stays(demo_db: Database) -> None:
    with demo_db.session() as s:
        producer = s.scalars(
            select(Producer).where(Producer.from_demo).order_by(Producer.id)
        ).first()
        assert producer is not None
        data = ProducerInput(
            producer.name,
            kind=producer.kind,
            scale=producer.scale,
            kabupaten=producer.kabupaten,
            phone="0812-1111-2222",
        )
        update_producer(s, producer.id, data)
        producer_id = producer.id
    with demo_db.session() as s:
        plan = plan_demo_clear(s)
        assert (plan.producers, plan.kept_producers) == (len(PRODUCERS) - 1, 1)
        clear_demo(s)
    with demo_db.session() as s:
        assert [p.id for p in s.scalars(select(Producer))] == [producer_id]


def test_kiosk_statistics_and_attract_list_forget_what_went(demo_db: Database) -> None:
    kopi = _demo_product(demo_db, "KOP-0001")
    with demo_db.session() as s:
        mine = create_product(s, ProductInput(code="LAIN-1", name_id="Milik Pusat", price=1)).id
        set_setting(s, KIOSK_ATTRACT_SETTING, json.dumps([kopi.id, mine]))
    raw = sqlite3.connect(demo_db.path)
    with raw:
        raw.executemany(
            "INSERT INTO kiosk_visit (day, kind, ref, count) VALUES ('2026-11-20', ?, ?, 3)",
            [
                ("product", str(kopi.id)),
                ("product", str(mine)),
                ("producer", str(_producer_of(demo_db, kopi))),
                ("category", str(kopi.category_id)),
                ("kabupaten", "Tanggamus"),
                ("search", "kopi"),
            ],
        )
    raw.close()
    with demo_db.session() as s:
        clear_demo(s)
    with demo_db.read() as c:
        left = c.execute("SELECT kind, ref FROM kiosk_visit ORDER BY kind").fetchall()
    assert left == [("kabupaten", "Tanggamus"), ("product", str(mine)), ("search", "kopi")]
    with demo_db.session() as s:
        assert json.loads(get_setting(s, KIOSK_ATTRACT_SETTING)) == [mine]


def test_a_failure_midway_leaves_everything(demo_db: Database) -> None:
    before = {t: _count(demo_db, t) for t in ("product", "producer", "category", "photo")}
    raw = sqlite3.connect(demo_db.path)
    with raw:  # categories go last: the products and producers are already deleted by then
        raw.execute(
            "CREATE TRIGGER refuse BEFORE DELETE ON category "
            "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
        )
    raw.close()
    with pytest.raises(Exception, match="disk trouble"), demo_db.session() as s:
        clear_demo(s)
    assert {t: _count(demo_db, t) for t in before} == before
    assert _count(demo_db, "product WHERE from_demo = 1") == len(PRODUCTS)


def test_a_showcase_without_demo_has_nothing_to_clear(db: Database) -> None:
    with db.session() as s:
        create_product(s, ProductInput(code="A-1", name_id="Produk Sendiri", price=1))
        plan = plan_demo_clear(s)
    assert plan.nothing_to_do and plan.staff_products == 1
    with db.session() as s:
        clear_demo(s)
    assert _count(db, "product") == 1


def test_an_older_demo_without_its_note_uses_the_records(demo_db: Database) -> None:
    edited = _demo_product(demo_db, "KOP-0001")
    with demo_db.session() as s:
        set_setting(s, DEMO_BUILT_AT_SETTING, "")
    raw = sqlite3.connect(demo_db.path)
    with raw:  # the demo was made an hour ago; staff edited one product since
        raw.execute(
            "UPDATE product SET created_at = datetime(created_at, '-1 hour'), "
            "updated_at = datetime(updated_at, '-1 hour')"
        )
        # The ledger refuses updates; an older file is made by lifting that for a moment.
        trigger = raw.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'stock_movement_no_update'"
        ).fetchone()[0]
        raw.execute("DROP TRIGGER stock_movement_no_update")
        raw.execute("UPDATE stock_movement SET at = datetime(at, '-1 hour')")
        raw.execute(trigger)
        raw.execute("UPDATE photo SET created_at = datetime(created_at, '-1 hour')")
        raw.execute("UPDATE producer SET updated_at = datetime(updated_at, '-1 hour')")
    raw.close()
    with demo_db.session() as s:
        update_product(s, edited.id, replace(ProductInput.from_product(edited), price=1000))
    with demo_db.session() as s:
        plan = plan_demo_clear(s)
    assert plan.changed_codes == ("KOP-0001",) and plan.products == len(PRODUCTS) - 1


def _jpeg() -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "orange").save(buffer, "JPEG")
    return buffer.getvalue()
