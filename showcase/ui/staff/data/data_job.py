"""A piece of data work (reading and checking a file, an import, an export) in a worker thread.

`DataJob` runs `work(progress, cancelled)` in its own thread and reports through signals only:
`progressed` as it goes, then exactly one of `succeeded` (with what `work` returned), `failed`
(a UserError's message), `was_cancelled` or `crashed` (an unexpected exception, logged with its
traceback). Receivers run in the UI thread (queued connections), so the worker never touches a
widget. `cancel()` sets an event the work polls; the domain then raises Cancelled and its
transaction is rolled back. `stop()` cancels and waits: the thread must end before the job goes.

A finished job is waited for and then kept as a child of its dialog, not deleteLater()'d:
deleting a QThread this soon after it finished crashed or hung in ~QThread about once in twenty
runs under the tests (a deadlock in the destructor, seen in gdb).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from showcase.errors import Cancelled, UserError

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], object]


class DataJob(QThread):
    """Runs `work` off the UI thread; `what` names it in the log if it crashes."""

    progressed = Signal(int, int)  # (done, total)
    succeeded = Signal(object)
    failed = Signal(str)
    was_cancelled = Signal()
    crashed = Signal()

    def __init__(self, work: Work, what: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._what = what
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (safe from any thread)."""
        self._stop.set()

    def stop(self) -> None:
        """Cancel, and wait until the thread has ended."""
        self.cancel()
        self.wait()

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except Cancelled:
            self.was_cancelled.emit()
        except UserError as exc:
            self.failed.emit(exc.message)
        except Exception:
            log.exception("%s failed", self._what)
            self.crashed.emit()
        else:
            self.succeeded.emit(result)
