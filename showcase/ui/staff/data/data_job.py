"""A piece of data work (reading and checking a file, an import, an export) in a worker thread.

`DataJob` runs `work(progress, cancelled)` in its own thread and reports through signals only:
`progressed` as it goes, then exactly one of `succeeded` (with what `work` returned), `failed`
(a UserError's message), `was_cancelled` or `crashed` (an unexpected exception, logged with its
traceback). Receivers run in the UI thread (queued connections), so the worker never touches a
widget. `cancel()` sets an event the work polls; the domain then raises Cancelled and its
transaction is rolled back. `stop()` cancels and waits: the thread must end before the job goes.
The job lets go of `work` when it ends: a closure over a dialog, kept by the ended job (a child
of that dialog), would hold the dialog in a reference cycle. A dialog follows its job through a
`JobRunner` (job_runner.py). `thinned(progress, steps)` passes on only the steps a bar can show.

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


def thinned(progress: Progress, steps: int) -> Progress:
    """`progress`, called at most once a step of `total / steps` and for the last item: a bar
    of a few hundred pixels shows no finer steps, and 100,000 queued signals would only keep
    the UI thread busy."""
    last_step = -1

    def report(done: int, total: int) -> None:
        nonlocal last_step
        step = done * steps // max(total, 1)
        if step != last_step or done == total:
            last_step = step
            progress(done, total)

    return report


class DataJob(QThread):
    """Runs `work` off the UI thread; `what` names it in the log if it crashes."""

    progressed = Signal(int, int)  # (done, total)
    succeeded = Signal(object)
    failed = Signal(str)
    was_cancelled = Signal()
    crashed = Signal()

    def __init__(self, work: Work, what: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work: Work | None = work
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
        work, self._work = self._work, None
        if work is None:  # run once only: the work is let go when it ends
            return
        try:
            result = work(self.progressed.emit, self._stop.is_set)
        except Cancelled:
            self.was_cancelled.emit()
        except UserError as exc:
            self.failed.emit(exc.message)
        except Exception:
            log.exception("%s failed", self._what)
            self.crashed.emit()
        else:
            self.succeeded.emit(result)
