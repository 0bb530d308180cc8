"""The demo showcase and generated showcases: what a new user sees is complete, consistent and
searchable; generated ones have the size asked for and stock that adds up."""

from __future__ import annotations

import io
import random
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from showcase.errors import UserError
from showcase.inventory.demo.art import draw_picture, picture_bytes
from showcase.inventory.demo.motifs import MOTIFS
from showcase.inventory.demo.pen import Style
from showcase.inventory.demo.showcase import build_demo
from showcase.inventory.demo.synthetic import build_synthetic
from showcase.inventory.listing import ProductFilter, low_stock_count, product_ids
from showcase.inventory.photos import MAX_SIDE, THUMB_SIDE
from showcase.inventory.producers import CategoryInput, create_category
from showcase.inventory.products import ProductInput, create_product
from showcase.inventory.regions import KABUPATEN
from showcase.store.db import Database, open_database
from showcase.store.models import Category, Photo, Producer, Product, StockMovement


def _count(session: Session, model: type[object]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _stock_mismatches(session: Session) -> list[tuple[str, int, int]]:
    sql = """SELECT p.code, p.stock, COALESCE(SUM(m.quantity), 0) AS total
             FROM product AS p LEFT JOIN stock_movement AS m ON m.product_id = p.id
             GROUP BY p.id HAVING p.stock != COALESCE(SUM(m.quantity), 0)"""
    return [(r[0], r[1], r[2]) for r in session.execute(text(sql))]


def test_demo_has_the_breadth_of_a_real_showcase(demo_db: Database) -> None:
    with demo_db.session() as s:
        assert _count(s, Product) >= 44
        assert _count(s, Producer) >= 16
        categories = list(s.scalars(select(Category)))
        assert len(categories) >= 8
        assert all(c.name_en and c.icon for c in categories)
        # every category is used, and products come from at least 10 kabupaten/kota
        assert {p.category_id for p in s.scalars(select(Product))} == {c.id for c in categories}
        places = set(
            s.scalars(select(Producer.kabupaten).join(Product, Product.producer_id == Producer.id))
        )
        assert len(places) >= 10 and places <= set(KABUPATEN)
        producers = list(s.scalars(select(Producer)))
        assert {(p.kind, p.scale) for p in producers} >= {
            ("koperasi", None),
            ("umkm", "mikro"),
            ("umkm", "kecil"),
            ("umkm", "menengah"),
        }
        assert all(re.fullmatch(r"62\d{8,12}", p.phone) for p in producers)
        assert sum(bool(re.fullmatch(r"\d{13}", p.nib)) for p in producers) > len(producers) / 2
        assert all(p.contact_person and p.address and p.story_id and p.story_en for p in producers)


def test_named_producers_and_their_export_markets(demo_db: Database) -> None:
    with demo_db.session() as s:
        hijau = s.scalar(select(Producer).where(Producer.name == "Koperasi Tani Hijau Makmur"))
        rafins = s.scalar(select(Producer).where(Producer.name == "Rafins Snack"))
        assert hijau is not None and rafins is not None
        assert (hijau.kind, hijau.kabupaten) == ("koperasi", "Tanggamus")
        assert (rafins.kind, rafins.kabupaten) == ("umkm", "Pringsewu")
        assert any({"Singapura", "Taiwan"} <= set(p.export_markets) for p in hijau.products)
        assert any("Mesir" in p.export_markets for p in rafins.products)


def test_demo_products_are_complete_and_bilingual(demo_db: Database) -> None:
    with demo_db.session() as s:
        products = list(s.scalars(select(Product)))
        codes = [p.code for p in products]
        assert len(set(codes)) == len(codes)
        assert all(re.fullmatch(r"[A-Z]{3}-\d{4}", code) for code in codes)
        assert "KOP-0001" in codes
        for p in products:
            assert p.name_id and p.name_en and p.unit and p.price > 0
            for description in (p.description_id, p.description_en):
                assert description.count(". ") >= 1 and len(description) > 120, p.code
        assert any(p.featured for p in products) and not all(p.featured for p in products)
        assert any(not p.on_kiosk for p in products)
        assert any("Halal" in p.certificates for p in products)
        assert any("HKI" in p.certificates for p in products)
        prices = {p.name_id: p.price for p in products}
        assert prices["Kopi Luwak Liar Lampung Barat"] >= 300_000
        assert prices["Kain Tapis Jung Sarat Benang Emas"] >= 1_500_000
        assert prices["Keripik Pisang Cokelat"] <= 50_000


def test_stock_is_the_sum_of_a_real_history_and_some_is_low(demo_db: Database) -> None:
    with demo_db.session() as s:
        assert _stock_mismatches(s) == []
        kinds = set(s.scalars(select(StockMovement.kind)))
        assert kinds >= {"receive", "sale", "return", "damaged"}
        without_history = s.scalar(
            select(func.count())
            .select_from(Product)
            .where(~Product.movements.any())  # every product was delivered at least once
        )
        assert without_history == 0
        assert 3 <= low_stock_count(s) <= _count(s, Product) // 3
        assert product_ids(s, ProductFilter(low_stock=True))


def test_every_product_has_photos_that_open(demo_db: Database) -> None:
    with demo_db.session() as s:
        for product in s.scalars(select(Product)):
            assert 1 <= len(product.photos) <= 3, product.code
            assert [p.position for p in product.photos] == list(range(len(product.photos)))
            for photo in product.photos:
                image = Image.open(io.BytesIO(photo.image))
                image.load()
                assert image.format == "JPEG" and max(image.size) <= MAX_SIDE
                assert image.size == (photo.width, photo.height)
                thumb = Image.open(io.BytesIO(photo.thumbnail))
                thumb.load()
                assert max(thumb.size) <= THUMB_SIDE


def test_search_finds_the_coffee(demo_db: Database) -> None:
    with demo_db.session() as s:
        coffee = set(s.scalars(select(Product.id).join(Category).where(Category.name_id == "Kopi")))
        assert len(coffee) >= 4
        assert coffee <= set(product_ids(s, ProductFilter(text="kopi")))
        assert coffee <= set(product_ids(s, ProductFilter(text="coffee")))
        luwak = product_ids(s, ProductFilter(text="luwak"))
        assert luwak and all(coffee.issuperset([i]) for i in luwak)


def test_demo_refuses_a_database_with_products(demo_db: Database, db: Database) -> None:
    with pytest.raises(UserError, match="already holds"), demo_db.session() as s:
        build_demo(s)
    with db.session() as s:
        create_product(s, ProductInput(code="X-1", name_id="Produk staf"))
    with pytest.raises(UserError, match="1 products"), db.session() as s:
        build_demo(s)
    with db.session() as s:
        assert (_count(s, Product), _count(s, Category), _count(s, Photo)) == (1, 0, 0)


def test_pictures_are_drawn_the_same_for_the_same_seed() -> None:
    style = Style((200, 160, 120), (60, 40, 30), (90, 50, 30), (220, 170, 60))

    def picture(seed: int, motifs: tuple[str, ...]) -> bytes:
        image = draw_picture(
            title="Keripik Pisang Cokelat",
            subtitle="Keripik Pisang Siger Jaya · Kota Bandar Lampung",
            chip="Makanan Ringan · Snacks",
            motifs=motifs,
            style=style,
            variant=0,
            rng=random.Random(seed),
            size=(240, 180),
        )
        return picture_bytes(image)

    assert picture(1, ("chips", "pouch")) == picture(1, ("chips", "pouch"))
    assert picture(1, ("chips", "pouch")) != picture(2, ("chips", "pouch"))
    for motif in MOTIFS:  # every motif draws without error, and draws something
        assert picture(1, (motif,)) != picture(1, ("siger",)) or motif == "siger"


# --- generated showcases ----------------------------------------------------------------------


def test_synthetic_showcase_has_the_size_asked_and_consistent_stock(db: Database) -> None:
    with db.session() as s:
        summary = build_synthetic(s, products=2_000, seed=7)
    assert (summary.products, summary.photos, summary.categories) == (2_000, 2_000, 9)
    with db.session() as s:
        assert (_count(s, Product), _count(s, Photo)) == (2_000, 2_000)
        assert summary.producers == _count(s, Producer) >= 18
        assert _stock_mismatches(s) == []
        assert s.scalar(select(func.count(func.distinct(Product.code)))) == 2_000
        assert s.scalar(select(func.count(func.distinct(Product.category_id)))) == 9
        assert len(set(s.scalars(select(Producer.kabupaten)))) >= 10
        names = list(s.scalars(select(Producer.name)))
        assert len({n.casefold() for n in names}) == len(names)
        low = low_stock_count(s)
        assert 0.03 * 2_000 < low < 0.3 * 2_000
        assert len(product_ids(s, ProductFilter(text="keripik"))) > 20
        main = s.scalars(select(Photo).where(Photo.position == 0)).first()
        assert main is not None
        Image.open(io.BytesIO(main.thumbnail)).load()
        Image.open(io.BytesIO(main.image)).load()
    with pytest.raises(UserError), db.session() as s:
        build_synthetic(s, products=10)


def test_synthetic_without_photos_and_reproducible(
    db: Database, tmp_path: Path, _migrated_template: Path
) -> None:
    columns = (Product.code, Product.name_id, Product.price, Product.stock, Product.producer_id)
    with db.session() as s:
        build_synthetic(s, products=300, seed=3, photos=False)
        first = list(s.execute(select(*columns).order_by(Product.id)))
        assert _count(s, Photo) == 0
    shutil.copyfile(_migrated_template, tmp_path / "again.db")
    again = open_database(tmp_path / "again.db")
    try:
        with again.session() as s:
            build_synthetic(s, products=300, seed=3, photos=False)
            assert list(s.execute(select(*columns).order_by(Product.id))) == first
    finally:
        again.close()


def test_demo_marks_what_it_made_and_leaves_staff_records_unmarked(db: Database) -> None:
    with db.session() as session:
        own = create_category(session, CategoryInput("Kopi", "Coffee"))  # also a demo category
    with db.session() as session:
        build_demo(session)
    with db.read() as conn:
        marked = {
            table: tuple(
                conn.execute(
                    f"SELECT count(*), sum(CASE WHEN from_demo THEN 1 ELSE 0 END) FROM {table}"
                ).fetchone()
            )
            for table in ("product", "producer", "category")
        }
        own_flag = conn.execute("SELECT from_demo FROM category WHERE id = ?", (own.id,)).fetchone()
    assert marked["product"] == (60, 60)
    assert marked["producer"][0] == marked["producer"][1] > 0
    assert marked["category"] == (marked["category"][0], marked["category"][0] - 1)
    assert own_flag == (0,)
