"""Reading the spreadsheets staff bring in (CSV or XLSX) into rows of text, before any checking.

Real files come from Excel in Indonesian and English, LibreOffice, Google Sheets and the Dinas:
- CSV in UTF-8 (with or without the byte order mark Excel writes), else Windows-1252 (what
  Excel's plain "CSV" gives on an Indonesian Windows), or UTF-16 (Excel's "Unicode text");
  separated by `,`, `;` (Excel where the decimal mark is a comma) or a tab, told apart by
  counting them on the header line (csv.Sniffer guesses wrong on short files);
- XLSX through openpyxl, read-only and streaming; numbers Excel keeps as floats (25000.0) come
  back as `25000`, whatever the cell's number format shows.

The header row may sit under a title ("Daftar Produk UMKM 2026") within the first rows; blank
rows and trailing empty columns are skipped. Row numbers are those a spreadsheet shows, so the
report can say "row 12" and the clerk finds it. Anything that is not such a file (too large,
binary, a damaged workbook, an old .xls) raises FileFormatError with a message saying so,
before reading more than it must.
"""

from __future__ import annotations

import csv
import datetime
import io
import logging
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from showcase.errors import Cancelled, UserError
from showcase.i18n import translate
from showcase.inventory.importing.columns import find_header, missing_name_message

log = logging.getLogger(__name__)

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
# A header under a title: looked for among the first rows that hold anything.
HEADER_SEARCH_ROWS = 10
SUFFIXES = (".csv", ".xlsx")

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls (and .doc) format


class FileFormatError(UserError):
    """A file that cannot be read as a product spreadsheet; the message names it and why."""


@dataclass
class Sheet:
    """The rows of a spreadsheet as text. `header` is as written in the file (trailing empty
    cells dropped); each row is (row number as the spreadsheet shows it, cells)."""

    source: str  # the file's name, for messages and the stock movement notes
    header: list[str]
    header_row: int
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    sheet_name: str = ""


def read_sheet(path: Path, *, cancelled: Callable[[], bool] | None = None) -> Sheet:
    """Read the CSV or XLSX file at `path`. Raises FileFormatError (a UserError) for a file that
    is missing, too large, binary, damaged, empty, without a recognisable header or without rows."""
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
    except FileNotFoundError:
        raise FileFormatError(
            translate("Import", "{path} does not exist").format(path=path)
        ) from None
    except OSError as exc:
        raise FileFormatError(
            translate("Import", "cannot read {path}: {why}").format(path=path, why=exc.strerror)
        ) from exc
    if path.is_dir():
        raise FileFormatError(translate("Import", "{path} is a folder").format(path=path))
    if size > MAX_BYTES:
        raise FileFormatError(
            translate(
                "Import", "{name} is {size} MB; a file to import may be at most {limit} MB"
            ).format(
                name=path.name, size=round(size / 1024 / 1024), limit=MAX_BYTES // 1024 // 1024
            )
        )
    if size == 0:
        raise FileFormatError(translate("Import", "{name} is empty").format(name=path.name))
    try:
        if suffix == ".csv":
            rows = _csv_rows(path)
            return _sheet(path.name, rows, "", cancelled)
        return _xlsx_sheet(path, cancelled)
    except OSError as exc:
        raise FileFormatError(
            translate("Import", "cannot read {path}: {why}").format(
                path=path, why=exc.strerror or exc
            )
        ) from exc


# --- CSV ------------------------------------------------------------------------------------


def _decode(name: str, data: bytes) -> str:
    if data.startswith(ZIP_MAGIC):
        raise FileFormatError(
            translate(
                "Import", "{name} is an Excel workbook, not a CSV text file: rename it to .xlsx"
            ).format(name=name)
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    raise FileFormatError(
        translate(
            "Import",
            "{name} is not a text file (CSV): it holds binary data. Save it as CSV or XLSX",
        ).format(name=name)
    )


def _separator(text: str) -> str:
    """`,`, `;` or a tab: whichever the first line that holds anything has most of (outside quotes)."""
    for line in text.splitlines():
        if line.strip():
            counts = {",": 0, ";": 0, "\t": 0}
            quoted = False
            for char in line:
                if char == '"':
                    quoted = not quoted
                elif not quoted and char in counts:
                    counts[char] += 1
            best = max(counts, key=lambda c: counts[c])
            return best if counts[best] else ","
    return ","


def _csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    data = path.read_bytes()
    text = _decode(path.name, data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text), strict=False)
    # Each record is one spreadsheet row (a quoted line break stays inside its cell), so the
    # record's position is the row number Excel shows; blank lines are rows too.
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            yield number, cells
    except csv.Error as exc:
        raise FileFormatError(
            translate("Import", "{name}, row {row}: cannot be read as CSV ({why})").format(
                name=path.name, row=number + 1, why=exc
            )
        ) from exc


