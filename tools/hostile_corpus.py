"""A corpus of bad and hostile inputs, each run through the real command line and judged.

    python tools/hostile_corpus.py [--only SUBSTRING] [--start CASE] [--root TREE] [--kill N]

The contract for each case: exit 0 with the data stored as the file means it, or exit 2 with one
line on stderr, nothing changed (every file in the case's folder byte for byte the same) and no
new file. Exit 1, a traceback or "unexpected error" is a failure everywhere. Cases with a `check`
also look at what was stored. --kill N kills imports and backups N times at random moments and
checks the database afterwards.

The cases are tables: each row names a case, the files it starts from (bytes, or a small builder
that writes them) and what is meant; `build_cases` lists them in the order they run.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import gzip
import hashlib
import io
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HEADER = "kode,nama,kategori,harga,stok"
XH = ["kode", "nama", "kategori", "harga", "stok"]
OK_ROW = "HOS-1,Kopi Uji,Kopi,25000,3"

Check = Callable[[sqlite3.Connection], str | None]
Content = bytes | Callable[[Path], None]
Build = Callable[[Any], None]  # fills an openpyxl Workbook
# What a case means: "" either clean end, "ok" or "refuse" only that one, or a check of what
# was stored (which also means it must be imported).
Meant = str | Check


@dataclass
class Case:
    name: str
    argv: list[str]  # after `main.py --db DB`; "{db}" is the database path
    files: dict[str, Content] = field(default_factory=dict)
    db: str = "demo"  # demo | empty | none | a file name written by `files`
    check: Check | None = None  # None: fine
    expect: str = ""  # "ok" or "refuse" when only one is right


def case(
    name: str,
    *argv: str,
    files: Mapping[str, Content] | None = None,
    db: str = "demo",
    meant: Meant = "",
) -> Case:
    if callable(meant):
        return Case(name, list(argv), dict(files or {}), db, check=meant)
    return Case(name, list(argv), dict(files or {}), db, expect=meant)


def csv_bytes(*rows: str, header: str = HEADER, encoding: str = "utf-8", nl: str = "\n") -> bytes:
    return (nl.join([header, *rows]) + nl).encode(encoding)


def stored(code: str, column: str = "name_id") -> Callable[[sqlite3.Connection], object]:
    def get(db: sqlite3.Connection) -> object:
        row = db.execute(f"select {column} from product where code = ?", (code,)).fetchone()
        return row[0] if row else "<no product>"

    return get


def expect_value(code: str, column: str, want: object) -> Check:
    def check(db: sqlite3.Connection) -> str | None:
        got = stored(code, column)(db)
        return None if got == want else f"{code}.{column} = {got!r}, meant {want!r}"

    return check


def price_is(want: int, code: str = "HOS-1") -> Check:
    return expect_value(code, "price", want)


def name_is(want: str, code: str = "HOS-1") -> Check:
    return expect_value(code, "name_id", want)


def imp(name: str, data: Content, meant: Meant = "", *, ext: str = "csv", db: str = "demo") -> Case:
    """`import in.EXT` of a file holding `data`."""
    return case(name, "import", f"in.{ext}", files={f"in.{ext}": data}, db=db, meant=meant)


def xlsx(build: Build) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        import openpyxl

        book = openpyxl.Workbook()
        build(book)
        book.save(path)

    return make


def sheet_rows(*rows: Sequence[object], title: str = "Produk") -> Build:
    def build(book: Any) -> None:
        sheet = book.active
        sheet.title = title
        for row in rows:
            sheet.append(row)

    return build


def book(
    name: str, sheet: Sequence[Sequence[object]] | Build, meant: Meant = "", ext: str = "xlsx"
) -> Case:
    """`import in.EXT` of a workbook whose first sheet holds the rows `sheet` (or that `sheet`
    builds)."""
    build = sheet if callable(sheet) else sheet_rows(*sheet)
    return imp(name, xlsx(build), meant, ext=ext)


def hos(
    price: object = 25000, stock: object = 3, *, name: object = "Kopi Uji", code: object = "HOS-1"
) -> list[object]:
    """A product row of a workbook under XH."""
    return [code, name, "Kopi", price, stock]


# ---- builders of files the tables name


def truncated_book(path: Path) -> None:
    xlsx(sheet_rows(XH, hos()))(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def fifty_sheets(book: Any) -> None:
    for i in range(49):
        book.create_sheet(f"Lain {i}").append(["catatan", i])
    sheet_rows(XH, hos())(book)


def chart_sheet_first(book: Any) -> None:
    from openpyxl.chart import BarChart, Reference

    data = book.active
    data.title = "Data"
    for row in [XH, hos()]:
        data.append(row)
    chart_sheet = book.create_chartsheet("Grafik", 0)
    chart = BarChart()
    chart.add_data(Reference(data, min_col=4, min_row=1, max_row=2), titles_from_data=True)
    chart_sheet.add_chart(chart)


def only_a_chart_visible(book: Any) -> None:
    from openpyxl.chart import BarChart, Reference

    data = book.active
    data.append([1, 2])
    chart_sheet = book.create_chartsheet("Produk", 0)
    chart = BarChart()
    chart.add_data(Reference(data, min_col=1, min_row=1, max_row=1))
    chart_sheet.add_chart(chart)
    data.sheet_state = "hidden"


def percent_price(book: Any) -> None:
    sheet_rows(XH, hos(0.25))(book)
    book.active["D2"].number_format = "0%"


def error_cells(book: Any) -> None:
    sheet_rows(XH, hos("#DIV/0!", "#N/A"))(book)
    book.active["D2"].data_type = "e"
    book.active["E2"].data_type = "e"


def data_on_second_sheet(book: Any) -> None:
    book.create_sheet("Produk").append(XH)
    book["Produk"].append(hos(1))


def zipped(*parts: tuple[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in parts:
            z.writestr(name, text)
    return out.getvalue()


def copy_demo(path: Path) -> None:
    shutil.copy(TEMPLATES / "demo.db", path)


def other_program(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("create table contacts (id integer primary key, name text)")
    db.execute("insert into contacts values (1, 'Ani')")
    db.commit()
    db.close()


def newer_schema(path: Path) -> None:
    copy_demo(path)
    db = sqlite3.connect(path)
    db.execute("update alembic_version set version_num = '0099'")
    db.commit()
    db.close()


def truncated_db(path: Path) -> None:
    data = (TEMPLATES / "demo.db").read_bytes()
    path.write_bytes(data[: len(data) // 3])


def flipped_db(path: Path) -> None:
    data = bytearray((TEMPLATES / "demo.db").read_bytes())
    for i in range(200_000, 260_000, 97):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def exported(folder: Path) -> bytes:
    """The demo's products as `export one.csv` writes them (the file taken away again)."""
    result = run_cli(folder, "demo.db", ["export", "one.csv"])
    assert result.returncode == 0, result.stderr
    data = (folder / "one.csv").read_bytes()
    (folder / "one.csv").unlink()
    return data


