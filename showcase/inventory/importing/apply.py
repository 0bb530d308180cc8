"""Importing a checked spreadsheet: all of it in one transaction, or nothing.

`check_file` reads a file and plans its import without changing anything (the preview and
`import --dry-run`). `import_sheet` plans again inside the transaction that writes (the
showcase may have changed since the preview, on this PC or through the kiosk), refuses the
whole file if any row is bad, backs the database up, and then writes the products in batches
(`writing`) with the change history entries the editor's saves would make, stock counts as
movements, so stock stays the sum of its movements. A cancel, an error or a killed process
leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from showcase.collector import fewer_collections
from showcase.errors import Cancelled, UserError
from showcase.i18n import translate
from showcase.inventory.importing.files import Sheet, read_sheet
from showcase.inventory.importing.plan import ImportPlan, Progress, plan_import
from showcase.inventory.importing.writing import ImportWriter, batch_size
from showcase.inventory.producers import CategoryInput, create_category
from showcase.store.db import Database
from showcase.store.product_order import order_products_after_import


class ImportRejected(UserError):
    """A file with bad rows: nothing was imported. `plan.problems` names each one."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        count = len(plan.problems)
        message = (
            translate("Import", "{file} has {n} problem: nothing was imported")
            if count == 1
            else translate("Import", "{file} has {n} problems: nothing was imported")
        )
        super().__init__(message.format(file=plan.source, n=count))


@dataclass(frozen=True)
class ImportResult:
    """What an import did: its plan (carried out), and the backup made before it (if any)."""

    plan: ImportPlan
    backup: Path | None


def check_file(
    database: Database,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Sheet, ImportPlan]:
    """Read `path` and plan its import, changing nothing. FileFormatError for a bad file."""
    sheet = read_sheet(path, cancelled=cancelled)
    with database.session() as session:
        plan = plan_import(session, sheet, progress=progress, cancelled=cancelled)
    return sheet, plan


def _hold_write_lock(session: Session) -> None:
    """Take SQLite's write lock now, before planning: a deferred transaction that reads first
    and writes later fails (SQLITE_BUSY_SNAPSHOT) if the kiosk counts a visit in between.
    The kiosk waits briefly and keeps its counts for later; readers are not held up (WAL)."""
    # On the connection, not session.execute: no ORM event (the audit log) sees a no-op.
    session.connection().exec_driver_sql("DELETE FROM setting WHERE 1 = 0")


def import_sheet(
    database: Database,
    sheet: Sheet,
    *,
    progress: Progress | None = None,
    checking: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Import `sheet` into `database`, all or nothing. `checking` hears how far the check
    inside the writing transaction is (rows), then `progress` how far the writing is
    (products). Raises ImportRejected (nothing done) for bad rows, Cancelled when
    `cancelled()` turns true (nothing done)."""
    from showcase.store.opening import backup_showcase

    with database.session() as session:
        _hold_write_lock(session)
        plan = plan_import(session, sheet, progress=checking, cancelled=cancelled)
        if not plan.ok:
            raise ImportRejected(plan)
        if not plan.changes_anything:
            return ImportResult(plan, None)
        backup = backup_showcase(database, reason="before-import")
        apply_plan(session, plan, progress=progress, cancelled=cancelled)
    # On a server, the products in name order again (as search while typing reads them) if
    # the import wrote enough of them to scatter it.
    order_products_after_import(database, plan.written)
    return ImportResult(plan, backup)


@fewer_collections()
def apply_plan(
    session: Session,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Carry out a plan without problems in `session` (the caller's transaction): the new
    categories through the editor's own function, then producers and products in batches."""
    if not plan.ok:
        raise ImportRejected(plan)
    categories = {
        key: create_category(session, CategoryInput(name)).id
        for key, name in plan.new_categories.items()
    }
    note = translate("Import", "Stock count from the import of {file}").format(file=plan.source)
    writer = ImportWriter(session, note=note, categories=categories)
    writer.add_producers({key: new.values for key, new in plan.new_producers.items()})
    work = [item for item in plan.products if item.status != "same"]
    size = batch_size(len(work))
    for start in range(0, len(work), size):
        if cancelled is not None and cancelled():
            raise Cancelled
        writer.write(work[start : start + size])
        if progress is not None:
            progress(min(start + size, len(work)), len(work))
