"""CSV files that are subtly broken are refused by row and column, or read as they are meant:
quotes that swallow the rows after them, rows in two encodings, a file of one endless line, NUL
characters, lone CR line ends, UTF-16 without its mark, Excel's `sep=` line."""

from __future__ import annotations

from pathlib import Path

import pytest

from showcase.inventory.importing.files import MAX_BYTES, FileFormatError, read_sheet
from tests.helpers.hostile_files import read_bounded, unclosed_quote


def _message(path: Path) -> str:
    with pytest.raises(FileFormatError) as caught:
        read_sheet(path)
    return str(caught.value)


def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode())
    return path


def test_a_quote_that_is_never_closed_is_refused_where_it_opens(tmp_path: Path) -> None:
    assert _message(unclosed_quote(tmp_path / "kutip.csv")) == (
        "kutip.csv, row 2, column nama: a quote opens the cell and is never closed, so every row "
        "after it would be read into this one cell: remove the quote or close it, and import "
        "again"
    )


def test_an_unclosed_quote_in_a_long_file_is_found_past_the_cell_size_limit(
    tmp_path: Path,
) -> None:
    rows = "".join(f"B-{n},Produk {n},1000\r\n" for n in range(10_000))
    path = _write(
        tmp_path / "panjang.csv", f'kode,nama,harga\r\nA-1,Kopi,1\r\nA-2,"Lada,2\r\n{rows}'
    )
    assert _message(path).startswith(
        "panjang.csv, row 3, column nama: the quoted cell takes in the line breaks and separators "
        "of the rows after it"
    )


@pytest.mark.parametrize(
    "text",
    [
        # closed by the opening quote of a later cell
        'kode,nama,harga\r\nA-1,"Kopi 12 kaleng,20000\r\nA-2,Lada,30000\r\nA-3,"Gula",1000\r\n',
        # closed by an inch mark at the end of a later cell: well formed, rows inside
        'kode,nama,harga\r\nA-1,"Kopi 12 kaleng,20000\r\nA-2,Lada,30000\r\nA-3,Gula 1",1000\r\n',
    ],
)
def test_a_quoted_cell_that_takes_in_the_rows_after_it_is_refused(
    tmp_path: Path, text: str
) -> None:
    assert _message(_write(tmp_path / "telan.csv", text)) == (
        "telan.csv, row 2, column nama: the quoted cell takes in the line breaks and separators "
        "of the rows after it: a quote is missing or one too many there; fix it and import again"
    )


def test_line_breaks_in_a_description_are_a_cell_s_own(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "deskripsi.csv",
        "kode,nama,harga,stok,satuan,deskripsi\r\n"
        'A-1,Kopi,25000,3,pack,"Bahan: kopi, gula.\r\nBerat 250 g, kemasan zip."\r\n'
        "A-2,Lada,30000,1,pack,\r\n",
    )
    assert read_sheet(path).rows == [
        (
            2,
            [
                "A-1",
                "Kopi",
                "25000",
                "3",
                "pack",
                "Bahan: kopi, gula.\r\nBerat 250 g, kemasan zip.",
            ],
        ),
        (3, ["A-2", "Lada", "30000", "1", "pack"]),
    ]


def test_rows_in_two_encodings_keep_their_letters(tmp_path: Path) -> None:
    """Rows typed in a UTF-8 program, then rows pasted from an old Windows one: each byte run
    that is not UTF-8 is read as Windows-1252, so both are stored as meant."""
    path = tmp_path / "campur.csv"
    path.write_bytes(
        "kode;nama;harga\r\nA-1;Café Siger;25000\r\n".encode()
        + "A-2;Café Piñata ½ kg;30000\r\n".encode("cp1252")
        + "A-3;Kopi “Luwak”;40000\r\n".encode()
    )
    assert read_sheet(path).rows == [
        (2, ["A-1", "Café Siger", "25000"]),
        (3, ["A-2", "Café Piñata ½ kg", "30000"]),
        (4, ["A-3", "Kopi “Luwak”", "40000"]),
    ]


def test_a_file_of_one_endless_line_is_refused_within_bounds(tmp_path: Path) -> None:
    path = tmp_path / "satu-baris.csv"
    with path.open("wb") as handle:
        handle.write(b"kode,nama,harga,")
        handle.write(b"x," * ((MAX_BYTES - 100) // 2))
    outcome, peak = read_bounded(path, memory_mb=1024)
    assert outcome == (
        "refused: satu-baris.csv, row 1: a line longer than 1 MB, more than any product row: "
        "the file is damaged or not a product list"
    )
    assert peak < 400


def test_a_nul_character_is_refused_by_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "nol.csv"
    path.write_bytes(b"kode,nama,harga\r\nA-1,Kopi,25000\r\nA-2,La\x00da,30000\r\n")
    assert _message(path) == (
        "nol.csv, row 3, column nama: holds a NUL character, which text never does: the file is "
        "damaged; save it again from the spreadsheet and import again"
    )


def test_lone_cr_line_ends(tmp_path: Path) -> None:
    path = _write(tmp_path / "mac.csv", "kode,nama,harga\rA-1,Kopi,25000\r\rA-2,Lada,30000\r")
    assert read_sheet(path).rows == [(2, ["A-1", "Kopi", "25000"]), (4, ["A-2", "Lada", "30000"])]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes("kode\tnama\tharga\r\nA-1\tKeripik Pisang 🍌\t25000\r\n".encode(encoding))
    assert read_sheet(path).rows == [(2, ["A-1", "Keripik Pisang 🍌", "25000"])]


def test_excel_s_sep_line_names_the_separator_and_is_not_a_row(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "sep.csv", "sep=;\r\nkode;nama;harga\r\nA-1;Kopi, bubuk;25000\r\nA-2;Lada\r\n"
    )
    sheet = read_sheet(path)
    assert (sheet.header, sheet.header_row) == (["kode", "nama", "harga"], 1)
    assert sheet.rows == [(2, ["A-1", "Kopi, bubuk", "25000"]), (3, ["A-2", "Lada"])]


def test_a_file_of_endless_blank_lines_is_refused_within_bounds(tmp_path: Path) -> None:
    path = tmp_path / "kosong.csv"
    path.write_bytes(b"kode,nama\n" + b"\n" * (40 * 1024 * 1024))
    outcome, peak = read_bounded(path)
    assert outcome == (
        "refused: kosong.csv has more than 1.048.576 lines, more than a spreadsheet has rows: "
        "the file is damaged or not a product list"
    )
    assert peak < 250


def test_a_file_of_millions_of_tiny_cells_is_refused_within_bounds(tmp_path: Path) -> None:
    """50 MB of two-letter cells would be a gigabyte of strings: the cells are counted."""
    header = "kode,nama," + ",".join(f"kolom{n}" for n in range(248)) + "\r\n"
    row = ",".join(["ab"] * 250) + "\r\n"
    path = tmp_path / "sel.csv"
    path.write_text(header + row * 20_000)
    outcome, peak = read_bounded(path)
    assert outcome == (
        "refused: sel.csv has more than 4.000.000 filled cells: delete the columns the import "
        "does not use, or split it into smaller files"
    )
    assert peak < 400
