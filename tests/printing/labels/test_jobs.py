"""Label PDFs as a person gets them: every QR code scans back to its payload, the text is there and
inside its label, positions are right on the numbers, and a failed job leaves no file.

PDF pages are rendered with PDFium (pypdfium2) at 300 dpi, about what an office printer prints,
and each label's box is cut out and read with zxing-cpp.
"""

from __future__ import annotations

import gc
import io
import os
import re
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, ImageChops

from showcase.errors import UserError, ValidationError
from showcase.inventory.formats import rupiah
from showcase.inventory.limits import MAX_PRICE
from showcase.inventory.producers import ProducerInput, create_producer
from showcase.inventory.products import ProductInput, create_product
from showcase.inventory.qr_payloads import LabelItem, QrKind, payload_choices
from showcase.printing.labels.design import fit_text
from showcase.printing.labels.jobs import (
    MAX_COPIES,
    LabelJob,
    PayloadTooLongError,
    PlacedLabel,
    content_layout,
    place_labels,
    write_labels_pdf,
    write_test_page,
)
from showcase.printing.labels.payloads import label_items
from showcase.printing.labels.sheets import BUILT_IN_SHEETS, Sheet
from showcase.printing.qr import MIN_MODULE_MM, symbol_size
from showcase.store.db import Database
from tests.helpers.factories import make_sample

DPI = 300
PX_PER_MM = DPI / 25.4
PT_PER_MM = 72 / 25.4
A4_3X8 = BUILT_IN_SHEETS[0]
QR = zxingcpp.BarcodeFormat.QRCode  # only QR: stripes of modules can look like a 1D barcode
WORD_60 = "Lempokdurian" * 5
TRICKY_NAMES = (
    'Kue "Lapis" Légit & Dodol <Spesial> Ñam Über',
    WORD_60,
    "Kopi 'Gayo' Çokelat – «Asli» 100% <b>Murni</b> &amp; Sehat Selalu",
    "Gula Aren Semut Organik Asli Way Kanan Kemasan Besar Isi Dua Kilogram Plus Bonus",
)


@dataclass(frozen=True)
class Showcase:
    items: list[LabelItem]


@pytest.fixture
def showcase(db: Database) -> Showcase:
    """The sample's six products and four with names that break careless code."""
    sample = make_sample(db)
    with db.session() as s:
        sri = create_producer(
            s,
            ProducerInput(
                'Usaha "Bu Sri" & Anak <Jaya> Lestari',
                kabupaten="Tulang Bawang Barat",
                phone="+62 811-7200-1234",
            ),
        ).id
        ids = list(sample.products.values())
        for n, name in enumerate(TRICKY_NAMES, start=1):
            product = create_product(
                s,
                ProductInput(
                    code=f"MAK-01{n:02d}",
                    name_id=name,
                    price=MAX_PRICE if n == 4 else 1_250_000 * n,  # the last: the longest price
                    unit="kotak 500 g",
                    # One of them from a producer without a phone: WhatsApp falls back to text.
                    producer_id=sri if n != 3 else sample.tapis,
                ),
            )
            ids.append(product.id)
    with db.session() as s:
        return Showcase(label_items(s, ids))


def _pages(pdf: bytes) -> Iterator[tuple[pdfium.PdfPage, Image.Image]]:
    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            yield page, page.render(scale=DPI / 72).to_pil().convert("L")
    finally:
        document.close()


def _crop(image: Image.Image, box: tuple[float, float, float, float]) -> Image.Image:
    x, y, w, h = box
    return image.crop(
        (
            round(x * PX_PER_MM),
            round(y * PX_PER_MM),
            round((x + w) * PX_PER_MM),
            round((y + h) * PX_PER_MM),
        )
    )


def decoded(pdf: bytes, placed: Sequence[PlacedLabel]) -> list[list[str]]:
    """What zxing reads in each label's box, label by label."""
    found: list[list[str]] = [[] for _ in placed]
    for number, (_, image) in enumerate(_pages(pdf)):
        for label in placed:
            if label.page == number:
                box = (label.x, label.y, label.width, label.height)
                found[label.index] = [
                    r.text for r in zxingcpp.read_barcodes(_crop(image, box), formats=QR)
                ]
    return found


