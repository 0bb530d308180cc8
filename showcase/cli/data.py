"""The data commands: `demo` fills an empty database, `import` and `export` read and write files.

    etalase [--db FILE] demo [--products N] [--seed S]
    etalase [--db FILE] import FILE.csv|FILE.xlsx [--dry-run]
    etalase [--db FILE] export FILE.csv|FILE.xlsx [--what products|producers|movements|visits]

`import` reads and checks the whole file before it opens the database, and imports all of it
or nothing: a file with bad rows prints one line per problem (row, column as headed in the
file, reason), then the one-line error, and exits 2 with the database untouched. `--dry-run`
prints what would be added and changed and changes nothing.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from showcase.cli.common import (
    EXIT_OK,
    Commands,
    Target,
    TerminalProgress,
    make_folder,
    one_line,
    open_existing,
    say,
    whole_number,
)
from showcase.errors import UserError
from showcase.file_errors import refuse_odd_file
from showcase.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from showcase.inventory.importing.plan import ImportPlan
    from showcase.inventory.importing.sheet import Sheet
    from showcase.store.db import Database
    from showcase.store.location import ServerLocation

WHATS = ("products", "producers", "movements", "visits")


def register(commands: Commands) -> None:
    demo = commands.add(
        "demo", translate("Cli", "fill an empty database with a demo showcase"), _demo
    )
    demo.add_argument(
        "--products",
        metavar="N",
        type=whole_number(1),
        help=translate("Cli", "a synthetic showcase of N products instead (for benchmarks)"),
    )
    demo.add_argument(
        "--seed",
        metavar="S",
        type=whole_number(0),
        default=1,
        help=translate("Cli", "random seed: the same seed gives the same showcase (default 1)"),
    )
    importing = commands.add(
        "import",
        translate("Cli", "add and update products from a CSV or XLSX file, all or nothing"),
        _import,
    )
    importing.add_argument("file", metavar="FILE.csv|FILE.xlsx")
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "only show what would be added and changed; change nothing"),
    )
    export = commands.add(
        "export",
        translate("Cli", "write products, producers, stock movements or visits to CSV or XLSX"),
        _export,
    )
    export.add_argument("file", metavar="FILE.csv|FILE.xlsx")
    export.add_argument(
        "--what",
        choices=WHATS,
        default="products",
        help=translate("Cli", "what to export (default: products)"),
    )


def _demo(args: argparse.Namespace, target: Target) -> int:
    from showcase.store.opening import open_showcase

    if target.is_default:
        make_folder(target.path.parent)
    database = open_showcase(target.location)
    try:
        # One transaction: the emptiness check and the demo, so nothing is half-made.
        with database.session() as session:
            _require_empty(session, database.location)
            from showcase.inventory.demo.showcase import build_demo
            from showcase.inventory.demo.synthetic import build_synthetic

            if args.products is None:
                summary = build_demo(session, seed=args.seed)
            else:
                summary = build_synthetic(session, products=args.products, seed=args.seed)
    finally:
        database.close()
    print(
        translate(
            "Cli",
            "Demo showcase: {categories} categories, {producers} producers, "
            "{products} products, {photos} photos",
        ).format(
            categories=summary.categories,
            producers=summary.producers,
            products=summary.products,
            photos=summary.photos,
        )
    )
    return EXIT_OK


def _require_empty(session: Session, path: object) -> None:
    from sqlalchemy import func, select

    from showcase.store.models import Category, Producer, Product

    counts = {
        model: session.scalar(select(func.count()).select_from(model)) or 0
        for model in (Product, Producer, Category)
    }
    if any(counts.values()):
        raise UserError(
            translate(
                "Cli",
                "{path} is not empty (products: {products}, producers: {producers}, "
                "categories: {categories}): a demo goes only into an empty database",
            ).format(
                path=path,
                products=counts[Product],
                producers=counts[Producer],
                categories=counts[Category],
            )
        )


def _import(args: argparse.Namespace, target: Target) -> int:
    return import_command(
        target.location,
        Path(args.file).expanduser(),
        dry_run=args.dry_run,
        make_folder=target.is_default,
    )


def _export(args: argparse.Namespace, target: Target) -> int:
    return export_command(target.location, Path(args.file).expanduser(), args.what)


def _print(text: str, indent: str = "") -> None:
    print(indent + one_line(text))


def _listed(names: list[str], limit: int = 10) -> str:
    """Names for one line: the first `limit`, then how many more (a file may make hundreds)."""
    if len(names) <= limit:
        return ", ".join(names)
    return translate("Cli", "{names} and {n} more").format(
        names=", ".join(names[:limit]), n=len(names) - limit
    )


def import_command(
    path: Path | ServerLocation, source: Path, *, dry_run: bool, make_folder: bool = False
) -> int:
    """Check `source`, then import it into the database at `path` (or only show the plan).
    A file `path` that does not exist yet is made: an empty showcase with the usual
    categories, holding the import (`make_folder`: also its folder, for the default file)."""
    from showcase.inventory.importing.apply import ImportRejected
    from showcase.inventory.importing.files import read_sheet
    from showcase.inventory.importing.plan import change_lines

    refuse_odd_file(source)  # a pipe would be waited on for ever; a loop of links, named
    meter = TerminalProgress()
    meter.say(translate("Cli", "Reading {file}…").format(file=source.name))
    try:
        sheet = read_sheet(source)  # before the database is opened: a bad file changes nothing
    finally:
        meter.clear()
    try:
        if isinstance(path, Path) and not os.path.lexists(path):
            plan = _import_into_new(
                path, sheet, dry_run=dry_run, make_folder=make_folder, meter=meter
            )
            backup = None
        else:
            plan, backup = _import_into(open_existing(path), sheet, dry_run=dry_run, meter=meter)
    except ImportRejected as rejected:
        meter.clear()
        for problem in rejected.plan.problems:
            say(f"  {problem}")
        raise
    finally:
        meter.clear()
    counts = {"added": plan.added, "changed": plan.changed, "same": plan.unchanged}
    if dry_run:
        _print(
            translate(
                "Cli",
                "Dry run of {file}: would add {added}, change {changed}, leave {same} "
                "unchanged; nothing was changed",
            ).format(file=source.name, **counts)
        )
    else:
        _print(
            translate(
                "Cli", "Imported {file}: {added} added, {changed} changed, {same} unchanged"
            ).format(file=source.name, **counts)
        )
    for line in change_lines(plan):
        _print(line, indent="  ")
    if plan.new_categories:
        _print(
            translate("Cli", "New categories: {names}").format(
                names=_listed(list(plan.new_categories.values()))
            )
        )
    if plan.new_producers:
        names = _listed([f"{p.name} ({p.kabupaten})" for p in plan.new_producers.values()])
        _print(translate("Cli", "New producers: {names}").format(names=names))
    if plan.ignored_columns:
        _print(
            translate("Cli", "Columns not read: {names}").format(
                names=", ".join(plan.ignored_columns)
            )
        )
    for note in plan.notes:
        _print(note)
    if backup is not None:
        _print(translate("Cli", "Backup made before the import: {path}").format(path=backup))
    return EXIT_OK


def _checking(meter: TerminalProgress, sheet: Sheet) -> Callable[[int, int], None]:
    return meter.counter(
        translate("Cli", "Checking {file}: row {done} of {total}"), file=sheet.source
    )


def _writing(meter: TerminalProgress, sheet: Sheet) -> Callable[[int, int], None]:
    return meter.counter(
        translate("Cli", "Importing {file}: {done} of {total} products written"), file=sheet.source
    )


def _import_into(
    database: Database, sheet: Sheet, *, dry_run: bool, meter: TerminalProgress
) -> tuple[ImportPlan, Path | None]:
    """Import `sheet` into the open `database` (closed after), or only plan it."""
    from showcase.inventory.importing.apply import ImportRejected, import_sheet
    from showcase.inventory.importing.plan import plan_import

    try:
        if not dry_run:
            result = import_sheet(
                database,
                sheet,
                checking=_checking(meter, sheet),
                progress=_writing(meter, sheet),
            )
            return result.plan, result.backup
        with database.session() as session:
            plan = plan_import(session, sheet, progress=_checking(meter, sheet))
        if not plan.ok:
            raise ImportRejected(plan)
        return plan, None
    finally:
        database.close()


def _import_into_new(
    path: Path, sheet: Sheet, *, dry_run: bool, make_folder: bool, meter: TerminalProgress
) -> ImportPlan:
    """Make `path` an empty showcase (as the first start's "empty" choice does) holding the
    import, whole or not at all; a dry run plans against such a showcase in a temporary folder
    and makes nothing at `path`."""
    import tempfile

    from showcase.inventory.importing.apply import ImportRejected, apply_plan
    from showcase.inventory.importing.plan import plan_import
    from showcase.inventory.new_showcase import NewShowcase, create_showcase_file, prepare_folder

    prepare_folder(path, make=make_folder and not dry_run)  # a missing folder stays an error
    plans: list[ImportPlan] = []

    def fill(session: Session) -> None:
        plan = plan_import(session, sheet, progress=_checking(meter, sheet))
        if not plan.ok:
            raise ImportRejected(plan)
        plans.append(plan)
        if not dry_run:
            apply_plan(session, plan, progress=_writing(meter, sheet))
        meter.clear()

    if dry_run:
        with tempfile.TemporaryDirectory(prefix="etalase-dry-run-") as folder:
            create_showcase_file(
                Path(folder) / path.name, NewShowcase(demo=False), fill=fill
            ).close()
        _print(
            translate(
                "Cli",
                "{path} does not exist: the import would first make an empty showcase there; "
                "the dry run made nothing",
            ).format(path=path)
        )
    else:
        create_showcase_file(path, NewShowcase(demo=False), fill=fill).close()
        _print(
            translate("Cli", "{path} did not exist: an empty showcase was made there").format(
                path=path
            )
        )
    return plans[0]


def export_command(path: Path | ServerLocation, dest: Path, what: str) -> int:
    """Write `what` from the database at `path` to `dest` (.csv or .xlsx)."""
    from showcase.inventory.export import check_export_path, export_table

    check_export_path(dest)  # before the database is opened: a wrong name changes nothing
    database = open_existing(path)
    try:
        with database.session() as session:
            count = export_table(session, what, dest)
    finally:
        database.close()
    messages = {
        "products": translate("Cli", "Exported {count} products to {file}"),
        "producers": translate("Cli", "Exported {count} producers to {file}"),
        "movements": translate("Cli", "Exported {count} stock movements to {file}"),
        "visits": translate("Cli", "Exported {count} visit counts to {file}"),
    }
    print(messages[what].format(count=count, file=dest))
    return EXIT_OK