def two_exports(path: Path) -> None:
    data = exported(path.parent)
    path.write_bytes(data + data)


def export_resaved_by_excel_id(path: Path) -> None:
    """The export as Excel in Indonesian saves it: `;`, Windows-1252, prices as Rp 25.000,-."""
    text = io.TextIOWrapper(io.BytesIO(exported(path.parent)), encoding="utf-8-sig").read()
    rows = list(csv.reader(io.StringIO(text)))
    for row in rows[1:]:
        row[9] = "Rp " + f"{int(row[9]):,}".replace(",", ".") + ",-"
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    path.write_bytes(out.getvalue().encode("cp1252", errors="replace"))


# ---- the tables

# CSV prices in one product row: what is typed, and the rupiah meant (None: either clean end).
PRICES: list[tuple[str, str, int | None]] = [
    ("negative", "-5000", None),
    ("decimal_dot", "25000.50", None),
    ("decimal_comma", '"25000,50"', None),
    ("percent", "10%", None),
    ("thousand_dot", "25.000", 25000),
    ("thousand_comma", '"25,000"', None),
    ("thousand_space", "25 000", 25000),
    ("thousand_nbsp", "25\u00a0000", 25000),
    ("thousand_thin", "25\u2009000", 25000),
    ("swiss", "25'000", None),
    ("indian", '"1,00,000"', None),
    ("rp_id", '"Rp 25.000,00"', 25000),
    ("rp_nospace", "Rp25.000", 25000),
    ("rp_dash", '"Rp 25.000,-"', 25000),
    ("idr_en", '"IDR 25,000.00"', None),
    ("date_iso", "2024-01-05", None),
    ("date_slash", "05/01/2024", None),
    ("exponent", "2.5e4", None),
    ("hex", "0x10", None),
    ("parens", "(5000)", None),
    ("unicode_minus", "−5000", None),
    ("arabic_digits", "٢٥٠٠٠", 25000),
    ("k_suffix", "25k", None),
    ("rb_suffix", "25rb", None),
    ("words", "dua puluh ribu", None),
    ("plus", "+25000", None),
    ("zero", "0", 0),
    ("minus_zero", "-0", 0),
    ("max_plus", "2000000001", None),
    ("dot_thousands_decimal", "25.000.5", None),
]
STOCKS = [
    ("decimal", "12.5"),
    ("decimal_zero", '"12,0"'),
    ("negative", "-3"),
    ("thousand", "1.200"),
    ("huge", "9" * 25),
]
# "unggulan" (featured) as people type yes and no.
BOOLS = [
    "ya",
    "tidak",
    "yes",
    "no",
    "true",
    "false",
    "1",
    "0",
    "benar",
    "salah",
    "Y",
    "N",
    "✓",
    "x",
    "oui",
    "ja",
    "sí",
    "TRUE",
    "Ya.",
    "v",
    "-",
]
# The commands that open the database, as the cases on damaged databases run them.
ON_DB = {
    "import": ["import", "in.csv"],
    "export": ["export", "out.csv"],
    "backup": ["backup", "b.db"],
    "labels": ["labels", "l.pdf", "--all"],
}
# Files given as the database that are no showcase, and the commands that must refuse them.
NOT_SHOWCASES: list[tuple[str, Content, tuple[str, ...]]] = [
    ("zero_byte", b"", ("import", "export")),
    ("text_file", b"this is my shopping list\n", ("import", "export")),
    ("random_bytes", random.Random(2).randbytes(8192), ("import", "export")),
    ("sqlite_header_only", b"SQLite format 3\x00" + bytes(84), ("import", "export")),
    ("other_program", other_program, ("import", "export", "backup", "labels")),
    ("newer_schema", newer_schema, ("import", "export")),
    ("truncated", truncated_db, ("import", "export", "backup")),
]
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # an old .xls (or .doc) file's start