def _pdf(job: LabelJob) -> bytes:
    out = io.BytesIO()
    write_labels_pdf(job, out)
    return out.getvalue()


def _job(items: Sequence[LabelItem], sheet: Sheet, **kwargs: object) -> LabelJob:
    return LabelJob([(item, 1) for item in items], sheet, **kwargs)  # type: ignore[arg-type]


# --- every label scans ------------------------------------------------------------------------


@pytest.mark.parametrize("sheet", BUILT_IN_SHEETS, ids=lambda s: s.name)
@pytest.mark.parametrize("kind", [QrKind.WHATSAPP, QrKind.TEXT])
def test_every_label_on_every_sheet_scans_to_its_payload(
    showcase: Showcase, sheet: Sheet, kind: QrKind
) -> None:
    job = _job(showcase.items, sheet, qr_kind=kind, start=min(2, sheet.per_page))
    placed = place_labels(job)
    assert decoded(_pdf(job), placed) == [[label.payload] for label in placed]
    for label in placed:
        assert label.payload in payload_choices(label.item, kind)
        module = content_layout(label).module(symbol_size(label.payload))
        assert module >= MIN_MODULE_MM - 1e-9, (label.item.code, module)


@pytest.mark.parametrize("sheet", [BUILT_IN_SHEETS[6], BUILT_IN_SHEETS[8]], ids=lambda s: s.name)
def test_code_and_url_labels_scan(showcase: Showcase, sheet: Sheet) -> None:
    for kind in (QrKind.CODE, QrKind.URL):
        job = _job(
            showcase.items,
            sheet,
            qr_kind=kind,
            url_template="https://umkm-lampung.example/produk/{code}",
        )
        placed = place_labels(job)
        assert decoded(_pdf(job), placed) == [[label.payload] for label in placed]
    assert placed[0].payload == f"https://umkm-lampung.example/produk/{placed[0].item.code}"


def test_small_labels_get_the_short_whatsapp_message_and_large_ones_the_full(
    showcase: Showcase,
) -> None:
    robusta = showcase.items[0]
    assert robusta.code == "KOP-0001"
    choices = payload_choices(robusta, QrKind.WHATSAPP)
    small = place_labels(_job([robusta], BUILT_IN_SHEETS[6]))  # 48.5×25.4 mm
    large = place_labels(_job([robusta], BUILT_IN_SHEETS[5]))  # 99.1×67.7 mm
    assert small[0].payload == choices[-1]
    assert large[0].payload == choices[0]


def _dark(value: int) -> int:
    return 255 * (value < 80)


def _red_in_corner(pdf: bytes, placed: Sequence[PlacedLabel]) -> list[int]:
    """Pixels of the logo's red in the bottom-left quarter of each label, at 100 dpi."""
    scale = 100 / 25.4
    counts = []
    document = pdfium.PdfDocument(pdf)
    try:
        images = [
            document[n].render(scale=100 / 72).to_pil().convert("RGB") for n in range(len(document))
        ]
    finally:
        document.close()
    for label in placed:
        x, y, width, height = label.content_box
        corner = images[label.page].crop(
            (
                round(x * scale),
                round((y + height / 2) * scale),
                round((x + width / 2) * scale),
                round((y + height) * scale),
            )
        )
        red, green, blue = corner.split()
        mask = ImageChops.multiply(red.point(lambda v: 255 * (v > 150)), green.point(_dark))
        counts.append(ImageChops.multiply(mask, blue.point(_dark)).histogram()[255])
    return counts


