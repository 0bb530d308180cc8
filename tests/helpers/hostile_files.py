"""Hostile and odd spreadsheets the tests of the reader, the command line and the import
dialog share: each made at run time, small on disk. HOSTILE_FILES pairs each refused one with
the line a user must see about it, in the window as on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.paths import ROOT
from tests.helpers.xlsx_parts import MAIN, Part, sheet_xml, write_book

PRODUCTS = [["Kode", "Nama", "Harga"], ["A-1", "Kopi Robusta", 25000], ["A-2", "Lada Hitam", 30000]]


def zip_bomb(path: Path, gigabytes: int = 1) -> Path:
    """A workbook of a few MB whose sheet unpacks to `gigabytes` GB of blank space."""
    head = f'<worksheet xmlns="{MAIN}"><sheetData>'.encode()
    sheet = Part.repeated(
        "xl/worksheets/sheet1.xml",
        head,
        b" " * (1 << 20),
        1024 * gigabytes,
        b"</sheetData></worksheet>",
    )
    return write_book(path, [("Produk", "visible", sheet)])


def hidden_product_sheet(path: Path) -> Path:
    """A visible cover sheet and the products on a hidden one."""
    cover = sheet_xml([["Daftar produk unggulan UMKM Lampung"]])
    return write_book(
        path, [("Sampul", "visible", cover), ("Produk", "hidden", sheet_xml(PRODUCTS))]
    )


def unclosed_quote(path: Path) -> Path:
    """Row 2 opens a quote in its name and never closes it."""
    path.write_bytes(b'kode,nama,harga\r\nA-1,"Kopi Robusta,25000\r\nA-2,Lada,30000\r\n')
    return path


@dataclass(frozen=True)
class HostileFile:
    """A file `make` writes under the name `name`, and the one line refusing it."""

    name: str
    make: Callable[[Path], Path]
    message: str

    def write(self, folder: Path) -> Path:
        return self.make(folder / self.name)


HOSTILE_FILES = [
    HostileFile(
        "bom.xlsx",
        zip_bomb,
        "bom.xlsx unpacks to more than 320 MB, more than a product list of 100.000 rows can "
        "take: it is damaged or made to overload the program; save the product sheet on its own "
        "and import that",
    ),
    HostileFile(
        "tersembunyi.xlsx",
        hidden_product_sheet,
        "tersembunyi.xlsx: the products are on sheet “Produk”, which is hidden: right-click a "
        "sheet tab and choose Unhide (LibreOffice: Sheet, Show Sheet), save, and import again",
    ),
    HostileFile(
        "kutip.csv",
        unclosed_quote,
        "kutip.csv, row 2, column nama: a quote opens the cell and is never closed, so every row "
        "after it would be read into this one cell: remove the quote or close it, and import "
        "again",
    ),
]


def read_bounded(path: Path, *, memory_mb: int = 512, timeout: float = 300) -> tuple[str, int]:
    """read_sheet(path) in a child process whose address space is limited to `memory_mb` MB:
    what it ended with ("refused: message" or "rows: count, last row number") and its peak
    resident memory in MB. The timeout is only a guard that it finishes."""
    code = textwrap.dedent(
        """
        import resource, sys
        from pathlib import Path
        from showcase.inventory.importing.files import FileFormatError, read_sheet
        limit = int(sys.argv[2]) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            sheet = read_sheet(Path(sys.argv[1]))
            print(f"rows: {len(sheet.rows)}, {sheet.rows[-1][0]}")
        except FileFormatError as exc:
            print(f"refused: {exc}")
        # VmHWM: this program's own peak (ru_maxrss would count the parent's before exec).
        status = Path("/proc/self/status").read_text()
        print(int(status.split("VmHWM:")[1].split()[0]) // 1024)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(memory_mb)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    outcome, peak = done.stdout.splitlines()
    return outcome, int(peak)
