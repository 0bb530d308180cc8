"""Exporting the showcase's products to a CSV file that Excel (in Indonesia too) and the import read.

The file is UTF-8 with a byte order mark, so Excel shows `é`, `ñ` and emoji right instead of
guessing a Windows code page, and uses `,` as separator with the csv module's quoting, so names
holding `,`, `"`, `;` or line breaks come back unchanged. Lists (certificates, export markets)
are joined with "; ". Prices and counts are plain whole numbers (`25000`, not `Rp25.000`) so a
spreadsheet reads them as numbers. Booleans are `yes`/`no`.

The file is written under a temporary name in the destination folder and renamed over the
destination only when complete: an export that fails part-way never leaves half a file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from showcase.errors import UserError
from showcase.files import replaced_when_complete
from showcase.i18n import translate
from showcase.store.models import Category, Producer, Product

# The columns, in order. The import reads files with this header back.
COLUMNS: tuple[str, ...] = (
    "code",
    "name_id",
    "name_en",
    "description_id",
    "description_en",
    "category",
    "producer",
    "kabupaten",
    "price",
    "unit",
    "stock",
    "min_stock",
    "featured",
    "on_kiosk",
    "certificates",
    "export_markets",
)
LIST_SEPARATOR = "; "
YES, NO = "yes", "no"
# Rows fetched from SQLite at a time: memory stays flat for 100,000 products.
BATCH = 1000


def check_export_path(path: Path) -> None:
    """Raise UserError unless `path` names a .csv file in a folder that exists."""
    if path.suffix.lower() != ".csv":
        raise UserError(
            translate("Export", "export needs a .csv file name, not {name}").format(name=path.name)
        )
    if path.is_dir():
        raise UserError(
            translate("Export", "{path} is a folder: export needs a .csv file name").format(
                path=path
            )
        )
    if not path.parent.is_dir():
        raise UserError(
            translate("Export", "the folder {folder} does not exist").format(folder=path.parent)
        )


def _rows(session: Session) -> Iterator[list[str]]:
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
        (code, name_id, name_en, desc_id, desc_en, category, producer, kabupaten,
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
            str(price),
            unit,
            str(stock),
            str(min_stock),
            YES if featured else NO,
            YES if on_kiosk else NO,
            LIST_SEPARATOR.join(certificates or []),
            LIST_SEPARATOR.join(markets or []),
        ]


def export_products_csv(session: Session, path: Path) -> int:
    """Write every product that is not archived to the CSV file `path`; return how many.

    An existing file at `path` is replaced, but only once the new one is complete.
    Raises UserError for a name that is not .csv, a missing folder or a file that cannot be written.
    """
    path = Path(path)
    check_export_path(path)
    count = 0
    try:
        with replaced_when_complete(path, encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS)
            for row in _rows(session):
                writer.writerow(row)
                count += 1
    except OSError as exc:
        raise UserError(
            translate("Export", "cannot write {path}: {why}").format(
                path=path, why=exc.strerror or exc
            )
        ) from exc
    return count
