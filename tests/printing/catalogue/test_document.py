"""The catalogue PDF read back: products, prices, contents page numbers, outline, QR codes,
languages, hostile text kept inside the page, cancel, cached print photos, metadata.

PDFs are read with pypdfium2 (text, outline, metadata, rendered pages) and QR codes with
zxing-cpp on whole pages rendered at 300 dpi, as a phone would see the printed page.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, ImageDraw

from showcase.errors import UserError
from showcase.inventory.photos import prepare_photo, set_photos
from showcase.inventory.producers import ProducerInput, create_producer
from showcase.inventory.products import ProductInput, create_product
from showcase.inventory.qr_payloads import LabelItem, QrKind, payload_choices
from showcase.printing.catalogue.document import (
    Cancelled,
    CatalogueLayout,
    CatalogueOptions,
    CatalogueSelection,
    Grouping,
    Language,
    select_products,
    write_catalogue,
)
from showcase.store.db import Database
from tests.helpers.factories import Sample, make_sample

A4_WIDTH = 595.28
DAY = datetime.date(2026, 8, 17)

# --- reading a PDF back -------------------------------------------------------------------------


def page_texts(path: Path | bytes) -> list[str]:
    """The text of each page, whitespace made single spaces."""
    pdf = pdfium.PdfDocument(path)
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in pdf]
    finally:
        pdf.close()


def outline(path: Path) -> list[tuple[str, int]]:
    """(title, 1-based page) of each outline entry."""
    pdf = pdfium.PdfDocument(path)
    try:
        entries = []
        for bookmark in pdf.get_toc():
            dest = bookmark.get_dest()
            assert dest is not None
            entries.append((bookmark.get_title(), dest.get_index() + 1))
        return entries
    finally:
        pdf.close()


def decoded_qr(path: Path, pages: Sequence[int] | None = None) -> list[str]:
    """Every QR payload zxing reads on the pages (1-based; all if None) rendered at 300 dpi."""
    pdf = pdfium.PdfDocument(path)
    found: list[str] = []
    try:
        for number in pages or range(1, len(pdf) + 1):
            image = pdf[number - 1].render(scale=300 / 72).to_pil()
            found += [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.QRCode)]
    finally:
        pdf.close()
    return found


def contents(texts: list[str]) -> dict[str, int]:
    """Section title → page number, read from the contents page (the second page)."""
    page = texts[1]
    assert page.startswith(("Daftar Isi ", "Contents "))
    body = page.split(" ", 2)[2] if page.startswith("Daftar") else page.split(" ", 1)[1]
    return {t: int(n) for t, n in re.findall(r"(.+?) (\d+) \d+ (?:produk|products?) ?", body)}


def catalogue(db: Database, tmp_path: Path, ids: Sequence[int], **options: object) -> Path:
    out = tmp_path / "catalogue.pdf"
    write_catalogue(db, ids, CatalogueOptions(date=DAY, **options), out)  # type: ignore[arg-type]
    return out


def all_ids(db: Database) -> list[int]:
    with db.session() as s:
        return select_products(s, CatalogueSelection())


def picture(colour: str) -> bytes:
    image = Image.new("RGB", (1200, 900), colour)
    ImageDraw.Draw(image).ellipse((300, 200, 900, 700), fill="white")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def give_photos(db: Database, ids: Sequence[int]) -> None:
    colours = ("#8c2a33", "#2a6f8c", "#4b7d2a", "#b58a34")
    with db.session() as s:
        for index, pid in enumerate(ids):
            set_photos(s, pid, [prepare_photo(picture(colours[index % 4]), name=f"p{pid}")])


def label_item(db: Database, code: str) -> LabelItem:
    from showcase.printing.labels.payloads import items_by_codes

    with db.session() as s:
        return items_by_codes(s, [code])[0]


# --- what is printed ----------------------------------------------------------------------------


@pytest.mark.parametrize("layout", list(CatalogueLayout))
def test_every_chosen_product_and_price_is_printed_and_no_other(
    db: Database, tmp_path: Path, layout: CatalogueLayout
) -> None:
    make_sample(db)
    with db.session() as s:
        ids = select_products(s, CatalogueSelection(category_names=["Kopi", "Kain Tapis"]))
    text = " ".join(page_texts(catalogue(db, tmp_path, ids, layout=layout)))
    for name, price in (
        ("Kopi Robusta Lampung", "Rp45.000"),
        ("Kopi Luwak Tanggamus", "Rp350.000"),
        ("Kain Tapis Motif Siger", "Rp1.500.000"),
        ("Selendang Tapis & Sulam <Usus>", "Rp750.000"),
    ):
        assert name in text
        assert price in text
    for other in ("Keripik Pisang Cokelat", "Kerupuk Kemplang", "Rp25.000", "Rp30.000"):
        assert other not in text


def test_contents_and_outline_give_the_page_where_each_section_starts(
    db: Database, tmp_path: Path
) -> None:
    make_sample(db)
    with db.session() as s:  # enough products for the sections to run over several pages
        for n in range(9):
            create_product(
                s,
                ProductInput(code=f"MAK-01{n:02d}", name_id=f"Emping Melinjo {n}", category_id=2),
            )
    out = catalogue(db, tmp_path, all_ids(db), cards_per_page=2)
    texts = page_texts(out)
    toc = contents(texts)
    assert list(toc) == ["Kopi", "Makanan Ringan", "Kain Tapis"]
    for title, page in toc.items():
        # The section's heading (its title with its count) is on that page and no earlier.
        heading = re.compile(rf"{re.escape(title)} \d+ produk")
        first = next(i + 1 for i, t in enumerate(texts) if i > 1 and heading.search(t))
        assert page == first, title
    assert outline(out) == list(toc.items())
    assert toc["Makanan Ringan"] - toc["Kopi"] == 1  # 2 coffees: one page
    assert toc["Kain Tapis"] - toc["Makanan Ringan"] == 5  # 10 snacks on the kiosk, 2 a page


@pytest.mark.parametrize(
    ("grouping", "titles"),
    [
        (Grouping.KABUPATEN, ["Tanggamus", "Pringsewu", "Kota Bandar Lampung"]),
        (Grouping.PRODUCER, ["Koperasi Tani Hijau Makmur", "Rafins Snack", "Sanggar Tapis Siger"]),
    ],
)
def test_sections_by_kabupaten_or_producer(
    db: Database, tmp_path: Path, grouping: Grouping, titles: list[str]
) -> None:
    make_sample(db)
    out = catalogue(db, tmp_path, all_ids(db), grouping=grouping, layout=CatalogueLayout.PRICELIST)
    assert [title for title, _ in outline(out)] == titles


def test_qr_codes_decode_to_whatsapp_links_of_the_producers(db: Database, tmp_path: Path) -> None:
    sample = make_sample(db)
    ids = all_ids(db)
    out = catalogue(db, tmp_path, ids)
    found = decoded_qr(out)
    assert len(found) == len(ids)
    for code in ("KOP-0001", "KOP-0002", "MAK-0001", "KAI-0001", "KAI-0002"):
        item = label_item(db, code)
        assert set(payload_choices(item, QrKind.WHATSAPP)) & set(found), code
    coffee = [f for f in found if "KOP-0001" in f]
    assert coffee and coffee[0].startswith("https://wa.me/6281234567890?text=")
    assert sample.rafins  # Rafins has no phone: its codes hold text naming the product
    assert any(f.startswith("Keripik Pisang Cokelat\n") for f in found)


@pytest.mark.parametrize("layout", [CatalogueLayout.CARDS, CatalogueLayout.FEATURE])
def test_product_code_qr_codes_hold_exactly_the_codes(
    db: Database, tmp_path: Path, layout: CatalogueLayout
) -> None:
    make_sample(db)
    out = catalogue(db, tmp_path, all_ids(db), qr_kind=QrKind.CODE, layout=layout)
    assert sorted(decoded_qr(out)) == ["KAI-0001", "KAI-0002", "KOP-0001", "KOP-0002", "MAK-0001"]


@pytest.mark.parametrize("per_page", [2, 6])
def test_qr_codes_decode_on_every_card_size(db: Database, tmp_path: Path, per_page: int) -> None:
    make_sample(db)
    out = catalogue(db, tmp_path, all_ids(db), cards_per_page=per_page, language=Language.BOTH)
    assert len(decoded_qr(out)) == 5


def test_indonesian_english_and_both(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    ids = all_ids(db)
    indonesian = " ".join(page_texts(catalogue(db, tmp_path, ids, language=Language.ID)))
    english = " ".join(page_texts(catalogue(db, tmp_path, ids, language=Language.EN)))
    both = " ".join(page_texts(catalogue(db, tmp_path, ids, language=Language.BOTH)))
    assert "Kopi Robusta Lampung" in indonesian and "Lampung robusta coffee" not in indonesian
    assert "Lampung robusta coffee" in english
    # Without an English description the Indonesian one is printed; the name is English.
    assert english.count("Kopi Robusta Lampung") == english.count("Deskripsi Kopi Robusta Lampung")
    assert "Kopi Robusta Lampung" in both and "Lampung robusta coffee" in both
    assert "Daftar Isi" in indonesian and "17 Agustus 2026" in indonesian
    assert "Contents" in english and "17 Aug 2026" in english
    # Prices as each reader writes them; a bilingual catalogue is an Indonesian one.
    assert "Rp45.000" in indonesian and "Rp45,000" in english and "Rp45.000" in both
    assert "Halaman 2 dari" in indonesian and "Page 2 of" in english
    assert "Coffee" in both and "Scan for WhatsApp" in both and "Scan untuk WhatsApp" in both


def test_prices_hidden_say_price_on_request(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    ids = all_ids(db)
    for layout in CatalogueLayout:
        text = " ".join(page_texts(catalogue(db, tmp_path, ids, show_prices=False, layout=layout)))
        assert text.count("Harga atas permintaan") == len(ids)
        assert "Rp" not in text
    english = catalogue(db, tmp_path, ids, show_prices=False, language=Language.EN)
    assert "Price on request" in " ".join(page_texts(english))
    # A producer without a phone gets a text QR code: it does not give the price away either.
    text_codes = [f for f in decoded_qr(english) if not f.startswith("https://")]
    assert text_codes and not any("Rp" in f for f in text_codes)


def test_price_list_repeats_its_column_names_on_every_page(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    with db.session() as s:
        for n in range(70):
            create_product(
                s,
                ProductInput(
                    code=f"MAK-02{n:02d}", name_id=f"Keripik {n}", category_id=2, price=1000 + n
                ),
            )
    out = catalogue(db, tmp_path, all_ids(db), layout=CatalogueLayout.PRICELIST)
    texts = page_texts(out)
    body = texts[2:]
    assert len(body) >= 3
    for text in body:
        assert text.startswith("UMKM CENTER BAKAUHENI")
        assert "KODE PRODUK SATUAN HARGA PRODUSEN KAB./KOTA" in text
    assert all(f"Keripik {n} " in " ".join(body) for n in range(70))


# --- text that fights back ------------------------------------------------------------------


HOSTILE_NAME = 'Dodol "Durian" <b>Bold</b> & Sons\' Selai'
LONG_WORD = "Superkalifragilistikekspialidosiusnanasmadulampungtengahterbanggibesar" + "x" * 10


@pytest.fixture
def hostile(db: Database) -> int:
    """A product with markup characters, an 80-letter word and a 3,000-character description."""
    with db.session() as s:
        maker = create_producer(
            s,
            ProducerInput(
                f"UD {LONG_WORD}",
                kind="umkm",
                scale="mikro",
                kabupaten="Lampung Tengah",
                phone="0812-0000-7777",
                story_id="Cerita <i>panjang</i> & lama. " * 80,
            ),
        ).id
        description = (f"Manis & legit <script>alert('x')</script> {LONG_WORD} " * 60)[:3000]
        product = create_product(
            s,
            ProductInput(
                code="BUA-0099",
                name_id=f"{HOSTILE_NAME} {LONG_WORD}",
                name_en="Durian <taffy> & jam",
                description_id=description,
                description_en=description,
                producer_id=maker,
                price=25000,
                unit=f"pack 250 g {LONG_WORD}",
                certificates=["Halal", "P-IRT", "BPOM MD 123456789012", "SNI", "HKI"],
                export_markets=["Singapura", "Jepang", "Mesir", "Belanda", "Korea Selatan"],
            ),
        ).id
    return product


def _text_outside_the_margins(path: Path) -> list[str]:
    """Characters (other than on the cover) printed outside the page's side margins."""
    outside = []
    pdf = pdfium.PdfDocument(path)
    try:
        for number, page in enumerate(pdf):
            if number == 0:
                continue
            width = page.get_width()
            textpage = page.get_textpage()
            for index in range(textpage.count_chars()):
                left, _, right, _ = textpage.get_charbox(index)
                if right > left and (left < 17 * 72 / 25.4 or right > width - 17 * 72 / 25.4):
                    outside.append(textpage.get_text_range(index, 1))
    finally:
        pdf.close()
    return outside


