"""The sheet a person sees in Excel is the sheet imported: hidden sheets are never read for
products (and named when they alone hold them), the active sheet comes first, a value merged
down several rows reaches each row, and formulas without calculated values are refused."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from showcase.inventory.importing.files import FileFormatError, read_sheet
from tests.helpers.hostile_files import PRODUCTS, hidden_product_sheet
from tests.helpers.xlsx_parts import MAIN, Part, sheet_xml, write_book

OLD = [["Kode", "Nama", "Harga"], ["L-1", "Produk lama", 1000]]
COVER = [["Daftar produk unggulan UMKM Lampung"]]


def test_a_hidden_first_sheet_is_passed_over_for_the_visible_one(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "buku.xlsx",
        [("Lama", "hidden", sheet_xml(OLD)), ("Produk", "visible", sheet_xml(PRODUCTS))],
    )
    sheet = read_sheet(path)
    assert sheet.sheet_name == "Produk"
    assert sheet.rows == [
        (2, ["A-1", "Kopi Robusta", "25000"]),
        (3, ["A-2", "Lada Hitam", "30000"]),
    ]


def test_the_active_sheet_comes_first_when_it_holds_products(tmp_path: Path) -> None:
    sheets = [
        ("Lama", "visible", sheet_xml(OLD)),
        ("Produk", "visible", sheet_xml(PRODUCTS)),
        ("Catatan", "visible", sheet_xml(COVER)),
    ]
    assert read_sheet(write_book(tmp_path / "a.xlsx", sheets, active=1)).sheet_name == "Produk"
    # The active sheet without products: the first visible one that has them.
    assert read_sheet(write_book(tmp_path / "b.xlsx", sheets, active=2)).sheet_name == "Lama"
    # A chart sheet counts among the tabs Excel's active one is numbered in.
    charted = [("Grafik", "chart", sheet_xml(COVER)), *sheets]
    assert read_sheet(write_book(tmp_path / "c.xlsx", charted, active=2)).sheet_name == "Produk"


def test_a_workbook_whose_products_are_on_a_hidden_sheet_says_which_and_how(
    tmp_path: Path,
) -> None:
    with pytest.raises(FileFormatError) as caught:
        read_sheet(hidden_product_sheet(tmp_path / "tersembunyi.xlsx"))
    assert str(caught.value) == (
        "tersembunyi.xlsx: the products are on sheet “Produk”, which is hidden: right-click a "
        "sheet tab and choose Unhide (LibreOffice: Sheet, Show Sheet), save, and import again"
    )
    path = write_book(
        tmp_path / "rahasia.xlsx",
        [("Sampul", "visible", sheet_xml(COVER)), ("Data", "veryHidden", sheet_xml(PRODUCTS))],
    )
    with pytest.raises(FileFormatError) as caught:
        read_sheet(path)
    assert str(caught.value) == (
        "rahasia.xlsx: the products are on sheet “Data”, which is hidden so that Excel's "
        "Unhide does not list it: copy its rows into a visible sheet, save, and import again"
    )


def test_a_category_merged_down_several_rows_reaches_each_row(tmp_path: Path) -> None:
    """As people lay out a list: the category, producer and kabupaten merged down the rows of
    each group (made by openpyxl, as Excel writes them: the value in the first cell only)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["DAFTAR PRODUK"])
    sheet.merge_cells("A1:F1")  # a title across the columns
    sheet.append(["Kode", "Nama", "Kategori", "Produsen", "Kabupaten", "Catatan"])
    sheet.append(["K-1", "Kopi Robusta", "Kopi", "Kopi Siger", "Lampung Barat"])
    sheet.append(["K-2", "Kopi Luwak"])
    sheet.append([])  # a blank row inside the merge stays blank
    sheet.append(["K-3", "Kopi Lanang"])
    sheet.append(["T-1", "Tapis", "Kerajinan", "Tapis Jaya", "Pesawaran", "baru"])
    sheet.merge_cells("C3:C6")
    sheet.merge_cells("D3:D6")
    sheet.merge_cells("E3:F6")  # across two columns: one cell, its value stays in the first
    path = tmp_path / "gabung.xlsx"
    book.save(path)
    result = read_sheet(path)
    assert result.rows == [
        (3, ["K-1", "Kopi Robusta", "Kopi", "Kopi Siger", "Lampung Barat"]),
        (4, ["K-2", "Kopi Luwak", "Kopi", "Kopi Siger", "Lampung Barat"]),
        (6, ["K-3", "Kopi Lanang", "Kopi", "Kopi Siger", "Lampung Barat"]),
        (7, ["T-1", "Tapis", "Kerajinan", "Tapis Jaya", "Pesawaran", "baru"]),
    ]


