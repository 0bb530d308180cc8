"""Search, filters and sorting of the product list, against known data, all in SQL."""

from __future__ import annotations

import pytest

from showcase.inventory.formats import Language
from showcase.inventory.listing import ProductFilter, SortKey, product_ids, product_rows
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    update_category,
    update_producer,
)
from showcase.inventory.products import set_archived
from showcase.store.db import Database
from tests.helpers.factories import SAMPLE_SEARCHES, Sample, make_sample


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


def codes(
    db: Database,
    flt: ProductFilter,
    sort: SortKey = SortKey.CODE,
    desc: bool = False,
    language: Language = "id",
) -> list[str]:
    with db.session() as s:
        ids = product_ids(s, flt, sort, desc, language=language)
        rows = product_rows(s, ids, language)
    return [rows[i].code for i in ids]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *SAMPLE_SEARCHES,
        ("  ", ["KAI-0001", "KAI-0002", "KOP-0001", "KOP-0002", "MAK-0001", "MAK-0002"]),
    ],
)
def test_search(db: Database, sample: Sample, text: str, expected: list[str]) -> None:
    assert codes(db, ProductFilter(text=text)) == expected


def test_filters(db: Database, sample: Sample) -> None:
    assert codes(db, ProductFilter(category_id=sample.snacks)) == ["MAK-0001", "MAK-0002"]
    assert codes(db, ProductFilter(kabupaten="Tanggamus")) == ["KOP-0001", "KOP-0002"]
    assert codes(db, ProductFilter(producer_id=sample.tapis)) == ["KAI-0001", "KAI-0002"]
    assert codes(db, ProductFilter(featured=True)) == ["KAI-0001", "KOP-0001", "KOP-0002"]
    assert codes(db, ProductFilter(on_kiosk=False)) == ["MAK-0002"]
    assert codes(db, ProductFilter(low_stock=True)) == ["KOP-0002", "MAK-0002"]
    assert codes(db, ProductFilter(text="kopi", low_stock=True)) == ["KOP-0002"]
    assert codes(db, ProductFilter(text="tapis", kabupaten="Tanggamus")) == []


def test_sorting(db: Database, sample: Sample) -> None:
    assert codes(db, ProductFilter(), SortKey.PRICE) == [
        "MAK-0001",
        "MAK-0002",
        "KOP-0001",
        "KOP-0002",
        "KAI-0002",
        "KAI-0001",
    ]
    assert codes(db, ProductFilter(), SortKey.PRICE, desc=True)[0] == "KAI-0001"
    assert codes(db, ProductFilter(), SortKey.STOCK)[:2] == ["KOP-0002", "MAK-0002"]
    assert codes(db, ProductFilter(), SortKey.NAME) == [
        "KAI-0001",
        "MAK-0001",
        "MAK-0002",
        "KOP-0002",
        "KOP-0001",
        "KAI-0002",
    ]
    by_kabupaten = codes(db, ProductFilter(), SortKey.KABUPATEN)
    assert by_kabupaten[:2] == ["KAI-0001", "KAI-0002"]  # Kota Bandar Lampung first
    assert codes(db, ProductFilter(), SortKey.CATEGORY)[:2] == ["KAI-0001", "KAI-0002"]


def test_categories_are_named_and_sorted_in_the_staff_s_language(
    db: Database, sample: Sample
) -> None:
    """English staff read each category's English name (the Indonesian one where it has none)
    in the table's rows, its first page, the filter's list and the sort by category."""
    from showcase.inventory.listing import category_choices, first_page

    def shown(language: Language) -> tuple[list[str], list[str], list[str], list[str]]:
        with db.read() as connection:
            ids = product_ids(connection, ProductFilter(), SortKey.CATEGORY, language=language)
            rows = product_rows(connection, ids, language)
            page = first_page(
                connection, ProductFilter(), SortKey.CATEGORY, limit=6, language=language
            )
            choices = category_choices(connection, language)
        assert page == [rows[i] for i in ids]
        names = [rows[i].category for i in ids]
        descending = codes(db, ProductFilter(), SortKey.CATEGORY, desc=True, language=language)
        return [rows[i].code for i in ids], names, descending, [name for _, name in choices]

    by_code, names, descending, choices = shown("id")
    assert by_code == ["KAI-0001", "KAI-0002", "KOP-0002", "KOP-0001", "MAK-0001", "MAK-0002"]
    assert names == ["Kain Tapis", "Kain Tapis", "Kopi", "Kopi", "Makanan Ringan", "Makanan Ringan"]
    assert descending[:2] == ["MAK-0001", "MAK-0002"]
    assert choices == ["Kopi", "Makanan Ringan", "Kain Tapis"]  # in the order staff set

    by_code, names, descending, choices = shown("en")
    assert by_code == ["KOP-0002", "KOP-0001", "MAK-0001", "MAK-0002", "KAI-0001", "KAI-0002"]
    assert names == ["Coffee", "Coffee", "Snacks", "Snacks", "Tapis Cloth", "Tapis Cloth"]
    assert descending[:2] == ["KAI-0001", "KAI-0002"]
    assert choices == ["Coffee", "Snacks", "Tapis Cloth"]

    with db.session() as s:  # a category without an English name keeps its Indonesian one
        update_category(s, sample.cloth, CategoryInput("Kain Tapis", ""))
    by_code, names, descending, choices = shown("en")
    assert by_code == ["KOP-0002", "KOP-0001", "KAI-0001", "KAI-0002", "MAK-0001", "MAK-0002"]
    assert names == ["Coffee", "Coffee", "Kain Tapis", "Kain Tapis", "Snacks", "Snacks"]
    assert choices == ["Coffee", "Snacks", "Kain Tapis"]
    assert shown("id")[0][:2] == ["KAI-0001", "KAI-0002"]