@pytest.mark.parametrize(
    "options",
    [
        {"layout": CatalogueLayout.CARDS, "cards_per_page": 6, "language": Language.BOTH},
        {"layout": CatalogueLayout.CARDS, "cards_per_page": 2},
        {"layout": CatalogueLayout.FEATURE, "language": Language.BOTH},
        {"layout": CatalogueLayout.PRICELIST, "language": Language.BOTH},
    ],
)
def test_hostile_text_prints_as_text_and_stays_on_the_page(
    db: Database, tmp_path: Path, hostile: int, options: dict[str, object]
) -> None:
    out = catalogue(db, tmp_path, [hostile], **options)
    texts = page_texts(out)
    assert len(texts) == 3  # cover, contents, and the product's one page
    # pdfium reads a gap after some glyphs as a space: compare without spaces.
    text = "".join(texts[2].split())
    assert 'Dodol"Durian"<b>Bold</b>&' in text
    assert "Rp25.000" in text
    if options["layout"] is not CatalogueLayout.PRICELIST:
        assert "<script>alert('x')</scri" in text
        assert "…" in text  # the description was cut to fit, visibly
    assert _text_outside_the_margins(out) == []
    assert A4_WIDTH - 1 < pdfium.PdfDocument(out)[2].get_width() < A4_WIDTH + 1


