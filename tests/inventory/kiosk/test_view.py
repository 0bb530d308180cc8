"""What visitors may see on the kiosk, read through a read-only connection while the staff's
connection changes things."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from showcase.inventory.kiosk.choices import (
    hidden_product_count,
    kiosk_categories,
    set_category_on_kiosk,
)
from showcase.inventory.kiosk.settings import (
    KioskSettings,
    kiosk_settings,
    save_kiosk_settings,
)
from showcase.inventory.kiosk.view import (
    ProductCard,
    attract_cards,
    cards,
    category_tiles,
    data_version,
    featured_cards,
    kabupaten_tiles,
    open_kiosk_reader,
    photo_bytes,
    producer_tiles,
    product,
)
from showcase.inventory.photos import add_photo
from showcase.inventory.products import ProductInput, get_product, set_archived, update_product
from showcase.inventory.regions import KABUPATEN
from showcase.inventory.settings import set_setting
from showcase.store.db import Database
from tests.helpers.factories import Sample, make_sample


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """The kiosk reads and counts on an SQLite file: its own, or its local copy of a server's
    showcase (a server's visit counts have their own tests)."""
    return sqlite_db


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


@pytest.fixture
def reader(db: Database) -> Iterator[sqlite3.Connection]:
    connection = open_kiosk_reader(db.path)
    yield connection
    connection.close()


def _jpeg(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def _names(found: list[ProductCard]) -> list[str]:
    return [card.name_id for card in found]


# --- what visitors see ------------------------------------------------------------------------


def test_only_products_shown_on_the_kiosk_appear(
    db: Database, sample: Sample, reader: sqlite3.Connection
) -> None:
    # MAK-0002 (Kerupuk Kemplang) is hidden from the kiosk by the sample itself.
    everything = [
        "Kain Tapis Motif Siger",
        "Keripik Pisang Cokelat",
        "Kopi Luwak Tanggamus",
        "Kopi Robusta Lampung",
        "Selendang Tapis & Sulam <Usus>",
    ]
    assert _names(cards(reader)) == everything
    with db.session() as s:
        set_archived(s, sample.products["KAI-0002"], True)
        set_category_on_kiosk(s, [sample.snacks], False)
    assert _names(cards(reader)) == [
        "Kain Tapis Motif Siger",
        "Kopi Luwak Tanggamus",
        "Kopi Robusta Lampung",
    ]
    assert cards(reader, category_id=sample.snacks) == []
    assert [t.name_id for t in category_tiles(reader)] == ["Kopi", "Kain Tapis"]
    assert [(t.count, t.ref) for t in category_tiles(reader)] == [
        (2, str(sample.coffee)),
        (1, str(sample.cloth)),
    ]
    assert product(reader, sample.products["MAK-0001"], "whatsapp") is None  # hidden category
    assert product(reader, sample.products["MAK-0002"], "whatsapp") is None  # hidden product
    assert product(reader, sample.products["KAI-0002"], "whatsapp") is None  # archived
    assert product(reader, 99999, "whatsapp") is None
    assert [t.name_id for t in producer_tiles(reader)] == [
        "Koperasi Tani Hijau Makmur",
        "Sanggar Tapis Siger",
    ]
    assert hidden_product_count(reader) == 2  # Kerupuk (itself) and Keripik (its category)
    shown = {c.name: c.on_kiosk for c in kiosk_categories(reader)}
    assert shown == {"Kopi": True, "Makanan Ringan": False, "Kain Tapis": True}


def test_a_product_without_a_category_is_shown(
    db: Database, sample: Sample, reader: sqlite3.Connection
) -> None:
    with db.session() as s:
        data = ProductInput.from_product(get_product(s, sample.products["MAK-0001"]))
        data.category_id = None
        update_product(s, sample.products["MAK-0001"], data)
        set_category_on_kiosk(s, [sample.snacks], False)
    assert "Keripik Pisang Cokelat" in _names(cards(reader))
    page = product(reader, sample.products["MAK-0001"], "code")
    assert page is not None and page.category_name_id == "" and page.category_name_en == ""


def test_all_fifteen_kabupaten_are_tiles_even_without_products(
    sample: Sample, reader: sqlite3.Connection
) -> None:
    tiles = kabupaten_tiles(reader)
    assert [t.ref for t in tiles] == list(KABUPATEN)
    counts = {t.ref: t.count for t in tiles if t.count}
    # Rafins Snack (Pringsewu) has one shown product: Kerupuk Kemplang is hidden.
    assert counts == {"Tanggamus": 2, "Pringsewu": 1, "Kota Bandar Lampung": 2}
    by_name = {t.ref: t for t in tiles}
    assert by_name["Kota Bandar Lampung"].name_en == "Bandar Lampung City"
    assert by_name["Lampung Barat"].photo_id is None


def test_filters_and_text_search(sample: Sample, reader: sqlite3.Connection) -> None:
    assert _names(cards(reader, kabupaten="Tanggamus")) == [
        "Kopi Luwak Tanggamus",
        "Kopi Robusta Lampung",
    ]
    assert _names(cards(reader, producer_id=sample.tapis)) == [
        "Kain Tapis Motif Siger",
        "Selendang Tapis & Sulam <Usus>",
    ]
    assert _names(cards(reader, text="kop robu")) == ["Kopi Robusta Lampung"]
    assert _names(cards(reader, text="KOP-0002")) == ["Kopi Luwak Tanggamus"]
    assert _names(cards(reader, text="civet")) == ["Kopi Luwak Tanggamus"]  # English name
    assert _names(cards(reader, text="kemplang")) == []  # found, but hidden from the kiosk
    assert _names(cards(reader, text='"AND" OR (')) == []  # typed syntax is text
    assert _names(cards(reader, text="tapis", category_id=sample.coffee)) == []
    assert _names(featured_cards(reader)) == [
        "Kain Tapis Motif Siger",
        "Kopi Luwak Tanggamus",
        "Kopi Robusta Lampung",
    ]
    card = cards(reader, text="KOP-0001")[0]
    assert (card.price, card.unit, card.kabupaten, card.name_en) == (
        45000,
        "pcs",
        "Tanggamus",
        "Lampung robusta coffee",
    )


def test_product_page_photos_and_tiles_photos(
    db: Database, sample: Sample, reader: sqlite3.Connection
) -> None:
    robusta, luwak = sample.products["KOP-0001"], sample.products["KOP-0002"]
    with db.session() as s:
        first = add_photo(s, robusta, _jpeg("brown")).id
        second = add_photo(s, robusta, _jpeg("green")).id
        luwak_photo = add_photo(s, luwak, _jpeg("black")).id
        product_row = get_product(s, robusta)
        product_row.certificates = ["Halal", "P-IRT"]
        product_row.export_markets = ["Singapura"]
        product_row.producer.story_id = "Kopi dari lereng Tanggamus"  # type: ignore[union-attr]
    page = product(reader, robusta, "code")
    assert page is not None
    assert page.photo_ids == (first, second)
    assert page.certificates == ("Halal", "P-IRT") and page.export_markets == ("Singapura",)
    assert page.story_id == "Kopi dari lereng Tanggamus"
    assert page.story_en == page.story_id  # no English story: the Indonesian one
    assert (page.producer, page.producer_kind, page.kabupaten) == (
        "Koperasi Tani Hijau Makmur",
        "koperasi",
        "Tanggamus",
    )
    assert page.qr_payload == "KOP-0001" and page.featured
    image, thumb = photo_bytes(reader, first), photo_bytes(reader, first, thumbnail=True)
    assert image is not None and thumb is not None and image.startswith(b"\xff\xd8")
    assert len(thumb) < len(image)
    assert photo_bytes(reader, 99999) is None
    # The category tile shows a featured product's main photo: Kopi Luwak comes first by name.
    coffee_tile = next(t for t in category_tiles(reader) if t.ref == str(sample.coffee))
    assert coffee_tile.photo_id == luwak_photo
    assert next(c for c in cards(reader) if c.id == robusta).photo_id == first


def test_attract_screen_shows_the_chosen_products_with_a_photo(
    db: Database, sample: Sample, reader: sqlite3.Connection
) -> None:
    robusta, luwak, keripik = (sample.products[c] for c in ("KOP-0001", "KOP-0002", "MAK-0001"))
    assert attract_cards(reader) == []  # no photos at all yet
    with db.session() as s:
        for pid in (robusta, luwak, keripik):
            add_photo(s, pid, _jpeg("orange"))
    # Nothing chosen: the featured products with a photo.
    assert [c.id for c in attract_cards(reader)] == [luwak, robusta]
    with db.session() as s:
        save_kiosk_settings(
            s,
            center_name="X",
            idle_seconds=90,
            attract_product_ids=[keripik, sample.products["KAI-0001"], robusta],
            qr_kind="whatsapp",
        )
    # In the staff's order; Kain Tapis has no photo.
    assert [c.id for c in attract_cards(reader)] == [keripik, robusta]
    with db.session() as s:
        set_category_on_kiosk(s, [sample.snacks], False)
    assert [c.id for c in attract_cards(reader)] == [robusta]


def test_a_product_hidden_by_another_connection_disappears(
    db: Database, sample: Sample, reader: sqlite3.Connection
) -> None:
    robusta = sample.products["KOP-0001"]
    assert product(reader, robusta, "whatsapp") is not None
    before = data_version(reader)
    assert data_version(reader) == before  # reading changes nothing
    with db.session() as s:
        data = ProductInput.from_product(get_product(s, robusta))
        data.on_kiosk = False
        update_product(s, robusta, data)
    assert data_version(reader) != before
    assert product(reader, robusta, "whatsapp") is None
    assert "Kopi Robusta Lampung" not in _names(cards(reader))
    assert not reader.in_transaction  # no snapshot held between reads


def test_the_kiosk_reader_cannot_write(db: Database, reader: sqlite3.Connection) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.execute("INSERT INTO setting (key, value) VALUES ('x', 'y')")


def test_the_kiosk_reader_opens_a_path_with_spaces_and_hashes(tmp_path: Path, db: Database) -> None:
    import shutil

    odd = tmp_path / "data #1 & co" / "etalase kiosk?.db"
    odd.parent.mkdir()
    db.close()
    shutil.copyfile(db.path, odd)
    connection = open_kiosk_reader(odd)
    try:
        assert kiosk_settings(connection) == KioskSettings()
    finally:
        connection.close()


def test_session_readers_work_too(db: Database, sample: Sample) -> None:
    with db.session() as s:
        assert _names(cards(s, kabupaten="Pringsewu")) == ["Keripik Pisang Cokelat"]
        assert isinstance(data_version(s), int)


@pytest.mark.parametrize("kind", ["whatsapp", "code", "url", "text"])
@pytest.mark.parametrize("code", ["KOP-0001", "MAK-0001", "KAI-0002"])
def test_the_qr_holds_what_a_label_of_that_kind_holds(
    db: Database, sample: Sample, reader: sqlite3.Connection, kind: str, code: str
) -> None:
    from showcase.inventory.qr_payloads import QrKind, qr_payload
    from showcase.printing.labels.payloads import label_items

    template = "https://etalase.example/produk/{code}?dari=kiosk"
    with db.session() as s:
        set_setting(s, "label_url_template", template)
        item = label_items(s, [sample.products[code]])[0]
    page = product(reader, sample.products[code], kind)
    assert page is not None
    # KOP-0001's producer has a phone, MAK-0001's none (WhatsApp falls back to text).
    assert page.qr_payload == qr_payload(item, QrKind(kind), url_template=template)


def test_a_web_address_qr_without_a_usable_template_holds_text(
    db: Database, sample: Sample, reader: sqlite3.Connection
) -> None:
    page = product(reader, sample.products["KOP-0001"], "url")
    assert page is not None and page.qr_payload.startswith("Kopi Robusta Lampung\nRp45.000")


def test_producer_tiles_of_one_kabupaten(sample: Sample, reader: sqlite3.Connection) -> None:
    tiles = producer_tiles(reader, kabupaten="Kota Bandar Lampung")
    assert [(t.kind, t.ref, t.name_id, t.count) for t in tiles] == [
        ("producer", str(sample.tapis), "Sanggar Tapis Siger", 2)
    ]
    assert producer_tiles(reader, kabupaten="Mesuji") == []
