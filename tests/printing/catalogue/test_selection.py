"""Choosing what goes in a catalogue: each filter, filters together, the staff's selection,
and products that are never printed (hidden from the kiosk, archived)."""

from __future__ import annotations

import pytest

from showcase.errors import NotFoundError, UserError
from showcase.inventory.products import set_archived
from showcase.printing.catalogue.document import CatalogueSelection, select_products
from showcase.store.db import Database
from tests.helpers.factories import Sample, make_sample

ON_KIOSK = ["KAI-0001", "KAI-0002", "KOP-0001", "KOP-0002", "MAK-0001"]  # MAK-0002 is hidden


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


def codes(db: Database, selection: CatalogueSelection) -> list[str]:
    with db.session() as s:
        ids = select_products(s, selection)
    with db.read() as c:
        marks = ",".join("?" * len(ids))
        rows = c.execute(f"SELECT code FROM product WHERE id IN ({marks})", ids).fetchall()
    assert len(rows) == len(ids) == len(set(ids))
    return sorted(r[0] for r in rows)


def test_everything_shown_on_the_kiosk(db: Database, sample: Sample) -> None:
    assert codes(db, CatalogueSelection()) == ON_KIOSK


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (CatalogueSelection(featured_only=True), ["KAI-0001", "KOP-0001", "KOP-0002"]),
        # In stock: everything the sample received (all have stock); see the next test too.
        (CatalogueSelection(in_stock_only=True), ON_KIOSK),
        (CatalogueSelection(category_names=["Kopi"]), ["KOP-0001", "KOP-0002"]),
        (
            CatalogueSelection(category_names=["kopi", "TAPIS CLOTH"]),
            ["KAI-0001", "KAI-0002", "KOP-0001", "KOP-0002"],
        ),
        (CatalogueSelection(kabupaten=["Pringsewu"]), ["MAK-0001"]),  # MAK-0002 is hidden
        (
            CatalogueSelection(kabupaten=["Kab. Tanggamus", "bandar lampung"]),
            ["KAI-0001", "KAI-0002", "KOP-0001", "KOP-0002"],
        ),
        (CatalogueSelection(category_names=["Kain Tapis"], featured_only=True), ["KAI-0001"]),
    ],
)
def test_filters(
    db: Database, sample: Sample, selection: CatalogueSelection, expected: list[str]
) -> None:
    assert codes(db, selection) == expected


def test_categories_by_id(db: Database, sample: Sample) -> None:
    """As the staff's list ticks them, whatever language names them; names typed add to them."""
    assert codes(db, CatalogueSelection(category_ids=[sample.cloth])) == ["KAI-0001", "KAI-0002"]
    both = CatalogueSelection(category_names=["coffee"], category_ids=[sample.cloth])
    assert codes(db, both) == ["KAI-0001", "KAI-0002", "KOP-0001", "KOP-0002"]
    featured = CatalogueSelection(category_ids=[sample.snacks], featured_only=True)
    with pytest.raises(UserError, match="the filter matches no product"), db.session() as s:
        select_products(s, featured)


def test_producers_and_the_staff_selection(db: Database, sample: Sample) -> None:
    assert codes(db, CatalogueSelection(producer_ids=[sample.tapis])) == ["KAI-0001", "KAI-0002"]
    chosen = [sample.products["KOP-0002"], sample.products["MAK-0001"]]
    assert codes(db, CatalogueSelection(product_ids=chosen)) == ["KOP-0002", "MAK-0001"]
    # A selection is narrowed by the other filters too.
    assert codes(db, CatalogueSelection(product_ids=chosen, featured_only=True)) == ["KOP-0002"]


def test_in_stock_leaves_out_products_with_none(db: Database, sample: Sample) -> None:
    from showcase.inventory.stock import record_movement

    with db.session() as s:
        record_movement(s, product_id=sample.products["KOP-0002"], kind="sale", quantity=2)
    assert "KOP-0002" not in codes(db, CatalogueSelection(in_stock_only=True))
    assert "KOP-0002" in codes(db, CatalogueSelection())


def test_hidden_and_archived_products_are_never_printed(db: Database, sample: Sample) -> None:
    with db.session() as s:
        set_archived(s, sample.products["KOP-0001"], True)
    hidden = [sample.products["MAK-0002"], sample.products["KOP-0001"]]
    assert "KOP-0001" not in codes(db, CatalogueSelection())
    assert codes(db, CatalogueSelection(product_ids=[*hidden, sample.products["KAI-0001"]])) == [
        "KAI-0001"
    ]
    with pytest.raises(UserError, match="the filter matches no product"), db.session() as s:
        select_products(s, CatalogueSelection(product_ids=hidden))


def test_unknown_names_are_named_with_the_known_ones(db: Database, sample: Sample) -> None:
    with pytest.raises(NotFoundError) as info, db.session() as s:
        select_products(s, CatalogueSelection(category_names=["Kopi", "Kopii"]))
    assert "“Kopii”" in str(info.value)
    assert "Kopi, Makanan Ringan, Kain Tapis" in str(info.value)
    with pytest.raises(NotFoundError, match="“Jakarta” is not a kabupaten"), db.session() as s:
        select_products(s, CatalogueSelection(kabupaten=["Jakarta"]))


def test_nothing_matching_is_a_user_error(db: Database, sample: Sample) -> None:
    with pytest.raises(UserError, match="the filter matches no product"), db.session() as s:
        select_products(s, CatalogueSelection(kabupaten=["Mesuji"]))
    with pytest.raises(UserError, match="no products are selected"), db.session() as s:
        select_products(s, CatalogueSelection(product_ids=[]))