def test_a_product_without_photo_gets_a_placeholder(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    text = " ".join(page_texts(catalogue(db, tmp_path, all_ids(db))))
    assert text.count("Foto belum tersedia") == 5


# --- the file, the work and the photos ---------------------------------------------------------


def test_metadata(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    out = catalogue(db, tmp_path, all_ids(db), title="Kopi & Rempah", center_name="UMKM Center X")
    meta = pdfium.PdfDocument(out).get_metadata_dict()
    assert meta["Title"] == "Kopi & Rempah"
    assert meta["Author"] == "UMKM Center X"
    assert meta["Creator"] == "Etalase"
    assert "Lampung" in meta["Subject"]


def test_the_cover_names_the_center_as_saved(db: Database, tmp_path: Path) -> None:
    """The name given at the first start (or in Kiosk settings) is on the cover and the author."""
    from showcase.inventory.setting_keys import CENTER_NAME_SETTING
    from showcase.inventory.settings import set_setting

    make_sample(db)
    out = catalogue(db, tmp_path, all_ids(db))
    assert pdfium.PdfDocument(out).get_metadata_dict()["Author"] == "UMKM Center Bakauheni"
    with db.session() as s:
        set_setting(s, CENTER_NAME_SETTING, "UMKM Center  Way Kanan")
    out = catalogue(db, tmp_path, all_ids(db))
    pdf = pdfium.PdfDocument(out)
    assert pdf.get_metadata_dict()["Author"] == "UMKM Center Way Kanan"
    cover = pdf[0].get_textpage()
    assert "UMKM CENTER WAY KANAN" in cover.get_text_range()


@pytest.mark.parametrize(("layout", "pages"), [("cards", 5), ("feature", 7), ("pricelist", 3)])
def test_progress_counts_every_product_and_the_summary_tells_pages(
    db: Database, tmp_path: Path, layout: str, pages: int
) -> None:
    make_sample(db)
    ids = all_ids(db)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "c.pdf"
    options = CatalogueOptions(layout=CatalogueLayout(layout))
    summary = write_catalogue(db, ids, options, out, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(n, 5) for n in range(1, 6)]
    assert summary.products == 5
    # Cover, contents, then a page per section (cards), per product (feature), or one list.
    assert summary.pages == len(pdfium.PdfDocument(out)) == pages


def test_runs_in_a_worker_thread_while_staff_keep_working(db: Database, tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    make_sample(db)
    ids = all_ids(db)
    give_photos(db, ids)
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(write_catalogue, db, ids, CatalogueOptions(), tmp_path / "c.pdf")
        with db.session() as s:  # the window goes on changing the database meanwhile
            create_product(s, ProductInput(code="MAK-0100", name_id="Produk Baru", category_id=2))
        summary = future.result(timeout=120)
    assert summary.products == 5 and summary.photos_scaled == 6
    assert "Produk Baru" not in " ".join(page_texts(tmp_path / "c.pdf"))


def test_cancel_raises_and_leaves_no_file(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    ids = all_ids(db)
    out = tmp_path / "out" / "c.pdf"
    out.parent.mkdir()
    calls: list[int] = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        write_catalogue(db, ids, CatalogueOptions(), out, cancelled=stop)
    assert list(out.parent.iterdir()) == []
    assert isinstance(Cancelled(), UserError)


def test_a_stream_gets_the_whole_document(db: Database) -> None:
    make_sample(db)
    buffer = io.BytesIO()
    write_catalogue(db, all_ids(db), CatalogueOptions(), buffer)
    assert buffer.getvalue().startswith(b"%PDF") and len(page_texts(buffer.getvalue())) == 5


def test_wrong_output_and_vanished_products_are_user_errors(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    ids = all_ids(db)
    with pytest.raises(UserError, match=r"ending in \.pdf"):
        write_catalogue(db, ids, CatalogueOptions(), tmp_path / "c.docx")
    with pytest.raises(UserError, match="does not exist"):
        write_catalogue(db, ids, CatalogueOptions(), tmp_path / "missing" / "c.pdf")
    with pytest.raises(UserError, match="exists any more"):
        write_catalogue(db, [99999], CatalogueOptions(), tmp_path / "c.pdf")
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*partial")) == []


def _print_copies(db: Database) -> int:
    with db.read() as c:
        return int(c.execute("SELECT COUNT(*) FROM photo_print").fetchone()[0])


def test_print_photos_are_made_once_and_reused(db: Database, tmp_path: Path) -> None:
    make_sample(db)
    ids = all_ids(db)
    give_photos(db, ids)
    first = write_catalogue(db, ids, CatalogueOptions(), tmp_path / "a.pdf")
    # One copy per photo for the cards, and one for the cover (another size).
    assert (first.photos_scaled, first.photos_reused) == (len(ids) + 1, 0)
    assert _print_copies(db) == len(ids) + 1
    second = write_catalogue(db, ids, CatalogueOptions(), tmp_path / "b.pdf")
    assert (second.photos_scaled, second.photos_reused) == (0, len(ids) + 1)
    assert _print_copies(db) == len(ids) + 1
    assert "Foto belum tersedia" not in " ".join(page_texts(tmp_path / "b.pdf"))
    # A feature layout prints photos bigger: new copies, kept beside the card ones.
    write_catalogue(db, ids, CatalogueOptions(layout=CatalogueLayout.FEATURE), tmp_path / "c.pdf")
    assert _print_copies(db) == 2 * len(ids) + 1
    with db.session() as s:  # a photo's copies go with it
        set_photos(s, ids[0], [])
    assert _print_copies(db) == 2 * len(ids) - 1


def test_photos_are_printed_small(db: Database, tmp_path: Path) -> None:
    """A 1200 px photo on a card is scaled to about 200 dpi: the file stays small."""
    make_sample(db)
    ids = all_ids(db)
    give_photos(db, ids)
    out = catalogue(db, tmp_path, ids, cards_per_page=6)
    pdf = pdfium.PdfDocument(out)
    sizes = []
    for page in list(pdf)[2:]:
        for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE]):
            sizes.append(obj.get_px_size())  # pixels of the embedded image
    assert sizes and all(w <= 500 and h <= 340 for w, h in sizes)


def test_cover_shows_the_chosen_product(db: Database, tmp_path: Path) -> None:
    sample: Sample = make_sample(db)
    ids = all_ids(db)
    give_photos(db, ids)
    chosen = sample.products["MAK-0001"]
    write_catalogue(db, ids, CatalogueOptions(cover_product_id=chosen), tmp_path / "c.pdf")
    pdf = pdfium.PdfDocument(tmp_path / "c.pdf")
    cover = list(pdf[0].get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE]))
    assert len(cover) == 1
    # The cover's photo has the colour give_photos gave the chosen product.
    expected = ("#8c2a33", "#2a6f8c", "#4b7d2a", "#b58a34")[ids.index(chosen) % 4]
    red, green = int(expected[1:3], 16), int(expected[3:5], 16)
    pixel = cover[0].get_bitmap().to_pil().convert("RGB").getpixel((5, 5))
    assert abs(pixel[0] - red) < 12 and abs(pixel[1] - green) < 12
