"""Each file that is not a product spreadsheet is called by its true name, whatever its ending
says: a password-protected workbook, an old .xls, an OpenDocument or Numbers file, a web page or
CSV text saved as .xlsx."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from showcase.inventory.importing.files import FileFormatError, read_sheet

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _compound_file(path: Path, streams: list[str]) -> Path:
    """A Compound File (what Excel writes for .xls, and around an encrypted .xlsx): the
    512-byte header, then one directory sector holding the root and the named streams."""
    header = OLE + b"\x00" * 16 + struct.pack("<HHH", 0x3E, 3, 0xFFFE) + struct.pack("<H", 9)
    header = header.ljust(48, b"\x00") + struct.pack("<I", 0)  # directory in sector 0
    header = header.ljust(512, b"\x00")
    entries = b""
    for name, kind in [("Root Entry", 5)] + [(stream, 2) for stream in streams]:
        encoded = (name + "\0").encode("utf-16-le")
        entries += (encoded.ljust(64, b"\x00") + struct.pack("<HB", len(encoded), kind)).ljust(
            128, b"\x00"
        )
    path.write_bytes(header + entries.ljust(512, b"\x00") + b"\x00" * 4096)
    return path


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _message(path: Path) -> str:
    with pytest.raises(FileFormatError) as caught:
        read_sheet(path)
    return str(caught.value)


def test_a_password_protected_workbook_is_called_so(tmp_path: Path) -> None:
    path = _compound_file(
        tmp_path / "rahasia.xlsx",
        ["\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"],
    )
    assert _message(path) == (
        "rahasia.xlsx is protected by a password: open it in Excel, remove the password "
        "(File, Info, Protect Workbook, Encrypt with Password), save, and import again"
    )
    # The same file under a .csv ending is the same workbook.
    csv = tmp_path / "rahasia.csv"
    csv.write_bytes(path.read_bytes())
    assert _message(csv).startswith("rahasia.csv is protected by a password")


def test_an_old_xls_under_an_xlsx_ending_is_an_old_excel_file(tmp_path: Path) -> None:
    path = _compound_file(tmp_path / "lama.xlsx", ["Workbook", "\x05SummaryInformation"])
    assert _message(path) == "lama.xlsx is an old Excel file (.xls): save it as .xlsx or CSV first"


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        (
            {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"},
            "produk.xlsx is an OpenDocument spreadsheet (.ods): save it as .xlsx (in "
            "LibreOffice: File, Save As, Excel 2007-365) and import that",
        ),
        (
            {"Index/Document.iwa": b"\x00", "Metadata/Properties.plist": b"x"},
            "produk.xlsx is an Apple Numbers file: export it as Excel (File, Export To, Excel) "
            "and import that",
        ),
    ],
)
def test_other_spreadsheet_programs_files_are_named(
    tmp_path: Path, members: dict[str, bytes], expected: str
) -> None:
    assert _message(_zip(tmp_path / "produk.xlsx", members)) == expected


def test_a_web_page_or_csv_text_with_an_xlsx_ending(tmp_path: Path) -> None:
    page = tmp_path / "unduhan.xlsx"
    page.write_text("<html><body><table><tr><td>Kode</td></tr></table></body></html>")
    assert _message(page) == (
        "unduhan.xlsx is a web page (HTML) with an .xlsx ending, not an Excel workbook: open it "
        "in Excel, save it as Excel Workbook (.xlsx), and import that"
    )
    text = tmp_path / "produk.xlsx"
    text.write_text("kode;nama;harga\r\nA-1;Kopi;25000\r\n")
    assert _message(text) == (
        "produk.xlsx is not an Excel workbook (.xlsx) but text (CSV): rename it to produk.csv "
        "and import that"
    )
