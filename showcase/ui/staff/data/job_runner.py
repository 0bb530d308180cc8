"""How a dialog follows the worker job it runs (a catalogue, a report, the website, an export,
an import): one `DataJob` at a time, its outcome handed to the dialog in the UI thread, and its
thread ended before the job is let go.

A `JobRunner` is a child of the dialog. It says `running(True)` as it starts a job, passes on
the job's `progressed`, then one of `succeeded`, `failed`, `was_cancelled` or `crashed`, and
says `running(False)` once the thread has ended and another job may start. What every dialog
answers (running, succeeded, failed, crashed) goes to its `JobDialog` methods; a dialog that
shows progress or offers Cancel connects `progressed` and `was_cancelled` itself.

`stop()` (the dialog closing, the program quitting) cancels the job and waits for its thread;
whatever that job had still queued is dropped, so a closed dialog hears nothing more of it.

The runner refers to its dialog only through Qt (its parent, and connections to bound methods,
which PySide holds weakly): a dialog kept in a reference cycle is freed by Python's cyclic
collector in whichever thread allocates, and one freed in a worker thread crashed the program.
The ended job stays a child of the dialog rather than being deleted (see data_job.py).
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from showcase.ui.staff.data.data_job import DataJob
from showcase.ui.widgets.document_actions import busy

QUEUED = Qt.ConnectionType.QueuedConnection


class JobDialog(Protocol):
    """What a dialog does as its job goes, called in the UI thread."""

    def job_running(self, running: bool) -> None:
        """A job starts (True), or its thread has ended after its outcome (False)."""

    def job_succeeded(self, result: Any) -> None:
        """What the work returned."""

    def job_failed(self, message: str) -> None:
        """The work refused (a UserError's message)."""

    def job_crashed(self) -> None:
        """The work failed unexpectedly (logged with its traceback)."""


class JobRunner(QObject):
    """Runs the jobs of `dialog` one at a time and tells it how they go."""

    progressed = Signal(int, int)  # (done, total)
    succeeded = Signal(object)  # what the work returned
    failed = Signal(str)  # a UserError's message
    was_cancelled = Signal()
    crashed = Signal()  # logged by the job with its traceback
    running = Signal(bool)  # True as a job starts; False after its outcome, its thread ended

    def __init__(self, dialog: JobDialog) -> None:
        super().__init__(dialog if isinstance(dialog, QObject) else None)
        self._job: DataJob | None = None
        # Bound methods, which PySide holds weakly: the dialog is not held back by them.
        self.running.connect(dialog.job_running)
        self.succeeded.connect(dialog.job_succeeded)
        self.failed.connect(dialog.job_failed)
        self.crashed.connect(dialog.job_crashed)
        app = QCoreApplication.instance()
        if app is not None:  # the program quitting while a job runs: end its thread first
            app.aboutToQuit.connect(self.stop)

    @property
    def job(self) -> DataJob | None:
        """The job running now, until its thread has ended (or it was stopped)."""
        return self._job

    def start(self, job: DataJob) -> bool:
        """Run `job` (made with the dialog as its parent); False, and `job` is not started,
        while another one runs."""
        if self._job is not None:
            return False
        # Queued, to this object's bound methods: they run in the UI thread, where it lives.
        job.progressed.connect(self._progressed, QUEUED)
        job.succeeded.connect(self._succeeded, QUEUED)
        job.failed.connect(self._failed, QUEUED)
        job.was_cancelled.connect(self._cancelled, QUEUED)
        job.crashed.connect(self._crashed, QUEUED)
        job.finished.connect(self._finished, QUEUED)
        self._job = job
        self.running.emit(True)
        job.start()
        return True

    def cancel(self) -> bool:
        """Ask the job to stop at its next check; False if none is running. Work that has
        already finished is not undone: its `succeeded` still comes."""
        if self._job is None:
            return False
        self._job.cancel()
        return True

    def stop(self) -> None:
        """Cancel the job and wait (with a busy cursor) until its thread has ended; nothing
        more is heard of it, not even `running(False)`."""
        job, self._job = self._job, None
        if job is not None:
            with busy():
                job.stop()

    def _current(self) -> bool:
        """The signal being handled comes from the job running now (not a stopped one)."""
        return self._job is not None and self.sender() is self._job

    def _progressed(self, done: int, total: int) -> None:
        if self._current():
            self.progressed.emit(done, total)

    def _succeeded(self, result: object) -> None:
        if self._current():
            self.succeeded.emit(result)

    def _failed(self, message: str) -> None:
        if self._current():
            self.failed.emit(message)

    def _cancelled(self) -> None:
        if self._current():
            self.was_cancelled.emit()

    def _crashed(self) -> None:
        if self._current():
            self.crashed.emit()

    def _finished(self) -> None:
        job = self._job
        if job is None or not self._current():
            return
        job.wait()  # `finished` comes just before the thread ends: let it end
        self._job = None
        self.running.emit(False)
