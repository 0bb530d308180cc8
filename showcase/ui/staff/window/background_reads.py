"""Reads that run off the UI thread, so typing in the search never waits for the database.

A `BackgroundReads` runs one read at a time on a thread of its own, through a `Database` of its
own (its own connection: neither sqlite3's nor psycopg's may be shared between threads), each in
one snapshot. Reads asked for while one runs wait; of those, only the newest runs (a search for
"k" that staff have since typed on to "kopi" is never read), and the one running is stopped
(Database.interrupt_reading), so what was typed last never waits behind a search for what was
typed before. The answer comes back to the UI thread as the `done` signal, with the number `ask`
returned, so the caller can tell whether it is still the answer it wants.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from showcase.store.db import Database
from showcase.store.reader import SqlConnection

log = logging.getLogger(__name__)

Read = Callable[[SqlConnection], Any]

STOP_AGAIN_S = 0.02  # how soon a stop is sent again while the read to stop still runs


class BackgroundReads(QObject):
    """One thread reading the newest of the reads asked for; see the module docstring."""

    done = Signal(int, object)  # the number ask() returned, the read's result
    failed = Signal(int, str)  # the number, the error (logged)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = Database(database.path, server=database.server)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="etalase-read")
        # Stopping a read waits for the server to take the request: never on the UI thread.
        self._stopper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="etalase-stop")
        self._lock = threading.Lock()
        self._newest = 0
        self._last: Future[None] | None = None
        self._running: int | None = None  # the number of the read running now
        self._closed = False

    @property
    def newest(self) -> int:
        """The number of the read asked for last."""
        return self._newest

    @property
    def busy(self) -> bool:
        """True while a read runs or waits (its answer may still come)."""
        return self._last is not None and not self._last.done()

    def ask(self, read: Read) -> int:
        """Run `read` on the reading thread; its result comes as done(number, result).

        Once closed (the window is going), nothing is read and no answer comes: a timer of the
        window's may still ask in the moment between.
        """
        with self._lock:
            self._newest += 1
            number = self._newest
        if not self._closed:
            if self.busy:  # the read running (or waiting) is for an earlier question
                self._stopper.submit(self._stop_stale)
            self._last = self._executor.submit(self._run, number, read)
        return number

    def drop(self) -> None:
        """Stop the read running and drop those waiting: their answers are no longer wanted
        (a count of the products for what staff had typed before)."""
        with self._lock:
            self._newest += 1
        if not self._closed and self.busy:
            self._stopper.submit(self._stop_stale)

    def close(self) -> None:
        """Stop: reads not started are dropped; the one running finishes, then the connection
        closes."""
        if self._closed:
            return
        self._closed = True
        with self._lock:
            self._newest += 1  # every queued read is now stale
        self._executor.submit(self._database.close)
        self._executor.shutdown(wait=False)
        self._stopper.shutdown(wait=False)

    def _stop_stale(self) -> None:
        """Stop the read running while it is not the newest. A stop that lands between two
        statements of a read is lost (nothing runs to stop), so it is sent again until that
        read has ended."""
        while not self._closed:
            running = self._running
            if running is None or running == self._newest:
                return
            self._database.interrupt_reading()
            time.sleep(STOP_AGAIN_S)

    def _run(self, number: int, read: Read) -> None:
        while number == self._newest:  # else a newer read is queued behind this one
            self._running = number
            try:
                with self._database.reading() as connection:
                    result = read(connection)
            except Exception as error:  # shown by the caller; the thread goes on
                if self._database.interrupted(error):
                    continue  # stopped for a newer read: that one, or this one again if newest
                log.exception("A background read failed")
                self.failed.emit(number, str(error))
                return
            finally:
                self._running = None
            self.done.emit(number, result)
            return
