"""Checking a product spreadsheet row by row and planning what importing it would change.

Every row is checked with the editor's own rules (`validate_product`, `validate_producer`,
rupiah and phone parsing, the 15 kabupaten/kota), so a file is held to the same standard as
typing. The plan says which products would be added, which changed (each field old → new) and
which left alone, or lists every bad row with its row number as the spreadsheet shows it, the
column as headed in the file, and the reason. Nothing is written here: `apply`
carries a plan out, all or nothing.

Rules a clerk can rely on: a code already in the showcase updates that product (codes match
whatever their case); a row without a code gets the next free code of its category, as the
editor would give it; an empty cell leaves the stored value as it is (a file without
descriptions never wipes them); producers and categories are found by name, whatever the case,
or made (a new producer needs its kabupaten/kota); a stock figure that differs from the stock
on hand becomes a stock count (an `adjust` movement), so stock stays the sum of its movements.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from showcase.collector import fewer_collections
from showcase.errors import Cancelled, ValidationError
from showcase.i18n import translate
from showcase.inventory.importing import columns
from showcase.inventory.importing.files import Sheet
from showcase.inventory.importing.rows import (
    ImportRow,
    ProductPlan,
    RowProblem,
    RowReader,
    Status,
    describe_changes,
)
from showcase.inventory.phone import format_phone
from showcase.inventory.producers import ProducerInput, validate_producer
from showcase.store.models import Category, Producer

Progress = Callable[[int, int], None]


@dataclass
class NewProducer:
    name: str
    row: int
    kabupaten: str = ""
    kabupaten_row: int = 0
    phone: str = ""
    phone_row: int = 0
    values: dict[str, object] = field(default_factory=dict)  # as validate_producer made them


@dataclass
class ImportPlan:
    """What importing a sheet would do, or why it cannot be imported (`problems`)."""

    source: str
    products: list[ProductPlan] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    new_categories: dict[str, str] = field(default_factory=dict)  # key → name as written
    new_producers: dict[str, NewProducer] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for p in self.products if p.status == status)

    @property
    def added(self) -> int:
        return self.count("add")

    @property
    def changed(self) -> int:
        return self.count("change")

    @property
    def unchanged(self) -> int:
        return self.count("same")

    @property
    def written(self) -> int:
        """The products carrying the plan out inserts or updates."""
        return self.added + self.changed

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changes_anything(self) -> bool:
        return self.ok and self.written > 0


def key(name: str) -> str:
    """How names of producers and categories are compared: spacing and case do not count."""
    return " ".join(name.split()).casefold()


@fewer_collections()
def plan_import(
    session: Session,
    sheet: Sheet,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Check every row of `sheet` against the showcase in `session` and plan the import."""
    plan = ImportPlan(sheet.source)
    header = columns.find_header(sheet.header) or {}
    for first, repeated in columns.duplicate_columns(sheet.header):
        plan.problems.append(
            RowProblem(
                sheet.header_row,
                repeated.strip(),
                translate("Import", "means the same as column {first}: keep only one").format(
                    first=first.strip()
                ),
            )
        )
    plan.ignored_columns = columns.ignored_columns(sheet.header)
    reader = RowReader(session, sheet, header)
    producers = {key(p.name): p for p in session.scalars(select(Producer))}
    categories: dict[str, Category] = {}
    for category in session.scalars(select(Category)):
        if category.name_en.strip():
            categories.setdefault(key(category.name_en), category)
    for category in session.scalars(select(Category)):
        categories[key(category.name_id)] = category  # the Indonesian name wins
    total = len(sheet.rows)
    for done, (number, cells) in enumerate(sheet.rows, start=1):
        row = reader.read(number, cells)
        problems = row.problems
        item = ProductPlan(number, row.code, row.name, "same", product_id=row.existing_id)
        _category(plan, row, item, categories, problems)
        _producer(plan, reader, row, item, producers, problems)
        # The editor's checks run on every row, also one with problems already, so that the
        # report names everything wrong in it at once (one problem per column).
        try:
            item.values = reader.validated(row, item.category_id, item.producer_id)
        except ValidationError as exc:
            named = {p.column for p in problems}
            for name, why in exc.errors.items():
                if name not in ("category_id", "producer_id") and reader.column(name) not in named:
                    problems.append(RowProblem(number, reader.column(name), why))
        if problems:
            plan.problems.extend(problems)
        else:
            item.code = str(item.values["code"])
            describe_changes(reader, row, item)
            _notes(plan, reader, row, item)
            plan.products.append(item)
        if progress is not None and (done % 200 == 0 or done == total):
            progress(done, total)
        if cancelled is not None and done % 200 == 0 and cancelled():
            raise Cancelled
    _check_new_producers(session, plan, reader)
    # In the order of the file: by row, then by column from left to right.
    order = {cell.strip(): index for index, cell in reversed(list(enumerate(sheet.header)))}
    plan.problems.sort(key=lambda p: (p.row, order.get(p.column, len(order))))
    return plan


