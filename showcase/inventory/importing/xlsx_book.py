"""An XLSX workbook's parts, opened within bounds whatever the file claims: the zip's table of
parts, the sizes they unpack to (declared, and counted again while read), the sheets with their
visibility and which one is active, the shared strings and which cell styles show dates.

XLSX is a zip of XML parts. A small file can unpack to gigabytes (a "zip bomb"), list a million
parts, or hold strings without end: each is refused, with a message saying so, before it costs
more than the bounds below. Every part is streamed through expat, keeping only what is used;
a part with a document type (where entity bombs live) is refused.
"""

from __future__ import annotations

import datetime
import posixpath
import pyexpat
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

from showcase.i18n import translate
from showcase.inventory.importing.sheet import FileFormatError

MB = 1024 * 1024
# All parts together, unpacked: a 100,000-row sheet of 40 columns is about 250 MB of XML.
MAX_UNPACKED = 320 * MB
MAX_STRINGS_PART = 64 * MB
# The workbook's table of sheets, its styles and relations, and how many elements of them are
# kept (Excel allows 64,000 cell styles).
MAX_SMALL_PART = 32 * MB
MAX_ELEMENTS = 200_000
MAX_PARTS = 10_000
# Characters in one cell: four times what Excel allows (32,767).
MAX_CELL = 4 * 32_767

DATE, DURATION = 1, 2

_MAIN = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",  # Strict Open XML, as Excel can save
)


_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescaped(text: str) -> str:
    """Excel's text with its escapes undone: `_x000D_` is a carriage return (a character XML
    cannot hold as such), `_x005F_` an underscore written before what looks like an escape."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda match: chr(int(match.group(1), 16)), text)


def names(local_name: str) -> frozenset[str]:
    """An element's name as the streaming parser gives it, in both namespaces."""
    return frozenset(f"{ns}}}{local_name}" for ns in _MAIN)


def local(tag: str) -> str:
    return tag.rpartition("}")[2]


class BrokenWorkbook(FileFormatError):
    """A workbook too large or damaged to read on: no other sheet of it is tried."""


def too_large(name: str, limit: int) -> BrokenWorkbook:
    return BrokenWorkbook(
        translate(
            "Import",
            "{name} unpacks to more than {limit} MB, more than a product list of 100.000 rows "
            "can take: it is damaged or made to overload the program; save the product sheet "
            "on its own and import that",
        ).format(name=name, limit=limit // MB)
    )


def damaged(name: str, why: str) -> BrokenWorkbook:
    return BrokenWorkbook(
        translate("Import", "{name} is damaged or not an Excel workbook ({why})").format(
            name=name, why=why
        )
    )


class _Counted:
    """A part as it unpacks, refused once it gives more than it declared or than `limit`
    (zipfile stops at the declared size and then fails its checksum; this says why)."""

    def __init__(self, raw: IO[bytes], name: str, declared: int, limit: int) -> None:
        self.raw, self.name, self.declared, self.limit = raw, name, declared, limit
        self.total = 0
        if declared > limit:
            raise too_large(name, limit)

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size if size >= 0 else 1 << 16)
        self.total += len(data)
        if self.total > self.limit:
            raise too_large(self.name, self.limit)
        if self.total > self.declared:
            raise damaged(self.name, translate("Import", "a part larger than it says"))
        return data


@dataclass
class SheetPart:
    title: str
    part: str  # the XML part's path inside the zip
    state: str  # "visible", "hidden" or "veryHidden"


