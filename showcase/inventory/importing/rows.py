"""Reading one row of a product spreadsheet into checked values, and describing what it changes.

`RowReader` knows the file's columns and the products the file's codes name (read once, in
batches, not one query per row), hands out new codes the way the editor does (the category's
three letters and the next free number, counting codes already in the file), and turns cells
into values with the editor's own rules, naming the column of each problem as headed in the file.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from showcase.i18n import translate
from showcase.inventory.csv_text import restored
from showcase.inventory.digits import plain_digits
from showcase.inventory.formats import rupiah
from showcase.inventory.importing import columns
from showcase.inventory.importing.files import Sheet
from showcase.inventory.numbers import parse_whole_number
from showcase.inventory.phone import PhoneError, format_phone, normalize_phone
from showcase.inventory.products import (
    CODE_PATTERN,
    ProductInput,
    StoredRecords,
    prefix_for_category,
    validate_product,
)
from showcase.inventory.regions import normalize_kabupaten
from showcase.store.models import Category, Producer, Product
from showcase.store.portable import starts_with

Status = Literal["add", "change", "same"]
# The columns of free text, where a CSV cell may carry the export's apostrophe (not the code,
# the phone or the numbers, which never do).
TEXT_FIELDS = frozenset(
    {
        "name_id",
        "name_en",
        "description_id",
        "description_en",
        "category",
        "producer",
        "unit",
        "certificates",
        "export_markets",
    }
)
# The sums a list ends with (`JUMLAH`, `Total`, `Grand Total`), as Dinas lists usually do: with
# no code, such a row would be added as a product named JUMLAH at the price of them all.
_TOTALS = re.compile(r"(sub ?|grand )?(jumlah|total)( keseluruhan| semua| akhir)?\s*:?")
BATCH = 500  # codes per IN (…) query: well under SQLite's limit on bound parameters
SHOWN = 40  # characters of a long text shown in a change


@dataclass(frozen=True)
class RowProblem:
    """What is wrong in one row: `column` is the header as written in the file ("" for the row)."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        if self.column:
            return translate("Import", "Row {row}, column {column}: {reason}").format(
                row=self.row, column=self.column, reason=self.reason
            )
        return translate("Import", "Row {row}: {reason}").format(row=self.row, reason=self.reason)


@dataclass
class ImportRow:
    """The cells of one row, read and checked one by one (not yet against each other)."""

    number: int
    code: str
    name: str
    category: str = ""
    producer: str = ""
    kabupaten: str = ""  # the canonical name, or "" when empty or unknown
    phone: str = ""  # the 62… form, or "" when empty or wrong
    stock: int | None = None
    existing: Product | None = None
    problems: list[RowProblem] = field(default_factory=list)
    cells: dict[str, str] = field(default_factory=dict)  # field → text, non-empty cells only
    reader: RowReader | None = None

    @property
    def existing_id(self) -> int | None:
        return self.existing.id if self.existing is not None else None

    @property
    def archived(self) -> bool:
        return bool(self.existing is not None and self.existing.archived)

    @property
    def current_category_id(self) -> int | None:
        return self.existing.category_id if self.existing is not None else None

    @property
    def current_producer_id(self) -> int | None:
        return self.existing.producer_id if self.existing is not None else None

    def column(self, name: str) -> str:
        assert self.reader is not None
        return self.reader.column(name)


