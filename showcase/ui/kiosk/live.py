"""Change detection for the kiosk: a cheap poll of SQLite's data_version every two seconds.

`PRAGMA data_version` changes on a connection whenever another connection (the staff window, a
second process, an import) commits to the file, and costs no read of the data. When it moves, the
kiosk reloads what it shows. The timer runs only while the kiosk is awake; a sleeping kiosk checks
once when it wakes instead.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

LIVE_INTERVAL_MS = 2000


class LiveWatch(QObject):
    """Emits `changed` when `version()` gives a value other than the one seen last."""

    changed = Signal()

    def __init__(
        self,
        version: Callable[[], int],
        interval_ms: int = LIVE_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._version = version
        self._seen: int | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("live-watch")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        if self._seen is None:
            self.settle()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def settle(self) -> None:
        """Take the current version as seen: after the kiosk's own writes (visit counts)."""
        seen = self._read()
        if seen is not None:
            self._seen = seen

    def check(self) -> bool:
        """Compare now; emit `changed` and return True if another connection committed."""
        now = self._read()
        if now is None or now == self._seen:
            return False
        self._seen = now
        self.changed.emit()
        return True

    def _read(self) -> int | None:
        try:
            return self._version()
        except sqlite3.Error:
            # A busy or briefly unreadable file: the next tick tries again.
            log.warning("Could not read the database's data_version", exc_info=True)
            return None
