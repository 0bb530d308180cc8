"""Reading a CSV file as staff's programs write it, and refusing the ones that are subtly broken.

- UTF-8 (with or without the byte order mark Excel writes); bytes that are not UTF-8 are read as
  Windows-1252 (what Excel's plain "CSV" gives on an Indonesian Windows), run by run, so a file
  whose rows were typed in both (rows pasted from two programs) keeps `Café` in each;
- UTF-16 (Excel's "Unicode text"), with its byte order mark or without one;
- separated by `,`, `;` (Excel where the decimal mark is a comma) or a tab, told apart by counting
  them on the first line (csv.Sniffer guesses wrong on short files), or as a `sep=;` first line
  (which Excel writes, and hides: the row under it is row 1) says;
- lines ended by CR LF, LF or a lone CR (old Mac programs).

Refused by row and column: a quote that opens a cell and is never closed, or one whose cell takes
in the line breaks and separators of the rows after it (the csv module would silently merge
those rows into one cell); a NUL character. Refused outright: a line longer than any product row,
more lines than a spreadsheet has rows.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import re
from collections.abc import Callable, Iterator

from showcase.i18n import translate
from showcase.inventory.importing.sheet import (
    FileFormatError,
    Reading,
    Sheet,
    build_sheet,
    column_label,
    thousands,
)

SEPARATORS = (",", ";", "\t")
# Characters in one line: far more than any product row, far less than a file with no line ends.
MAX_LINE = 1024 * 1024
# Lines in a file: as many as a spreadsheet has rows (the lines are held as a list while read).
MAX_LINES = 1_048_576
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_SEP_LINE = re.compile(r"sep=([,;\t|])[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE)
# Bytes that text does not hold (all control characters but tab, line feed, form feed, CR).
_CONTROL = bytes([*range(0, 9), 11, *range(14, 32)])
_SAMPLE = 8192


def _as_windows_1252(error: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: the bytes that are not UTF-8, read as Windows-1252 (raises for
    the five bytes Windows-1252 leaves undefined, as a binary file has)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("cp1252"), error.end


codecs.register_error("etalase-windows-1252", _as_windows_1252)


def _binary_message(name: str) -> str:
    return translate(
        "Import",
        "{name} is not a text file (CSV): it holds binary data. Save it as CSV or XLSX",
    ).format(name=name)


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' or '-be' when every other byte of the start is zero, as in UTF-16 text of
    Latin letters (Notepad's "Unicode" without its mark), else None."""
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > half * 0.6 and even < half * 0.1:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.1:
        return "utf-16-be"
    return None


def decode(name: str, data: bytes) -> str:
    """The file's text, or FileFormatError for a file that is not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding: str | None = "utf-16"
    else:
        encoding = _utf16_without_bom(data[:_SAMPLE])
    if encoding is not None:
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError:
            raise FileFormatError(_binary_message(name)) from None
    sample = data[:_SAMPLE]
    if len(sample) - len(sample.translate(None, _CONTROL)) > len(sample) // 20:
        raise FileFormatError(_binary_message(name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("utf-8-sig", errors="etalase-windows-1252")
    except UnicodeDecodeError:
        raise FileFormatError(_binary_message(name)) from None


def _separator(line: str) -> str:
    """`,`, `;` or a tab: whichever the line has most of outside quotes (`,` if none)."""
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    for char in line[:65536]:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] else ","


def _quote_trouble(raw: str, separator: str, width: int) -> tuple[int, bool] | None:
    """In the raw text of a record that runs over several lines: (column, never closed) of the
    quoted cell that takes in rows after it, or None when its line breaks are a cell's own.

    A cell takes in rows when its quote is never closed, when the quote that closes it is not
    followed by a separator or the line's end (it was the opening quote of a later cell), or when
    one of its lines holds a whole row's worth of separators."""
    cell_end = re.compile(f"[\\r\\n{re.escape(separator)}]")
    column, at, length = 0, 0, len(raw)
    while at < length:
        if raw[at] == '"':
            close = at + 1
            while True:
                close = raw.find('"', close)
                if close < 0:
                    return column, True
                if raw.startswith('""', close):
                    close += 2
                    continue
                break
            inside = raw[at + 1 : close]
            if "\n" in inside or "\r" in inside:
                if raw[close + 1 : close + 2] not in (separator, "\r", "\n", ""):
                    return column, False
                lines = inside.splitlines()[1:]
                if any(line.count(separator) >= max(2, width - 1) for line in lines):
                    return column, False
            at = close + 1
        end = cell_end.search(raw, at)
        if end is None or end.group() != separator:
            return None  # the record's end: no cell in it takes in a row
        column, at = column + 1, end.end()
    return None