def test_formulas_saved_without_their_values_are_refused_naming_the_first(
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Kode", "Nama", "Harga (ribu)", "Harga"])
    sheet.append(["A-1", "Kopi", 25, 25000])
    sheet.append(["A-2", "Lada", 30, "=C3*1000"])
    sheet.append(["A-3", "Gula", 12, "=C4*1000"])
    path = tmp_path / "rumus.xlsx"
    book.save(path)  # openpyxl does not calculate: the formulas have no values
    with pytest.raises(FileFormatError) as caught:
        read_sheet(path)
    assert str(caught.value) == (
        "rumus.xlsx, row 3, column Harga: =C3*1000 and 1 more formulas have no calculated "
        "value: open the file in Excel or LibreOffice, save it, and import again"
    )
    sheet.delete_rows(4)
    book.save(path)
    with pytest.raises(FileFormatError) as caught:
        read_sheet(path)
    assert str(caught.value) == (
        "rumus.xlsx, row 3, column Harga: =C3*1000 has no calculated value: open the file in "
        "Excel or LibreOffice, save it, and import again"
    )


def test_formulas_with_calculated_values_import_their_values(tmp_path: Path) -> None:
    """As Excel saves them: the value beside the formula, an empty text result included;
    and a formula in a title row above the header does not matter."""
    xml = (
        f'<worksheet xmlns="{MAIN}"><sheetData>'
        '<row r="1"><c r="A1"><f>TODAY()</f></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Kode</t></is></c>'
        '<c r="B2" t="inlineStr"><is><t>Nama</t></is></c>'
        '<c r="C2" t="inlineStr"><is><t>Harga</t></is></c>'
        '<c r="D2" t="inlineStr"><is><t>Satuan</t></is></c></row>'
        '<row r="3"><c r="A3" t="str"><f>"A-"&amp;ROW()</f><v>A-3</v></c>'
        '<c r="B3" t="inlineStr"><is><t>Kopi</t></is></c>'
        '<c r="C3"><f>25*1000</f><v>25000</v></c>'
        '<c r="D3" t="str"><f>IF(1,"","x")</f><v></v></c></row>'
        "</sheetData></worksheet>"
    ).encode()
    sheet = read_sheet(write_book(tmp_path / "dihitung.xlsx", [("Produk", "visible", xml)]))
    assert sheet.rows == [(3, ["A-3", "Kopi", "25000"])]


def test_shared_strings_rich_text_dates_and_booleans(tmp_path: Path) -> None:
    """Excel's own forms: texts in the shared table (rich text in runs, a phonetic guide left
    out), a date in a date style, a boolean."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Kode", "Nama", "Tanggal", "Unggulan", "Harga"])
    sheet.append(["A-1", "Kopi", datetime.date(2026, 11, 22), True, 25000.0])
    path = tmp_path / "biasa.xlsx"
    book.save(path)
    assert read_sheet(path).rows == [(2, ["A-1", "Kopi", "2026-11-22", "yes", "25000"])]
    strings = Part.of(
        "xl/sharedStrings.xml",
        (
            f'<sst xmlns="{MAIN}"><si><t>Kode</t></si><si><t>Nama</t></si>'
            "<si><t>Deskripsi</t></si>"
            "<si><r><t>Kopi </t></r><r><rPr><b/></rPr><t>Siger</t></r>"
            '<rPh sb="0" eb="1"><t>kana</t></rPh></si>'
            "<si><t>Baris satu_x000D_\nBaris dua, kode _x005F_x0041_</t></si></sst>"
        ).encode(),
    )
    xml = (
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
        '<c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
        '<row r="2"><c r="A2"><v>7</v></c><c r="B2" t="s"><v>3</v></c>'
        '<c r="C2" t="s"><v>4</v></c></row>'
        "</sheetData></worksheet>"
    ).encode()
    path = write_book(tmp_path / "kaya.xlsx", [("Produk", "visible", xml)], shared=strings)
    # Excel's escapes undone: a carriage return, and an underscore kept before "x0041_".
    assert read_sheet(path).rows == [
        (2, ["7", "Kopi Siger", "Baris satu\r\nBaris dua, kode _x0041_"])
    ]


def test_a_sheet_written_with_namespace_prefixes_reads_the_same(tmp_path: Path) -> None:
    """Some programs (the .NET Open XML SDK) write <x:row>, <x:c>: the same elements."""
    xml = (
        f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData>'
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Kode</x:t></x:is></x:c>'
        '<x:c r="B1" t="inlineStr"><x:is><x:t>Nama</x:t></x:is></x:c></x:row>'
        '<x:row r="2"><x:c r="A2"><x:v>12</x:v></x:c>'
        '<x:c r="B2" t="inlineStr"><x:is><x:t>Kopi</x:t></x:is></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    ).encode()
    sheet = read_sheet(write_book(tmp_path / "awalan.xlsx", [("Produk", "visible", xml)]))
    assert sheet.rows == [(2, ["12", "Kopi"])]


def test_a_product_sheet_past_the_limits_is_refused_not_passed_over(tmp_path: Path) -> None:
    """100,001 products on the first sheet: refused, rather than a smaller sheet after it
    imported in its place."""
    head = (
        f'<worksheet xmlns="{MAIN}"><sheetData><row><c t="inlineStr"><is><t>Nama</t></is></c></row>'
    )
    many = Part.repeated(
        "xl/worksheets/sheet1.xml",
        head.encode(),
        b'<row><c t="inlineStr"><is><t>Kopi</t></is></c></row>',
        100_001,
        b"</sheetData></worksheet>",
    )
    path = write_book(
        tmp_path / "besar.xlsx",
        [("Produk", "visible", many), ("Contoh", "visible", sheet_xml(PRODUCTS))],
    )
    with pytest.raises(FileFormatError) as caught:
        read_sheet(path)
    assert str(caught.value) == (
        "besar.xlsx (Produk) has more than 100.000 rows: split it into smaller files"
    )


@pytest.mark.parametrize("index", ["-1", "3", "x"])
def test_a_shared_string_that_is_not_in_the_table_is_damage(tmp_path: Path, index: str) -> None:
    strings = Part.of(
        "xl/sharedStrings.xml",
        (
            f'<sst xmlns="{MAIN}"><si><t>Kode</t></si><si><t>Nama</t></si>'
            "<si><t>Kopi</t></si></sst>"
        ).encode(),
    )
    xml = (
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
        f'<c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>{index}</v></c>'
        '<c r="B2" t="s"><v>2</v></c></row></sheetData></worksheet>'
    ).encode()
    path = write_book(tmp_path / "indeks.xlsx", [("Produk", "visible", xml)], shared=strings)
    with pytest.raises(FileFormatError) as caught:
        read_sheet(path)
    assert str(caught.value).startswith(
        "indeks.xlsx is damaged or not an Excel workbook (Produk!A2: "
    )
