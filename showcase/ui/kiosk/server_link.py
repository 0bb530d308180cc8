"""A kiosk's link to its server: connected or not, reconnecting by itself, told of every change.

`ServerLink` keeps two autocommit connections while the server is there: one the kiosk reads
and writes through (browsing, visit counts, its status) and one that only LISTENs for the
change notifications (store/live.py), watched by a QSocketNotifier so the event loop wakes only
when something arrives. A notification emits `changed` at once. Every CHECK_INTERVAL_MS it also
compares the change counter (a notification sent while the kiosk was disconnected is lost) and
reports the kiosk's status.

When the server goes (the listening socket closes, or a read fails: `drop`), both connections
are closed, `online_changed(False)` is emitted, and connecting is tried again in a worker thread
(a dead LAN must never freeze the screen), after RETRY_DELAYS_MS, the last repeated: a server
back is found within a few seconds. A new connection gets a new socket, so a new notifier.
"""

from __future__ import annotations

import datetime
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from showcase import __version__
from showcase.inventory.kiosk.status import MAX_NAME, REPORT_INTERVAL, report_kiosk
from showcase.store.live import change_counter, drain, kiosk_connect, listen
from showcase.store.location import ServerLocation
from showcase.store.reader import PgConnection

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = int(REPORT_INTERVAL.total_seconds() * 1000)
RETRY_DELAYS_MS = (250, 500, 1000, 2000, 3000)


def _utcnow() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


class ServerLink(QObject):
    """The kiosk's connections to `location` (see the module's doc)."""

    changed = Signal()
    online_changed = Signal(bool)
    _attempted = Signal(object)  # from the worker thread: (reader, listener, counter) or an error

    def __init__(
        self,
        location: ServerLocation,
        *,
        name: str,
        copy_made_at: Callable[[], datetime.datetime | None] = lambda: None,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.name = name[:MAX_NAME]  # as its status row names it (the row policy compares them)
        self._copy_made_at = copy_made_at
        self.started_at = _utcnow()
        self.online_since: datetime.datetime | None = None
        self.connection: Any = None
        self.reader: PgConnection | None = None
        self._listener: Any = None
        self._notifier: QSocketNotifier | None = None
        self._seen: int | None = None
        self._failures = 0
        self._connecting = False
        self._closed = False
        self.last_error = ""
        self.check_timer = QTimer(self)
        self.check_timer.setObjectName("server-check")
        self.check_timer.setInterval(check_interval_ms)
        self.check_timer.timeout.connect(self.check)
        self.retry_timer = QTimer(self)
        self.retry_timer.setObjectName("server-retry")
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.connect_now)
        self._attempted.connect(self._attempt_done)

    @property
    def online(self) -> bool:
        return self.connection is not None

    # --- connecting ------------------------------------------------------------------------

    def start(self) -> None:
        """Connect (in the background); `online_changed(True)` once connected."""
        self.connect_now()

    def connect_now(self) -> None:
        if self._connecting or self.online or self._closed:
            return
        self._connecting = True
        threading.Thread(target=self._attempt, name="kiosk-connect", daemon=True).start()

    def _attempt(self) -> None:
        reader = listener = None
        try:
            reader = kiosk_connect(self.location, kiosk_name=self.name)
            listener = kiosk_connect(self.location)
            listen(listener)
            counter = change_counter(reader)
            self._attempted.emit((reader, listener, counter))
        except Exception as exc:
            for connection in (reader, listener):
                if connection is not None:
                    connection.close()
            self._attempted.emit(exc)

    def _attempt_done(self, result: object) -> None:
        self._connecting = False
        if isinstance(result, BaseException):
            self.last_error = str(result).strip().splitlines()[0] if str(result) else repr(result)
            delay = RETRY_DELAYS_MS[min(self._failures, len(RETRY_DELAYS_MS) - 1)]
            self._failures += 1
            if self._failures in (1, 10) or self._failures % 100 == 0:
                log.warning("Kiosk: server %s not reachable (%s)", self.location, self.last_error)
            if not self._closed:
                self.retry_timer.start(delay)
            return
        assert isinstance(result, tuple)
        reader, listener, counter = result
        if self._closed:
            reader.close()
            listener.close()
            return
        self.connection, self._listener = reader, listener
        self.reader = PgConnection(reader)
        self._failures = 0
        self.online_since = _utcnow()
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        log.info("Kiosk: connected to %s", self.location)
        self._seen = counter
        self._report_quietly()
        if self.connection is None:
            return
        self.check_timer.start()
        self.online_changed.emit(True)
        # Whatever was sent while this kiosk was away is lost: take everything as changed.
        self.changed.emit()

    def drop(self, why: str = "") -> None:
        """The server is gone: close both connections, say so, and try again soon."""
        if not self.online:
            return
        log.warning("Kiosk: lost the server %s%s", self.location, f" ({why})" if why else "")
        self._close_connections()
        self.online_changed.emit(False)
        if not self._closed:
            self.retry_timer.start(RETRY_DELAYS_MS[0])

    def _close_connections(self) -> None:
        self.check_timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        for connection in (self.connection, self._listener):
            if connection is not None:
                try:
                    connection.close()
                except Exception:
                    log.debug("Closing a lost connection failed", exc_info=True)
        self.connection = self._listener = None
        self.reader = None
        self.online_since = None

    def close(self) -> None:
        self._closed = True
        self.retry_timer.stop()
        self._close_connections()

    # --- noticing changes ------------------------------------------------------------------

    def _readable(self) -> None:
        listener = self._listener
        if listener is None:
            return
        try:
            arrived = drain(listener)
        except Exception as exc:
            self.drop(str(exc).strip())
            return
        if not arrived:
            return
        try:
            self._seen = change_counter(self.connection)
        except Exception as exc:
            self.drop(str(exc).strip())
            return
        self.changed.emit()

    def check(self) -> bool:
        """Compare the change counter and report this kiosk; True if something changed."""
        if self.connection is None:
            return False
        try:
            counter = change_counter(self.connection)
        except Exception as exc:
            self.drop(str(exc).strip())
            return False
        self._report_quietly()
        if self.connection is None:
            return False
        if counter == self._seen:
            return False
        self._seen = counter
        self.changed.emit()
        return True

    def _report_quietly(self) -> None:
        """Report; a lost server is dropped, any other refusal (a server whose rights are not
        yet those of this version) only logged: a status not written is no reason to leave."""
        import psycopg

        try:
            self.report()
        except psycopg.OperationalError as exc:
            self.drop(str(exc).strip())
        except Exception:
            log.warning("Kiosk: could not report its status", exc_info=True)

    def report(self) -> None:
        """Write this kiosk's status row (raises what the connection raises)."""
        if self.reader is None:
            return
        report_kiosk(
            self.reader,
            name=self.name,
            version=__version__,
            started_at=self.started_at,
            online_since=self.online_since,
            copy_made_at=self._copy_made_at(),
        )