def _notes(plan: ImportPlan, reader: RowReader, row: ImportRow, item: ProductPlan) -> None:
    """What staff should know about a good row before they import it."""
    if row.archived and item.status == "change":
        plan.notes.append(
            translate(
                "Import", "Row {row}: {code} is archived; it is updated and stays archived"
            ).format(row=row.number, code=item.code)
        )
    if item.status == "add" and not row.code:
        # A file without codes imported twice would add every product twice: say so.
        same_name = reader.code_named(row.name)
        if same_name is not None:
            plan.notes.append(
                translate(
                    "Import",
                    "Row {row}: {name} is already in the showcase as {code}; this row adds "
                    "another one (write the code {code} in the file to update it instead)",
                ).format(row=row.number, name=row.name, code=same_name)
            )


def _category(
    plan: ImportPlan,
    row: ImportRow,
    item: ProductPlan,
    categories: dict[str, Category],
    problems: list[RowProblem],
) -> None:
    item.category_id = row.current_category_id
    name = " ".join(row.category.split())
    if not name:
        return
    found = categories.get(key(name))
    if found is not None:
        item.category_id = found.id
        return
    if len(name) > 100:
        problems.append(
            RowProblem(
                row.number,
                row.column("category"),
                translate("Validation", "Name is too long (at most {n} characters)").format(n=100),
            )
        )
        return
    plan.new_categories.setdefault(key(name), name)
    item.category_id = None
    item.new_category = key(name)


def _producer(
    plan: ImportPlan,
    reader: RowReader,
    row: ImportRow,
    item: ProductPlan,
    producers: dict[str, Producer],
    problems: list[RowProblem],
) -> None:
    item.producer_id = row.current_producer_id
    name = " ".join(row.producer.split())
    if not name:
        return
    found = producers.get(key(name))
    if found is not None:
        item.producer_id = found.id
        if row.kabupaten and row.kabupaten != found.kabupaten:
            plan.notes.append(
                translate(
                    "Import",
                    "Row {row}: {producer} stays in {stored}, not {given}; "
                    "change producers in Data → Producers",
                ).format(
                    row=row.number, producer=found.name, stored=found.kabupaten, given=row.kabupaten
                )
            )
        if row.phone and found.phone and row.phone != found.phone:
            plan.notes.append(
                translate(
                    "Import",
                    "Row {row}: the phone of {producer} stays {stored}; "
                    "change producers in Data → Producers",
                ).format(row=row.number, producer=found.name, stored=format_phone(found.phone))
            )
        return
    item.producer_id = None
    item.new_producer = key(name)
    new = plan.new_producers.setdefault(key(name), NewProducer(name, row.number))
    for attr in ("kabupaten", "phone"):
        given: str = getattr(row, attr)
        if not given:
            continue
        recorded: str = getattr(new, attr)
        if not recorded:
            setattr(new, attr, given)
            setattr(new, f"{attr}_row", row.number)
        elif recorded != given:
            shown = format_phone(recorded) if attr == "phone" else recorded
            problems.append(
                RowProblem(
                    row.number,
                    row.column(attr),
                    translate("Import", "{producer} was given {value} in row {row}").format(
                        producer=new.name, value=shown, row=getattr(new, f"{attr}_row")
                    ),
                )
            )


def _check_new_producers(session: Session, plan: ImportPlan, reader: RowReader) -> None:
    """Each producer the import would make, checked as the producers dialog checks it."""
    for new in plan.new_producers.values():
        if not new.kabupaten and not reader.has("kabupaten"):
            plan.problems.append(
                RowProblem(
                    new.row,
                    reader.column("producer"),
                    translate(
                        "Import",
                        "{producer} is a new producer and needs its kabupaten/kota: "
                        "add a kabupaten column",
                    ).format(producer=new.name),
                )
            )
            continue
        if not new.kabupaten:
            column = reader.column("kabupaten")
            if any(p.row == new.row and p.column == column for p in plan.problems):
                continue  # the row's kabupaten is wrong, and already reported
            plan.problems.append(
                RowProblem(
                    new.row,
                    reader.column("kabupaten"),
                    translate(
                        "Import", "{producer} is a new producer and needs its kabupaten/kota"
                    ).format(producer=new.name),
                )
            )
            continue
        try:
            new.values = validate_producer(
                session, ProducerInput(new.name, kabupaten=new.kabupaten, phone=new.phone)
            )
        except ValidationError as exc:
            for name, why in exc.errors.items():
                where = {"kabupaten": new.kabupaten_row, "phone": new.phone_row}.get(name, new.row)
                column = reader.column(name if name in ("kabupaten", "phone") else "producer")
                plan.problems.append(RowProblem(where or new.row, column, why))


def summary_line(plan: ImportPlan) -> str:
    """`3 to add, 2 to change, 10 unchanged`, in the staff's language."""
    return translate("Import", "{added} to add, {changed} to change, {same} unchanged").format(
        added=plan.added, changed=plan.changed, same=plan.unchanged
    )


def change_lines(plan: ImportPlan) -> list[str]:
    """One line per product that would change: `KOP-0001 Kopi: Price Rp45.000 → Rp50.000; …`."""
    lines = []
    for item in plan.products:
        if item.status == "change":
            fields = "; ".join(f"{name} {old} → {new}" for name, (old, new) in item.changes.items())
            lines.append(f"{item.code} {item.name}: {fields}")
    return lines
