"""A catalogue written in a worker thread, so that the staff's windows stay alive meanwhile.

`CatalogueJob` is a QThread whose `run` calls `write_catalogue` and reports through signals
only: progress as products are laid out, then exactly one of `succeeded`, `failed` (a
UserError's message), `was_cancelled` or `crashed` (an unexpected exception, logged with its
traceback). The receivers are connected with queued connections, so they run in the UI
thread and the worker never touches a widget. `cancel()` sets an event that write_catalogue
polls after each product; it then raises Cancelled and leaves no file behind.

The thread must have ended before the job is destroyed: `stop()` cancels and waits.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from showcase.errors import UserError
from showcase.printing import catalogue
from showcase.printing.catalogue import Cancelled, CatalogueOptions, CatalogueSummary
from showcase.store.db import Database

log = logging.getLogger(__name__)

# Progress signals sent for a whole catalogue, at most: a bar of a few hundred pixels shows
# no finer steps, and 100,000 queued signals would only keep the UI thread busy.
PROGRESS_STEPS = 200


class CatalogueJob(QThread):
    """Writes the catalogue of `product_ids` with `options` to `out` (a path ending .pdf)."""

    # (products laid out, products in all), sent from the worker thread.
    progressed = Signal(int, int)
    succeeded = Signal(object)  # the CatalogueSummary
    failed = Signal(str)  # what the person can do something about
    was_cancelled = Signal()
    crashed = Signal()

    def __init__(
        self,
        database: Database,
        product_ids: Sequence[int],
        options: CatalogueOptions,
        out: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.product_ids = list(product_ids)
        self.options = options
        self.out = out
        self._stop = threading.Event()
        self._last_step = -1

    def cancel(self) -> None:
        """Ask the worker to stop after the product it is laying out (safe from any thread)."""
        self._stop.set()

    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        """Cancel, and wait until the thread has ended (the UI thread blocks until then)."""
        self.cancel()
        self.wait()

    def _progress(self, done: int, total: int) -> None:
        step = done * PROGRESS_STEPS // max(total, 1)
        if step != self._last_step or done == total:
            self._last_step = step
            self.progressed.emit(done, total)

    def run(self) -> None:
        """In the worker thread: write the catalogue and say how it ended."""
        try:
            summary: CatalogueSummary = catalogue.write_catalogue(
                self.database,
                self.product_ids,
                self.options,
                self.out,
                progress=self._progress,
                cancelled=self._stop.is_set,
            )
        except Cancelled:
            self.was_cancelled.emit()
        except UserError as exc:
            self.failed.emit(exc.message)
        except Exception:
            log.exception("The catalogue could not be written (%s)", self.out)
            self.crashed.emit()
        else:
            self.succeeded.emit(summary)
