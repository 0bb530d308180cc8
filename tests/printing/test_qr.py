"""QR symbols: qrcode's own version choice and matrix, a mask chosen by the standard's score, and
text fitting for labels (wrapping, shrinking, ellipsis) measured in the real font."""

from __future__ import annotations

import io
import itertools
import random
import re

import pypdfium2 as pdfium
import pytest
import qrcode
import zxingcpp
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M

from showcase.printing.fonts import BOLD, ELLIPSIS, ellipsize, fit_lines, text_width, wrap
from showcase.printing.qr import draw_qr, penalty, qr_rows, symbol_size, symbol_version

PAYLOADS = [
    "KOP-0001",
    "https://wa.me/6281234567890?text=Halo%2C%20saya%20tertarik%20dengan%20KOP-0001",
    "Selendang Tapis & Sulam <Usus>\nRp750.000 / pcs\nSanggar Tapis Siger, Kota Bandar Lampung",
    "Kue Légit Ñam Über 中文 “kutip”\nRp1.250.000",
    "0812345678901234567890123456789",  # long digit runs take qrcode's numeric mode
    "HTTPS://UMKM.EXAMPLE/PRODUK/KOP-0001-ABCDEFGHIJKLMNOP",
]


def _image(rows: tuple[int, ...], scale: int = 4) -> Image.Image:
    size = len(rows)
    image = Image.new("L", (size + 8, size + 8), 255)
    for r, row in enumerate(rows):
        for c in range(size):
            if row >> (size - 1 - c) & 1:
                image.putpixel((c + 4, r + 4), 0)
    return image.resize(((size + 8) * scale, (size + 8) * scale), Image.Resampling.NEAREST)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_symbols_decode_and_match_qrcodes_version(payload: str) -> None:
    rows = qr_rows(payload)
    reference = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    reference.add_data(payload)
    reference.make(fit=True)
    assert len(rows) == symbol_size(payload) == reference.version * 4 + 17
    assert [
        r.text for r in zxingcpp.read_barcodes(_image(rows), formats=zxingcpp.BarcodeFormat.QRCode)
    ] == [payload]


def test_version_is_counted_exactly_for_many_payloads() -> None:
    rng = random.Random(7)
    letters = "abcXYZ0123456789 -./:%$é\n"
    for _ in range(400):
        payload = "".join(rng.choice(letters) for _ in range(rng.randint(1, 500)))
        reference = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
        reference.add_data(payload)
        assert symbol_version(payload) == reference.best_fit(), payload
    assert symbol_version("x" * 3000) == 41 and symbol_size("x" * 3000) > 1000
    with pytest.raises(ValueError):
        qr_rows("x" * 3000)


def _reference_penalty(rows: list[int], size: int) -> int:
    """The four rules as the standard words them, one row and column at a time."""
    lines = [format(row, f"0{size}b") for row in rows]
    columns = ["".join(column) for column in zip(*lines, strict=True)]
    score = 0
    for line in lines + columns:
        score += sum(len(run) - 2 for run in re.findall(r"0{5,}|1{5,}", line))
        for start in range(size - 10):
            window = line[start : start + 11]
            score += 40 * (window in ("10111010000", "00001011101"))
    for (upper, lower), c in itertools.product(itertools.pairwise(lines), range(size - 1)):
        score += 3 * (len({upper[c], upper[c + 1], lower[c], lower[c + 1]}) == 1)
    dark = sum(line.count("1") for line in lines)
    return score + 10 * (abs(dark * 100 // (size * size) - 50) // 5)


def test_mask_score_follows_the_standard() -> None:
    rng = random.Random(11)
    for _ in range(60):
        size = rng.choice((21, 25, 33, 45))
        density = rng.random()
        rows = [sum((rng.random() < density) << c for c in range(size)) for _ in range(size)]
        bits = int("".join(format(row, f"0{size}b") for row in rows), 2)
        assert penalty(bits, size) == _reference_penalty(rows, size)


def test_the_chosen_mask_scores_lowest() -> None:
    payload = PAYLOADS[1]
    chosen = qr_rows(payload)
    size = len(chosen)
    scores = []
    for mask in range(8):
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask)
        code.add_data(payload)
        code.make(fit=True)
        rows = [int("".join("1" if m else "0" for m in row), 2) for row in code.get_matrix()]
        scores.append((_reference_penalty(rows, size), tuple(rows)))
    best = min(score for score, _ in scores)
    assert (_reference_penalty(list(chosen), size), chosen) in scores
    assert _reference_penalty(list(chosen), size) == best


def test_symbols_are_qrcodes_own_for_many_payloads() -> None:
    """Our placement gives, module for module, the symbol qrcode makes with the same mask:
    across versions (with and without version info), numeric, alphanumeric and byte chunks."""
    rng = random.Random(13)
    letters = "abcXYZ0123456789 -./:%$é\n"
    payloads = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 300))) for _ in range(24)]
    payloads += ["1234567890" * 9, "HTTPS://UMKM.EXAMPLE/" * 8]
    # Runs just under, at and over the length that gets a compact mode, inside byte text.
    payloads += [f"é{run * n}x" for run in ("A", "7", "B-1") for n in (6, 7, 19, 20, 21)]
    for payload in payloads:
        chosen = qr_rows(payload)
        candidates = set()
        for mask in range(8):
            code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask)
            code.add_data(payload, optimize=20)
            code.make(fit=True)
            candidates.add(
                tuple(int("".join("1" if m else "0" for m in row), 2) for row in code.get_matrix())
            )
        assert chosen in candidates, payload


