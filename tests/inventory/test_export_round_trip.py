"""Export → import is lossless, in CSV and XLSX, with the text staff and producers really type;
and producers, stock movements and kiosk visits export with readable headers."""

from __future__ import annotations

import csv
import datetime
import shutil
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
