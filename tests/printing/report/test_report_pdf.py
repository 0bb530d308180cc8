"""The report PDF: its numbers, as a reader extracts them, against the showcase built by hand;
statements per producer; fonts; names inside their boxes; the charts' bars; bad outputs."""

from __future__ import annotations

import datetime
import re
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics.charts.barcharts import HorizontalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing  # type: ignore[import-untyped]
from reportlab.platypus import Table  # type: ignore[import-untyped]

from showcase.errors import Cancelled, UserError
from showcase.inventory.report.period import Period
from showcase.inventory.report.read import read_report
from showcase.printing.fonts import BOLD, REGULAR, text_width
from showcase.printing.report.document import write_report
from showcase.printing.report.parts import ACCENT, CELL_SIZE, PAD, PREVIOUS
from showcase.printing.report.pdf import build_story
from showcase.store.db import Database
from tests.helpers.report_showcase import (
    LONG_PRODUCER,
    LONG_PRODUCT,
    OCTOBER,
    TODAY,
    make_report_showcase,
    visits_naming_kiosks,
)


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


@pytest.fixture
def showcase_db(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    make_report_showcase(db, monkeypatch)
    return db


def test_the_pdf_says_the_right_numbers(showcase_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    summary = write_report(showcase_db, OCTOBER, out, today=TODAY)
    pages = _pages(out)
    assert summary.pages == len(pages)
    cover, text = pages[0], " ".join(pages)
    assert f"Halaman 2 dari {len(pages)}" in pages[1]
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    assert "Laporan UMKM Center" in cover
    assert "1 Oktober 2026 – 31 Oktober 2026" in cover
    assert "1 September 2026 – 30 September 2026" in cover
    assert "15 November 2026" in cover
    assert "Rp2.105.000" in cover and "60,0%" in cover
    # Producers by kabupaten: this period, previous, change.
    assert "Tanggamus 2 2 0" in text
    assert "Kota Bandar Lampung 1 0 +1" in text
    assert "Jumlah 5 4 +1" in text
    assert "Usaha mikro 2 1 +1" in text
    assert "Kerajinan 2 1 +1" in text
    # Formalisation: counts and shares, now and before.
    assert "Produsen ber-NIB 3 60,0% 2 50,0%" in text
    assert "Produk dengan Halal 2 40,0% 2 50,0%" in text
    assert "Produk dengan salah satunya 4 80,0% 4 100,0%" in text
    assert "Rafins Snack" in text.split("belum memiliki NIB")[1]
    # Export readiness and visitors.
    assert "Produk dengan pasar ekspor 3 60,0% 3 75,0%" in text
    assert "Taiwan 2 2 0" in text
    assert "Dilihat di kiosk 30 6 +24" in text
    assert "KOP-0001 Kopi Robusta Lampung 16 6 +10" in text
    assert "belum mencatat kiosk mana" in text
    # Sales, at the price of each day.
    assert "Barang terjual 17 6 +11" in text
    assert "Nilai penjualan Rp2.105.000 Rp575.000 +Rp1.530.000" in text
    assert "Koperasi Tani Hijau Makmur Tanggamus 4 Rp185.000 Rp225.000" in text
    assert "KRJ-0002 Kain Tapis Motif Siger 1 Rp1.500.000" in text


def test_one_statement_per_producer_on_its_own_page(showcase_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    write_report(showcase_db, OCTOBER, out, today=TODAY)
    statements = [page for page in _pages(out) if "Nota Konsinyasi" in page]
    assert len(statements) == 4
    kopi = next(page for page in statements if "Koperasi Tani Hijau Makmur" in page)
    # Two lines at the two prices of October, and the returned one taken off the second.
    assert "KOP-0001 Kopi Robusta Lampung pcs Rp45.000 3 Rp135.000" in kopi
    assert "KOP-0001 Kopi Robusta Lampung pcs Rp50.000 1 Rp50.000" in kopi
    assert "Jumlah yang terjual 4 Rp185.000" in kopi
    assert "Tanda tangan" in kopi and "Nama dan tanggal" in kopi
    assert "Sanggar Tapis Siger" not in kopi


def test_english_on_request(showcase_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_report(showcase_db, OCTOBER, out, language="en", today=TODAY)
    text = " ".join(_pages(out))
    assert "UMKM Center Report" in text
    assert "1 Oct 2026 – 31 Oct 2026" in text
    assert "Sales value Rp2,105,000 Rp575,000 +Rp1,530,000" in text
    assert "Producers with an NIB 3 60.0% 2 50.0%" in text
    assert "Lampung robusta coffee" in text
    assert "Consignment Statement" in text
    assert "Taiwan 2 2 0" in text and "Egypt 1 1 0" in text


def test_every_font_is_embedded(showcase_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    write_report(showcase_db, OCTOBER, out, today=TODAY)
    lines = subprocess.run(
        ["pdffonts", str(out)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        assert "DejaVu" in line, line
        assert re.search(r"\byes\s+yes\s+yes\b", line), line


def test_long_names_stay_inside_their_cells(showcase_db: Database) -> None:
    with showcase_db.session() as session:
        figures = read_report(session, OCTOBER, today=TODAY)
    tables = [f for f in build_story(figures, "id") if isinstance(f, Table)]
    seen_long = set()
    for table in tables:
        for row_index, row in enumerate(table._cellvalues):
            font = BOLD if row_index < table.repeatRows else REGULAR
            for column, value in enumerate(row):
                for line in str(value).split("\n"):
                    width = text_width(line, font, CELL_SIZE)
                    room = table._colWidths[column] - 2 * PAD
                    if any(
                        start[1] in (row_index, row_index - len(table._cellvalues))
                        for _, start, _end in table._spanCmds
                    ):
                        continue  # a total's label spans several columns
                    assert width <= room + 0.01, (line, width, room)
                    if line and (line in LONG_PRODUCER or line in LONG_PRODUCT):
                        seen_long.add(line)
    # The long names were wrapped over several lines, not cut.
    assert len(seen_long) > 4


def test_the_kabupaten_chart_has_a_bar_per_region_with_its_count(showcase_db: Database) -> None:
    with showcase_db.session() as session:
        figures = read_report(session, OCTOBER, today=TODAY)
    drawing = next(f for f in build_story(figures, "id") if isinstance(f, Drawing))
    chart = next(c for c in drawing.contents if isinstance(c, HorizontalBarChart))
    names = chart.categoryAxis.categoryNames
    assert len(names) == 15
    before = dict(zip(names, chart.data[0], strict=True))
    now = dict(zip(names, chart.data[1], strict=True))
    assert chart.bars[1].fillColor == ACCENT and chart.bars[0].fillColor == PREVIOUS
    assert now["Tanggamus"] == 2 and before["Tanggamus"] == 2
    assert now["Kota Bandar Lampung"] == 1 and before["Kota Bandar Lampung"] == 0
    assert now["Way Kanan"] == 0
    assert sum(now.values()) == 5


def test_an_empty_showcase_still_makes_a_report(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "kosong.pdf"
    write_report(db, OCTOBER, out, today=TODAY)
    text = " ".join(_pages(out))
    assert "Tidak ada penjualan dalam periode ini." in text
    assert "Belum ada periode sebelumnya" in text


def test_cancelled_leaves_no_file(showcase_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 8

    with pytest.raises(Cancelled):
        write_report(showcase_db, OCTOBER, out, today=TODAY, cancelled=cancelled)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("laporan.docx", "PDF or an XLSX"),
        ("missing/laporan.pdf", "does not exist"),
    ],
)
def test_bad_outputs_are_refused(db: Database, tmp_path: Path, name: str, why: str) -> None:
    with pytest.raises(UserError, match=why):
        write_report(db, OCTOBER, tmp_path / name, today=TODAY)
    assert not (tmp_path / name).exists()


def test_a_folder_is_not_an_output(db: Database, tmp_path: Path) -> None:
    (tmp_path / "laporan.pdf").mkdir()
    with pytest.raises(UserError, match="is a folder"):
        write_report(db, OCTOBER, tmp_path / "laporan.pdf", today=TODAY)


def test_the_cover_carries_the_centers_logo_and_contents(
    showcase_db: Database, tmp_path: Path
) -> None:
    import io

    from PIL import Image

    from showcase.inventory.branding import set_center_logo

    picture = io.BytesIO()
    Image.new("RGB", (300, 200), "#8C2A33").save(picture, "PNG")
    with showcase_db.session() as session:
        set_center_logo(session, picture.getvalue())
    out = tmp_path / "laporan.pdf"
    write_report(showcase_db, OCTOBER, out, today=TODAY)
    images = subprocess.run(
        ["pdfimages", "-f", "1", "-l", "1", "-list", str(out)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()[2:]
    assert [line.split()[2] for line in images if line.split()[2] == "image"] == ["image"]
    cover = _pages(out)[0]
    assert "Isi laporan 1. Etalase 2. Legalitas dan sertifikasi" in cover
    assert "6. Nota konsinyasi" in cover


def test_the_days_under_the_visits_chart_never_crowd() -> None:
    import datetime

    from showcase.printing.report.words import day_labels

    def days(n: int) -> list[datetime.date]:
        start = datetime.date(2025, 12, 1)
        return [start + datetime.timedelta(days=i) for i in range(n)]

    assert day_labels(days(10), "id") == [str(d) for d in range(1, 11)]
    month = day_labels(days(31), "id")
    assert month[:4] == ["1", "", "3", ""] and sum(1 for m in month if m) == 16
    quarter = [m for m in day_labels(days(90), "id") if m]
    assert quarter == ["1/12", "15/12", "1/1", "15/1", "1/2", "15/2"]
    year = [m for m in day_labels(days(365), "id") if m]
    assert year == [
        "Des",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Mei",
        "Jun",
        "Jul",
        "Agu",
        "Sep",
        "Okt",
        "Nov",
    ]
    assert [m for m in day_labels(days(365), "en") if m][5] == "May"


def test_a_long_table_repeats_its_header_on_every_page(db: Database, tmp_path: Path) -> None:
    from showcase.inventory.producers import ProducerInput, create_producer

    with db.session() as session:
        for n in range(90):
            create_producer(
                session, ProducerInput(f"Usaha Kecil Nomor {n:03d}", kabupaten="Way Kanan")
            )
    out = tmp_path / "laporan.pdf"
    today = datetime.date.today()
    write_report(db, Period(today.replace(day=1), today), out, today=today)
    # The new producers' list and the list of those without an NIB both run over pages.
    pages = [p for p in _pages(out) if "Usaha Kecil Nomor" in p and "Telepon" in p]
    assert len(pages) >= 2
    for page in pages:
        assert "Produsen Jenis Kabupaten/Kota Telepon" in page
    listed = " ".join(pages)
    assert all(f"Usaha Kecil Nomor {n:03d}" in listed for n in range(90))


def test_a_list_longer_than_the_pdf_shows_says_how_many_more_the_xlsx_has(
    db: Database, tmp_path: Path
) -> None:
    from showcase.inventory.producers import ProducerInput, create_producer

    with db.session() as session:
        for n in range(303):
            create_producer(session, ProducerInput(f"Usaha Nomor {n:03d}", kabupaten="Metro"))
    out = tmp_path / "laporan.pdf"
    today = datetime.date.today()
    write_report(db, Period(today.replace(day=1), today), out, today=today)
    text_ = " ".join(_pages(out))
    # The new producers' list and the list of those without an NIB: the first 300 of each.
    assert text_.count("Usaha Nomor 299") == 2
    assert "Usaha Nomor 300" not in text_
    more = "… dan 3 lainnya (daftar lengkap ada di berkas XLSX laporan ini)."
    assert text_.count(more) == 2


def test_views_per_kiosk_when_the_counts_name_kiosks(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "laporan.pdf"
    with visits_naming_kiosks(
        db,
        "('2026-10-03', 'product', '1', 4, 'Lobi'), "
        "('2026-10-04', 'category', '1', 1, 'Lobi'), "
        "('2026-10-03', 'kabupaten', 'Metro', 2, 'Lantai 2')",
    ):
        write_report(db, OCTOBER, out, today=TODAY)
    text_ = " ".join(_pages(out))
    assert "Dilihat per kiosk Kiosk Dilihat Lantai 2 2 Lobi 5 Jumlah 7" in text_
    assert "belum mencatat kiosk mana" not in text_