@pytest.mark.parametrize(
    "sheet", [BUILT_IN_SHEETS[1], BUILT_IN_SHEETS[5], BUILT_IN_SHEETS[8]], ids=lambda s: s.name
)
def test_a_logo_prints_on_every_label_and_the_codes_still_scan(
    showcase: Showcase, sheet: Sheet
) -> None:
    logo = io.BytesIO()
    Image.new("RGB", (600, 600), (200, 30, 40)).save(logo, "PNG")
    job = _job(showcase.items[:6], sheet, logo=logo.getvalue())
    pdf = _pdf(job)
    assert pdf.count(b"/Subtype /Image") == 1  # one image, drawn on every label
    placed = place_labels(job)
    assert decoded(pdf, placed) == [[label.payload] for label in placed]
    assert all(count > 20 for count in _red_in_corner(pdf, placed))
    assert not any(_red_in_corner(_pdf(replace(job, logo=None)), placed))


def test_a_logo_that_is_not_an_image_is_named() -> None:
    item = LabelItem(1, "KOP-0001", "Kopi", 15_000, "pcs", "UD Maju", "Lampung Barat", "")
    png = io.BytesIO()
    Image.effect_noise((300, 300), 60).convert("RGB").save(png, "PNG")
    # The cut file opens (its header is whole) and fails only when its pixels are read.
    for logo in (b"not an image", png.getvalue()[: len(png.getvalue()) // 2]):
        job = LabelJob([(item, 2)], A4_3X8, logo=logo)
        with pytest.raises(UserError, match="logo"):
            write_labels_pdf(job, io.BytesIO())


def test_every_stream_of_a_label_pdf_is_deflated(showcase: Showcase) -> None:
    logo = io.BytesIO()
    Image.new("RGB", (60, 60), (200, 30, 40)).save(logo, "PNG")
    pdf = _pdf(_job(showcase.items, A4_3X8, logo=logo.getvalue()))
    streams = re.findall(rb"\d+ 0 obj\s*<<(.*?)>>\s*stream\r?\n(.*?)endstream", pdf, re.S)
    assert len(streams) == pdf.count(b"endstream") >= 6  # page, logo form, image, fonts
    for dictionary, data in streams:
        assert b"/FlateDecode" in dictionary
        if b"/ASCII85Decode" not in dictionary:  # reportlab's images
            raw = zlib.decompress(data)
            assert len(data) < len(raw) / 2 or len(raw) < 200  # the logo's form is tiny


# --- the text is there, and inside its label ---------------------------------------------------


def _char_boxes(page: pdfium.PdfPage) -> list[tuple[str, float, float, float, float]]:
    """Each printed character with its box in mm from the page's top-left corner."""
    height = page.get_height()
    text = page.get_textpage()
    boxes = []
    for i in range(text.count_chars()):
        char = text.get_text_range(i, 1)
        if not char.strip():
            continue
        left, bottom, right, top = text.get_charbox(i)
        boxes.append(
            (
                char,
                left / PT_PER_MM,
                (height - top) / PT_PER_MM,
                right / PT_PER_MM,
                (height - bottom) / PT_PER_MM,
            )
        )
    return boxes


def _label_text(page: pdfium.PdfPage, label: PlacedLabel) -> str:
    height = page.get_height()
    text = page.get_textpage().get_text_bounded(
        left=label.x * PT_PER_MM,
        bottom=height - (label.y + label.height) * PT_PER_MM,
        right=(label.x + label.width) * PT_PER_MM,
        top=height - label.y * PT_PER_MM,
    )
    return " ".join(text.split())


@pytest.mark.parametrize("sheet", BUILT_IN_SHEETS, ids=lambda s: s.name)
def test_label_text_is_in_the_pdf_and_never_outside_its_label(
    showcase: Showcase, sheet: Sheet
) -> None:
    job = _job(showcase.items, sheet)
    placed = place_labels(job)
    document = pdfium.PdfDocument(_pdf(job))
    try:
        for label in placed:
            page = document[label.page]
            shown = _label_text(page, label)
            block = fit_text(label.item, content_layout(label))
            assert label.item.code in shown
            assert rupiah(label.item.price) in shown
            for line in block.name.lines:
                assert " ".join(line.split()) in shown, (line, shown)
            if len(label.item.name) < 25 and label.item.name != WORD_60:
                assert block.name.lines and "…" not in "".join(block.name.lines)
        for number in range(len(document)):
            page = document[number]
            on_page = [label for label in placed if label.page == number]
            for char, left, top, right, bottom in _char_boxes(page):
                middle = ((left + right) / 2, (top + bottom) / 2)
                owner = [
                    label
                    for label in on_page
                    if label.x <= middle[0] <= label.x + label.width
                    and label.y <= middle[1] <= label.y + label.height
                ]
                assert len(owner) == 1, (char, middle)
                label = owner[0]
                x, y, w, h = label.content_box
                slack = 0.3  # mm: PDFium's boxes are a little generous
                assert x - slack <= left and right <= x + w + slack, (label.item.code, char)
                assert y - slack <= top and bottom <= y + h + slack, (label.item.code, char)
                qr = content_layout(label).qr
                qr_left, qr_top = x + qr.x, y + qr.y
                overlaps = (
                    left < qr_left + qr.width - slack
                    and right > qr_left + slack
                    and top < qr_top + qr.height - slack
                    and bottom > qr_top + slack
                )
                assert not overlaps, (label.item.code, char, "inside the QR square")
    finally:
        document.close()


def test_a_price_is_shrunk_but_never_cut() -> None:
    dear = LabelItem(1, "KAI-0009", "Kain Tapis Emas Antik", 1_500_000_000, "lembar", "", "", "")
    for sheet in BUILT_IN_SHEETS:
        job = _job([dear], sheet)
        document = pdfium.PdfDocument(_pdf(job))
        shown = _label_text(document[0], place_labels(job)[0])
        document.close()
        assert "Rp1.500.000.000" in shown, (sheet.name, shown)


def test_a_sixty_letter_word_is_broken_and_cut_not_spilled(showcase: Showcase) -> None:
    item = next(i for i in showcase.items if i.name == WORD_60)
    for sheet in BUILT_IN_SHEETS:
        label = place_labels(_job([item], sheet))[0]
        name = fit_text(item, content_layout(label)).name
        assert 1 <= len(name.lines) <= 2
        shown = "".join(name.lines)
        assert shown.rstrip("…") == WORD_60[: len(shown.rstrip("…"))]


# --- positions on the numbers -----------------------------------------------------------------


def test_start_position_and_pages_on_the_numbers(showcase: Showcase) -> None:
    item = showcase.items[0]
    placed = place_labels(LabelJob([(item, 30)], A4_3X8, start=5))
    assert len(placed) == 30
    assert [(p.index, p.page, p.row, p.column) for p in placed[:2]] == [(0, 0, 1, 1), (1, 0, 1, 2)]
    assert (placed[19].page, placed[19].row, placed[19].column) == (0, 7, 2)  # the 24th place
    assert (placed[20].page, placed[20].row, placed[20].column) == (1, 0, 0)  # the 21st label
    assert (placed[29].page, placed[29].row, placed[29].column) == (1, 3, 0)
    first = placed[0]
    assert (first.x, first.y, first.width, first.height) == (70.0, 0.5 + 37.0, 70.0, 37.0)
    # Edge labels keep their content out of the printer's unprintable margin.
    assert placed[0].inset == (0.0, 0.0, 0.0, 0.0)
    assert placed[1].inset == (0.0, 0.0, 4.0, 0.0)
    assert placed[20].inset == pytest.approx((4.0, 3.5, 0.0, 0.0))


def test_copies_expand_in_order(showcase: Showcase) -> None:
    a, b, c = showcase.items[:3]
    placed = place_labels(LabelJob([(a, 2), (b, 3), (c, 1)], BUILT_IN_SHEETS[7]))
    assert [p.item.code for p in placed] == [a.code] * 2 + [b.code] * 3 + [c.code]
    assert [p.index for p in placed] == list(range(6))
    assert [p.page for p in placed] == list(range(6))  # a roll: one label a page
    assert {(p.row, p.column, p.x, p.y) for p in placed} == {(0, 0, 0.0, 0.0)}


def test_printer_offset_moves_every_label(showcase: Showcase) -> None:
    items = showcase.items[:4]
    plain = place_labels(_job(items, A4_3X8, start=5))
    moved = place_labels(_job(items, A4_3X8, start=5, offset=(2.0, -1.5)))
    for a, b in zip(plain, moved, strict=True):
        assert (b.x - a.x, b.y - a.y) == pytest.approx((2.0, -1.5))
        assert (b.width, b.height, b.payload) == (a.width, a.height, a.payload)
    # On paper: the symbol of the first label sits 2 mm further right and 1.5 mm higher.
    corners = []
    for job in (_job(items, A4_3X8, start=5), _job(items, A4_3X8, start=5, offset=(2.0, -1.5))):
        _, image = next(_pages(_pdf(job)))
        x, y, w, h = plain[0].x - 3, plain[0].y - 3, plain[0].width + 6, plain[0].height + 6
        found = zxingcpp.read_barcodes(_crop(image, (x, y, w, h)), formats=QR)
        assert [r.text for r in found] == [plain[0].payload]
        corners.append(found[0].position.top_left)
    assert (corners[1].x - corners[0].x) / PX_PER_MM == pytest.approx(2.0, abs=0.15)
    assert (corners[1].y - corners[0].y) / PX_PER_MM == pytest.approx(-1.5, abs=0.15)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"start": 0}, "start"),
        ({"start": 25}, "start"),
        ({"items": []}, "items"),
        ({"copies": 0}, "copies"),
        ({"copies": MAX_COPIES + 1}, "copies"),
    ],
)
def test_job_mistakes_are_named(showcase: Showcase, change: dict[str, int], field: str) -> None:
    change = dict(change)  # the parameter is shared by this test's runs on both stores
    copies = change.pop("copies", 1)
    items = change.pop("items", [(showcase.items[0], copies)])  # type: ignore[arg-type]
    job = LabelJob(items, A4_3X8, **change)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        place_labels(job)
    assert set(info.value.errors) == {field}
    assert place_labels(LabelJob([(showcase.items[0], MAX_COPIES)], A4_3X8, start=24))


