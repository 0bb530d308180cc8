"""A catalogue written in a worker thread, so that the staff's windows stay alive meanwhile.

`CatalogueJob` is a `DataJob` (ui/staff/data/data_job.py: signals only, queued to the UI thread;
exactly one of `succeeded`, `failed`, `was_cancelled` or `crashed`; `cancel()` and `stop()`)
whose work is `write_catalogue`, which polls the cancel flag after each product and then leaves
no file behind. Its progress is thinned to `PROGRESS_STEPS` signals for a whole catalogue. A
dialog follows it with a `JobRunner` (ui/staff/data/job_runner.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from showcase.printing.catalogue import document as catalogue
from showcase.printing.catalogue.document import CatalogueOptions
from showcase.store.db import Database
from showcase.ui.staff.data.data_job import DataJob, Progress, thinned

# Progress signals sent for a whole catalogue, at most: a bar of a few hundred pixels shows
# no finer steps, and 100,000 queued signals would only keep the UI thread busy.
PROGRESS_STEPS = 200


class CatalogueJob(DataJob):
    """Writes the catalogue of `product_ids` with `options` to `out` (a path ending .pdf);
    `succeeded` carries the CatalogueSummary."""

    def __init__(
        self,
        database: Database,
        product_ids: Sequence[int],
        options: CatalogueOptions,
        out: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(self._write, f"The catalogue ({out})", parent)
        self.database = database
        self.product_ids = list(product_ids)
        self.options = options
        self.out = out

    def _write(self, progress: Progress, cancelled: Callable[[], bool]) -> object:
        return catalogue.write_catalogue(
            self.database,
            self.product_ids,
            self.options,
            self.out,
            progress=thinned(progress, PROGRESS_STEPS),
            cancelled=cancelled,
        )