class RowReader:
    """Reads the rows of one sheet against one session."""

    def __init__(self, session: Session, sheet: Sheet, header: dict[str, int]) -> None:
        self.session = session
        self.sheet = sheet
        self.header = header
        self._codes_seen: dict[str, int] = {}  # code (casefolded) → first row
        self._next_number: dict[str, int] = {}  # code prefix → next free number
        self._file_codes: set[str] = set()
        explicit = {self._cell(cells, "code") for _, cells in sheet.rows} - {""}
        self._file_codes = {code.casefold() for code in explicit}
        self.products: dict[str, Product] = {}
        wanted = sorted(explicit)
        for start in range(0, len(wanted), BATCH):
            batch = wanted[start : start + BATCH]
            for product in session.scalars(select(Product).where(Product.code.in_(batch))):
                self.products[product.code.casefold()] = product
        self.category_names = {c.id: c.name_id for c in session.scalars(select(Category))}
        self.producer_names = {p.id: p.name for p in session.scalars(select(Producer))}
        # The codes that could clash are the file's, read above: codes made here are free.
        self.stored = StoredRecords(
            {code: product.id for code, product in self.products.items()},
            self.category_names.keys(),
            self.producer_names.keys(),
        )
        self._names: dict[str, str] | None = None
        self.labels = field_labels()
        self._plain_columns = [(name, index) for name, index in header.items() if name != "code"]
        # The export writes `=1+1` as `'=1+1` in a CSV file (csv_text.py): taken off again here.
        from_csv = sheet.source.lower().endswith(".csv")
        self._restored = sorted(TEXT_FIELDS.intersection(header)) if from_csv else []
        # A new product left at Rp0 by an empty cell would be shown as "price on request" unasked.
        self._price_needed = (
            translate(
                "Import", "A new product needs a price: write it, or 0 for “price on request”"
            )
            if self.has("price")
            else translate(
                "Import",
                "A new product needs a price: add a price column (harga), with 0 for "
                "“price on request”",
            )
        )

    def code_named(self, name: str) -> str | None:
        """The code of a product already named `name` (any case), read once when first asked."""
        if self._names is None:
            self._names = {}
            for code, product_name in self.session.execute(
                select(Product.code, Product.name_id).order_by(Product.code)
            ):
                self._names.setdefault(product_name.casefold(), code)
        return self._names.get(name.casefold())

    def has(self, name: str) -> bool:
        return name in self.header

    def column(self, name: str) -> str:
        """The header of a field's column as written in the file (the field's label if absent)."""
        name = {"name": "name_id", "category_id": "category", "producer_id": "producer"}.get(
            name, name
        )
        if name in self.header:
            return self.sheet.header[self.header[name]].strip()
        return self.labels.get(name, name)

    def _cell(self, cells: list[str], name: str) -> str:
        index = self.header.get(name)
        if index is None or index >= len(cells):
            return ""
        if name == "code":
            # A code pasted from a web page or a chat: zero-width marks dropped, `ＫＯＰ－１`
            # read as the `KOP-1` it shows (a code is ASCII, so nothing else is changed).
            return plain_digits(cells[index]).strip()
        return cells[index].strip()

    def read(self, number: int, cells: list[str]) -> ImportRow:
        # `_cell` for every column, unrolled: this runs for each of 100,000 rows, twice.
        count = len(cells)
        texts = {name: cells[i].strip() if i < count else "" for name, i in self._plain_columns}
        if "code" in self.header:
            texts["code"] = self._cell(cells, "code")
        for name in self._restored:
            if texts[name].startswith("'"):
                texts[name] = restored(texts[name])
        row = ImportRow(number, texts.get("code", ""), " ".join(texts["name_id"].split()))
        row.reader = self
        row.cells = {name: text for name, text in texts.items() if text}
        row.category = texts.get("category", "")
        row.producer = texts.get("producer", "")

        def problem(name: str, why: str) -> None:
            row.problems.append(RowProblem(number, self.column(name), why))

        if row.code:
            folded = row.code.casefold()
            if not CODE_PATTERN.fullmatch(row.code):
                problem(
                    "code",
                    translate(
                        "Validation", "Code may hold only letters, digits and - _ . / (at most 40)"
                    ),
                )
            elif folded in self._codes_seen:
                problem(
                    "code",
                    translate("Import", "Code {code} is also in row {row}").format(
                        code=row.code, row=self._codes_seen[folded]
                    ),
                )
            else:
                self._codes_seen[folded] = number
            row.existing = self.products.get(folded)
        if not row.code and _TOTALS.fullmatch(row.name.casefold()):
            problem(
                "name_id",
                translate(
                    "Import",
                    "“{name}” is a totals row, not a product: delete the row from the file",
                ).format(name=row.name),
            )
        elif row.existing is None and not texts.get("price"):
            problem("price", self._price_needed)
        if kabupaten := texts.get("kabupaten", ""):
            found = normalize_kabupaten(kabupaten)
            if found is None:
                problem(
                    "kabupaten",
                    translate(
                        "Validation", "{name} is not one of Lampung's 15 kabupaten/kota"
                    ).format(name=kabupaten),
                )
            row.kabupaten = found or ""
        if phone := texts.get("phone", ""):
            try:
                row.phone = normalize_phone(phone)
            except PhoneError as exc:
                problem("phone", str(exc))
        if stock := texts.get("stock", ""):
            try:
                row.stock = parse_whole_number(stock)
            except ValueError as exc:
                problem("stock", translate("Validation", "Stock {why}").format(why=exc))
        for name in ("featured", "on_kiosk"):
            if text := texts.get(name, ""):
                try:
                    columns.parse_yes_no(text)
                except ValueError as exc:
                    problem(name, str(exc))
        return row

    def new_code(self, category: str) -> str:
        """The next free code for a product of the category named `category` (`KOP-0012`)."""
        prefix = prefix_for_category(category)
        if prefix not in self._next_number:
            pattern = re.compile(rf"{re.escape(prefix)}-(\d+)", re.IGNORECASE)
            stored = self.session.scalars(
                select(Product.code).where(starts_with(Product.code, f"{prefix}-"))
            )
            numbers = [int(m.group(1)) for c in stored if (m := pattern.fullmatch(c))]
            numbers += [int(m.group(1)) for c in self._file_codes if (m := pattern.fullmatch(c))]
            self._next_number[prefix] = max(numbers, default=0) + 1
        number = self._next_number[prefix]
        self._next_number[prefix] = number + 1
        return f"{prefix}-{number:04d}"

    def validated(
        self, row: ImportRow, category_id: int | None, producer_id: int | None
    ) -> dict[str, object]:
        """The product's column values after this row, checked by `validate_product`."""
        cells = row.cells
        if row.existing is not None:
            data = ProductInput.from_product(row.existing)
        else:
            category = cells.get("category") or self.category_names.get(category_id or 0, "")
            data = ProductInput(code=row.code or self.new_code(category), name_id="")
        data.name_id = row.name
        for name in ("name_en", "description_id", "description_en", "unit", "price", "min_stock"):
            if name in cells:
                setattr(data, name, cells[name])
        for name in ("featured", "on_kiosk"):
            if name in cells:
                with contextlib.suppress(ValueError):  # reported by `read` already
                    setattr(data, name, columns.parse_yes_no(cells[name]))
        for name in ("certificates", "export_markets"):
            if name in cells:
                setattr(data, name, columns.split_list(cells[name]))
        data.category_id, data.producer_id = category_id, producer_id
        return validate_product(self.session, data, product_id=row.existing_id, stored=self.stored)


