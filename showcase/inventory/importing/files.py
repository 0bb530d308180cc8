"""Reading the spreadsheets staff bring in (CSV or XLSX) into rows of text, before any checking.

The file is first recognised by its content, not its ending, so that each file that is not a
product spreadsheet is called by its true name: a password-protected workbook (an OLE file with
an encrypted package, as Excel writes it), an old .xls, an OpenDocument (.ods) or Apple Numbers
file, a web page or CSV text saved with an .xlsx ending. Then csv_text.py or xlsx_sheet.py reads
it, bounded in memory and time whatever the file claims. Every refusal is a FileFormatError (a
UserError) whose one line names the file, where, what is wrong and what to do.
"""

from __future__ import annotations

import logging
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from showcase.collector import fewer_collections
from showcase.i18n import translate
from showcase.inventory.importing.csv_text import read_csv
from showcase.inventory.importing.sheet import (
    HEADER_SEARCH_ROWS,
    MAX_ROWS,
    FileFormatError,
    Sheet,
)
from showcase.inventory.importing.xlsx_book import MAX_PARTS, damaged, part_count
from showcase.inventory.importing.xlsx_sheet import read_xlsx

__all__ = ["HEADER_SEARCH_ROWS", "MAX_BYTES", "MAX_ROWS", "FileFormatError", "Sheet", "read_sheet"]

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024
SUFFIXES = (".csv", ".xlsx")

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: old .xls, or an encrypted .xlsx
# The name of the stream Excel puts an encrypted workbook in, as a Compound File directory
# entry holds it: UTF-16 with its ending zero, then the name's length in bytes and "stream".
_ENCRYPTED_ENTRY = "EncryptedPackage\0".encode("utf-16-le").ljust(64, b"\0") + b"\x22\x00\x02"


@fewer_collections()
def read_sheet(path: Path, *, cancelled: Callable[[], bool] | None = None) -> Sheet:
    """Read the CSV or XLSX file at `path`. Raises FileFormatError (a UserError) for a file that
    is missing, too large, of another kind, damaged, empty, without a recognisable header or
    without rows, or broken in a way that would change what it means."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise FileFormatError(
            translate("Import", "{name}: only .csv and .xlsx files can be imported").format(
                name=path.name
            )
        )
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise FileFormatError(translate("Import", "{path} is a folder").format(path=path))
        if size > MAX_BYTES:
            raise FileFormatError(
                translate(
                    "Import", "{name} is {size} MB; a file to import may be at most {limit} MB"
                ).format(
                    name=path.name,
                    size=round(size / 1024 / 1024),
                    limit=MAX_BYTES // 1024 // 1024,
                )
            )
        if size == 0:
            raise FileFormatError(translate("Import", "{name} is empty").format(name=path.name))
        data = path.read_bytes() if suffix == ".csv" else b""
        _refuse_other_kinds(path, suffix, data)
        if suffix == ".csv":
            return read_csv(path.name, data, cancelled)
        return read_xlsx(path, cancelled)
    except FileNotFoundError:
        raise FileFormatError(
            translate("Import", "{path} does not exist").format(path=path)
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError) as exc:
        log.info("Cannot read %s as a workbook", path, exc_info=True)
        raise damaged(path.name, type(exc).__name__) from exc
    except OSError as exc:
        raise FileFormatError(
            translate("Import", "cannot read {path}: {why}").format(
                path=path, why=exc.strerror or exc
            )
        ) from exc


def _head(path: Path, data: bytes) -> bytes:
    if data:
        return data[:4096]
    with path.open("rb") as handle:
        return handle.read(4096)


def _refuse_other_kinds(path: Path, suffix: str, data: bytes) -> None:
    """FileFormatError naming what the file really is, when it is not what its ending says."""
    name, head = path.name, _head(path, data)
    if head.startswith(OLE_MAGIC):
        if _encrypted(path, data):
            raise FileFormatError(
                translate(
                    "Import",
                    "{name} is protected by a password: open it in Excel, remove the password "
                    "(File, Info, Protect Workbook, Encrypt with Password), save, and import again",
                ).format(name=name)
            )
        raise FileFormatError(
            translate(
                "Import", "{name} is an old Excel file (.xls): save it as .xlsx or CSV first"
            ).format(name=name)
        )
    if head.startswith(ZIP_MAGIC):
        kind = _zip_kind(path)
        if kind == "ods":
            raise FileFormatError(
                translate(
                    "Import",
                    "{name} is an OpenDocument spreadsheet (.ods): save it as .xlsx (in "
                    "LibreOffice: File, Save As, Excel 2007-365) and import that",
                ).format(name=name)
            )
        if kind == "numbers":
            raise FileFormatError(
                translate(
                    "Import",
                    "{name} is an Apple Numbers file: export it as Excel (File, Export To, "
                    "Excel) and import that",
                ).format(name=name)
            )
        if suffix == ".csv":
            raise FileFormatError(
                translate(
                    "Import", "{name} is an Excel workbook, not a CSV text file: rename it to .xlsx"
                ).format(name=name)
            )
        return
    if suffix != ".xlsx":
        return
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")):
        raise FileFormatError(
            translate(
                "Import",
                "{name} is a web page (HTML) with an .xlsx ending, not an Excel workbook: open "
                "it in Excel, save it as Excel Workbook (.xlsx), and import that",
            ).format(name=name)
        )
    if _plain_text(head) and not start.startswith(b"<"):
        raise FileFormatError(
            translate(
                "Import",
                "{name} is not an Excel workbook (.xlsx) but text (CSV): rename it to {csv} "
                "and import that",
            ).format(name=name, csv=path.with_suffix(".csv").name)
        )
    raise FileFormatError(
        translate("Import", "{name} is not an Excel workbook (.xlsx)").format(name=name)
    )


def _plain_text(head: bytes) -> bool:
    """Whether the file starts as UTF-8 text without control characters (as CSV does)."""
    if not head or any(byte < 9 or 13 < byte < 32 for byte in head):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3  # only a letter cut at the end of the sample
    return True


def _encrypted(path: Path, data: bytes) -> bool:
    """Whether the Compound File holds Excel's EncryptedPackage stream: its directory entry
    sits on a 128-byte boundary after the 512-byte header."""
    content = data or path.read_bytes()  # at most MAX_BYTES, checked before
    at = content.find(_ENCRYPTED_ENTRY)
    while at >= 0:
        if at >= 512 and at % 128 == 0:
            return True
        at = content.find(_ENCRYPTED_ENTRY, at + 1)
    return False


def _zip_kind(path: Path) -> str:
    """'ods', 'numbers' or '' (an XLSX, or damaged: the workbook reader tells)."""
    if part_count(path) > MAX_PARTS:
        return ""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if (
                "mimetype" in names
                and archive.getinfo("mimetype").file_size < 100
                and b"opendocument" in archive.read("mimetype")
            ):
                return "ods"
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        return ""
    if "Index/Document.iwa" in names or "Index.zip" in names:
        return "numbers"
    return ""