def part_count(path: Path) -> int:
    """How many parts the zip's end record says it has (read before zipfile lists them all)."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 65_557))
        tail = handle.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or end + 22 > len(tail):
        return 0  # no end record: zipfile says the file is damaged
    count: int = struct.unpack_from("<H", tail, end + 10)[0]
    return count


class Book:
    """The workbook at `path`, opened with every part's size checked; close() when done."""

    def __init__(self, path: Path, name: str) -> None:
        self.name = name
        if part_count(path) > MAX_PARTS:
            raise damaged(name, translate("Import", "more than {n} parts").format(n=MAX_PARTS))
        self.zip = zipfile.ZipFile(path)
        try:
            self.parts = {info.filename: info for info in self.zip.infolist()}
            if sum(info.file_size for info in self.parts.values()) > MAX_UNPACKED:
                raise too_large(name, MAX_UNPACKED)
            self.sheets, self.active, self.epoch, strings, styles = self._workbook()
            self.styles = self._styles(styles) if styles else []
            self.strings = self._strings(strings) if strings else []
        except BaseException:
            self.zip.close()
            raise

    def close(self) -> None:
        self.zip.close()

    def open(self, part: str, limit: int = MAX_UNPACKED) -> _Counted:
        info = self.parts.get(part)
        if info is None:
            raise damaged(self.name, translate("Import", "{part} is missing").format(part=part))
        return _Counted(self.zip.open(info), self.name, info.file_size, limit)

    def _elements(self, part: str, wanted: frozenset[str]) -> list[tuple[str, dict[str, str]]]:
        """(name without namespace, attributes) of the `wanted` elements of a part, streamed:
        the workbook's parts around the sheets are read for attributes only."""
        found: list[tuple[str, dict[str, str]]] = []

        def start(name: str, attributes: dict[str, str]) -> None:
            plain = local(name)
            if plain in wanted:
                if len(found) >= MAX_ELEMENTS:
                    raise damaged(
                        self.name, translate("Import", "{part} is too long").format(part=part)
                    )
                found.append((plain, attributes))

        for _ in parse(self.open(part, MAX_SMALL_PART), start, _ignore, _ignore):
            pass
        return found

    def _relations(self, part: str) -> dict[str, tuple[str, str]]:
        """Id → (type's last word, part path) of the relations of `part`."""
        folder, base = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", base + ".rels")
        if rels not in self.parts:
            return {}
        found = {}
        for _, item in self._elements(rels, frozenset({"Relationship"})):
            target = item.get("Target", "")
            if item.get("TargetMode") == "External":
                continue
            where = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found[item.get("Id", "")] = (
                item.get("Type", "").rpartition("/")[2],
                posixpath.normpath(where),
            )
        return found

    def _workbook(
        self,
    ) -> tuple[list[SheetPart], SheetPart | None, datetime.datetime, str | None, str | None]:
        main = next(
            (where for kind, where in self._relations("").values() if kind == "officeDocument"),
            "xl/workbook.xml",
        )
        relations = self._relations(main)
        entries: list[tuple[str, SheetPart]] = []  # every sheet, charts too: activeTab counts them
        active, epoch = -1, CALENDAR_WINDOWS_1900
        wanted = frozenset({"sheet", "workbookView", "workbookPr"})
        for tag, element in self._elements(main, wanted):
            if tag == "sheet":
                rid = next((v for k, v in element.items() if local(k) == "id"), "")
                kind, where = relations.get(rid, ("", ""))
                state = element.get("state", "visible")
                entries.append((kind, SheetPart(element.get("name", ""), where, state)))
            elif tag == "workbookView" and active < 0:  # the first window's
                active = _int(element.get("activeTab"), 0)
            elif tag == "workbookPr" and element.get("date1904") in ("1", "true"):
                epoch = CALENDAR_MAC_1904
        sheets = [part for kind, part in entries if kind == "worksheet"]
        shown = entries[active][1] if 0 <= active < len(entries) else None
        by_kind = {kind: where for kind, where in relations.values()}
        return sheets, shown, epoch, by_kind.get("sharedStrings"), by_kind.get("styles")

    def _styles(self, part: str) -> list[int]:
        """For each cell style, DATE, DURATION or 0: what a number in that style means."""
        formats: dict[int, str] = dict(BUILTIN_FORMATS)
        kinds: list[int] = []
        meaning: dict[int, int] = {}
        group = ""
        wanted = frozenset({"numFmt", "cellStyleXfs", "cellXfs", "xf"})
        for tag, element in self._elements(part, wanted):
            if tag == "numFmt":  # the number formats come first in the part
                formats[_int(element.get("numFmtId"), -1)] = element.get("formatCode", "")
            elif tag == "xf":
                if group == "cellXfs":
                    number_format = _int(element.get("numFmtId"), 0)
                    if number_format not in meaning:
                        code = formats.get(number_format, "General")
                        meaning[number_format] = (
                            DURATION
                            if is_timedelta_format(code)
                            else DATE
                            if is_date_format(code)
                            else 0
                        )
                    kinds.append(meaning[number_format])
            else:
                group = tag
        return kinds

    def _strings(self, part: str) -> list[str]:
        table = _SharedStrings(self.name)
        for _ in parse(self.open(part, MAX_STRINGS_PART), table.start, table.end, table.text):
            pass
        return table.strings


class _SharedStrings:
    """The shared strings, streamed: each one's text without its phonetic guide (<rPh>)."""

    ITEM, TEXT, PHONETIC = names("si"), names("t"), names("rPh")

    def __init__(self, name: str) -> None:
        self.name = name
        self.strings: list[str] = []
        self.pieces: list[str] = []
        self.size = 0
        self.collect = self.phonetic = False

    def start(self, name: str, _: dict[str, str]) -> None:
        if name in self.ITEM:
            self.pieces, self.size = [], 0
        elif name in self.TEXT:
            self.collect = not self.phonetic
        elif name in self.PHONETIC:
            self.phonetic = True

    def end(self, name: str) -> None:
        if name in self.ITEM:
            self.strings.append(unescaped("".join(self.pieces)))
        elif name in self.TEXT:
            self.collect = False
        elif name in self.PHONETIC:
            self.phonetic = False

    def text(self, data: str) -> None:
        if self.collect:
            self.pieces.append(data)
            self.size += len(data)
            if self.size > MAX_CELL:
                raise damaged(self.name, translate("Import", "a text without end"))


def parse(
    source: _Counted,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    text: Callable[[str], None],
) -> Iterator[None]:
    """Stream the part through expat with these handlers, yielding after each chunk, so that
    what the handlers collected can be taken away: nothing of the XML is kept. A part with a
    document type (entity definitions) is refused: no spreadsheet program writes one."""
    parser = pyexpat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text

    def no_doctype(*_: object) -> None:
        raise damaged(source.name, "DOCTYPE")

    parser.StartDoctypeDeclHandler = no_doctype
    try:
        while chunk := source.read(1 << 16):
            parser.Parse(chunk, False)
            yield
        parser.Parse(b"", True)
    except pyexpat.ExpatError as exc:
        raise damaged(source.name, f"XML: {exc}") from exc


def _ignore(*_: object) -> None:
    """A handler for the events a reader does not need."""


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default
