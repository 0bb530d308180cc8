"""Export → import is lossless, in CSV and XLSX, with the text staff and producers really type;
and producers, stock movements and kiosk visits export with readable headers."""

from __future__ import annotations

import csv
import datetime
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from showcase.inventory.export import (
    COLUMNS,
    MOVEMENT_COLUMNS,
    PRODUCER_COLUMNS,
    export_table,
)
from showcase.inventory.importing.apply import check_file, import_sheet
from showcase.inventory.kiosk.visits import CSV_HEADER, VisitLog
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
)
from showcase.inventory.products import ProductInput, create_product
from showcase.inventory.stock import record_movement
from showcase.store.db import Database, open_database
from tests.helpers.plain import plain_connection

HOSTILE_NAME = 'Keripik "Pisang" <b>&amp;</b>; pedas 🍌🔥 & co'
HOSTILE_DESCRIPTION = 'Baris satu,\nbaris dua; "kutip" <i>\nbaris tiga\tdengan tab ✓'


def _fill(db: Database) -> None:
    with db.session() as s:
        snacks = create_category(s, CategoryInput("Makanan <Ringan> & Co", "Snacks")).id
        rafins = create_producer(
            s,
            ProducerInput(
                'Rafins "Snack"; Pringsewu',
                scale="kecil",
                kabupaten="Pringsewu",
                phone="0812-0000-1234",
            ),
        ).id
        koperasi = create_producer(
            s, ProducerInput("Koperasi Tani Hijau Makmur", kind="koperasi", kabupaten="Tanggamus")
        ).id
        create_product(
            s,
            ProductInput(
                code="007",  # leading zeros stay
                name_id=HOSTILE_NAME,
                name_en="Banana chips — chocolate, hot",
                description_id=HOSTILE_DESCRIPTION,
                description_en="Line one\nline two",
                category_id=snacks,
                producer_id=rafins,
                price=0,  # a free sample: 0 is a price, not an empty cell
                unit="pack 250 g",
                min_stock=5,
                featured=True,
                certificates=["Halal", "P-IRT 2061871010123-27"],
                export_markets=["Mesir", "Singapura"],
            ),
            initial_stock=12,
        )
        create_product(
            s,
            ProductInput(
                code="KOP-0001",
                name_id="=1+1 bukan rumus",  # never a spreadsheet formula
                producer_id=koperasi,
                price=1_250_000,
                on_kiosk=False,
            ),
        )
        create_product(s, ProductInput(code="LAD-0001", name_id="Lada Hitam"))


