"""A small showcase for the website's tests: the shared sample (tests/helpers/factories.py) plus
the products that test a site: one whose text tries to be HTML and script, one with a `/` in its
code, one with no price, photos of different shapes, and a producer with a story."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageDraw

from showcase.inventory.branding import set_center_logo
from showcase.inventory.photos import add_photo
from showcase.inventory.producers import ProducerInput, create_producer
from showcase.inventory.products import ProductInput, create_product
from showcase.store.db import Database
from tests.helpers.factories import Sample, make_sample

HOSTILE_NAME = 'Kopi "Spesial" <script>window.__pwned=1</script> & Teh 🍵'
HOSTILE_NAME_EN = "Coffee </script><img src=x onerror=window.__pwned=2> & 'Tea' ☕"
HOSTILE_DESCRIPTION = "Baris satu & <b>bukan tebal</b>\n\nParagraf dua: \"kutip\" 'tunggal' 😀"
STORY_ID = "Koperasi petani kopi di lereng Tanggamus.\nDiekspor ke Singapura."
STORY_EN = "A cooperative of coffee farmers on the slopes of Tanggamus."


@dataclass(frozen=True)
class WebsiteSample:
    sample: Sample
    hostile: int  # product ids
    slashed: int
    on_request: int


def jpeg(width: int, height: int, colour: tuple[int, int, int], label: str = "") -> bytes:
    image = Image.new("RGB", (width, height), colour)
    if label:
        ImageDraw.Draw(image).text((10, 10), label, fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def make_website_sample(db: Database) -> WebsiteSample:
    sample = make_sample(db)
    with db.session() as s:
        maker = create_producer(
            s,
            ProducerInput(
                'Kelompok <Tani> & "Sejahtera"',
                kind="koperasi",
                scale=None,
                kabupaten="Lampung Barat",
                phone="0813-1111-2222",
                story_id=STORY_ID,
                story_en=STORY_EN,
            ),
        ).id
        hostile = create_product(
            s,
            ProductInput(
                code="KOP-0099",
                name_id=HOSTILE_NAME,
                name_en=HOSTILE_NAME_EN,
                description_id=HOSTILE_DESCRIPTION,
                description_en="Line & <i>not italic</i> " + "Supercalifragilistic" * 6,
                category_id=sample.coffee,
                producer_id=maker,
                price=87500,
                unit="pack 250 g",
                featured=True,
                certificates=["Halal", "P-IRT"],
                export_markets=["Singapura", "Taiwan"],
            ),
            initial_stock=12,
        ).id
        slashed = create_product(
            s,
            ProductInput(
                code="KAI/0003",
                name_id="Tapis Jung Sarat",
                name_en="Tapis Jung Sarat cloth",
                category_id=sample.cloth,
                producer_id=sample.tapis,
                price=2750000,
                unit="lembar",
            ),
            initial_stock=0,
        ).id
        on_request = create_product(
            s,
            ProductInput(
                code="KRJ-0001",
                name_id="Patung Gajah Kayu",
                name_en="Wooden Elephant",
                producer_id=maker,
                price=0,
            ),
            initial_stock=1,
        ).id
        set_center_logo(s, png(300, 120, (11, 93, 59)))
        add_photo(s, hostile, jpeg(1600, 1200, (120, 70, 30), "hostile 1"), name="a.jpg")
        add_photo(s, hostile, jpeg(600, 900, (30, 70, 120), "hostile 2"), name="b.jpg")
        add_photo(s, slashed, jpeg(800, 600, (150, 20, 40), "tapis"), name="c.jpg")
        add_photo(s, sample.products["KOP-0001"], jpeg(1200, 900, (90, 60, 20)), name="d.jpg")
    return WebsiteSample(sample, hostile, slashed, on_request)