def test_a_roll_has_only_position_one(showcase: Showcase) -> None:
    with pytest.raises(ValidationError, match="from 1 to 1"):
        place_labels(_job(showcase.items[:1], BUILT_IN_SHEETS[8], start=2))


# --- too small, and failures that leave nothing behind ----------------------------------------

TINY = Sheet("Mini 20×12", 20.0, 12.0, 1, 1, 20.0, 12.0, 0.0, 0.0, roll=True)


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_payload_too_long_for_the_label_is_refused_by_name(
    showcase: Showcase, tmp_path: Path
) -> None:
    out = tmp_path / "labels"
    out.mkdir()
    (out / "kemarin.pdf").write_bytes(b"%PDF- yesterday's labels")
    before = _listing(out)
    for kind in QrKind:
        job = _job(showcase.items[:1], TINY, qr_kind=kind, url_template="https://x.example/{code}")
        with pytest.raises(PayloadTooLongError) as info:
            write_labels_pdf(job, out / "kemarin.pdf")
        message = str(info.value)
        assert "KOP-0001" in message and "Kopi Robusta Lampung" in message
        assert "Mini 20×12" in message and "0.5 mm" in message
        assert _listing(out) == before


def test_failures_write_nothing(showcase: Showcase, tmp_path: Path) -> None:
    out = tmp_path / "labels"
    out.mkdir()
    (out / "rak.pdf").write_bytes(b"%PDF- the old file")
    before = _listing(out)
    good = _job(showcase.items, A4_3X8)
    for job in (replace(good, start=99), replace(good, items=[]), replace(good, logo=b"GIF8")):
        with pytest.raises(UserError):
            write_labels_pdf(job, out / "rak.pdf")
        assert _listing(out) == before
    for name in ("rak.txt", "tidak-ada/rak.pdf"):
        with pytest.raises(UserError):
            write_labels_pdf(good, out / name)
        assert _listing(out) == before
    summary = write_labels_pdf(good, out / "rak.pdf")
    assert (summary.pages, summary.labels, summary.fallbacks) == (1, 10, 5)
    assert sorted(_listing(out)) == ["rak.pdf"]  # replaced, and no partial file left
    assert (out / "rak.pdf").read_bytes().startswith(b"%PDF-")


