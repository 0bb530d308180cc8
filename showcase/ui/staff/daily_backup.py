"""The daily automatic backup while the staff window runs.

Shortly after the window opens, and then every hour, the backups folder is looked at: if it
holds no daily backup from today, one is made. The copy runs in a worker thread with its own
read-only SQLite connection (the backup API reads one consistent snapshot while the window and
the kiosk go on writing through WAL): a 100 MB showcase takes about 0.2 s to copy, too long to
freeze the window for.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from showcase.errors import UserError
from showcase.store.backup import DAILY, backup_file, has_backup_on

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 60 * 60 * 1000
FIRST_CHECK_MS = 5000  # after start-up, so the copy does not compete with showing the window


class DailyBackup(QObject):
    """Makes one `daily` backup a day of the file at `database`; `check` is the timer's slot."""

    made = Signal(object)  # the backup's Path
    failed = Signal(str)  # what went wrong, in words
    _finished = Signal(object, str)  # from the worker thread: (Path or None, error)

    def __init__(
        self,
        database: Path,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self._worker: threading.Thread | None = None
        self.failure_shown = False
        self.message_box: QMessageBox | None = None  # the failure shown last (tests read it)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_CHECK_MS)
        self._first.timeout.connect(self.check)
        # Queued to this object's (the UI) thread, whichever thread emits it.
        self._finished.connect(self._report)

    @classmethod
    def for_window(cls, window: QMainWindow, database: Path) -> DailyBackup:
        """A daily backup that tells `window`: briefly in the status bar when one was made,
        in a message the first time one fails (not every hour after; again after a success)."""
        daily = cls(database, window)

        def made(_path: Path) -> None:
            daily.failure_shown = False
            window.statusBar().showMessage(
                QCoreApplication.translate("DailyBackup", "Daily backup made"), 10_000
            )

        def failed(why: str) -> None:
            if daily.failure_shown:
                return
            daily.failure_shown = True
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("DailyBackup", "Daily backup failed"),
                QCoreApplication.translate(
                    "DailyBackup", "The daily backup could not be made: {why}"
                ).format(why=why),
                QMessageBox.StandardButton.Ok,
                window,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            daily.message_box = box
            box.open()

        daily.made.connect(made)
        daily.failed.connect(failed)
        return daily

    def start(self) -> None:
        self._first.start()
        self.timer.start()

    @property
    def busy(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def check(self) -> bool:
        """Start today's backup if there is none yet; True if one was started."""
        if self.busy:
            return False
        moment = self.clock()
        try:
            if has_backup_on(self.database, moment.date(), DAILY):
                return False
        except OSError:  # an unreadable folder: the backup below will say what is wrong
            pass
        self._worker = threading.Thread(
            target=self._work, args=(moment,), name="daily-backup", daemon=True
        )
        self._worker.start()
        return True

    def _work(self, moment: datetime) -> None:
        try:
            written = backup_file(self.database, reason=DAILY, now=moment)
        except UserError as exc:
            self._finished.emit(None, exc.message)
        except Exception as exc:  # never lose the thread's error: the UI logs and shows it
            log.exception("Daily backup failed")
            self._finished.emit(None, f"{type(exc).__name__}: {exc}")
        else:
            self._finished.emit(written, "")

    def _report(self, written: Path | None, error: str) -> None:
        if written is None:
            log.warning("Daily backup of %s failed: %s", self.database, error)
            self.failed.emit(error)
        else:
            log.info("Daily backup made: %s", written)
            self.made.emit(written)

    def wait(self, timeout: float = 30.0) -> None:
        """Wait for a backup under way (before a restore, or when the window closes)."""
        if self._worker is not None:
            self._worker.join(timeout)

    def stop(self) -> None:
        self._first.stop()
        self.timer.stop()
        self.wait()
