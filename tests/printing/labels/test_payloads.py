"""What a label shows and what its QR code holds: items from the database, the four payload kinds."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest

from showcase.errors import NotFoundError, ValidationError
from showcase.inventory.products import set_archived
from showcase.inventory.qr_payloads import (
    LabelItem,
    QrKind,
    check_url_template,
    falls_back,
    payload_choices,
    qr_payload,
)
from showcase.inventory.settings import get_setting, set_setting
from showcase.printing.labels.payloads import all_items, items_by_codes, label_items
from showcase.store.db import Database
from tests.helpers.factories import Sample, make_sample

ROBUSTA = LabelItem(
    product_id=1,
    code="KOP-0001",
    name="Kopi Robusta Lampung",
    price=45000,
    unit="pcs",
    producer="Koperasi Tani Hijau Makmur",
    kabupaten="Tanggamus",
    phone="6281234567890",
)


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


def test_label_items_come_in_the_order_asked_with_their_producer(
    db: Database, sample: Sample
) -> None:
    ids = [sample.products[c] for c in ("MAK-0001", "KOP-0001", "MAK-0001")]
    with db.session() as s:
        items = label_items(s, ids)
    assert [i.code for i in items] == ["MAK-0001", "KOP-0001", "MAK-0001"]
    assert items[1] == replace(ROBUSTA, product_id=sample.products["KOP-0001"])
    assert items[0].producer == "Rafins Snack" and items[0].phone == ""
    assert items[0].kabupaten == "Pringsewu"


def test_label_items_name_a_missing_id(db: Database, sample: Sample) -> None:
    with db.session() as s, pytest.raises(NotFoundError, match="9999"):
        label_items(s, [sample.products["KOP-0001"], 9999])


def test_items_by_codes_ignore_case_and_name_every_unknown_code(
    db: Database, sample: Sample
) -> None:
    with db.session() as s:
        items = items_by_codes(s, ["kai-0002", " KOP-0001 ", "KAI-0002"])
        assert [i.code for i in items] == ["KAI-0002", "KOP-0001", "KAI-0002"]
        assert items[0].name == "Selendang Tapis & Sulam <Usus>"
        with pytest.raises(NotFoundError) as info:
            items_by_codes(s, ["KOP-0001", "KOP-9999", "XYZ-1", "KOP-9999"])
        assert str(info.value) == "No products have the codes KOP-9999, XYZ-1"
        with pytest.raises(NotFoundError, match=r"^No product has the code ABC$"):
            items_by_codes(s, ["ABC"])


def test_all_items_leave_out_archived_products_and_follow_the_codes(
    db: Database, sample: Sample
) -> None:
    with db.session() as s:
        set_archived(s, sample.products["KOP-0002"], True)
    with db.session() as s:
        codes = [i.code for i in all_items(s)]
        assert codes == ["KAI-0001", "KAI-0002", "KOP-0001", "MAK-0001", "MAK-0002"]
        # Chosen by id, an archived product still gets its label: staff asked for it.
        assert label_items(s, [sample.products["KOP-0002"]])[0].code == "KOP-0002"


def test_settings_round_trip(db: Database) -> None:
    with db.session() as s:
        assert get_setting(s, "label_qr_kind", "whatsapp") == "whatsapp"
        set_setting(s, "label_qr_kind", "code")
        set_setting(s, "label_qr_kind", "text")
    with db.session() as s:
        assert get_setting(s, "label_qr_kind") == "text"


def _whatsapp_text(link: str) -> str:
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/6281234567890")
    assert " " not in link
    return parse_qs(parts.query, strict_parsing=True)["text"][0]


def test_whatsapp_links_to_the_producer_with_a_message_naming_the_code() -> None:
    link = qr_payload(ROBUSTA, QrKind.WHATSAPP)
    assert link.startswith("https://wa.me/6281234567890?text=Halo%2C%20saya%20tertarik")
    assert _whatsapp_text(link) == (
        "Halo, saya tertarik dengan KOP-0001 (Kopi Robusta Lampung) di UMKM Center Bakauheni"
    )
    choices = payload_choices(ROBUSTA, QrKind.WHATSAPP)
    assert len(choices) == 3 and choices[0] == link
    assert [len(c) for c in choices] == sorted((len(c) for c in choices), reverse=True)
    assert _whatsapp_text(choices[-1]) == "Halo, saya tertarik dengan KOP-0001"
    assert not falls_back(ROBUSTA, QrKind.WHATSAPP)


def test_whatsapp_encodes_what_a_name_holds() -> None:
    tricky = replace(ROBUSTA, name='Kopi "Luwak" & <Susu> Légit')
    link = qr_payload(tricky, QrKind.WHATSAPP)
    assert "%26" in link and "%3C" in link and "%22" in link and "%C3%A9" in link
    assert '(Kopi "Luwak" & <Susu> Légit)' in _whatsapp_text(link)


def test_whatsapp_without_a_phone_falls_back_to_text() -> None:
    no_phone = replace(ROBUSTA, phone="")
    assert falls_back(no_phone, QrKind.WHATSAPP)
    assert not falls_back(no_phone, QrKind.TEXT)
    assert payload_choices(no_phone, QrKind.WHATSAPP) == payload_choices(no_phone, QrKind.TEXT)
    assert qr_payload(no_phone, QrKind.WHATSAPP) == (
        "Kopi Robusta Lampung\nRp45.000 / pcs\nKoperasi Tani Hijau Makmur, Tanggamus"
    )


def test_text_names_price_producer_and_phone_and_has_shorter_forms() -> None:
    assert qr_payload(ROBUSTA, QrKind.TEXT) == (
        "Kopi Robusta Lampung\nRp45.000 / pcs\nKoperasi Tani Hijau Makmur, Tanggamus\n0812-3456-7890"
    )
    choices = payload_choices(ROBUSTA, QrKind.TEXT)
    assert choices[-1] == "Kopi Robusta Lampung\nRp45.000 / pcs"
    assert all(c.startswith("Kopi Robusta Lampung\nRp45.000 / pcs") for c in choices)
    long_name = replace(ROBUSTA, name="Kain Tapis " + "Siger " * 12, unit="", producer="")
    shortest = payload_choices(long_name, QrKind.TEXT)[-1]
    assert shortest == "Kain Tapis Siger…\nRp45.000"  # cut where a word ends


def test_code_and_url() -> None:
    assert qr_payload(ROBUSTA, QrKind.CODE) == "KOP-0001"
    template = "https://umkm-lampung.example/produk/{code}?utm=label"
    assert qr_payload(ROBUSTA, QrKind.URL, url_template=f"  {template} ") == (
        "https://umkm-lampung.example/produk/KOP-0001?utm=label"
    )
    slashed = replace(ROBUSTA, code="KOP/01")
    assert qr_payload(slashed, QrKind.URL, url_template=template).endswith(
        "/produk/KOP%2F01?utm=label"
    )


@pytest.mark.parametrize(
    ("template", "expect"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("ftp://files.example/{code}", "http:// or https://"),
        ("umkm.example/{code}", "http:// or https://"),
        ("https://umkm.example/produk", "must hold the placeholder {code}"),
        ("https://umkm.example/{name}", "only the placeholder {code}"),
        ("https://umkm.example/{code}/{0}", "only the placeholder {code}"),
        ("https://umkm.example/{code", "only the placeholder {code}"),
        ("https://umkm.example/{code} x", "spaces"),
    ],
)
def test_url_templates_are_checked(template: str, expect: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_url_template(template)
    assert set(info.value.errors) == {"url_template"}
    assert expect in info.value.errors["url_template"]
    with pytest.raises(ValidationError):
        qr_payload(ROBUSTA, QrKind.URL, url_template=template)


def test_a_good_template_comes_back_stripped() -> None:
    assert check_url_template(" HTTP://x.example/{code} ") == "HTTP://x.example/{code}"
    assert check_url_template("https://x.example/{{literal}}/{code}") == (
        "https://x.example/{{literal}}/{code}"
    )
