"""Reading the files staff bring: encodings, separators, XLSX number formats, headers in two
languages, titles above the header, blank rows; and every kind of file that is not a product
spreadsheet refused with a message naming it, before anything is read into the showcase."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from showcase.inventory.importing.files import MAX_BYTES, FileFormatError, read_sheet
from tests.helpers.import_fixtures import write_csv, write_xlsx

HEADER_ID = ["Kode", "Nama Produk", "Harga (Rp)", "Stok", "Kabupaten/Kota", "No. HP"]


def _cells(path: Path) -> list[tuple[int, list[str]]]:
    return read_sheet(path).rows


def test_semicolon_csv_with_bom_from_indonesian_excel(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "produk.csv",
        [
            HEADER_ID,
            ["KOP-0001", "Kopi; bubuk", "Rp 25.000", "12", "Kab. Tanggamus", "0812-3456-7890"],
        ],
        delimiter=";",
        encoding="utf-8",
        bom=True,
    )
    sheet = read_sheet(path)
    assert sheet.header == HEADER_ID  # the BOM is not part of the first header
    assert sheet.header_row == 1
    assert sheet.rows == [
        (2, ["KOP-0001", "Kopi; bubuk", "Rp 25.000", "12", "Kab. Tanggamus", "0812-3456-7890"])
    ]


def test_windows_1252_csv_keeps_accents(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "lama.csv",
        [["kode", "nama", "harga"], ["X-1", "Café Piñata Lampung", "Rp 15.000"]],
        encoding="cp1252",
    )
    assert path.read_bytes().count(b"\xe9") == 1  # é as one Windows-1252 byte, not UTF-8
    assert _cells(path) == [(2, ["X-1", "Café Piñata Lampung", "Rp 15.000"])]


def test_utf16_tab_separated_unicode_text_from_excel(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "unicode.csv",
        [["code", "name", "price"], ["A-1", "Keripik 🍌", "25000"]],
        delimiter="\t",
        encoding="utf-16",
    )
    assert _cells(path) == [(2, ["A-1", "Keripik 🍌", "25000"])]


def test_comma_csv_with_quoted_line_breaks_counts_rows_as_a_spreadsheet_does(
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            ["code", "name_id", "description_id"],
            ["A-1", 'Kopi "Siger", Robusta', "baris satu\nbaris dua"],
            [],
            ["A-2", "Lada", ""],
            ["", "", "", "", ""],
        ],
    )
    sheet = read_sheet(path)
    # Row 3 is blank and skipped; row 4 is still called row 4; the trailing empty row is gone.
    assert sheet.rows == [
        (2, ["A-1", 'Kopi "Siger", Robusta', "baris satu\nbaris dua"]),
        (4, ["A-2", "Lada"]),
    ]


def test_header_under_a_title_and_trailing_empty_columns(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "dinas.csv",
        [
            ["DAFTAR PRODUK UNGGULAN UMKM LAMPUNG 2026", "", ""],
            ["Dinas Koperasi dan UKM", "", ""],
            [],
            ["No", "Nama", "Harga", "", ""],
            ["1", "Keripik Pisang", "20.000", "", ""],
        ],
        delimiter=";",
    )
    sheet = read_sheet(path)
    assert (sheet.header, sheet.header_row) == (["No", "Nama", "Harga"], 4)
    assert sheet.rows == [(5, ["1", "Keripik Pisang", "20.000"])]


def test_byte_order_marks_inside_a_csv_file_are_not_kept(tmp_path: Path) -> None:
    """Two files joined (a mark at the start of a line) and one pasted into a cell."""
    path = tmp_path / "gabung.csv"
    path.write_bytes(
        "\ufeffkode,nama,harga\nA-1,Kopi\ufeff Robusta,25000\n\ufeffA-2,Lada,30000\n".encode()
    )
    assert _cells(path) == [(2, ["A-1", "Kopi Robusta", "25000"]), (3, ["A-2", "Lada", "30000"])]


def test_header_under_a_dinas_letterhead_of_a_dozen_rows(tmp_path: Path) -> None:
    """A form with the letterhead, the title, the period and who compiled it above the header
    (the header in row 15): found, where it was not looked for past the tenth row."""
    letterhead = [
        "PEMERINTAH PROVINSI LAMPUNG",
        "DINAS KOPERASI, USAHA KECIL DAN MENENGAH",
        "Jl. Cut Mutia No. 23, Bandar Lampung",
        "Telepon (0721) 000000, email diskop@lampung.go.id",
        "DAFTAR PRODUK UNGGULAN UMKM",
        "Periode: Januari - Desember 2026",
        "Kabupaten/Kota: Lampung Selatan",
        "Disusun oleh: Bidang UKM",
        "Tanggal: 5 Januari 2026",
        "Keterangan: harga dalam rupiah",
        "Sumber: pendataan lapangan",
        "Catatan: stok per akhir bulan",
        "Nomor: 500/123/V.09/2026",
        "Lampiran: 1 berkas",
    ]
    path = write_xlsx(
        tmp_path / "dinas.xlsx",
        [[line] for line in letterhead] + [HEADER_ID, ["", "Keripik Pisang", 20000, 4]],
    )
    sheet = read_sheet(path)
    assert (sheet.header, sheet.header_row) == (HEADER_ID, 15)
    assert sheet.rows == [(16, ["", "Keripik Pisang", "20000", "4"])]


def test_xlsx_with_indonesian_headers_and_formatted_numbers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "produk.xlsx",
        [
            ["Kode", "Nama Produk", "Harga", "Harga Grosir", "Stok", "Telepon"],
            ["KOP-0001", "Kopi Robusta", 25000.0, 1250000.0, 12.0, 81234567890],
            ["007", "Kain Tapis", 1500000, 0.0, 3, "0812-0000-0001"],
            [None, None, None, None, None, None],
            ["X-1", "Pecahan", 12.5, None, 2.25, None],
        ],
        formats={2: "Rp #,##0", 3: "#,##0", 4: "0"},
        before=["Sampul"],  # a cover sheet first: the sheet with the header is found
    )
    sheet = read_sheet(path)
    assert sheet.sheet_name == "Produk"
    assert sheet.rows == [
        (2, ["KOP-0001", "Kopi Robusta", "25000", "1250000", "12", "81234567890"]),
        (3, ["007", "Kain Tapis", "1500000", "0", "3", "0812-0000-0001"]),
        # A fraction comes back with a decimal comma, so that the check refuses it with its reason.
        (5, ["X-1", "Pecahan", "12,5", "", "2,25"]),
    ]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("kosong.csv", b"", "kosong.csv is empty"),
        ("spasi.csv", b"\r\n ; ;\r\n\r\n", "spasi.csv holds no data"),
        ("judul.csv", b"kode;nama;harga\r\n", "judul.csv holds only a header row"),
        ("biner.csv", b"kode,nama\x00\x01\x02\xff\xfe", "is not a text file (CSV)"),
        ("foto.csv", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "is not a text file (CSV)"),
        ("buku.csv", b"PK\x03\x04rest-of-a-zip", "is an Excel workbook, not a CSV"),
        ("lama.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old Excel file (.xls)"),
        ("teks.xlsx", b"kode,nama\nA,B\n", "is not an Excel workbook (.xlsx)"),
        ("rusak.xlsx", b"PK\x03\x04" + b"\x00" * 200, "is damaged or not an Excel workbook"),
        ("produk.txt", b"kode,nama\nA,B\n", "only .csv and .xlsx files can be imported"),
        ("produk.xls", b"kode,nama\nA,B\n", "only .csv and .xlsx files can be imported"),
    ],
)
def test_files_that_are_not_product_spreadsheets_are_named(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(FileFormatError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        read_sheet(path)


def test_zip_that_is_no_workbook_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "arsip.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("catatan.txt", "bukan workbook")
    with pytest.raises(FileFormatError, match=r"arsip\.xlsx is damaged or not an Excel workbook"):
        read_sheet(path)


def test_truncated_workbook_is_damaged(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "utuh.xlsx", [["kode", "nama"], ["A-1", "Kopi"]])
    cut = tmp_path / "terpotong.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(FileFormatError, match=r"terpotong\.xlsx is damaged"):
        read_sheet(cut)


def test_a_50_mb_file_is_refused_from_its_size_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "besar.csv"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: as large as it says, in no time
    with pytest.raises(
        FileFormatError, match=r"besar\.csv is 50 MB; a file to import may be at most 50 MB"
    ):
        read_sheet(path)


def test_header_without_a_name_column_lists_what_was_found_and_what_is_read(
    tmp_path: Path,
) -> None:
    path = write_csv(tmp_path / "salah.csv", [["No", "Barang", "Rp"], ["1", "Kopi", "20000"]])
    with pytest.raises(FileFormatError) as caught:
        read_sheet(path)
    message = str(caught.value)
    assert message.startswith("salah.csv: no column for the product name (nama or name). ")
    assert "Columns found: No, Barang, Rp." in message
    assert "kode/code, nama/name" in message and "harga/price" in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(FileFormatError, match="does not exist"):
        read_sheet(tmp_path / "tidak-ada.csv")
    folder = tmp_path / "map.csv"
    folder.mkdir()
    with pytest.raises(FileFormatError, match="is a folder"):
        read_sheet(folder)


def test_stray_quote_does_not_swallow_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kutip.csv"
    path.write_text('kode,nama,harga\r\nA-1,Kopi 12" kaleng,20000\r\nA-2,Lada,30000\r\n')
    assert _cells(path) == [
        (2, ["A-1", 'Kopi 12" kaleng', "20000"]),
        (3, ["A-2", "Lada", "30000"]),
    ]


def test_workbook_that_claims_to_be_a_whole_sheet_wide_reads_quickly(tmp_path: Path) -> None:
    """Some programs write the size A1:XFD1048576: rows must not come back 16,384 cells wide
    (3,000 such rows took 7 s to read instead of 0.1 s)."""
    rows = [["kode", "nama"]] + [[f"A-{n}", "Kopi"] for n in range(3000)]
    plain = write_xlsx(tmp_path / "biasa.xlsx", rows)
    wide = tmp_path / "lebar.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(wide, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data.replace(
                    b'<dimension ref="A1:B3001" />', b'<dimension ref="A1:XFD1048576" />'
                )
                assert b"XFD1048576" in data
            target.writestr(item, data)
    start = time.perf_counter()
    sheet = read_sheet(wide)
    assert time.perf_counter() - start < 3
    assert len(sheet.rows) == 3000
    assert sheet.rows[-1] == (3001, ["A-2999", "Kopi"])
