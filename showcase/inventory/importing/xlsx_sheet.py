"""Reading the product sheet of an XLSX workbook as a person sees it in Excel.

- The sheet: the active one first, then the other visible ones in order; a hidden sheet is
  never imported, and when only a hidden sheet holds products the message says which and how to
  show it.
- The cells, streamed from the sheet's XML: only the columns the header row can name (a cell in
  column XFD or a claimed dimension of A1:XFD1048576 costs nothing); empty rows, formatted or
  not, are skipped as they are parsed; numbers Excel keeps as floats (25000.0) come back as
  `25000`, whatever the cell's number format shows; dates as `2026-11-22`.
- Merged cells (a category merged down several rows): the value reaches every row of the merge
  that holds a product. read-only openpyxl does not give merged ranges, hence this reader.
- A formula saved without its calculated value (by a script, or in manual calculation) would
  read as empty: the file is refused, naming the first such cell.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from openpyxl.utils.datetime import from_excel

from showcase.i18n import translate
from showcase.inventory.importing.sheet import (
    MAX_COLUMNS,
    MAX_ROWS,
    FileFormatError,
    Reading,
    Sheet,
    TooLarge,
    build_sheet,
    column_label,
    column_letters,
)
from showcase.inventory.importing.xlsx_book import (
    DATE,
    DURATION,
    MAX_CELL,
    Book,
    BrokenWorkbook,
    SheetPart,
    damaged,
    names,
    parse,
    unescaped,
)

_COLUMN = {column_letters(i): i for i in range(MAX_COLUMNS)}
_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d{1,7})$")
# The elements a sheet's reader acts on, by the name the streaming parser gives them.
_TAGS = {
    full: short
    for short in ("row", "c", "v", "f", "is", "t", "rPh", "mergeCell")
    for full in names(short)
}


def _cell_text(value: object) -> str:
    """A date as `2026-11-22` (with its time only when it has one), a duration as `1:30:00`."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def _number_text(text: str) -> str:
    """25000 and 25000.0 → `25000`; 12.5 → `12,5` (so that a price or stock with a fraction
    is refused with the reason)."""
    if text.isdigit():
        return text
    number = float(text)
    if number.is_integer():
        return str(int(number))
    return f"{number:.10g}".replace(".", ",")


