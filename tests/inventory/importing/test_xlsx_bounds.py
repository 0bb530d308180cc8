"""Workbooks that explode: every one is read, or refused with a message saying why, within a
bounded memory (the read runs in a child process limited to 512 MB of address space, and its
peak is checked) whatever sizes, dimensions and rows the file claims."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from showcase.inventory.importing.files import FileFormatError, read_sheet
from tests.helpers.hostile_files import PRODUCTS, read_bounded, zip_bomb
from tests.helpers.xlsx_parts import MAIN, Part, sheet_xml, write_book

PEAK_MB = 100


def test_a_sheet_that_unpacks_to_a_gigabyte_is_refused_from_its_size(tmp_path: Path) -> None:
    bomb = zip_bomb(tmp_path / "bom.xlsx")
    assert bomb.stat().st_size < 2 * 1024 * 1024
    assert sum(i.file_size for i in zipfile.ZipFile(bomb).infolist()) > 1024**3
    outcome, peak = read_bounded(bomb, memory_mb=512)
    assert outcome == (
        "refused: bom.xlsx unpacks to more than 320 MB, more than a product list of 100.000 rows "
        "can take: it is damaged or made to overload the program; save the product sheet on its "
        "own and import that"
    )
    assert peak < PEAK_MB


def test_a_part_that_lies_about_its_size_is_not_unpacked_past_it(tmp_path: Path) -> None:
    """The zip entry says 4 KB; the data inflates to 1 GB: reading stops at what it declared."""
    head = f'<worksheet xmlns="{MAIN}"><sheetData>'.encode()
    sheet = Part.repeated(
        "xl/worksheets/sheet1.xml", head, b" " * (1 << 20), 1024, b"</sheetData></worksheet>"
    )
    sheet.size = 4096
    path = write_book(tmp_path / "bohong.xlsx", [("Produk", "visible", sheet)])
    outcome, peak = read_bounded(path)
    assert outcome.startswith("refused: bohong.xlsx is damaged or not an Excel workbook (")
    assert peak < PEAK_MB


def test_shared_strings_that_unpack_huge_are_refused(tmp_path: Path) -> None:
    strings = Part.repeated(
        "xl/sharedStrings.xml",
        f'<sst xmlns="{MAIN}">'.encode(),
        b"<si><t>Kopi Robusta Lampung</t></si>" * 30_000,
        200,
        b"</sst>",
    )
    assert strings.size > 200 * 1024 * 1024
    path = write_book(
        tmp_path / "teks.xlsx", [("Produk", "visible", sheet_xml(PRODUCTS))], shared=strings
    )
    outcome, peak = read_bounded(path)
    assert outcome.startswith("refused: teks.xlsx unpacks to more than 64 MB")
    assert peak < PEAK_MB


def test_cells_far_out_in_column_xfd_cost_nothing(tmp_path: Path) -> None:
    """A stray cell at XFD1 beside the header, one at XFD in every product row, one alone at
    XFD1048576 and a claimed dimension of the whole sheet: the products are read as they are."""
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>A-{n}</t></is></c>'
        f'<c r="B{n}" t="inlineStr"><is><t>Produk {n}</t></is></c><c r="C{n}"><v>{n}000</v></c>'
        f'<c r="XFD{n}" t="inlineStr"><is><t>catatan</t></is></c></row>'
        for n in range(2, 20_002)
    )
    xml = (
        f'<worksheet xmlns="{MAIN}"><dimension ref="A1:XFD1048576"/><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Kode</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Nama</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>Harga</t></is></c>'
        '<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>'
        f"{rows}"
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ujung</t></is></c></row>'
        "</sheetData></worksheet>"
    ).encode()
    path = write_book(tmp_path / "lebar.xlsx", [("Produk", "visible", xml)])
    sheet = read_sheet(path)
    assert sheet.header == ["Kode", "Nama", "Harga"]
    assert len(sheet.rows) == 20_000
    assert sheet.rows[0] == (2, ["A-2", "Produk 2", "2000"])
    assert sheet.rows[-1] == (20_001, ["A-20001", "Produk 20001", "20001000"])
    outcome, peak = read_bounded(path)
    assert (outcome, peak < PEAK_MB) == ("rows: 20000, 20001", True)


def test_a_million_empty_formatted_rows_are_skipped(tmp_path: Path) -> None:
    """Formatting a whole column writes a row element for each of its million rows; the product
    in the last row of the sheet is still found, with its row number."""
    empty = "".join(
        f'<row r="{n}" spans="1:3" s="1" customFormat="1" ht="20" customHeight="1"/>'
        for n in range(4, 1_048_576)
    )
    xml = sheet_xml(PRODUCTS, extra="").replace(
        b"</sheetData>",
        (
            empty + '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Z-9</t></is></c>'
            '<c r="B1048576" t="inlineStr"><is><t>Terakhir</t></is></c></row></sheetData>'
        ).encode(),
    )
    path = write_book(tmp_path / "format.xlsx", [("Produk", "visible", xml)])
    assert path.stat().st_size < 5 * 1024 * 1024
    outcome, peak = read_bounded(path)
    assert outcome == "rows: 3, 1048576"
    assert peak < PEAK_MB
    assert read_sheet(path).rows[-1] == (1_048_576, ["Z-9", "Terakhir"])


def test_entity_expansion_in_a_sheet_is_refused(tmp_path: Path) -> None:
    laughs = "".join(f'<!ENTITY l{n} "{("&l" + str(n - 1) + ";") * 10}">' for n in range(1, 10))
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY l0 "ha">{laughs}]>'
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>'
        "<t>&l9;</t></is></c></row></sheetData></worksheet>"
    ).encode()
    path = write_book(tmp_path / "tawa.xlsx", [("Produk", "visible", xml)])
    with pytest.raises(FileFormatError, match=r"tawa\.xlsx is damaged or not an Excel workbook"):
        read_sheet(path)


def test_merges_laid_over_each_other_are_damage_not_work(tmp_path: Path) -> None:
    """Excel never writes merges that overlap (it calls such a file damaged): ten thousand of
    them over every row are refused instead of filled ten thousand times over."""
    rows = [["Kode", "Nama", "Kategori"]] + [[f"A-{n}", "Kopi", "Minuman"] for n in range(2000)]
    merges = "".join('<mergeCell ref="C2:C2001"/>' for _ in range(10_000))
    xml = sheet_xml(rows, extra=f'<mergeCells count="10000">{merges}</mergeCells>')
    path = write_book(tmp_path / "tumpuk.xlsx", [("Produk", "visible", xml)])
    with pytest.raises(FileFormatError) as caught:
        read_sheet(path)
    assert str(caught.value) == (
        "tumpuk.xlsx is damaged or not an Excel workbook (merged cells overlap)"
    )


def test_a_cell_longer_than_excel_allows_is_damage(tmp_path: Path) -> None:
    rows = [["Kode", "Nama"], ["A-1", "Kopi " * 40_000]]
    path = write_book(tmp_path / "panjang.xlsx", [("Produk", "visible", sheet_xml(rows))])
    with pytest.raises(FileFormatError) as caught:
        read_sheet(path)
    assert str(caught.value) == (
        "panjang.xlsx is damaged or not an Excel workbook (a text without end)"
    )


def test_a_styles_part_of_endless_styles_is_refused(tmp_path: Path) -> None:
    """Excel allows 64,000 cell styles; 300,000 are damage, refused without holding them."""
    styles = Part.repeated(
        "xl/styles.xml",
        f'<styleSheet xmlns="{MAIN}"><cellXfs>'.encode(),
        b'<xf numFmtId="0"/>',
        300_000,
        b"</cellXfs></styleSheet>",
    )
    path = write_book(
        tmp_path / "gaya.xlsx", [("Produk", "visible", sheet_xml(PRODUCTS))], styles=styles
    )
    outcome, peak = read_bounded(path)
    assert outcome == (
        "refused: gaya.xlsx is damaged or not an Excel workbook (xl/styles.xml is too long)"
    )
    assert peak < PEAK_MB
