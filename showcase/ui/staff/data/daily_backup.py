"""The daily automatic backup while the staff window runs, and the full check of the file.

Shortly after the window opens, and then every hour, the backups folder is looked at: if it
holds no daily backup from today, one is made. The copy runs in a worker thread with its own
read-only SQLite connection (the backup API reads one consistent snapshot while the window and
the kiosk go on writing through WAL): a 100 MB showcase takes about 0.9 s to copy, check and
flush to disk, far too long to freeze the window for; the window's event loop stays within
about 12 ms of its timers meanwhile.

The first run also checks the whole database file (`PRAGMA quick_check`, 70 ms for 100 MB),
which start-up leaves out to open the window sooner. A damaged file is reported once
(`damaged`), with the newest good backup, and no backup is made of it.

A showcase on a server is backed up the same way, as an Etalase file in this PC's data folder
(store/server_backup.py, through the window's engine, from the worker thread); there is no file
of this PC's to check. Each desk that runs the staff window makes its own daily backup. Once
that backup is written, the same worker puts the server's product table back in name order if
stock changes and edits have scattered it (store/product_order.py): at most once a day, off the
UI thread, and a refusal (another PC holding the table) only logged; "Daily backup made" then
follows the rewrite (at most its 2 s wait for the table and about 3 s at 100,000 products).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMainWindow

from showcase.errors import UserError
from showcase.store.damage import find_damage
from showcase.store.db import Database

if TYPE_CHECKING:  # the backup module and message boxes: loaded when needed, not with the window
    from PySide6.QtWidgets import QMessageBox

    from showcase.store.backup import BackupInfo

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 60 * 60 * 1000
FIRST_CHECK_MS = 5000  # after start-up, so the copy does not compete with showing the window


class DailyBackup(QObject):
    """Makes one `daily` backup a day of the file at `database`; `check` is the timer's slot."""

    made = Signal(object)  # the backup's Path
    failed = Signal(str)  # what went wrong, in words
    damaged = Signal(str, object)  # what is wrong with the file, the newest good BackupInfo
    _finished = Signal(object, str)  # from the worker thread: (Path or None, error)
    _damaged = Signal(str, object)

    def __init__(
        self,
        database: Path,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
        make_backup: Callable[[datetime], Path] | None = None,
        after_backup: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        # How a backup is made (a server's showcase: a copy into a file); None for the file at
        # `database`, whose whole file is also checked once.
        self.make_backup = make_backup
        # Upkeep that follows a backup made, in the worker; what it raises is only logged.
        self.after_backup = after_backup
        self._worker: threading.Thread | None = None
        self.verified = False  # the whole file was checked since start (or since a restore)
        self.found_damage = False  # then no backups (of a damaged file) until it is restored
        self.failure_shown = False
        self.message_box: QMessageBox | None = None  # the failure shown last (tests read it)
        self.dialog: QDialog | None = None  # the damaged-file dialog, when shown
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_CHECK_MS)
        self._first.timeout.connect(self.check)
        # Queued to this object's (the UI) thread, whichever thread emits it.
        self._finished.connect(self._report)
        self._damaged.connect(self._report_damage)

    @classmethod
    def for_window(
        cls, window: QMainWindow, database: Database, refresh: Callable[[], None]
    ) -> DailyBackup:
        """A daily backup that tells `window`: briefly in the status bar when one was made,
        in a message the first time one fails (not every hour after; again after a success),
        and, if the file turns out damaged, the damaged-file dialog that offers the newest
        good backup (the window then reads the restored file: `refresh`)."""
        make_backup = after_backup = None
        if database.server is not None:

            def make_backup(moment: datetime) -> Path:
                from showcase.store.backup import DAILY
                from showcase.store.opening import backup_showcase

                return backup_showcase(database, reason=DAILY, now=moment)

            def after_backup() -> None:
                from showcase.store.product_order import order_products_if_drifted

                with database.engine.connect() as connection:
                    order_products_if_drifted(connection)

        daily = cls(database.path, window, make_backup=make_backup, after_backup=after_backup)

        def made(_path: Path) -> None:
            daily.failure_shown = False
            window.statusBar().showMessage(
                QCoreApplication.translate("DailyBackup", "Daily backup made"), 10_000
            )

        def failed(why: str) -> None:
            if daily.failure_shown:
                return
            daily.failure_shown = True
            from PySide6.QtWidgets import QMessageBox  # not loaded with the window

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

        def damaged(problem: str, good: BackupInfo | None) -> None:
            from showcase.ui.staff.data.damaged import DamagedDialog

            dialog = DamagedDialog(
                database.path, problem, good, window, before_restore=database.close
            )
            daily.dialog = dialog

            def done(_result: int) -> None:
                if dialog.restored is not None:
                    daily.restored()
                    refresh()
                dialog.deleteLater()

            dialog.finished.connect(done)
            dialog.open()

        daily.made.connect(made)
        daily.failed.connect(failed)
        daily.damaged.connect(damaged)
        return daily

    def start(self) -> None:
        self._first.start()
        self.timer.start()

    @property
    def busy(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def check(self) -> bool:
        """Check the file once, and start today's backup if there is none yet; True if the
        worker was started."""
        if self.busy or self.found_damage:
            return False
        from showcase.store.backup import DAILY, has_backup_on

        moment = self.clock()
        verify = not self.verified and self.make_backup is None
        backup = not has_backup_on(self.database, moment.date(), DAILY)
        if not (verify or backup):
            return False
        self._worker = threading.Thread(
            target=self._work, args=(moment, verify, backup), name="daily-backup", daemon=True
        )
        self._worker.start()
        return True

    def restored(self, _result: object = None) -> None:
        """The file was replaced by a restore: check it again, and back it up as usual."""
        self.verified = self.found_damage = False

    def _work(self, moment: datetime, verify: bool, backup: bool) -> None:
        if verify:
            # Loaded here, in the worker: the restore machinery is not needed to open the window.
            from showcase.store.restore import newest_good_backup

            try:
                problem = find_damage(self.database)
                good = newest_good_backup(self.database) if problem else None
            except Exception:  # a check that cannot run is no reason to stop the backups
                log.exception("Could not check %s", self.database)
                problem = None
            self.verified = True
            if problem is not None:
                self.found_damage = True
                self._damaged.emit(problem, good)
                return
        if not backup:
            return
        from showcase.store.backup import DAILY, backup_file

        try:
            if self.make_backup is not None:
                written = self.make_backup(moment)
            else:
                written = backup_file(self.database, reason=DAILY, now=moment)
        except UserError as exc:
            self._finished.emit(None, exc.message)
        except Exception as exc:  # never lose the thread's error: the UI logs and shows it
            log.exception("Daily backup failed")
            self._finished.emit(None, f"{type(exc).__name__}: {exc}")
        else:
            self._tidy()
            self._finished.emit(written, "")

    def _tidy(self) -> None:
        """`after_backup`, whose failure is no failure of the backup already written."""
        if self.after_backup is None:
            return
        try:
            self.after_backup()
        except Exception:
            log.exception("The upkeep after the daily backup failed")

    def _report(self, written: Path | None, error: str) -> None:
        self.wait()  # the worker ends right after it reports: not busy once this is said
        if written is None:
            log.warning("Daily backup of %s failed: %s", self.database, error)
            self.failed.emit(error)
        else:
            log.info("Daily backup made: %s", written)
            self.made.emit(written)

    def _report_damage(self, problem: str, good: BackupInfo | None) -> None:
        self.wait()
        log.error("The database %s is damaged: %s", self.database, problem)
        self.damaged.emit(problem, good)

    def wait(self, timeout: float = 30.0) -> None:
        """Wait for a backup under way (before a restore, or when the window closes)."""
        if self._worker is not None:
            self._worker.join(timeout)

    def stop(self) -> None:
        self._first.stop()
        self.timer.stop()
        self.wait()