def on_db(what: str, command: str, content: Content, meant: Meant = "refuse") -> Case:
    """`command` run on the database x.db holding `content` (the import given a good file)."""
    files: dict[str, Content] = {"x.db": content}
    if command == "import":
        files = {"in.csv": csv_bytes(OK_ROW), **files}
    return case(f"db_{what}_{command}", *ON_DB[command], files=files, db="x.db", meant=meant)


def build_cases() -> list[Case]:
    wal = random.Random(3).randbytes(4096)
    return [
        # ---- CSV encodings and structure
        imp(
            "csv_utf16_bom",
            csv_bytes("HOS-1,Kopi Café,Kopi,25000,3", encoding="utf-16"),
            name_is("Kopi Café"),
        ),
        imp("csv_utf16le_nobom", csv_bytes("HOS-1,Kopi Café,Kopi,25000,3", encoding="utf-16-le")),
        imp(
            "csv_cp1252",
            csv_bytes("HOS-1,Kopi Café “Robusta”,Kopi,25000,3", encoding="cp1252"),
            name_is("Kopi Café “Robusta”"),
        ),
        imp(
            "csv_latin1",
            csv_bytes("HOS-1,Kopi Crème,Kopi,25000,3", encoding="latin-1"),
            name_is("Kopi Crème"),
        ),
        imp(
            "csv_bom_in_middle",
            csv_bytes("\ufeffHOS-1,Kopi\ufeffUji,Kopi,25000,3"),
            name_is("KopiUji"),
        ),
        imp("csv_double_bom", b"\xef\xbb\xbf" * 2 + csv_bytes(OK_ROW), name_is("Kopi Uji")),
        imp("csv_bom_utf8_then_utf16", b"\xef\xbb\xbf\xff\xfe" + csv_bytes(OK_ROW)),
        imp(
            "csv_quoted_headers",
            csv_bytes(OK_ROW, header='"kode","nama","kategori","harga","stok"'),
            price_is(25000),
        ),
        imp(
            "csv_duplicate_headers",
            csv_bytes(
                "HOS-1,Kopi A,Kopi B,Kopi,25000,3", header="kode,nama,nama,kategori,harga,stok"
            ),
        ),
        imp(
            "csv_header_row_11",
            b"\n".join([b"Daftar Produk UMKM Lampung", b"Dinas Koperasi"] + [b",,,"] * 8)
            + b"\n"
            + csv_bytes(OK_ROW),
            price_is(25000),
        ),
        imp("csv_formula_price", csv_bytes("HOS-1,Kopi Uji,Kopi,=SUM(A1:A3),3"), "refuse"),
        imp(
            "csv_formula_name",
            csv_bytes('HOS-1,=HYPERLINK("http://x"),Kopi,25000,3'),
            name_is('=HYPERLINK("http://x")'),
        ),
        imp("csv_long_name_100k", csv_bytes("HOS-1," + "K" * 100_000 + ",Kopi,25000,3"), "refuse"),
        imp(
            "csv_long_unit_1m",
            csv_bytes("HOS-1,Kopi,Kopi,25000,3," + "x" * 1_000_000, header=HEADER + ",deskripsi"),
        ),
        imp("csv_control_chars", csv_bytes("HOS-1,Kopi\x07\x1b[31mMerah,Kopi,25000,3")),
        imp("csv_nul_byte", csv_bytes("HOS-1,Kopi\x00Uji,Kopi,25000,3")),
        imp("csv_rtl_override", csv_bytes("HOS-1,Kopi \u202egpj.exe,Kopi,25000,3")),
        imp(
            "csv_emoji_name",
            csv_bytes("HOS-1,Kopi ☕👩‍👩‍👧 Uji,Kopi,25000,3"),
            name_is("Kopi ☕👩‍👩‍👧 Uji"),
        ),
        imp("csv_zero_width_code", csv_bytes("HOS\u200b-1,Kopi Uji,Kopi,25000,3"), price_is(25000)),
        imp(
            "csv_markup_name",
            csv_bytes("HOS-1,<script>alert(1)</script><b>Kopi</b>,Kopi,25000,3"),
            name_is("<script>alert(1)</script><b>Kopi</b>"),
        ),
        imp(
            "csv_sql_name",
            csv_bytes('HOS-1,"Kopi\'); DROP TABLE products;--",Kopi,25000,3'),
            name_is("Kopi'); DROP TABLE products;--"),
        ),
        imp("csv_code_space", csv_bytes("HOS 1,Kopi Uji,Kopi,25000,3"), "refuse"),
        imp("csv_code_dotdot", csv_bytes("../../etc,Kopi Uji,Kopi,25000,3"), "refuse"),
        imp("csv_code_unicode", csv_bytes("KOPÍ-1,Kopi Uji,Kopi,25000,3"), "refuse"),
        imp("csv_code_fullwidth", csv_bytes("ＨＯＳ－１,Kopi Uji,Kopi,25000,3"), price_is(25000)),
        imp("csv_whitespace_name", csv_bytes("HOS-1,   ,Kopi,25000,3"), "refuse"),
        imp("csv_nbsp_name", csv_bytes("HOS-1,\u00a0\u2003,Kopi,25000,3"), "refuse"),
        imp("csv_whitespace_price", csv_bytes("HOS-1,Kopi Uji,Kopi,  ,3"), "refuse"),
        *[
            imp(
                f"csv_price_{tag}",
                csv_bytes(f"HOS-1,Kopi Uji,Kopi,{price},3"),
                "" if want is None else price_is(want),
            )
            for tag, price, want in PRICES
        ],
        *[
            imp(f"csv_stock_{tag}", csv_bytes(f"HOS-1,Kopi Uji,Kopi,25000,{stock}"))
            for tag, stock in STOCKS
        ],
        imp(
            "csv_booleans",
            csv_bytes(
                *[f"HOS-{i},Kopi {i},Kopi,25000,3,{b}" for i, b in enumerate(BOOLS, 1)],
                header=HEADER + ",unggulan",
            ),
        ),
        imp(
            "csv_bool_maybe",
            csv_bytes("HOS-1,Kopi Uji,Kopi,25000,3,mungkin", header=HEADER + ",unggulan"),
            "refuse",
        ),
        imp(
            "csv_100_columns",
            csv_bytes(
                "HOS-1,Kopi Uji,Kopi,25000,3," + ",".join("x" * 95),
                header=HEADER + "," + ",".join(f"kolom{i}" for i in range(95)),
            ),
            price_is(25000),
        ),
        imp(
            "csv_semicolon",
            csv_bytes("HOS-1;Kopi Uji;Kopi;25.000;3", header=HEADER.replace(",", ";")),
            price_is(25000),
        ),
        imp(
            "csv_tab",
            csv_bytes("HOS-1\tKopi Uji\tKopi\t25000\t3", header=HEADER.replace(",", "\t")),
            price_is(25000),
        ),
        imp("csv_pipe", csv_bytes("HOS-1|Kopi Uji|Kopi|25000|3", header=HEADER.replace(",", "|"))),
        imp("csv_cr_only", csv_bytes(OK_ROW, nl="\r"), price_is(25000)),
        imp(
            "csv_mixed_newlines",
            (HEADER + "\r\n" + OK_ROW + "\n" + "HOS-2,Kopi 2,Kopi,1,1\r").encode(),
            price_is(1, "HOS-2"),
        ),
        imp("csv_only_header", csv_bytes(), "refuse"),
        imp("csv_empty", b"", "refuse"),
        imp("csv_blank_lines", b"\n\n\n   \n\r\n", "refuse"),
        imp(
            "csv_no_name_column",
            csv_bytes("HOS-1,Kopi,25000", header="kode,kategori,harga"),
            "refuse",
        ),
        imp("csv_random_binary", random.Random(1).randbytes(5000), "refuse"),
        imp("csv_gzip", gzip.compress(csv_bytes(OK_ROW)), "refuse"),
        imp(
            "csv_html",
            b"<html><body><table><tr><td>kode</td><td>nama</td></tr></table></body></html>",
            "refuse",
        ),
        imp("csv_json", b'[{"kode": "HOS-1", "nama": "Kopi"}]', "refuse"),
        imp("csv_upper_ext", csv_bytes(OK_ROW), price_is(25000), ext="CSV"),
        imp("csv_as_txt", csv_bytes(OK_ROW), "refuse", ext="txt"),
        imp(
            "csv_invalid_utf8_byte",
            csv_bytes("HOS-1,Kopi Uji,Kopi,25000,3") + b"HOS-2,Ab\xedc,Kopi,1,1\n",
        ),
        imp("csv_lone_surrogate", csv_bytes(OK_ROW) + b"HOS-2,A\xed\xa0\x80b,Kopi,1,1\n"),
        imp("csv_ragged_long", csv_bytes("HOS-1,Kopi Uji,Kopi,25000,3,extra,extra")),
        imp("csv_ragged_short", csv_bytes("HOS-1,Kopi Uji"), "refuse"),
        imp("csv_same_code_twice", csv_bytes(OK_ROW, "HOS-1,Kopi Lain,Kopi,1,1"), "refuse"),
        imp("csv_existing_code_lower", csv_bytes("bat-0001,Batik Baru,Batik & Sulam,225000,12")),
        imp("csv_multiline_name", csv_bytes('HOS-1,"Kopi\nUji",Kopi,25000,3')),
        # The export's apostrophe (csv_text.py) is taken off any CSV cell: by design.
        imp("csv_apostrophe_name", csv_bytes("HOS-1,'Kopi Uji,Kopi,25000,3"), name_is("Kopi Uji")),
        imp("csv_apostrophe_eq_name", csv_bytes("HOS-1,'=1+1,Kopi,25000,3"), name_is("=1+1")),
        imp(
            "csv_phones",
            csv_bytes(
                "HOS-1,Kopi 1,Kopi,1,1,+62 812-3456-7890",
                "HOS-2,Kopi 2,Kopi,1,1,(0721) 123456",
                'HOS-3,Kopi 3,Kopi,1,1,"0812 3456 7890 / 0813 1111 2222"',
                "HOS-4,Kopi 4,Kopi,1,1,telp",
                header=HEADER + ",telepon",
            ),
        ),
        imp("csv_new_category_markup", csv_bytes("HOS-1,Kopi Uji,<i>Baru</i>,25000,3")),
        imp(
            "csv_new_producer_sql",
            csv_bytes(OK_ROW + ",'; DELETE FROM producers;--", header=HEADER + ",produsen"),
        ),
        imp(
            "csv_unknown_kabupaten",
            csv_bytes(OK_ROW + ",Atlantis", header=HEADER + ",kabupaten"),
        ),
        imp("csv_date_in_stock", csv_bytes("HOS-1,Kopi Uji,Kopi,25000,2024-01-05"), "refuse"),
        imp("csv_into_empty_showcase", csv_bytes(OK_ROW), price_is(25000), db="empty"),
        imp(
            "csv_into_new_file_in_missing_folder",
            csv_bytes(OK_ROW),
            "refuse",
            db="none/sub/new.db",
        ),
        # ---- files that are not CSV or XLSX
        imp(
            "xlsx_is_docx",
            zipped(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")),
            "refuse",
            ext="xlsx",
        ),
        imp("xlsx_empty_zip", zipped(), "refuse", ext="xlsx"),
        imp("xlsx_zero_bytes", b"", "refuse", ext="xlsx"),
        imp("xlsx_is_csv", csv_bytes(OK_ROW), "refuse", ext="xlsx"),
        imp(
            "xlsx_is_pdf",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n",
            "refuse",
            ext="xlsx",
        ),
        imp("xlsx_ole_xls", OLE, "refuse", ext="xlsx"),
        imp("csv_is_xls_ole", OLE, "refuse"),
        # ---- XLSX
        book("xlsx_ok", [XH, hos()], price_is(25000)),
        imp("xlsx_truncated", truncated_book, "refuse", ext="xlsx"),
        book("xlsx_50_sheets", fifty_sheets, price_is(25000)),
        book("xlsx_chart_sheet_first", chart_sheet_first),
        book("xlsx_chart_sheet_only_visible", only_a_chart_visible, "refuse"),
        book("xlsx_header_row_11", [*[["Judul"]] * 10, XH, hos()], price_is(25000)),
        book("xlsx_date_price", [XH, hos(datetime.date(2024, 1, 5))], "refuse"),
        book("xlsx_datetime_name", [XH, hos(1, name=datetime.datetime(2024, 1, 5, 10, 0))]),
        book("xlsx_time_stock", [XH, hos(1, datetime.time(3, 0))], "refuse"),
        book("xlsx_bool_price", [XH, hos(True)], "refuse"),
        book("xlsx_float_price", [XH, hos(25000.5)]),
        book("xlsx_float_exact", [XH, hos(25000.0, 3.0)], price_is(25000)),
        book("xlsx_float_stock", [XH, hos(25000, 12.7)], "refuse"),
        book("xlsx_negative_zero", [XH, hos(-0.0, -0.0)]),
        book("xlsx_text_price_rp", [XH, hos("Rp 25.000,00", "3")], price_is(25000)),
        book("xlsx_percent_price", percent_price, "refuse"),
        book("xlsx_error_cells", error_cells, "refuse"),
        book("xlsx_formula_no_cache", [XH, hos("=1000*25")], "refuse"),
        book("xlsx_control_chars", [XH, hos(1, name="Kopi_x0007_Uji")]),
        book(
            "xlsx_100_columns",
            [XH + [f"k{i}" for i in range(95)], hos(1) + ["x"] * 95],
            price_is(1),
        ),
        book(
            "xlsx_duplicate_header",
            [
                ["kode", "nama", "Nama", "kategori", "harga", "stok"],
                ["HOS-1", "A", "B", "Kopi", 1, 3],
            ],
        ),
        book("xlsx_empty_first_sheet_data_second", data_on_second_sheet),
        book("xlsx_only_header", [XH], "refuse"),
        book("xlsx_empty_book", lambda _: None, "refuse"),
        book("xlsx_huge_int", [XH, hos(10**20)], "refuse"),
        book("xlsx_nan_like", [XH, hos(float("inf"))], "refuse"),
        book("xlsx_int_code", [XH, hos(1, code=1001)], price_is(1, "1001")),
        book("xlsx_float_code", [XH, hos(1, code=1001.0)], price_is(1, "1001")),
        book("xlsx_phone_number_cell", [[*XH, "telepon"], [*hos(1), 6281234567890]]),
        book("xlsx_upper_ext", [XH, hos(1)], price_is(1), ext="XLSX"),
        book("xlsm_ext", [XH, hos(1)], ext="xlsm"),
        # ---- databases
        *[
            on_db(what, command, content)
            for what, content, commands in NOT_SHOWCASES
            for command in commands
        ],
        # A backup of a newer Etalase's file is a faithful copy of it: worth having.
        case(
            "db_newer_schema_backup_copies",
            "backup",
            "b.db",
            files={"x.db": newer_schema},
            db="x.db",
        ),
        on_db("corrupt_pages", "import", flipped_db, ""),
        on_db("corrupt_pages", "backup", flipped_db, ""),
        case(
            "db_wal_without_db_import",
            *ON_DB["import"],
            files={"in.csv": csv_bytes(OK_ROW), "x.db-wal": wal},
            db="x.db",
        ),
        case(
            "db_wal_without_db_export",
            *ON_DB["export"],
            files={"x.db-wal": wal},
            db="x.db",
            meant="refuse",
        ),
        case(
            "db_is_folder", "export", "out.csv", files={"x.db/keep": b""}, db="x.db", meant="refuse"
        ),
        case("db_missing_export", "export", "out.csv", db="x.db", meant="refuse"),
        case(
            "db_named_csv_export_onto_itself",
            "export",
            "x.csv",
            files={"x.csv": copy_demo},
            db="x.csv",
            meant="refuse",
        ),
        # ---- backups and restore
        case("backup_then_given_as_db", "export", "out.csv", files={"b.db": copy_demo}, db="b.db"),
        *[
            case(f"restore_{what}", "restore", "b.db", files={"b.db": content}, meant="refuse")
            for what, content in [
                ("truncated", truncated_db),
                ("tampered", flipped_db),
                ("other_program", other_program),
                ("newer_schema", newer_schema),
            ]
        ],
        case("restore_onto_itself", "restore", "{db}", meant="refuse"),
        case("restore_zero_byte", "restore", "b.db", files={"b.db": b""}, meant="refuse"),
        case("restore_text", "restore", "b.txt", files={"b.txt": b"hello\n"}, meant="refuse"),
        case("restore_folder", "restore", "b", files={"b/keep": b""}, meant="refuse"),
        case("restore_missing", "restore", "nothing.db", meant="refuse"),
        case(
            "restore_zip_of_db",
            "restore",
            "b.zip",
            files={
                "b.zip": lambda p: zipfile.ZipFile(p, "w").write(TEMPLATES / "demo.db", "demo.db")
            },
            meant="refuse",
        ),
        # ---- output paths
        case(
            "export_onto_folder", "export", "out.csv", files={"out.csv/keep": b""}, meant="refuse"
        ),
        case("export_onto_db", "export", "{db}", meant="refuse"),
        case("export_read_only_place", "export", "/proc/out.csv", meant="refuse"),
        case("export_sys_place", "export", "/sys/out.xlsx", meant="refuse"),
        case("export_unicode_name", "export", "Produk Ünï 🌶 daftar.csv"),
        case("export_long_name", "export", "p" * 300 + ".csv", meant="refuse"),
        case("export_long_name_ok", "export", "p" * 250 + ".csv"),
        case("export_dotdot", "export", "../corpus-out-dotdot.csv"),
        case("export_no_extension", "export", "out", meant="refuse"),
        case("export_missing_folder", "export", "nope/out.csv", meant="refuse"),
        case(
            "export_xlsx_onto_folder", "export", "o.xlsx", files={"o.xlsx/k": b""}, meant="refuse"
        ),
        case("backup_onto_db", "backup", "{db}", meant="refuse"),
        case("backup_read_only_place", "backup", "/proc/b.db", meant="refuse"),
        case(
            "backup_existing_file", "backup", "old.db", files={"old.db": b"keep me"}, meant="refuse"
        ),
        case("backup_unicode_folder", "backup", "Cadangan ü 🌶/", files={"Cadangan ü 🌶/k": b""}),
        case("backup_long_name", "backup", "b" * 300 + ".db", meant="refuse"),
        case(
            "labels_onto_folder", "labels", "l.pdf", "--all", files={"l.pdf/k": b""}, meant="refuse"
        ),
        case("labels_onto_db", "labels", "{db}", "--all", meant="refuse"),
        case("catalogue_read_only", "catalogue", "/proc/c.pdf", meant="refuse"),
        case("report_onto_folder", "report", "r.xlsx", files={"r.xlsx/k": b""}, meant="refuse"),
        case("report_onto_db", "report", "{db}", meant="refuse"),
        case("website_into_file", "website", "site", files={"site": b"a file"}, meant="refuse"),
        case("website_into_db_folder", "website", "."),
        case("website_read_only", "website", "/proc/site", meant="refuse"),
        case("import_folder", "import", "in.csv", files={"in.csv/k": b""}, meant="refuse"),
        case("import_missing", "import", "nothing.csv", meant="refuse"),
        case("import_the_db_itself", "import", "{db}", meant="refuse"),
        *more_cases(),
    ]


def more_cases() -> list[Case]:
    """Mistakes in the commands' arguments, and files a clerk makes from the program's own."""
    good = {"in.csv": csv_bytes(OK_ROW)}
    return [
        imp("csv_two_exports_concatenated", two_exports),
        imp("csv_export_resaved_by_excel_id", export_resaved_by_excel_id),
        case(
            "db_symlink_to_demo",
            "export",
            "out.csv",
            files={"demo.db": copy_demo, "link.db": lambda p: p.symlink_to("demo.db")},
            db="link.db",
        ),
        case(
            "db_is_wal_file",
            "export",
            "out.csv",
            files={"demo.db-wal": b""},
            db="demo.db-wal",
            meant="refuse",
        ),
        case("db_trailing_slash", "export", "out.csv", db="demo.db/", meant="refuse"),
        case("db_empty_name", "export", "out.csv", db="", meant="refuse"),
        case("db_dot", "export", "out.csv", db=".", meant="refuse"),
        case("db_new_named_xlsx", "import", "in.csv", files=good, db="hasil.xlsx"),
        case(
            "db_new_named_csv_same_as_input",
            "import",
            "in.csv",
            files=good,
            db="in.csv",
            meant="refuse",
        ),
        *[
            case(f"labels_{what}", "labels", "l.pdf", *argv, meant="refuse")
            for what, argv in [
                ("missing_code", ["--code", "NOPE-1"]),
                ("zero_copies", ["--code", "BAT-0001:0"]),
                ("negative_copies", ["--code", "BAT-0001:-1"]),
                ("huge_copies", ["--code", "BAT-0001:99999999"]),
                ("bad_copies", ["--code", "BAT-0001:dua"]),
                ("start_zero", ["--all", "--start", "0"]),
                ("start_past_sheet", ["--all", "--start", "999"]),
                ("unknown_sheet", ["--all", "--sheet", "A9 1x1"]),
                ("nothing_chosen", []),
            ]
        ],
        case("report_bad_date", "report", "r.pdf", "--from", "2026-13-45", meant="refuse"),
        case(
            "report_from_after_to",
            *["report", "r.pdf", "--from", "2026-06-01", "--to", "2026-01-01"],
            meant="refuse",
        ),
        case("report_year_1", "report", "r.xlsx", "--from", "0001-01-01", "--to", "0001-01-02"),
        case("report_year_9999", "report", "r.xlsx", "--from", "9999-12-30", "--to", "9999-12-31"),
        case("report_date_words", "report", "r.pdf", "--from", "kemarin", meant="refuse"),
        case("report_date_id_style", "report", "r.pdf", "--from", "01/06/2026", meant="refuse"),
        case(
            "catalogue_unknown_category",
            *["catalogue", "c.pdf", "--category", "Mobil"],
            meant="refuse",
        ),
        case("catalogue_empty_showcase", "catalogue", "c.pdf", db="empty", meant="refuse"),
        case("labels_empty_showcase", "labels", "l.pdf", "--all", db="empty", meant="refuse"),
        case("website_empty_showcase", "website", "site", db="empty"),
        case(
            "website_bad_base_url",
            *["website", "site", "--base-url", "javascript:alert(1)"],
            meant="refuse",
        ),
        case(
            "website_base_url_spaces", "website", "site", "--base-url", "toko saya", meant="refuse"
        ),
        case("demo_into_demo", "demo", meant="refuse"),
        case("demo_zero_products", "demo", "--products", "0", db="none.db", meant="refuse"),
        case("backup_list_no_backups", "backup", "--list"),
        imp(
            "csv_totals_row",
            csv_bytes(
                "1,Kopi A,Kopi,25000,12", ",JUMLAH,,25000,12", header="no,nama,kategori,harga,stok"
            ),
            "refuse",
        ),
        imp(
            "csv_excel_sep_line",
            b"sep=;\n" + csv_bytes("HOS-1;Kopi Uji;Kopi;25.000;3", header=HEADER.replace(",", ";")),
            price_is(25000),
        ),
        imp(
            "csv_price_tag_dash", csv_bytes('HOS-1,Kopi Uji,Kopi,"Rp 25.000,-",3'), price_is(25000)
        ),
        imp(
            "csv_code_zero_width_update",
            csv_bytes("BAT\u200b-0001,Batik Baru,Batik & Sulam,225000,12"),
            name_is("Batik Baru", "BAT-0001"),
        ),
        case("export_what_visits_empty", "export", "v.xlsx", "--what", "visits", db="empty"),
        case("import_dry_run_new_file", "import", "--dry-run", "in.csv", files=good, db="new.db"),
    ]


TEMPLATES = Path(tempfile.gettempdir()) / "etalase-corpus-templates"


def run_cli(
    cwd: Path, db: str, argv: list[str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SHOWCASE_DB", None)
    argv = [a.replace("{db}", db) for a in argv]
    return subprocess.run(
        [PYTHON, str(ROOT / "main.py"), "--db", db, *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def make_templates() -> None:
    TEMPLATES.mkdir(exist_ok=True)
    if not (TEMPLATES / "demo.db").exists():
        result = run_cli(TEMPLATES, "demo.db", ["demo"])
        assert result.returncode == 0, result.stderr
    if not (TEMPLATES / "empty.db").exists():
        code = (
            "from pathlib import Path; from showcase.inventory.new_showcase import "
            "NewShowcase, create_showcase_file; "
            f"create_showcase_file(Path({str(TEMPLATES / 'empty.db')!r}), "
            "NewShowcase(demo=False)).close()"
        )
        subprocess.run(
            [PYTHON, "-c", code], env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True
        )


def snapshot(folder: Path) -> dict[str, str]:
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            out[str(path.relative_to(folder))] = hashlib.sha1(path.read_bytes()).hexdigest()
        elif path.is_dir():
            out[str(path.relative_to(folder)) + "/"] = "dir"
    return out


def judge(c: Case, work: Path) -> tuple[bool, str]:
    folder = work / c.name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    db = c.db
    if c.db in ("demo", "empty"):
        db = f"{c.db}.db"
        shutil.copy(TEMPLATES / db, folder / db)
    for name, content in c.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)
    before = snapshot(folder)
    started = time.monotonic()
    try:
        result = run_cli(folder, db, c.argv)
    except subprocess.TimeoutExpired:
        return False, "timed out"
    took = time.monotonic() - started
    after = snapshot(folder)
    err = result.stderr.strip()
    problems = []
    if result.returncode not in (0, 2):
        problems.append(f"exit {result.returncode}")
    if "Traceback" in err or "unexpected" in err.lower():
        problems.append("traceback/unexpected")
    if result.returncode == 2:
        lines = err.splitlines()
        # One line; an import's row problems are listed one a line before it.
        if not lines or not all(line.startswith("Row ") for line in lines[:-1]):
            problems.append(f"{len(lines)} lines on stderr")
        if before != after:
            changed = sorted(set(before.items()) ^ set(after.items()))
            problems.append(f"files changed: {changed[:4]}")
        if c.expect == "ok" or c.check is not None:
            problems.append("refused, meant to be imported")
    if result.returncode == 0 and c.expect == "refuse":
        problems.append("accepted, meant to be refused")
    db_path = folder / db
    if db_path.is_file() and db_path.stat().st_size > 0 and result.returncode in (0, 2):
        try:
            con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
            integrity = con.execute("pragma quick_check").fetchone()[0]
            if integrity != "ok" and before.get(db) == after.get(db):
                integrity = "ok"  # it came damaged
            if integrity != "ok":
                problems.append(f"integrity: {integrity[:80]}")
            if result.returncode == 0 and c.check is not None:
                why = c.check(con)
                if why:
                    problems.append(why)
            con.close()
        except sqlite3.DatabaseError:
            pass
    out = (result.stdout.strip().splitlines() or [""])[-1][:150]
    text = f"exit {result.returncode} {took:4.1f}s | {err[-300:] if err else out}"
    return not problems, text + ("\n      !! " + "; ".join(problems) if problems else "")


def kill_runs(work: Path, times: int) -> None:
    """Kill an import of 10,000 rows and a backup at random moments; check what is left."""
    folder = work / "kill"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rows = [f"KIL-{i},Produk {i},Kopi,{1000 + i},{i % 50}" for i in range(10_000)]
    (folder / "big.csv").write_bytes(csv_bytes(*rows))
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for attempt in range(times):
        for argv in (["import", "big.csv"], ["backup", "b.db"]):
            shutil.copy(TEMPLATES / "demo.db", folder / "demo.db")
            for stray in folder.glob("b.db*"):
                stray.unlink()
            proc = subprocess.Popen(
                [PYTHON, str(ROOT / "main.py"), "--db", "demo.db", *argv],
                cwd=folder,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            delay = rng.uniform(0.3, 4 if argv[0] == "import" else 1.5)
            time.sleep(delay)
            finished = proc.poll() is not None
            if not finished:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            con = sqlite3.connect(folder / "demo.db")
            integrity = con.execute("pragma integrity_check").fetchone()[0]
            kil = con.execute("select count(*) from product where code like 'KIL-%'").fetchone()[0]
            con.close()
            left = sorted(
                p.name
                for p in folder.iterdir()
                if p.name not in ("big.csv", "demo.db", "demo.db-wal", "demo.db-shm", "backups")
            )
            backup_ok = ""
            if (folder / "b.db").exists():
                b = sqlite3.connect(folder / "b.db")
                backup_ok = b.execute("pragma integrity_check").fetchone()[0]
                b.close()
            print(
                f"kill {attempt} {argv[0]} after {delay:.1f}s finished={finished}: integrity "
                f"{integrity}, KIL rows {kil}, files {left} {backup_ok}"
            )


def main() -> int:
    global ROOT  # run_cli runs the tree named by --root
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--start", default="", help="the first case to run")
    parser.add_argument("--root", default=str(ROOT), help="the Etalase source tree to run")
    parser.add_argument("--kill", type=int, default=0)
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "etalase-corpus"))
    args = parser.parse_args()
    ROOT = Path(args.root).resolve()
    make_templates()
    work = Path(args.work)
    work.mkdir(exist_ok=True)
    chosen = [c for c in build_cases() if args.only in c.name]
    if args.start:
        chosen = chosen[[c.name for c in chosen].index(args.start) :]
    failed = 0
    for c in chosen:
        good, text = judge(c, work)
        failed += not good
        print(f"{'ok  ' if good else 'FAIL'} {c.name:40} {text}", flush=True)
    print(f"{len(chosen)} cases, {len(chosen) - failed} ended cleanly, {failed} did not")
    if args.kill:
        kill_runs(work, args.kill)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