# --- XLSX -----------------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    """A cell as text: 25000.0 → `25000`, 12.5 → `12,5` (so that a price or stock with a
    fraction is refused with the reason), dates as `2026-11-22`, booleans as yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return f"{value:.10g}".replace(".", ",")
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def _xlsx_sheet(path: Path, cancelled: Callable[[], bool] | None) -> Sheet:
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic == OLE_MAGIC:
        raise FileFormatError(
            translate(
                "Import", "{name} is an old Excel file (.xls): save it as .xlsx or CSV first"
            ).format(name=path.name)
        )
    if magic != ZIP_MAGIC:
        raise FileFormatError(
            translate("Import", "{name} is not an Excel workbook (.xlsx)").format(name=path.name)
        )
    from openpyxl import load_workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (KeyError, BadZipFile, XML errors…)
        log.info("Cannot open %s as a workbook", path, exc_info=True)
        raise FileFormatError(
            translate("Import", "{name} is damaged or not an Excel workbook ({why})").format(
                name=path.name, why=type(exc).__name__
            )
        ) from exc
    try:
        first_problem: FileFormatError | None = None
        for sheet in book.worksheets:
            if isinstance(sheet, ReadOnlyWorksheet):
                # Some programs write a wrong size (A1:XFD1048576): every row would come back
                # 16,384 cells wide. Without it, rows are as long as their last cell.
                sheet.reset_dimensions()
            rows = (
                (number, [_cell_text(v) for v in values])
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            )
            try:
                return _sheet(path.name, rows, sheet.title, cancelled)
            except FileFormatError as problem:  # perhaps a cover sheet: try the next one
                first_problem = first_problem or problem
        raise first_problem or FileFormatError(
            translate("Import", "{name} holds no sheets").format(name=path.name)
        )
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
        log.info("Cannot read %s as a workbook", path, exc_info=True)
        raise FileFormatError(
            translate("Import", "{name} is damaged or not an Excel workbook ({why})").format(
                name=path.name, why=type(exc).__name__
            )
        ) from exc
    finally:
        book.close()


# --- both -----------------------------------------------------------------------------------


def _trimmed(cells: list[str]) -> list[str]:
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def _sheet(
    name: str,
    rows: Iterable[tuple[int, list[str]]],
    sheet_name: str,
    cancelled: Callable[[], bool] | None,
) -> Sheet:
    label = f"{name} ({sheet_name})" if sheet_name else name
    header: list[str] | None = None
    header_row = 0
    first_seen: list[str] | None = None
    looked = 0
    body: list[tuple[int, list[str]]] = []
    for number, raw in rows:
        if cancelled is not None and number % 1000 == 0 and cancelled():
            raise Cancelled  # counted on all rows: a sheet may hold a million empty ones
        cells = _trimmed(raw)
        if not cells:
            continue  # blank rows are skipped wherever they are
        if header is None:
            if find_header(cells) is not None:
                header, header_row = cells, number
                continue
            first_seen = first_seen or cells
            looked += 1
            if looked >= HEADER_SEARCH_ROWS:
                break
            continue
        body.append((number, cells))
        if len(body) > MAX_ROWS:
            raise FileFormatError(
                translate(
                    "Import", "{name} has more than {limit} rows: split it into smaller files"
                ).format(name=label, limit=f"{MAX_ROWS:,}".replace(",", "."))
            )
    if header is None:
        if first_seen is None:
            raise FileFormatError(translate("Import", "{name} holds no data").format(name=label))
        raise FileFormatError(missing_name_message(label, first_seen))
    if not body:
        raise FileFormatError(
            translate("Import", "{name} holds only a header row, no products").format(name=label)
        )
    return Sheet(name, header, header_row, body, sheet_name)
