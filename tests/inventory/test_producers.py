"""Producers and categories without widgets: validation per field, phones, kabupaten, deleting, order."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from showcase.errors import UserError, ValidationError
from showcase.inventory.listing import ProductFilter, product_ids
from showcase.inventory.phone import PhoneError, format_phone, normalize_phone, whatsapp_link
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
    delete_category,
    delete_producer,
    list_categories,
    list_producers,
    move_category,
    product_counts_by_category,
    product_counts_by_producer,
    update_category,
    update_producer,
)
from showcase.inventory.products import ProductInput, create_product
from showcase.inventory.regions import KABUPATEN, normalize_kabupaten
from showcase.store.db import Database
from showcase.store.models import Category, Producer

GOOD = ProducerInput(
    name="Kopi Siger Jaya",
    kind="umkm",
    scale="kecil",
    kabupaten="Lampung Barat",
    phone="0812-3456-7890",
    nib="9120001234567",
)


def _producer_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Producer)) or 0


# --- phones -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0812-3456-7890", "6281234567890"),
        ("+62 812 3456 7890", "6281234567890"),
        ("6281234567890", "6281234567890"),
        ("62 812 3456 7890", "6281234567890"),
        ("(0812) 3456.7890", "6281234567890"),
        ("0721-123456", "62721123456"),
        ("", ""),
        ("   ", ""),
        # Digits of other scripts, full-width signs, every kind of space and dash.
        ("٠٨١٢-٣٤٥٦-٧٨٩٠", "6281234567890"),  # Arabic-Indic
        ("۰۸۱۲ ۳۴۵۶ ۷۸۹۰", "6281234567890"),  # Extended Arabic-Indic (Persian, Urdu)
        ("０８１２－３４５６－７８９０", "6281234567890"),  # full width
        ("＋６２\u3000８１２\u3000３４５６\u3000７８９０", "6281234567890"),
        ("+62\u00a0812\u20093456\u202f7890", "6281234567890"),  # no-break, thin spaces
        ("0812\u20133456\u20137890\u200b", "6281234567890"),  # en dashes, a zero-width space
        ("\u00a0\u2009", ""),
    ],
)
def test_phone_is_normalised_to_the_62_form(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("12ab", "characters that are not part of a phone number"),
        ("0812", "has 4 digits"),
        ("+1 555 123 4567", "not an Indonesian number"),
        ("12345678", "does not look like an Indonesian number"),
        ("0812 3456 7890 1234 5", "digits"),
    ],
)
def test_bad_phone_is_refused_with_a_reason(typed: str, fragment: str) -> None:
    with pytest.raises(PhoneError, match=fragment):
        normalize_phone(typed)


def test_phone_is_shown_in_the_local_form_and_linked_for_whatsapp() -> None:
    assert format_phone("6281234567890") == "0812-3456-7890"
    assert format_phone("62721123456") == "0721-123456"
    assert whatsapp_link("6281234567890") == "https://wa.me/6281234567890"


# --- kabupaten ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("Kab. Lampung Selatan", "Lampung Selatan"),
        ("Kabupaten Lampung Selatan", "Lampung Selatan"),
        ("lampung   selatan", "Lampung Selatan"),
        ("bandar lampung", "Kota Bandar Lampung"),
        ("Kota Metro", "Kota Metro"),
        ("METRO", "Kota Metro"),
        ("Tulang Bawang Barat", "Tulang Bawang Barat"),
        ("Kab.Lampung Timur", "Lampung Timur"),  # no space after the dot
        ("Lamsel", "Lampung Selatan"),  # the short names used across Lampung
        ("Kab. Lamteng", "Lampung Tengah"),
        ("LAMPURA", "Lampung Utara"),
        ("Tubaba", "Tulang Bawang Barat"),
        ("Tuba", "Tulang Bawang"),
        ("Pesibar", "Pesisir Barat"),
        ("Balam", "Kota Bandar Lampung"),
    ],
)
def test_kabupaten_is_read_the_ways_people_write_it(typed: str, canonical: str) -> None:
    assert normalize_kabupaten(typed) == canonical


def test_there_are_fifteen_kabupaten_kota_and_each_reads_back_as_itself() -> None:
    assert len(KABUPATEN) == 15
    assert all(normalize_kabupaten(name) == name for name in KABUPATEN)


def test_unknown_kabupaten_is_an_error_naming_it(db: Database) -> None:
    assert normalize_kabupaten("Jakarta") is None
    with db.session() as s, pytest.raises(ValidationError) as info:
        create_producer(s, replace(GOOD, kabupaten="Jakarta"))
    assert "Jakarta" in info.value.errors["kabupaten"]
    assert "15" in info.value.errors["kabupaten"]
    assert _producer_count(db) == 0


def test_kabupaten_is_stored_in_its_canonical_form(db: Database) -> None:
    with db.session() as s:
        pid = create_producer(s, replace(GOOD, kabupaten="Kab. Lampung Selatan")).id
    with db.session() as s:
        producer = s.get(Producer, pid)
        assert producer is not None
        assert producer.kabupaten == "Lampung Selatan"


# --- producers ----------------------------------------------------------------------------


def test_good_producer_is_saved_normalised(db: Database) -> None:
    with db.session() as s:
        pid = create_producer(
            s,
            replace(
                GOOD,
                name="  Kopi   Siger Jaya ",
                phone="+62 812 3456 7890",
                nib="912 000 123 4567",
                contact_person=" Ibu  Sari ",
            ),
        ).id
    with db.session() as s:
        p = s.get(Producer, pid)
        assert p is not None
        assert (p.name, p.kind, p.scale, p.phone, p.nib, p.contact_person) == (
            "Kopi Siger Jaya",
            "umkm",
            "kecil",
            "6281234567890",
            "9120001234567",
            "Ibu Sari",
        )


def test_phone_and_nib_typed_in_arabic_indic_digits_are_stored_plain(db: Database) -> None:
    with db.session() as s:
        pid = create_producer(
            s, replace(GOOD, phone="\u200f٠٨١٢\u00a0٣٤٥٦\u00a0٧٨٩٠", nib="٩١٢٠ ٠٠١٢ ٣٤٥٦٧")
        ).id
    with db.session() as s:
        p = s.get(Producer, pid)
        assert p is not None
        assert (p.phone, p.nib) == ("6281234567890", "9120001234567")
        assert whatsapp_link(p.phone) == "https://wa.me/6281234567890"


def test_koperasi_has_no_scale(db: Database) -> None:
    with db.session() as s:
        pid = create_producer(
            s, replace(GOOD, name="Koperasi Tani Hijau Makmur", kind="koperasi", scale="kecil")
        ).id
    with db.session() as s:
        p = s.get(Producer, pid)
        assert p is not None
        assert (p.kind, p.scale) == ("koperasi", None)


@pytest.mark.parametrize(
    ("field", "changes", "fragment"),
    [
        ("name", {"name": "   "}, "Name is required"),
        ("name", {"name": "x" * 201}, "too long"),
        ("scale", {"scale": None}, "scale"),
        ("scale", {"scale": "besar"}, "scale"),
        ("kind", {"kind": "pt"}, "UMKM or koperasi"),
        ("kabupaten", {"kabupaten": ""}, "required"),
        ("phone", {"phone": "12ab"}, "not part of a phone number"),
        ("phone", {"phone": "0812"}, "digits"),
        ("nib", {"nib": "123"}, "13 digits"),
        ("nib", {"nib": "912000123456A"}, "13 digits"),
    ],
)
def test_bad_producer_is_refused_under_its_field(
    db: Database, field: str, changes: dict[str, object], fragment: str
) -> None:
    with db.session() as s, pytest.raises(ValidationError) as info:
        create_producer(s, replace(GOOD, **changes))  # type: ignore[arg-type]
    assert fragment in info.value.errors[field]
    assert _producer_count(db) == 0


def test_every_bad_field_is_named_at_once(db: Database) -> None:
    with db.session() as s, pytest.raises(ValidationError) as info:
        create_producer(s, ProducerInput(name="", scale=None, phone="12ab", nib="1"))
    assert set(info.value.errors) == {"name", "scale", "kabupaten", "phone", "nib"}


def test_duplicate_name_is_refused_whatever_the_case(db: Database) -> None:
    with db.session() as s:
        create_producer(s, GOOD)
    with db.session() as s, pytest.raises(ValidationError) as info:
        create_producer(s, replace(GOOD, name="kopi siger JAYA"))
    assert "already exists" in info.value.errors["name"]
    assert _producer_count(db) == 1


def test_a_producer_keeps_its_own_name_when_edited(db: Database) -> None:
    with db.session() as s:
        pid = create_producer(s, GOOD).id
    with db.session() as s:
        update_producer(s, pid, replace(GOOD, story_id="Kopi dari lereng Gunung Pesagi."))
    with db.session() as s:
        p = s.get(Producer, pid)
        assert p is not None
        assert p.story_id == "Kopi dari lereng Gunung Pesagi."


def test_renaming_onto_another_producer_is_refused(db: Database) -> None:
    with db.session() as s:
        create_producer(s, GOOD)
        other = create_producer(s, replace(GOOD, name="Rafins Snack", kabupaten="Pringsewu")).id
    with db.session() as s, pytest.raises(ValidationError) as info:
        update_producer(s, other, replace(GOOD, name="Kopi Siger Jaya"))
    assert "already exists" in info.value.errors["name"]
    with db.session() as s:
        assert [p.name for p in list_producers(s)] == ["Kopi Siger Jaya", "Rafins Snack"]


def test_renaming_a_producer_updates_product_search(db: Database) -> None:
    with db.session() as s:
        pid = create_producer(s, GOOD).id
        product = create_product(
            s, ProductInput(code="KOP-0001", name_id="Kopi Robusta", producer_id=pid)
        ).id
    with db.session() as s:
        update_producer(s, pid, replace(GOOD, name="Pesagi Coffee Roastery"))
    with db.session() as s:
        assert product_ids(s, ProductFilter(text="Pesagi")) == [product]
        assert product_ids(s, ProductFilter(text="Siger")) == []


def test_producer_with_products_cannot_be_deleted(db: Database) -> None:
    with db.session() as s:
        pid = create_producer(s, GOOD).id
        create_product(s, ProductInput(code="KOP-0001", name_id="Kopi Robusta", producer_id=pid))
    with db.session() as s, pytest.raises(UserError) as info:
        delete_producer(s, pid)
    assert info.value.message == "Kopi Siger Jaya still has 1 product: move or archive it first"
    with db.session() as s:
        create_product(s, ProductInput(code="KOP-0002", name_id="Kopi Arabika", producer_id=pid))
    with db.session() as s, pytest.raises(UserError) as info:
        delete_producer(s, pid)
    assert "still has 2 products: move or archive them first" in info.value.message
    assert _producer_count(db) == 1


def test_producer_without_products_is_deleted(db: Database) -> None:
    with db.session() as s:
        pid = create_producer(s, GOOD).id
    with db.session() as s:
        delete_producer(s, pid)
    assert _producer_count(db) == 0


# --- categories ---------------------------------------------------------------------------


def _category_names(db: Database) -> list[tuple[str, int]]:
    with db.session() as s:
        return [(c.name_id, c.position) for c in list_categories(s)]


def test_categories_are_added_at_the_end_and_renamed(db: Database) -> None:
    with db.session() as s:
        create_category(s, CategoryInput("Kopi", "Coffee"))
        keripik = create_category(s, CategoryInput("Keripik", "Chips")).id
    with db.session() as s:
        update_category(s, keripik, CategoryInput("Keripik & Kerupuk", "Chips & crackers"))
    assert _category_names(db) == [("Kopi", 1), ("Keripik & Kerupuk", 2)]


def test_category_name_is_required_and_unique(db: Database) -> None:
    with db.session() as s:
        create_category(s, CategoryInput("Kopi", "Coffee"))
    with db.session() as s, pytest.raises(ValidationError) as info:
        create_category(s, CategoryInput("KOPI"))
    assert "already exists" in info.value.errors["name_id"]
    with db.session() as s, pytest.raises(ValidationError) as info:
        create_category(s, CategoryInput("  "))
    assert "required" in info.value.errors["name_id"]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Category)) == 1


def test_categories_move_up_and_down(db: Database) -> None:
    with db.session() as s:
        ids = [create_category(s, CategoryInput(n)).id for n in ("Kopi", "Keripik", "Kain Tapis")]
    with db.session() as s:
        move_category(s, ids[2], -1)
    assert _category_names(db) == [("Kopi", 1), ("Kain Tapis", 2), ("Keripik", 3)]
    with db.session() as s:
        move_category(s, ids[0], +1)
    assert _category_names(db) == [("Kain Tapis", 1), ("Kopi", 2), ("Keripik", 3)]
    with db.session() as s:  # past either end nothing moves
        move_category(s, ids[2], -1)
        move_category(s, ids[1], +1)
    assert _category_names(db) == [("Kain Tapis", 1), ("Kopi", 2), ("Keripik", 3)]


def test_category_in_use_cannot_be_deleted(db: Database) -> None:
    with db.session() as s:
        used = create_category(s, CategoryInput("Kopi")).id
        unused = create_category(s, CategoryInput("Madu")).id
        create_product(s, ProductInput(code="KOP-0001", name_id="Kopi Robusta", category_id=used))
    with db.session() as s, pytest.raises(UserError) as info:
        delete_category(s, used)
    assert info.value.message == "Kopi still has 1 product: move it to another category first"
    with db.session() as s:
        delete_category(s, unused)
    assert _category_names(db) == [("Kopi", 1)]


# --- product counts -----------------------------------------------------------------------


def test_product_counts_by_producer_and_by_category(db: Database) -> None:
    with db.session() as s:
        kopi = create_category(s, CategoryInput("Kopi")).id
        create_category(s, CategoryInput("Madu"))  # unused: not counted
        siger = create_producer(s, GOOD).id
        rafins = create_producer(s, replace(GOOD, name="Rafins Snack")).id
        create_producer(s, replace(GOOD, name="Madu Hutan Pesisir"))  # no products
        for code, producer, category in [
            ("KOP-0001", siger, kopi),
            ("KOP-0002", siger, kopi),
            ("KRP-0001", rafins, None),
            ("LAN-0001", None, None),
        ]:
            create_product(
                s,
                ProductInput(code=code, name_id=code, producer_id=producer, category_id=category),
            )
    with db.session() as s:
        assert product_counts_by_producer(s) == {siger: 2, rafins: 1}
        assert product_counts_by_category(s) == {kopi: 2}


def test_product_counts_of_an_empty_showcase_are_empty(db: Database) -> None:
    with db.session() as s:
        assert product_counts_by_producer(s) == {}
        assert product_counts_by_category(s) == {}