def test_a_job_leaves_the_garbage_collector_as_it_found_it(showcase: Showcase) -> None:
    """The collector is held back while a PDF is built (showcase/collector.py): a long-running
    window must get it back as it was, after a refused job too."""
    good = _job(showcase.items[:3], A4_3X8)
    before = gc.get_threshold()
    write_labels_pdf(good, io.BytesIO())
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0 and gc.isenabled()
    with pytest.raises(ValidationError):
        write_labels_pdf(replace(good, start=99), io.BytesIO())
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0 and gc.isenabled()


@pytest.mark.skipif(not os.path.isdir("/sys/kernel"), reason="needs a folder nobody may write")
def test_an_unwritable_folder_is_named_and_nothing_is_left() -> None:
    before = set(os.listdir("/sys"))
    job = LabelJob([(LabelItem(1, "KOP-0001", "Kopi", 1000, "pcs", "", "", ""), 1)], A4_3X8)
    with pytest.raises(UserError, match=r"no permission to use /sys/labels\.pdf"):
        write_labels_pdf(job, Path("/sys/labels.pdf"))
    assert set(os.listdir("/sys")) == before


# --- test page --------------------------------------------------------------------------------


@pytest.mark.parametrize("sheet", BUILT_IN_SHEETS, ids=lambda s: s.name)
def test_the_test_page_has_an_outline_and_a_number_per_label_and_no_qr(
    sheet: Sheet, tmp_path: Path
) -> None:
    out = tmp_path / "uji.pdf"
    write_test_page(sheet, out)
    document = pdfium.PdfDocument(out.read_bytes())
    assert len(document) == 1
    text = document[0].get_textpage().get_text_range()
    image = document[0].render(scale=DPI / 72).to_pil().convert("L")
    document.close()
    assert text.count("10 mm") == 1  # the ruler
    assert sheet.name in text  # the caption, so a printout says which sheet it shows
    rest = text.replace("10 mm", "").replace(sheet.name, "")
    numbers = [int(t) for t in rest.split() if t.isdigit()]
    assert numbers == list(range(1, sheet.per_page + 1))
    assert zxingcpp.read_barcodes(image) == []
    for position in range(sheet.per_page):
        _, row, column = sheet.slot(position)
        x, y, w, h = sheet.label_box(row, column)
        # The outline crosses the middle of each side; inside, near the edge, it is white.
        for px, py in ((x, y + h / 2), (x + w, y + h / 2), (x + w / 2, y), (x + w / 2, y + h)):
            edge = _crop(image, (px - 0.3, py - 0.3, 0.6, 0.6))
            assert edge.getextrema()[0] < 128, (position + 1, px, py)
        inside = _crop(image, (x + 1.0, y + h / 2 - 0.3, 0.6, 0.6))
        assert inside.getextrema()[0] > 200


def test_the_test_page_follows_the_printer_offset(tmp_path: Path) -> None:
    boxes = []
    for offset in ((0.0, 0.0), (3.0, 2.0)):
        out = io.BytesIO()
        write_test_page(A4_3X8, out, offset=offset)
        document = pdfium.PdfDocument(out.getvalue())
        boxes.append(next(b for b in _char_boxes(document[0]) if b[0] == "5"))
        document.close()
    (_, left0, top0, _, _), (_, left1, top1, _, _) = boxes
    assert (left1 - left0, top1 - top0) == pytest.approx((3.0, 2.0), abs=0.01)
