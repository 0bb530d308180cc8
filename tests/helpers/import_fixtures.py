"""Real spreadsheet files for the import tests, written into tmp_path as staff's files come:
CSV in several encodings and separators, XLSX with formatted numbers, and a small showcase
to import into, with a snapshot of everything an import could change."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
)
from showcase.inventory.products import ProductInput, create_product
from showcase.store.db import Database
from tests.helpers.plain import is_file, plain_connection

Cells = Sequence[object]


def write_csv(
    path: Path,
    rows: Sequence[Cells],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    bom: bool = False,
    newline: str = "\r\n",
) -> Path:
    """A CSV file as Excel or LibreOffice would save it."""
    with path.open("w", encoding=encoding, newline="") as handle:
        if bom:
            handle.write("\ufeff")
        writer = csv.writer(handle, delimiter=delimiter, lineterminator=newline)
        writer.writerows([["" if cell is None else cell for cell in row] for row in rows])
    return path


def write_xlsx(
    path: Path,
    rows: Sequence[Cells],
    *,
    formats: dict[int, str] | None = None,
    title: str = "Produk",
    before: Sequence[str] = (),
) -> Path:
    """An XLSX workbook: `formats` gives a number format per column index (e.g. 'Rp #,##0');
    `before` names sheets put first (a cover sheet with no products)."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    for index, name in enumerate(before):
        sheet = first if index == 0 else book.create_sheet(name)
        sheet.title = name
        sheet.append(["Daftar produk unggulan UMKM Lampung"])
    sheet = book.create_sheet(title) if before else first
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for column, number_format in (formats or {}).items():
        for cells in sheet.iter_rows(min_row=2, min_col=column + 1, max_col=column + 1):
            for cell in cells:
                cell.number_format = number_format
    book.save(path)
    return path


def fill(db: Database) -> None:
    """Two categories, two producers and three products (one without category or producer)."""
    with db.session() as s:
        kopi = create_category(s, CategoryInput("Kopi", "Coffee")).id
        create_category(s, CategoryInput("Kerajinan", "Crafts"))
        siger = create_producer(
            s, ProducerInput("Kopi Siger", kabupaten="Lampung Barat", phone="0812-3456-7890")
        ).id
        create_producer(
            s, ProducerInput("Koperasi Tapis Jaya", kind="koperasi", kabupaten="Pesawaran")
        )
        create_product(
            s,
            ProductInput(
                code="KOP-0001",
                name_id="Kopi Robusta Lampung",
                name_en="Lampung Robusta Coffee",
                description_id="Biji kopi sangrai",
                category_id=kopi,
                producer_id=siger,
                price=45000,
                unit="pack 250 g",
                min_stock=5,
                certificates=["Halal", "SNI"],
            ),
            initial_stock=20,
        )
        create_product(
            s,
            ProductInput(code="KOP-0002", name_id="Kopi Luwak", category_id=kopi, price=150000),
            initial_stock=2,
        )
        create_product(s, ProductInput(code="LAIN-1", name_id="Gula Aren", price=20000))


def snapshot(where: Path | Database) -> dict[str, list[tuple[object, ...]]]:
    """Everything an import could change, read with a plain connection (either store)."""
    with plain_connection(where) as conn:
        if is_file(where):
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {
            "product": [
                tuple(row)
                for row in conn.execute(
                    "SELECT code, name_id, name_en, description_id, price, unit, stock, min_stock,"
                    " featured, on_kiosk, certificates, category_id, producer_id FROM product"
                    " ORDER BY code"
                ).fetchall()
            ],
            "producer": [
                tuple(row)
                for row in conn.execute(
                    "SELECT name, kind, scale, kabupaten, phone FROM producer ORDER BY name"
                ).fetchall()
            ],
            "category": [
                tuple(row)
                for row in conn.execute("SELECT name_id FROM category ORDER BY name_id").fetchall()
            ],
            "movement": [
                tuple(row)
                for row in conn.execute(
                    "SELECT product_id, kind, quantity, note FROM stock_movement ORDER BY id"
                ).fetchall()
            ],
        }


def stock_is_sum_of_movements(where: Path | Database) -> bool:
    with plain_connection(where) as conn:
        wrong = conn.execute(
            "SELECT count(*) FROM product AS p WHERE p.stock != (SELECT coalesce(sum(quantity), 0)"
            " FROM stock_movement AS m WHERE m.product_id = p.id)"
        ).fetchone()[0]
        return int(wrong) == 0