class _SheetReader:
    """One sheet's rows, merges and formulas without values, read in one streaming pass."""

    def __init__(self, book: Book, part: SheetPart, reading: Reading) -> None:
        self.book, self.part, self.reading = book, part, reading
        self.merges: list[tuple[int, int, int]] = []  # (column, first row, last row)
        self.uncalculated: list[tuple[int, int, str]] = []  # (row, column, formula): the first
        self.uncalculated_count = 0
        self.done: list[tuple[int, list[str]]] = []
        self.number = self.column = 0
        self.cells: list[str] = []
        self.text: list[str] = []
        self.size = 0
        self.collect = self.inline = self.phonetic = False
        self.kind: str | None = None
        self.style: str | None = None
        self.value: str | None = None
        self.formula: str | None = None

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        source = self.book.open(self.part.part)
        for _ in parse(source, self._start, self._end, self._characters):
            if self.done:
                yield from self.done
                self.done = []
        yield from self.done

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        tag = _TAGS.get(name)
        if tag == "c":
            ref = attributes.get("r")
            self.column = (
                _COLUMN.get(ref.rstrip("0123456789"), MAX_COLUMNS) if ref else self.column + 1
            )
            self.kind, self.style = attributes.get("t"), attributes.get("s")
            self.value = self.formula = None
        elif tag == "v" or tag == "f" or tag == "is":
            self.text, self.size, self.collect = [], 0, tag != "is"
            self.inline = tag == "is"
        elif tag == "t":
            self.collect = self.inline and not self.phonetic
        elif tag == "row":
            r = attributes.get("r")
            self.number = int(r) if r and r.isdigit() else self.number + 1
            self.cells, self.column = [], -1
        elif tag == "rPh":
            self.phonetic = True
        elif tag == "mergeCell":
            self._merge(attributes.get("ref", ""))

    def _characters(self, data: str) -> None:
        if self.collect:
            self.text.append(data)
            self.size += len(data)
            if self.size > MAX_CELL:
                raise damaged(self.book.name, translate("Import", "a text without end"))

    def _end(self, name: str) -> None:
        tag = _TAGS.get(name)
        if tag == "c":
            if self.column < self.reading.width:
                value = self._cell_value()
                if value:
                    cells, index = self.cells, self.column
                    if index >= len(cells):
                        cells.extend([""] * (index - len(cells)))
                        cells.append(value)
                    else:
                        cells[index] = value
        elif tag == "v" or tag == "is":
            self.value, self.collect, self.inline = "".join(self.text), False, False
        elif tag == "f":
            self.formula, self.collect = "".join(self.text), False
        elif tag == "t":
            self.collect = False
        elif tag == "row":
            if self.cells:
                self.done.append((self.number, self.cells))
        elif tag == "rPh":
            self.phonetic = False

    def _cell_value(self) -> str:
        kind, value = self.kind, self.value
        if (
            self.formula is not None
            and not value
            and not (value is not None and kind in ("str", "inlineStr"))
        ):
            self._uncalculated(self.number, self.column, self.formula)
            return ""
        if not value:
            return ""
        try:
            if kind is None or kind == "n":
                styles = self.book.styles
                style = int(self.style) if self.style else 0
                shown = styles[style] if style < len(styles) else 0
                if shown == DATE:
                    return _cell_text(from_excel(float(value), self.book.epoch))
                if shown == DURATION:
                    return _cell_text(from_excel(float(value), timedelta=True))
                return _number_text(value)
            if kind == "s":
                index = int(value)
                if index < 0:  # Python would count it from the end
                    raise IndexError(index)
                return self.book.strings[index]
            if kind == "b":
                return "yes" if value == "1" else "no"
            if kind == "d":
                return _cell_text(datetime.datetime.fromisoformat(value))
        except (ValueError, IndexError, OverflowError) as exc:
            where = f"{self.part.title}!{column_letters(self.column)}{self.number}"
            raise damaged(self.book.name, f"{where}: {type(exc).__name__}") from exc
        if kind == "e":
            return value  # #N/A, #REF!…
        return unescaped(value)  # inline text, or "str": a formula's text

    def _uncalculated(self, number: int, index: int, formula: str) -> None:
        self.uncalculated_count += 1
        if len(self.uncalculated) < 1000:
            self.uncalculated.append((number, index, formula))

    def _merge(self, ref: str) -> None:
        first, _, last = ref.upper().partition(":")
        top, bottom = _REF.match(first), _REF.match(last)
        if not top or not bottom or top.group(1) not in _COLUMN:
            return
        start, end = int(top.group(2)), int(bottom.group(2))
        if end > start:
            if len(self.merges) >= MAX_ROWS:
                raise damaged(self.book.name, translate("Import", "too many merged cells"))
            self.merges.append((_COLUMN[top.group(1)], start, end))

    def check_formulas(self, sheet: Sheet) -> None:
        """Refuse the sheet when a cell of the product rows is a formula without its value."""
        above = sum(1 for item in self.uncalculated if item[0] < sheet.header_row)  # a title's
        found = [item for item in self.uncalculated if item[0] >= sheet.header_row]
        if not found:
            return
        number, index, formula = found[0]
        more = self.uncalculated_count - above - 1
        where = translate("Import", "{name}, row {row}, column {column}").format(
            name=sheet.source, row=number, column=column_label(sheet.header, index)
        )
        shown = f"={formula}" if formula else translate("Import", "a formula")
        if more:
            text = translate(
                "Import",
                "{where}: {formula} and {more} more formulas have no calculated value: open "
                "the file in Excel or LibreOffice, save it, and import again",
            )
        else:
            text = translate(
                "Import",
                "{where}: {formula} has no calculated value: open the file in Excel or "
                "LibreOffice, save it, and import again",
            )
        raise FileFormatError(text.format(where=where, formula=shown, more=more))

    def fill_merges(self, sheet: Sheet) -> None:
        """Give each product row inside a merge running down the rows the merge's value (in its
        first column: across columns a merge is one cell)."""
        numbers = [number for number, _ in sheet.rows]
        budget = len(sheet.rows) * max(1, len(sheet.header))
        for column, start, end in sorted(self.merges):
            if start <= sheet.header_row or column >= len(sheet.header):
                continue
            at = bisect.bisect_left(numbers, start)
            if at == len(numbers) or numbers[at] != start:
                continue
            cells = sheet.rows[at][1]
            value = cells[column] if column < len(cells) else ""
            if not value:
                continue
            stop = bisect.bisect_right(numbers, end)
            budget -= stop - at
            if budget < 0:
                raise damaged(sheet.source, translate("Import", "merged cells overlap"))
            for _, below in sheet.rows[at + 1 : stop]:
                if len(below) <= column:
                    below.extend([""] * (column + 1 - len(below)))
                if not below[column].strip():
                    below[column] = value


def _hidden_message(name: str, part: SheetPart) -> str:
    if part.state == "veryHidden":
        text = translate(
            "Import",
            "{name}: the products are on sheet “{sheet}”, which is hidden so that Excel's "
            "Unhide does not list it: copy its rows into a visible sheet, save, and import again",
        )
    else:
        text = translate(
            "Import",
            "{name}: the products are on sheet “{sheet}”, which is hidden: right-click a sheet "
            "tab and choose Unhide (LibreOffice: Sheet, Show Sheet), save, and import again",
        )
    return text.format(name=name, sheet=part.title)


def _built(
    book: Book, part: SheetPart, cancelled: Callable[[], bool] | None
) -> tuple[Sheet, _SheetReader]:
    reading = Reading()
    reader = _SheetReader(book, part, reading)
    return build_sheet(book.name, reader.rows(), part.title, cancelled, reading), reader


def read_xlsx(path: Path, cancelled: Callable[[], bool] | None) -> Sheet:
    """The product sheet of the workbook at `path` (see the module's docstring)."""
    book = Book(path, path.name)
    try:
        visible = [part for part in book.sheets if part.state == "visible"]
        if book.active in visible:
            visible.remove(book.active)
            visible.insert(0, book.active)
        first_problem: FileFormatError | None = None
        for part in visible:
            try:
                sheet, reader = _built(book, part, cancelled)
            except (BrokenWorkbook, TooLarge):
                raise
            except FileFormatError as problem:  # perhaps a cover sheet: try the next one
                first_problem = first_problem or problem
                continue
            reader.check_formulas(sheet)
            reader.fill_merges(sheet)
            return sheet
        for part in book.sheets:
            if part.state != "visible":
                try:
                    _built(book, part, cancelled)
                except (BrokenWorkbook, TooLarge):
                    raise
                except FileFormatError:
                    continue
                raise FileFormatError(_hidden_message(book.name, part))
        raise first_problem or FileFormatError(
            translate("Import", "{name} holds no sheets").format(name=book.name)
        )
    finally:
        book.close()
