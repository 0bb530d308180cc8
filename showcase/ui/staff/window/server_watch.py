"""Watching the connection to a server showcase while staff work: when the server goes away (it
was restarted, a cable pulled, the server PC asleep) the window says so, and says again when the
connection is back; the watch keeps trying by itself.

A probe (`SELECT 1` on a new connection of the engine's pool, which pre-pings and drops dead
ones) runs in a thread of its own every few seconds, so a server that does not answer never
freezes the window; its answer comes back to the window's thread as a signal. An edit being
saved while the server is away is refused with a ServerError and stays in its editor; saving
again once the watch says the server is back goes through.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from showcase.store.db import Database
from showcase.store.server_errors import describe

# While connected, a probe every so often; while the server is away, more often.
CHECK_MS = 5000
RETRY_MS = 2000


def probe(database: Database) -> str | None:
    """None when the server answers; else what is wrong, in words."""
    try:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    except Exception as exc:  # whatever the driver raises: the answer is that it is away
        return describe(exc) or str(exc)
    return None


class ServerWatch(QObject):
    """Probes `database`'s server; `lost(message)` once when it goes away, `back()` once when
    it answers again."""

    lost = Signal(str)
    back = Signal()
    _answered = Signal(object)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.is_lost = False
        self._probing = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self._answered.connect(self._on_answer)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        """Probe now, in a thread of its own (one at a time)."""
        if self._probing:
            return
        self._probing = True
        threading.Thread(target=self._probe, daemon=True, name="server-watch").start()

    def _probe(self) -> None:
        self._answered.emit(probe(self.database))

    def _on_answer(self, problem: str | None) -> None:
        self._probing = False
        if problem is not None and not self.is_lost:
            self.is_lost = True
            self.timer.setInterval(RETRY_MS)
            self.lost.emit(problem)
        elif problem is None and self.is_lost:
            self.is_lost = False
            self.timer.setInterval(CHECK_MS)
            self.back.emit()
