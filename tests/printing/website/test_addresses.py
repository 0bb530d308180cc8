"""Where the website's pages live, and the QR web address that points at them: one function
(`product_page_path`) for both, so a label's QR code opens the page the site holds."""

from __future__ import annotations

import pytest

from showcase.errors import ValidationError
from showcase.inventory.qr_payloads import (
    LabelItem,
    QrKind,
    check_base_url,
    check_url_template,
    page_name,
    product_page_path,
    qr_payload,
    website_base_url,
    website_url_template,
)
from showcase.printing.website import addresses


def test_a_products_page_is_named_after_its_code() -> None:
    assert product_page_path("KOP-0001") == "id/p/KOP-0001/"
    assert product_page_path("KOP-0001", "en") == "en/p/KOP-0001/"
    assert page_name("KAI/0003") == "KAI~0003"  # an encoded / is refused by many servers
    assert page_name("A.b_c-1") == "A.b_c-1"
    assert addresses.product("id", "KAI/0003") == "id/p/KAI~0003/index.html"


@pytest.mark.parametrize("code", ["KOP-0001", "KAI/0003", "x.1_2-3"])
def test_the_qr_web_address_is_the_page_the_site_writes(code: str) -> None:
    base = "https://umkm.lampung.example/etalase"
    template = website_url_template(base + "/")
    assert template == base + "/id/p/{page}/"
    assert check_url_template(template) == template
    item = LabelItem(1, code, "x", 1000, "pcs", "", "", "")
    address = qr_payload(item, QrKind.URL, url_template=template)
    assert address == addresses.absolute(base, addresses.product("id", code))
    assert website_base_url(template) == base
    assert website_base_url("https://shop.example/p/{code}") == ""  # another site's template


def test_other_templates_keep_their_code() -> None:
    item = LabelItem(1, "KOP/01", "x", 1000, "pcs", "", "", "")
    address = qr_payload(item, QrKind.URL, url_template="https://shop.example/p/{code}")
    assert address == "https://shop.example/p/KOP%2F01"


@pytest.mark.parametrize(
    ("address", "expect"),
    [
        ("", "is empty"),
        ("https://", "is empty"),
        ("ftp://x.example", "http:// or https://"),
        ("https://x.example/a b", "spaces"),
        ("https://x.example/?q=1", "{ } ? #"),
        ('https://x.example/"', "{ } ? #"),
    ],
)
def test_a_base_address_is_checked(address: str, expect: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_base_url(address)
    assert expect in info.value.errors["base_url"]


def test_links_between_pages_are_relative_and_name_index_html() -> None:
    page = addresses.product("id", "KOP-0001")
    assert addresses.link(page, addresses.home("id")) == "../../index.html"
    assert addresses.link(page, addresses.in_language(page, "en")) == (
        "../../../en/p/KOP-0001/index.html"
    )
    assert addresses.in_language(addresses.search("id"), "en") == "en/search/index.html"
    assert addresses.absolute("https://x.example", addresses.root()) == "https://x.example/"
    assert addresses.absolute("https://x.example", page) == "https://x.example/id/p/KOP-0001/"
