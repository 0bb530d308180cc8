"""A restore run in a worker thread, with a progress dialog over the window that asked for it.

Restoring a 100 MB showcase takes about 5 s (copy and check the backup, back up the current
data, write it into the live file, check it): long enough for a frozen window to look crashed.
The dialog cannot be cancelled: the restore is one transaction that is either done or not, and
stopping it half-way would only leave the current data as it was.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from showcase.errors import UserError
from showcase.store.db import Database
from showcase.store.opening import restore_showcase
from showcase.store.restore import RestoreResult, restore_database

log = logging.getLogger(__name__)


class RestoreJob(QObject):
    """Restore `candidate` into `current`, or into the open showcase `database` (a file or a
    server) when given; `finished` carries (RestoreResult or None, error)."""

    finished = Signal(object, str)
    _progress = Signal(int, int)
    _done = Signal(object, str)

    def __init__(
        self,
        current: Path,
        candidate: Path,
        parent: QWidget,
        *,
        before: Callable[[], None] | None = None,
        database: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.current = current
        self.database = database
        self.candidate = candidate
        self.before = before  # closes the window's connections, in the UI thread
        self.result: RestoreResult | None = None
        self._thread: threading.Thread | None = None
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Restore from backup"))
        self.progress.setLabelText(self.tr("Checking the backup and restoring it…"))
        self.progress.setCancelButton(None)
        self.progress.setRange(0, 0)  # busy until the copy into the live file reports pages
        self.progress.setMinimumDuration(0)
        self.progress.setMinimumWidth(420)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.reset()  # a QProgressDialog shows itself after a while unless reset
        self.progress.hide()
        self._progress.connect(self._show_progress)
        self._done.connect(self._finish)

    def start(self) -> None:
        if self.before is not None:
            self.before()
        self.progress.setRange(0, 0)
        self.progress.show()
        self._thread = threading.Thread(target=self._run, name="restore", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            if self.database is not None:
                result = restore_showcase(
                    self.database, self.candidate, progress=self._progress.emit
                )
            else:
                result = restore_database(
                    self.current, self.candidate, progress=self._progress.emit
                )
        except UserError as exc:
            log.warning("Restore of %s into %s refused: %s", self.candidate, self.current, exc)
            self._done.emit(None, exc.message)
        except Exception as exc:  # the thread's error must reach the window, and the log
            log.exception("Restore of %s into %s failed", self.candidate, self.current)
            self._done.emit(
                None,
                self.tr("an unexpected problem ({error}); the details are in the log file").format(
                    error=type(exc).__name__
                ),
            )
        else:
            self._done.emit(result, "")

    def _show_progress(self, copied: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(copied)

    def _finish(self, result: RestoreResult | None, error: str) -> None:
        self.wait()  # the worker ends right after it reports
        self.result = result
        self.progress.reset()
        self.progress.hide()
        self.finished.emit(result, error)

    def wait(self, timeout: float = 60.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)