def _products(where: Path | Database) -> list[tuple[object, ...]]:
    with plain_connection(where) as conn:
        return [
            tuple(row)
            for row in conn.execute(
                "SELECT p.code, p.name_id, p.name_en, p.description_id, p.description_en, p.price,"
                " p.unit, p.stock, p.min_stock, p.featured, p.on_kiosk, p.certificates,"
                " p.export_markets, c.name_id, pr.name, pr.kabupaten, pr.phone FROM product AS p"
                " LEFT JOIN category AS c ON c.id = p.category_id"
                " LEFT JOIN producer AS pr ON pr.id = p.producer_id ORDER BY p.code"
            ).fetchall()
        ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_products_export_then_import_into_an_empty_showcase_is_lossless(
    db: Database, tmp_path: Path, _migrated_template: Path, suffix: str
) -> None:
    _fill(db)
    out = tmp_path / f"produk{suffix}"
    with db.session() as s:
        assert export_table(s, "products", out) == 3

    other = tmp_path / "pc-lain.db"
    shutil.copyfile(_migrated_template, other)
    target = open_database(other)
    try:
        result = import_sheet(target, check_file(target, out)[0])
    finally:
        target.close()
    assert result.plan.added == 3
    assert _products(other) == _products(db)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_reimporting_an_unchanged_export_changes_nothing(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    _fill(db)
    out = tmp_path / f"produk{suffix}"
    with db.session() as s:
        export_table(s, "products", out)
    before = _products(db)
    _sheet, plan = check_file(db, out)
    assert (plan.added, plan.changed, plan.unchanged) == (0, 0, 3), plan.problems
    assert _products(db) == before


def test_xlsx_cells_are_text_and_numbers_never_formulas(db: Database, tmp_path: Path) -> None:
    _fill(db)
    out = tmp_path / "produk.xlsx"
    with db.session() as s:
        export_table(s, "products", out)
    book = load_workbook(out)
    sheet = book.worksheets[0]
    assert [cell.value for cell in sheet[1]] == list(COLUMNS)
    assert sheet.freeze_panes == "A2"
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    zero_seven = {COLUMNS[i]: cell for i, cell in enumerate(rows["007"])}
    assert (zero_seven["code"].value, zero_seven["code"].data_type) == ("007", "s")
    assert (zero_seven["price"].value, zero_seven["price"].data_type) == (0, "n")
    assert zero_seven["phone"].value == "0812-0000-1234"
    formula_like = {COLUMNS[i]: cell for i, cell in enumerate(rows["KOP-0001"])}
    assert (formula_like["name_id"].value, formula_like["name_id"].data_type) == (
        "=1+1 bukan rumus",
        "s",
    )
    assert formula_like["price"].value == 1_250_000
    book.close()


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


# The kiosk's visit log writes an SQLite file.
@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_producers_movements_and_visits(db: Database, tmp_path: Path) -> None:
    _fill(db)
    with db.session() as s:
        record_movement(s, product_id=1, kind="sale", quantity=2, note="Pameran; hari 1", by="Sari")
    log = VisitLog(db.path, clock=lambda: datetime.date(2026, 11, 22))
    log.record("product", "1")
    log.record("product", "1")
    log.record("search", "Kopi Robusta")
    assert log.flush()
    log.close()

    with db.session() as s:
        assert export_table(s, "producers", tmp_path / "produsen.csv") == 2
        assert export_table(s, "movements", tmp_path / "mutasi.csv") == 2
        assert export_table(s, "visits", tmp_path / "kunjungan.xlsx") == 2

    producers = _csv(tmp_path / "produsen.csv")
    assert tuple(producers[0]) == PRODUCER_COLUMNS
    assert producers[1] == [
        "Koperasi Tani Hijau Makmur", "koperasi", "", "Tanggamus", "", "", "", "", "", "", "1",
    ]  # fmt: skip
    assert producers[2][0] == 'Rafins "Snack"; Pringsewu'
    assert (producers[2][6], producers[2][10]) == ("0812-0000-1234", "1")

    movements = _csv(tmp_path / "mutasi.csv")
    assert tuple(movements[0]) == MOVEMENT_COLUMNS
    assert [row[0:2] + row[3:] for row in movements[1:]] == [
        ["007", HOSTILE_NAME, "receive", "12", "Opening stock", ""],
        ["007", HOSTILE_NAME, "sale", "-2", "Pameran; hari 1", "Sari"],
    ]

    book = load_workbook(tmp_path / "kunjungan.xlsx", read_only=True)
    visits = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert tuple(visits[0]) == CSV_HEADER
    assert visits[1] == ["2026-11-22", "product", "1", f"007 {HOSTILE_NAME}", 2]
    assert visits[2] == ["2026-11-22", "search", "kopi robusta", "kopi robusta", 1]


# Texts a spreadsheet would run as formulas (OWASP "CSV injection"), and texts that look like
# the apostrophe the CSV export puts in front of them.
FORMULA_LIKE = ("=1+1", "+62 812", "-5%", "@SUM(A1)", "'quoted", "''", "\t=x")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _fill_formula_like(db: Database) -> None:
    """One category, producer and product per text, each text in every free-text field."""
    with db.session() as s:
        for number, text in enumerate(FORMULA_LIKE, start=1):
            category = create_category(s, CategoryInput(text, text)).id
            producer = create_producer(s, ProducerInput(text, kabupaten="Pringsewu")).id
            create_product(
                s,
                ProductInput(
                    code=f"INJ-{number}",
                    name_id=text,
                    name_en=text,
                    description_id=text,
                    description_en=text,
                    category_id=category,
                    producer_id=producer,
                    price=number * 1000,
                    unit=text,
                    certificates=[text],
                    export_markets=[text],
                ),
                initial_stock=number,
            )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_formula_like_texts_go_out_as_text_and_come_back_the_same(
    db: Database, tmp_path: Path, _migrated_template: Path, suffix: str
) -> None:
    _fill_formula_like(db)
    stored = _products(db)
    assert {row[1] for row in stored} == {
        "=1+1",
        "+62 812",
        "-5%",
        "@SUM(A1)",
        "'quoted",
        "''",
        "=x",
    }
    out = tmp_path / f"produk{suffix}"
    with db.session() as s:
        assert export_table(s, "products", out) == len(FORMULA_LIKE)

    # Back into the same showcase: nothing differs. Into an empty one: the same products.
    _sheet, plan = check_file(db, out)
    assert (plan.added, plan.changed, plan.unchanged) == (0, 0, len(FORMULA_LIKE)), plan.problems
    other = tmp_path / "pc-lain.db"
    shutil.copyfile(_migrated_template, other)
    target = open_database(other)
    try:
        import_sheet(target, check_file(target, out)[0])
    finally:
        target.close()
    assert _products(other) == stored


def test_the_csv_has_no_cell_a_spreadsheet_would_run(db: Database, tmp_path: Path) -> None:
    _fill_formula_like(db)
    out = tmp_path / "produk.csv"
    with db.session() as s:
        export_table(s, "products", out)
    rows = _csv(out)
    assert not [cell for row in rows for cell in row if cell.startswith(FORMULA_STARTS)]
    named = {row[0]: row for row in rows[1:]}
    assert named["INJ-1"][COLUMNS.index("name_id")] == "'=1+1"
    assert named["INJ-5"][COLUMNS.index("name_id")] == "''quoted"  # one apostrophe more
    assert named["INJ-6"][COLUMNS.index("unit")] == "'''"
    assert named["INJ-1"][COLUMNS.index("price")] == "1000"  # a number stays a number
    # The raw bytes too: no cell, quoted or not, starts with a formula's first character.
    raw = out.read_text(encoding="utf-8-sig")
    assert not re.search(r'(^|,)"?[=+\-@\t]', raw, re.MULTILINE)


def test_the_xlsx_holds_formula_like_texts_as_text_cells(db: Database, tmp_path: Path) -> None:
    """What the file itself says, in its sheet's XML: text cells, no formula anywhere."""
    _fill_formula_like(db)
    out = tmp_path / "produk.xlsx"
    with db.session() as s:
        export_table(s, "products", out)
    with zipfile.ZipFile(out) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    cells = re.findall(r'<c r="[A-Z]+\d+"( t="(\w+)")?[^>]*>(.*?)</c>', sheet_xml)
    texts = {inner: kind for _, kind, inner in cells if "<t" in inner}
    for text in ("=1+1", "@SUM(A1)", "'quoted"):
        assert texts[f"<is><t>{text}</t></is>"] == "inlineStr", sheet_xml


# The kiosk's visit log writes an SQLite file.
@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_visitors_searches_and_producers_go_out_as_text(db: Database, tmp_path: Path) -> None:
    """What a visitor types in the kiosk's search, and every other export, is never a formula."""
    _fill_formula_like(db)
    log = VisitLog(db.path, clock=lambda: datetime.date(2026, 11, 22))
    log.record("search", '=HYPERLINK("http://contoh.id","klik")')
    assert log.flush()
    log.close()
    with db.session() as s:
        for what in ("producers", "movements", "visits"):
            export_table(s, what, tmp_path / f"{what}.csv")
    for what in ("producers", "movements", "visits"):
        rows = _csv(tmp_path / f"{what}.csv")
        texts = [cell for row in rows for cell in row if not re.fullmatch(r"-?\d+", cell)]
        assert not [cell for cell in texts if cell.startswith(FORMULA_STARTS)], what
    visits = _csv(tmp_path / "visits.csv")
    assert visits[1][2] == '\'=hyperlink("http://contoh.id","klik")'
    producers = {row[0] for row in _csv(tmp_path / "producers.csv")[1:]}
    assert producers == {"'=1+1", "'+62 812", "'-5%", "'@SUM(A1)", "''quoted", "'''", "'=x"}
