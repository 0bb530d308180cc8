"""The report XLSX: the same tables as numbers a spreadsheet can reuse."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from showcase.inventory.report.period import Period
from showcase.printing.report.document import write_report
from showcase.printing.report.xlsx import PERCENT, RUPIAH
from showcase.store.db import Database
from tests.helpers.report_showcase import LONG_PRODUCER, OCTOBER, TODAY, make_report_showcase


@pytest.fixture
def book_path(db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    make_report_showcase(db, monkeypatch)
    out = tmp_path / "laporan.xlsx"
    summary = write_report(db, OCTOBER, out, today=TODAY)
    assert summary.pages == 15
    return out


def _rows(path: Path, sheet: str) -> list[list[object]]:
    book = load_workbook(path)
    return [[cell.value for cell in row] for row in book[sheet].iter_rows()]


def test_one_sheet_per_table(book_path: Path) -> None:
    assert load_workbook(book_path).sheetnames == [
        "Ringkasan",
        "Kabupaten-Kota",
        "Jenis usaha",
        "Kategori",
        "Produsen baru",
        "Produk baru",
        "NIB dan sertifikat",
        "Belum ber-NIB",
        "Pasar ekspor",
        "Kunjungan per hari",
        "Produk dilihat",
        "Kategori dilihat",
        "Penjualan produsen",
        "Penjualan produk",
        "Rincian penjualan",
    ]


def test_counts_are_numbers(book_path: Path) -> None:
    rows = _rows(book_path, "Kabupaten-Kota")
    assert rows[0] == ["Kabupaten/Kota", "Periode ini", "Sebelumnya", "Perubahan"]
    by_name = {row[0]: row[1:] for row in rows[1:]}
    assert len(by_name) == 15
    assert by_name["Tanggamus"] == [2, 2, 0]
    assert by_name["Kota Bandar Lampung"] == [1, 0, 1]
    summary = {row[0]: row[1:] for row in _rows(book_path, "Ringkasan") if row and row[0]}
    assert summary["Produsen"][:3] == [5, 4, 1]
    assert summary["Dilihat di kiosk"][:3] == [30, 6, 24]


def test_rupiah_are_whole_numbers_in_a_rupiah_format(book_path: Path) -> None:
    book = load_workbook(book_path)
    sheet = book["Penjualan produsen"]
    rows = list(sheet.iter_rows(min_row=2))
    values = {row[0].value: (row[2].value, row[3].value, row[4].value) for row in rows}
    assert values["Koperasi Tani Hijau Makmur"] == (4, 185_000, 225_000)
    assert values[LONG_PRODUCER] == (2, 170_000, 0)
    assert all(row[3].number_format == RUPIAH for row in rows)
    assert isinstance(rows[0][3].value, int)
    summary = {row[0].value: row for row in book["Ringkasan"].iter_rows() if row[0].value}
    value = summary["Nilai penjualan"]
    assert (value[1].value, value[2].value, value[3].value) == (2_105_000, 575_000, 1_530_000)
    assert value[1].number_format == RUPIAH


def test_the_price_of_the_day_in_the_sales_lines(book_path: Path) -> None:
    sheet = load_workbook(book_path)["Rincian penjualan"]
    lines = [
        [cell.value for cell in row]
        for row in sheet.iter_rows(min_row=2)
        if row[1].value == "KOP-0001"
    ]
    assert [(row[3], row[4], row[5], row[6]) for row in lines] == [
        (datetime.datetime(2026, 10, 5), 45_000, 3, 135_000),
        (datetime.datetime(2026, 10, 20), 50_000, 2, 100_000),
        (datetime.datetime(2026, 10, 21), 50_000, -1, -50_000),
    ]


def test_shares_are_percentages(book_path: Path) -> None:
    sheet = load_workbook(book_path)["NIB dan sertifikat"]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    nib = rows["Produsen ber-NIB"]
    assert (nib[1].value, nib[2].value, nib[3].value, nib[4].value) == (3, 0.6, 2, 0.5)
    assert nib[2].number_format == PERCENT
    halal = rows["Produk dengan Halal"]
    assert (halal[1].value, halal[2].value) == (2, 0.4)


def test_views_per_day_are_dates_and_counts(book_path: Path) -> None:
    rows = _rows(book_path, "Kunjungan per hari")
    assert len(rows) == 32
    assert rows[1] == [datetime.datetime(2026, 10, 1), 17]
    assert rows[31] == [datetime.datetime(2026, 10, 31), 4]


def test_a_name_like_a_formula_stays_text(
    db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from showcase.inventory.producers import ProducerInput, create_producer

    with db.session() as session:
        create_producer(session, ProducerInput("=HYPERLINK(1)", kabupaten="Mesuji"))
    out = tmp_path / "laporan.xlsx"
    today = datetime.date.today()
    write_report(db, Period(today.replace(day=1), today), out, today=today)
    cells = [c for row in load_workbook(out)["Belum ber-NIB"].iter_rows() for c in row]
    formula = next(c for c in cells if c.value == "=HYPERLINK(1)")
    assert formula.data_type == "s"