def _quote_message(name: str, row: int, column: str, unclosed: bool) -> str:
    if unclosed:
        text = translate(
            "Import",
            "{name}, row {row}, column {column}: a quote opens the cell and is never closed, so "
            "every row after it would be read into this one cell: remove the quote or close it, "
            "and import again",
        )
    else:
        text = translate(
            "Import",
            "{name}, row {row}, column {column}: the quoted cell takes in the line breaks and "
            "separators of the rows after it: a quote is missing or one too many there; fix it "
            "and import again",
        )
    return text.format(name=name, row=row, column=column)


def _lines(name: str, text: str) -> tuple[list[str], str]:
    """The text's lines (each with its ending, as csv.reader wants them; Excel's `sep=` line
    left out) and the separator; FileFormatError for more lines, or a longer one, than a
    spreadsheet can hold."""
    if max(text.count("\n"), text.count("\r")) > MAX_LINES:
        raise FileFormatError(
            translate(
                "Import",
                "{name} has more than {limit} lines, more than a spreadsheet has rows: the file "
                "is damaged or not a product list",
            ).format(name=name, limit=thousands(MAX_LINES))
        )
    start = 0
    sep_line = _SEP_LINE.match(text)
    if sep_line:  # Excel's hint: the separator, on a line Excel does not show
        separator, start = sep_line.group(1), sep_line.end()
    else:
        first = next((m.group() for m in _LINE.finditer(text) if m.group().strip()), "")
        separator = _separator(first)
    lines = _LINE.findall(text, start)  # each with its ending, as csv.reader wants them
    if max(map(len, lines), default=0) > MAX_LINE:
        raise FileFormatError(
            translate(
                "Import",
                "{name}, row {row}: a line longer than {limit} MB, more than any product row: "
                "the file is damaged or not a product list",
            ).format(
                name=name,
                row=_row_of_long_line(lines, separator),
                limit=MAX_LINE // 1024 // 1024,
            )
        )
    return lines, separator


def _records(name: str, text: str, reading: Reading) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells) of each record: the record's position is the row number a
    spreadsheet shows (a quoted line break stays inside its cell; blank lines are rows too)."""
    lines, separator = _lines(name, text)
    reader = csv.reader(lines, delimiter=separator, strict=False)
    has_nul = "\x00" in text
    number, lines_read = 0, 0

    def column(index: int) -> str:
        return column_label(reading.header or [], index)

    try:
        for number, cells in enumerate(reader, start=1):
            if reader.line_num - lines_read > 1:
                width = len(reading.header) if reading.header else 0
                raw = "".join(lines[lines_read : reader.line_num])
                trouble = _quote_trouble(raw, separator, width)
                if trouble is not None:
                    raise FileFormatError(
                        _quote_message(name, number, column(trouble[0]), trouble[1])
                    )
            if has_nul:
                for index, cell in enumerate(cells):
                    if "\x00" in cell:
                        raise FileFormatError(
                            translate(
                                "Import",
                                "{name}, row {row}, column {column}: holds a NUL character, "
                                "which text never does: the file is damaged; save it again "
                                "from the spreadsheet and import again",
                            ).format(name=name, row=number, column=column(index))
                        )
            lines_read = reader.line_num
            yield number, cells
    except csv.Error as exc:
        # Past the csv module's cell size: most often a quote that takes in the rest of the file.
        trouble = _quote_trouble(_text_from(lines, lines_read, MAX_LINE), separator, 0)
        if trouble is not None:
            raise FileFormatError(
                _quote_message(name, number + 1, column(trouble[0]), False)
            ) from exc
        raise FileFormatError(
            translate("Import", "{name}, row {row}: cannot be read as CSV ({why})").format(
                name=name, row=number + 1, why=exc
            )
        ) from exc


def _text_from(lines: list[str], first: int, size: int) -> str:
    """The raw text from line `first` on, about `size` characters of it."""
    taken: list[str] = []
    for line in itertools.islice(lines, first, None):
        taken.append(line)
        size -= len(line)
        if size < 0:
            break
    return "".join(taken)


def _row_of_long_line(lines: list[str], separator: str) -> int:
    """The row (as a spreadsheet counts them) that the first line past MAX_LINE begins."""
    at = next(i for i, line in enumerate(lines) if len(line) > MAX_LINE)
    try:
        return sum(1 for _ in csv.reader(lines[:at], delimiter=separator, strict=False)) + 1
    except csv.Error:
        return at + 1


def read_csv(name: str, data: bytes, cancelled: Callable[[], bool] | None) -> Sheet:
    """The sheet in the CSV file `name` whose bytes are `data`."""
    reading = Reading()
    # A byte order mark past the start (where two files were joined, or pasted into a cell) is
    # never text anyone meant; unseen, it would stay in a name or make a code unreadable.
    text = decode(name, data).replace("\ufeff", "")
    return build_sheet(name, _records(name, text, reading), "", cancelled, reading)
