"""The rows of a spreadsheet as text, whatever the file type: finding the header row under a
title, skipping blank rows, and the limits every file is read within (rows, columns).

Row numbers are those a spreadsheet shows, so the report can say "row 12" and the clerk finds it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from showcase.errors import Cancelled, UserError
from showcase.i18n import translate
from showcase.inventory.importing.columns import find_header, missing_name_message

MAX_ROWS = 100_000
# Filled cells held of the product rows (each is a Python string of some 50 bytes and more): 100,000
# rows of 40 columns. Without it 50 MB of two-letter cells would take a gigabyte.
MAX_CELLS = 4_000_000
# Columns read of any row: more than any product list has (Excel 2003's limit, column IV), so a
# stray cell in column XFD, or a file that claims a million columns, costs nothing.
MAX_COLUMNS = 256
# A header under a title: looked for among the first rows that hold anything. A Dinas form's
# letterhead, title, period and signatures take a dozen rows above the header, often more.
HEADER_SEARCH_ROWS = 30


class FileFormatError(UserError):
    """A file that cannot be read as a product spreadsheet; the message names it and why."""


class TooLarge(FileFormatError):
    """A product sheet past the limits: the workbook's other sheets are not tried instead."""


@dataclass
class Sheet:
    """The rows of a spreadsheet as text. `header` is as written in the file (trailing empty
    cells dropped); each row is (row number as the spreadsheet shows it, cells)."""

    source: str  # the file's name, for messages and the stock movement notes
    header: list[str]
    header_row: int
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    sheet_name: str = ""


@dataclass
class Reading:
    """What has been found so far while a file is read: the header once known, and so how many
    columns a reader need look at (the readers use it for their limits and messages)."""

    header: list[str] | None = None
    width: int = MAX_COLUMNS


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column as a spreadsheet names it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_label(header: list[str], index: int) -> str:
    """A column for a message: its header as written, else its letter."""
    if index < len(header) and header[index].strip():
        return header[index].strip()
    return column_letters(index)


def thousands(number: int) -> str:
    """100000 → `100.000`, as Indonesians and the messages write it."""
    return f"{number:,}".replace(",", ".")


def _trimmed(cells: list[str]) -> list[str]:
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def build_sheet(
    name: str,
    rows: Iterable[tuple[int, list[str]]],
    sheet_name: str,
    cancelled: Callable[[], bool] | None,
    reading: Reading | None = None,
) -> Sheet:
    """The header (within the first rows that hold anything) and the rows under it. Raises
    FileFormatError for a file without data, without a recognisable header, without products
    or with more than MAX_ROWS of them."""
    label = f"{name} ({sheet_name})" if sheet_name else name
    header: list[str] | None = None
    header_row = 0
    first_seen: list[str] | None = None
    looked = 0
    body: list[tuple[int, list[str]]] = []
    kept = 0  # filled cells in the body: each a string held until the import is done
    reading = reading or Reading()
    for seen, (number, raw) in enumerate(rows, start=1):
        if cancelled is not None and seen % 1000 == 0 and cancelled():
            raise Cancelled
        cells = _trimmed(raw)
        if not cells:
            continue  # blank rows are skipped wherever they are
        if header is None:
            if find_header(cells) is not None:
                header, header_row = cells, number
                reading.header, reading.width = header, min(len(header), MAX_COLUMNS)
                continue
            first_seen = first_seen or cells
            looked += 1
            if looked >= HEADER_SEARCH_ROWS:
                break
            continue
        body.append((number, cells))
        kept += len(cells) - cells.count("")  # the empty string is one shared object
        if len(body) > MAX_ROWS:
            raise TooLarge(
                translate(
                    "Import", "{name} has more than {limit} rows: split it into smaller files"
                ).format(name=label, limit=thousands(MAX_ROWS))
            )
        if kept > MAX_CELLS:
            raise TooLarge(
                translate(
                    "Import",
                    "{name} has more than {limit} filled cells: delete the columns the import "
                    "does not use, or split it into smaller files",
                ).format(name=label, limit=thousands(MAX_CELLS))
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