def test_archived_products_leave_the_list(db: Database, sample: Sample) -> None:
    with db.session() as s:
        set_archived(s, sample.products["KOP-0001"], True)
    assert "KOP-0001" not in codes(db, ProductFilter())
    assert codes(db, ProductFilter(archived=True)) == ["KOP-0001"]


def test_renaming_a_producer_updates_search(db: Database, sample: Sample) -> None:
    with db.session() as s:
        update_producer(
            s,
            sample.rafins,
            ProducerInput(
                "Aneka Camilan Pringsewu", kind="umkm", scale="kecil", kabupaten="Pringsewu"
            ),
        )
    assert codes(db, ProductFilter(text="camilan")) == ["MAK-0001", "MAK-0002"]
    assert codes(db, ProductFilter(text="rafins")) == []


@pytest.mark.parametrize("few", [0, 10_000])
def test_both_search_plans_agree(
    db: Database, sample: Sample, few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Narrow searches read the matches first, broad ones walk the sort index: same answers."""
    from showcase.inventory import listing

    monkeypatch.setattr(listing, "FEW_MATCHES", dict.fromkeys(listing.FEW_MATCHES, few))
    assert codes(db, ProductFilter(text="kopi")) == ["KOP-0001", "KOP-0002"]
    assert codes(db, ProductFilter(text="tapis"), SortKey.PRICE, desc=True) == [
        "KAI-0001",
        "KAI-0002",
    ]
    assert codes(db, ProductFilter(text="rafins", low_stock=True), SortKey.CATEGORY) == ["MAK-0002"]
    assert codes(db, ProductFilter(text="siger", kabupaten="Kota Bandar Lampung")) == [
        "KAI-0001",
        "KAI-0002",
    ]
    with db.read() as connection:
        assert listing.count_products(connection, ProductFilter(text="k")) == 6
        assert listing.count_products(connection, ProductFilter(text="kopi")) == 2


def test_windows_of_the_list(db: Database, sample: Sample) -> None:
    from showcase.inventory.listing import count_products

    with db.read() as connection:
        everything = product_ids(connection, ProductFilter(), SortKey.CODE)
        first = product_ids(connection, ProductFilter(), SortKey.CODE, limit=4)
        rest = product_ids(connection, ProductFilter(), SortKey.CODE, limit=4, offset=4)
        assert first + rest == everything and len(first) == 4
        assert count_products(connection, ProductFilter()) == 6
        assert count_products(connection, ProductFilter(low_stock=True)) == 2


@pytest.mark.parametrize("few", [0, 10_000])
def test_first_page_is_the_lists_first_rows(
    db: Database, sample: Sample, few: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a search while typing shows first, read in one statement: the same products in the
    same order, with the same columns, as the list read id by id, for every sort and filter."""
    from showcase.inventory import listing

    monkeypatch.setattr(listing, "FEW_MATCHES", dict.fromkeys(listing.FEW_MATCHES, few))
    filters = [
        ProductFilter(),
        ProductFilter(text="k"),
        ProductFilter(text="tapis siger"),
        ProductFilter(text="rafins", low_stock=True),
        ProductFilter(kabupaten="Kota Bandar Lampung"),
        ProductFilter(text="zzz"),
    ]
    with db.read() as connection:
        for flt in filters:
            for sort in SortKey:
                for desc in (False, True):
                    ids = product_ids(connection, flt, sort, desc)
                    rows = product_rows(connection, ids)
                    page = listing.first_page(connection, flt, sort, desc, limit=4)
                    assert page == [rows[i] for i in ids[:4]], (flt, sort, desc)
        assert [r.code for r in listing.first_page(connection, ProductFilter(), limit=3)] == [
            "KAI-0001",
            "MAK-0001",
            "MAK-0002",
        ]


def test_a_server_plans_each_search_for_the_words_typed(pg_db: Database) -> None:
    """psycopg prepares a statement once it has run five times, and the server would then plan
    it once for any words: a search for the first letter and one for a whole name would share
    a plan made for neither. The reading connection a window keeps searches on runs the same
    statements again and again; every run is planned for its own words."""
    from showcase.inventory.listing import first_page
    from showcase.store.reader import PgConnection

    make_sample(pg_db)
    words = ["k", "kopi", "tapis siger", "rafins", "ke", "keripik", "siger", "ma", "zzz"] * 3
    with pg_db.read() as connection:
        for text in words:
            first_page(connection, ProductFilter(text=text), limit=64)
        assert isinstance(connection, PgConnection)
        plans = connection.connection.execute(
            "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements"
        ).fetchall()
    assert plans, "the statements run this often are prepared"
    assert [(statement, generic) for statement, generic, _ in plans if generic] == []
    assert sum(custom for _, _, custom in plans) >= len(words)