def _drawn_modules(rows: tuple[int, ...], module: float = 4.0) -> list[int]:
    """The symbol as draw_qr puts it in a PDF, read back module by module from a rendering."""
    from reportlab.pdfgen.canvas import Canvas

    size = len(rows)
    side = (size + 8) * module
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(side, side))
    draw_qr(canvas, rows, 4 * module, side - 4 * module, module)
    canvas.showPage()
    canvas.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        image = document[0].render(scale=2).to_pil().convert("L")
    finally:
        document.close()
    px = 2 * module  # pixels a module
    return [
        sum(
            (image.getpixel((int((c + 4.5) * px), int((r + 4.5) * px))) < 128) << (size - 1 - c)
            for c in range(size)
        )
        for r in range(size)
    ]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_drawn_symbol_is_the_matrix_module_for_module(payload: str) -> None:
    rows = qr_rows(payload)
    assert _drawn_modules(rows) == list(rows)


# --- text fitting -----------------------------------------------------------------------------


def test_wrap_breaks_a_word_longer_than_the_line() -> None:
    word = "Lempokdurian" * 5
    lines = wrap(f"Dodol {word} Lampung", BOLD, 8, 60)
    assert "".join(lines).replace(" ", "") == f"Dodol{word}Lampung"
    assert all(text_width(line, BOLD, 8) <= 60 for line in lines)
    assert len(lines) > 3


def test_fit_lines_shrinks_before_it_cuts() -> None:
    fitted = fit_lines(
        "Keripik Pisang Cokelat", BOLD, width=80, max_size=12, min_size=6, max_lines=1
    )
    assert fitted.lines == ("Keripik Pisang Cokelat",)
    assert 6 <= fitted.size < 12
    two = fit_lines("Keripik Pisang Cokelat", BOLD, width=60, max_size=9, min_size=6, max_lines=2)
    assert two.lines == ("Keripik Pisang", "Cokelat")
    assert len(wrap("Keripik Pisang Cokelat", BOLD, two.size + 0.5, 60)) == 3  # the largest size
    cut = fit_lines("Kain " * 30, BOLD, width=50, max_size=9, min_size=6, max_lines=2)
    assert cut.size == 6 and len(cut.lines) == 2 and cut.lines[-1].endswith(ELLIPSIS)
    assert all(text_width(line, BOLD, 6) <= 50 for line in cut.lines)


def test_ellipsize() -> None:
    assert ellipsize("Kopi", BOLD, 8, 100) == "Kopi"
    short = ellipsize("Koperasi Tani Hijau Makmur", BOLD, 8, 40)
    assert short.endswith(ELLIPSIS) and text_width(short, BOLD, 8) <= 40
    assert ellipsize("Koperasi", BOLD, 8, 1) == ""
