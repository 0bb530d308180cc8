"""Exporting products, producers, stock movements and kiosk visit counts to CSV or XLSX.

The products file has the columns the import reads (`COLUMNS`), so export → import gives the
same products back, and re-importing an unchanged export changes nothing.

CSV files are UTF-8 with a byte order mark, so Excel shows `é`, `ñ` and emoji right instead of
guessing a Windows code page, and use `,` as separator with the csv module's quoting, so text
holding `,`, `"`, `;` or line breaks comes back unchanged. Lists (certificates, export markets)
are joined with "; ". A text that a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`)
is written with an apostrophe in front, which the import takes off again (csv_text.py). Prices
and counts are plain whole numbers (`25000`, not `Rp25.000`) so a
spreadsheet reads them as numbers; booleans are `yes`/`no`; phones are written `0812-3456-7890`
(Excel would turn `6281234567890` into 6.28E+12).

XLSX files are written with openpyxl in write-only mode (rows streamed, memory flat at 100,000
products): numbers as numbers, every text as a text cell (codes and phones keep their leading
zeros, and a name starting with `=` never becomes a formula).

Either file is written under a temporary name in the destination folder and renamed over the
destination only when complete: an export that fails part-way never leaves half a file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showcase.errors import UserError
from showcase.files import replaced_when_complete, write_whole
from showcase.i18n import translate
from showcase.inventory.csv_text import csv_row
from showcase.inventory.phone import format_phone
from showcase.store.models import Category, Producer, Product, StockMovement

# The columns of the products file, in order. The import reads files with this header back.
COLUMNS: tuple[str, ...] = (
    "code",
    "name_id",
    "name_en",
    "description_id",
    "description_en",
    "category",
    "producer",
    "kabupaten",
    "phone",
    "price",
    "unit",
    "stock",
    "min_stock",
    "featured",
    "on_kiosk",
    "certificates",
    "export_markets",
)
PRODUCER_COLUMNS: tuple[str, ...] = (
    "producer",
    "kind",
    "scale",
    "kabupaten",
    "address",
    "contact_person",
    "phone",
    "nib",
    "story_id",
    "story_en",
    "products",
)
MOVEMENT_COLUMNS: tuple[str, ...] = ("code", "name_id", "at", "kind", "quantity", "note", "by")
WHATS: tuple[str, ...] = ("products", "producers", "movements", "visits")
SUFFIXES: tuple[str, ...] = (".csv", ".xlsx")
LIST_SEPARATOR = "; "
YES, NO = "yes", "no"
# Rows fetched from SQLite at a time: memory stays flat for 100,000 products.
BATCH = 1000

Row = Sequence[str | int]


def check_export_path(path: Path) -> None:
    """Raise UserError unless `path` names a .csv or .xlsx file in a folder that exists."""
    if path.suffix.lower() not in SUFFIXES:
        raise UserError(
            translate("Export", "export needs a .csv or .xlsx file name, not {name}").format(
                name=path.name
            )
        )
    if path.is_dir():
        raise UserError(
            translate(
                "Export", "{path} is a folder: export needs a .csv or .xlsx file name"
            ).format(path=path)
        )
    if not path.parent.is_dir():
        raise UserError(
            translate("Export", "the folder {folder} does not exist").format(folder=path.parent)
        )


def _rows(session: Session) -> Iterator[Row]:
    """The products that are not archived, in code order, as the import reads them."""
    query = (
        select(
            Product.code,
            Product.name_id,
            Product.name_en,
            Product.description_id,
            Product.description_en,
            Category.name_id,
            Producer.name,
            Producer.kabupaten,
            Producer.phone,
            Product.price,
            Product.unit,
            Product.stock,
            Product.min_stock,
            Product.featured,
            Product.on_kiosk,
            Product.certificates,
            Product.export_markets,
        )
        .outerjoin(Category, Category.id == Product.category_id)
        .outerjoin(Producer, Producer.id == Product.producer_id)
        .where(Product.archived.is_(False))
        .order_by(Product.code)
    )
    for row in session.execute(query.execution_options(yield_per=BATCH)):
        (code, name_id, name_en, desc_id, desc_en, category, producer, kabupaten, phone,
         price, unit, stock, min_stock, featured, on_kiosk, certificates, markets) = row  # fmt: skip
        yield [
            code,
            name_id,
            name_en,
            desc_id,
            desc_en,
            category or "",
            producer or "",
            kabupaten or "",
            format_phone(phone) if phone else "",
            price,
            unit,
            stock,
            min_stock,
            YES if featured else NO,
            YES if on_kiosk else NO,
            LIST_SEPARATOR.join(certificates or []),
            LIST_SEPARATOR.join(markets or []),
        ]


def _producer_rows(session: Session) -> Iterator[Row]:
    counts = (
        select(Product.producer_id, func.count().label("n"))
        .group_by(Product.producer_id)
        .subquery()
    )
    query = (
        select(Producer, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.producer_id == Producer.id)
        .order_by(Producer.name)
    )
    for producer, count in session.execute(query.execution_options(yield_per=BATCH)):
        yield [
            producer.name,
            producer.kind,
            producer.scale or "",
            producer.kabupaten,
            producer.address,
            producer.contact_person,
            format_phone(producer.phone) if producer.phone else "",
            producer.nib,
            producer.story_id,
            producer.story_en,
            int(count),
        ]


def _movement_rows(session: Session) -> Iterator[Row]:
    query = (
        select(
            Product.code,
            Product.name_id,
            StockMovement.at,
            StockMovement.kind,
            StockMovement.quantity,
            StockMovement.note,
            StockMovement.by,
        )
        .join(Product, Product.id == StockMovement.product_id)
        .order_by(StockMovement.at, StockMovement.id)
    )
    for code, name, at, kind, quantity, note, by in session.execute(
        query.execution_options(yield_per=BATCH)
    ):
        yield [code, name, at.isoformat(sep=" ", timespec="seconds"), kind, quantity, note, by]


def _visit_rows(session: Session) -> Iterator[Row]:
    from showcase.inventory.kiosk.visits import visit_report

    for visit in visit_report(session):
        yield [visit.day.isoformat(), visit.kind, visit.ref, visit.name, visit.count]


def table(session: Session, what: str) -> tuple[tuple[str, ...], Iterator[Row]]:
    """The header and rows of one kind of export: products, producers, movements or visits."""
    if what == "products":
        return COLUMNS, _rows(session)
    if what == "producers":
        return PRODUCER_COLUMNS, _producer_rows(session)
    if what == "movements":
        return MOVEMENT_COLUMNS, _movement_rows(session)
    if what == "visits":
        from showcase.inventory.kiosk.visits import CSV_HEADER

        return CSV_HEADER, _visit_rows(session)
    raise ValueError(f"unknown export: {what!r}")


def _write_csv(handle: IO[Any], header: Sequence[str], rows: Iterator[Row]) -> int:
    writer = csv.writer(handle)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(csv_row(row))
        count += 1
    return count


def _write_xlsx(handle: IO[Any], what: str, header: Sequence[str], rows: Iterator[Row]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(what)
    sheet.freeze_panes = "A2"
    for index, name in enumerate(header):
        sheet.column_dimensions[get_column_letter(index + 1)].width = max(
            10, min(40, len(name) + 4)
        )
    bold = Font(bold=True)

    def cell(value: str | int, *, heading: bool = False) -> Cell:
        if isinstance(value, str):
            # Control characters are not allowed in XLSX; and a text is always a text cell,
            # never a formula (a name such as "=1+1" must stay a name).
            made = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
            made.data_type = "s"
        else:
            made = WriteOnlyCell(sheet, value=value)
        if heading:
            made.font = bold
        return made

    sheet.append([cell(name, heading=True) for name in header])
    count = 0
    for row in rows:
        sheet.append([cell(value) for value in row])
        count += 1
    write_whole(handle, book.save)
    return count


def export_table(session: Session, what: str, path: Path) -> int:
    """Write one kind of export (see `WHATS`) to `path` (.csv or .xlsx); return how many rows.

    An existing file at `path` is replaced, but only once the new one is complete. Raises
    UserError for a wrong file name, a missing folder or a file that cannot be written.
    """
    path = Path(path)
    check_export_path(path)
    header, rows = table(session, what)
    xlsx = path.suffix.lower() == ".xlsx"
    try:
        if xlsx:
            with replaced_when_complete(path, binary=True) as handle:
                return _write_xlsx(handle, what, header, rows)
        with replaced_when_complete(path, encoding="utf-8-sig") as handle:
            return _write_csv(handle, header, rows)
    except OSError as exc:
        raise UserError(
            translate("Export", "cannot write {path}: {why}").format(
                path=path, why=exc.strerror or exc
            )
        ) from exc


def export_products_csv(session: Session, path: Path) -> int:
    """Write every product that is not archived to `path` (.csv or .xlsx); return how many."""
    return export_table(session, "products", path)
