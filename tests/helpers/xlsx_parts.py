"""Workbooks written part by part, for the forms openpyxl will not make: hidden sheets with
products, formulas without values, zip bombs, parts whose zip entry lies about their size.

`write_zip` writes the zip format itself (local headers, data, central directory), so that a
part can be given as already-deflated bytes: a part that unpacks to a gigabyte is made in a
second from one deflated megabyte repeated (after a full flush, deflate repeats itself).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass
class Part:
    name: str
    deflated: bytes
    crc: int
    size: int  # unpacked, as the zip entry declares it

    @classmethod
    def of(cls, name: str, data: bytes) -> Part:
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        return cls(
            name, compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data)
        )

    @classmethod
    def repeated(cls, name: str, head: bytes, chunk: bytes, times: int, tail: bytes) -> Part:
        """head + chunk × times + tail, deflated without deflating each repeat."""
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        out = [compressor.compress(head), compressor.flush(zlib.Z_FULL_FLUSH)]
        block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
        again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
        assert block == again  # the trick holds
        out.append(block * (times - 1) + again)
        out.append(compressor.compress(tail) + compressor.flush())
        crc = zlib.crc32(head)
        for _ in range(times):
            crc = zlib.crc32(chunk, crc)
        crc = zlib.crc32(tail, crc)
        return cls(name, b"".join(out), crc, len(head) + len(chunk) * times + len(tail))


def write_zip(path: Path, parts: Iterable[Part]) -> Path:
    """A zip of deflated parts, each entry declaring the size its Part says."""
    local, central = bytearray(), bytearray()
    count = 0
    for part in parts:
        name = part.name.encode()
        offset = len(local)
        fields = (20, 0, 8, 0, 0x21, part.crc, len(part.deflated), part.size, len(name))
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + name + part.deflated
        central += (
            struct.pack("<IH", 0x02014B50, 20)
            + struct.pack("<HHHHHIIIHHHHHII", *fields, 0, 0, 0, 0, 0, offset)
            + name
        )
        count += 1
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(local), 0)
    path.write_bytes(bytes(local + central + end))
    return path


def sheet_xml(rows: Sequence[Sequence[object]], *, extra: str = "", start: int = 1) -> bytes:
    """A worksheet with inline strings and numbers; a str starting with '=' is a formula
    saved without its value; `extra` goes after sheetData (e.g. <mergeCells>)."""
    lines = []
    for number, row in enumerate(rows, start=start):
        cells = []
        for column, value in enumerate(row):
            ref = f"{chr(65 + column)}{number}"
            if value is None or value == "":
                continue
            if isinstance(value, str) and value.startswith("="):
                cells.append(f'<c r="{ref}"><f>{escape(value[1:])}</f><v></v></c>')
            elif isinstance(value, int | float):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
        lines.append(f'<row r="{number}">{"".join(cells)}</row>')
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
        f"{''.join(lines)}</sheetData>{extra}</worksheet>"
    ).encode()


def book_parts(
    sheets: Sequence[tuple[str, str]],
    *,
    active: int = 0,
    strings: bool = False,
    styles: bool = False,
) -> list[Part]:
    """The parts around the sheets: (title, state) each, state "chart" making a chart sheet;
    the sheets' own parts, xl/worksheets/sheet{n}.xml (n from 1), are the caller's."""
    entries = "".join(
        f'<sheet name={quoteattr(title)} sheetId="{n}" '
        f'state="{"visible" if state == "chart" else state}" r:id="rId{n}"/>'
        for n, (title, state) in enumerate(sheets, start=1)
    )
    relations = "".join(
        f'<Relationship Id="rId{n}" '
        f'Type="{RELS}/{"chartsheet" if state == "chart" else "worksheet"}" '
        f'Target="worksheets/sheet{n}.xml"/>'
        for n, (_, state) in enumerate(sheets, start=1)
    )
    if strings:
        relations += (
            f'<Relationship Id="rIdS" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
        )
    if styles:
        relations += f'<Relationship Id="rIdY" Type="{RELS}/styles" Target="styles.xml"/>'
    return [
        Part.of(
            "_rels/.rels",
            f'<Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" '
            f'Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'.encode(),
        ),
        Part.of(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><bookViews>'
            f'<workbookView activeTab="{active}"/></bookViews><sheets>{entries}</sheets>'
            f"</workbook>".encode(),
        ),
        Part.of(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{PACKAGE}">{relations}</Relationships>'.encode(),
        ),
    ]


def write_book(
    path: Path,
    sheets: Sequence[tuple[str, str, bytes | Part]],
    *,
    active: int = 0,
    shared: Part | None = None,
    styles: Part | None = None,
) -> Path:
    """A workbook of (title, state, sheet XML or its Part) sheets; `shared` and `styles` are
    the xl/sharedStrings.xml and xl/styles.xml parts."""
    parts = book_parts(
        [(t, s) for t, s, _ in sheets],
        active=active,
        strings=shared is not None,
        styles=styles is not None,
    )
    for n, (_, _, content) in enumerate(sheets, start=1):
        name = f"xl/worksheets/sheet{n}.xml"
        parts.append(Part.of(name, content) if isinstance(content, bytes) else content)
    parts.extend(part for part in (shared, styles) if part is not None)
    return write_zip(path, parts)