def field_labels() -> dict[str, str]:
    """Every field's name for people, in the staff's language. Built once per plan (`RowReader.labels`): per change it
    cost 17 translations, a second for 10,000 new products."""
    return {
        "code": translate("Import", "Code"),
        "name_id": translate("Import", "Name"),
        "name_en": translate("Import", "English name"),
        "description_id": translate("Import", "Description"),
        "description_en": translate("Import", "English description"),
        "category": translate("Import", "Category"),
        "producer": translate("Import", "Producer"),
        "kabupaten": translate("Import", "Kabupaten/kota"),
        "phone": translate("Import", "Phone"),
        "price": translate("Import", "Price"),
        "unit": translate("Import", "Unit"),
        "stock": translate("Import", "Stock"),
        "min_stock": translate("Import", "Minimum stock"),
        "featured": translate("Import", "Featured"),
        "on_kiosk": translate("Import", "On the kiosk"),
        "certificates": translate("Import", "Certificates"),
        "export_markets": translate("Import", "Export markets"),
    }


def shown(name: str, value: object) -> str:
    """A value as a person reads it in a list of changes."""
    if name == "price" and isinstance(value, int):
        return rupiah(value)
    if isinstance(value, bool):
        return translate("Import", "yes") if value else translate("Import", "no")
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if name == "phone" and isinstance(value, str):
        value = format_phone(value)
    text = " ".join(str(value).split())
    if not text:
        return "—"
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


PRODUCT_FIELDS = (
    "name_id",
    "name_en",
    "description_id",
    "description_en",
    "price",
    "unit",
    "min_stock",
    "featured",
    "on_kiosk",
    "certificates",
    "export_markets",
)


@dataclass
class ProductPlan:
    """One row of the file and what importing it would do."""

    row: int
    code: str
    name: str
    status: Status
    # Field label → (old, new), as text for people, in the order of the file's columns.
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)
    product_id: int | None = None
    values: dict[str, object] = field(default_factory=dict)
    category_id: int | None = None
    new_category: str | None = None  # the key of a category this import makes
    producer_id: int | None = None
    new_producer: str | None = None  # the key of a producer this import makes
    stock: int | None = None  # the counted stock, when it differs from the stock on hand
    fields_changed: bool = False
    version: int | None = None  # the stored product's edit version the plan was made from


def describe_changes(reader: RowReader, row: ImportRow, item: ProductPlan) -> None:
    """Set the plan's status (add, change, same) and its changes, old → new."""
    product = row.existing
    if product is None:
        item.status = "add"
        item.fields_changed = True
        item.stock = row.stock if row.stock else None
        # What the new product gets, for the preview (the rest as in the file).
        category = row.category or reader.category_names.get(item.category_id or 0, "")
        producer = row.producer or reader.producer_names.get(item.producer_id or 0, "")
        for name, value in (
            ("category", category),
            ("producer", producer),
            ("price", item.values["price"]),
            ("stock", row.stock or 0),
        ):
            item.changes[reader.labels[name]] = ("", shown(name, value))
        return
    item.version = product.version
    for name in PRODUCT_FIELDS:
        old, new = getattr(product, name), item.values[name]
        if old != new:
            item.changes[reader.labels[name]] = (shown(name, old), shown(name, new))
            item.fields_changed = True
    if item.new_category is not None or item.category_id != product.category_id:
        old_name = reader.category_names.get(product.category_id or 0, "")
        new_name = row.category or reader.category_names.get(item.category_id or 0, "")
        item.changes[reader.labels["category"]] = (shown("", old_name), shown("", new_name))
        item.fields_changed = True
    if item.new_producer is not None or item.producer_id != product.producer_id:
        old_name = reader.producer_names.get(product.producer_id or 0, "")
        new_name = row.producer or reader.producer_names.get(item.producer_id or 0, "")
        item.changes[reader.labels["producer"]] = (shown("", old_name), shown("", new_name))
        item.fields_changed = True
    if row.stock is not None and row.stock != product.stock:
        item.stock = row.stock
        item.changes[reader.labels["stock"]] = (str(product.stock), str(row.stock))
    item.status = "change" if item.changes else "same"
