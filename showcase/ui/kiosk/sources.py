"""Where the kiosk reads what it shows: a showcase file (`FileSource`), or a server with a local
copy for when the server cannot be reached (`ServerSource`).

The window asks a source for a reader (`reading()`: one snapshot), is told of changes
(`changed`), records visits through `visits`, tells the source when it is idle (`set_idle`) and
asks it, when a read failed, whether the server was lost (`lost`): the read is then made again
from the local copy, so a visitor never sees the outage.

A `ServerSource` browses the server while it is there and its local copy (local_copy.py) while
it is not; the copy is refreshed, in a worker thread, half a minute after the server last changed
(a second after connecting) and only while the kiosk is idle (the attract screen), then swapped
in whole. A kiosk that never reached its
server starts from an empty copy: an empty attract screen that fills in when the server comes.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from showcase.errors import FileAccessError
from showcase.inventory.kiosk.local_copy import (
    copy_made_at,
    empty_copy,
    install_copy,
    partial_path,
    usable_copy,
    write_copy,
)
from showcase.inventory.kiosk.server_visits import ServerVisitLog
from showcase.inventory.kiosk.view import data_version, open_kiosk_reader
from showcase.inventory.kiosk.visits import VisitLog
from showcase.store.live import kiosk_connect
from showcase.store.location import ServerLocation
from showcase.store.reader import PgConnection, SqlConnection
from showcase.ui.kiosk.live import LiveWatch
from showcase.ui.kiosk.server_link import ServerLink

log = logging.getLogger(__name__)

# The copy is refreshed this long after the last change the kiosk heard of (a desk typing in
# several edits, an import: one refresh, not one per change for every kiosk on the LAN), and
# soon after connecting when the copy's age is unknown.
REFRESH_AFTER_CHANGE_MS = 30_000
REFRESH_AFTER_CONNECT_MS = 1_000


class KioskSource(QObject):
    """What the kiosk window reads from (see the module's doc)."""

    changed = Signal()
    online_changed = Signal(bool)

    visits: VisitLog
    description: str = ""

    @property
    def online(self) -> bool:
        return True

    def reading(self) -> contextlib.AbstractContextManager[SqlConnection]:
        raise NotImplementedError

    def start(self) -> None:
        """Begin watching for changes (also after a sleep)."""

    def stop(self) -> None:
        """Stop watching (the kiosk sleeps)."""

    def check(self) -> None:
        """Look for a change now (the kiosk wakes, or writes its visits)."""

    def settle(self) -> None:
        """Take the state now as seen (after the kiosk's own writes)."""

    def set_idle(self, idle: bool) -> None:
        """The kiosk is idle (attract screen, asleep) or a visitor is browsing."""

    def lost(self, error: BaseException) -> bool:
        """Whether `error` means the server is gone (then the next read uses the copy)."""
        return False

    def close(self) -> None:
        self.visits.close()


class FileSource(KioskSource):
    """A showcase file: the read-only connection, and data_version polled every two seconds."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.description = str(self.path)
        self._reader = open_kiosk_reader(self.path)
        self.visits = VisitLog(self.path)
        self.live = LiveWatch(lambda: data_version(self._reader), parent=self)
        self.live.changed.connect(self.changed)

    @contextlib.contextmanager
    def reading(self) -> Iterator[SqlConnection]:
        yield from _snapshot(self._reader)

    def start(self) -> None:
        self.live.start()

    def stop(self) -> None:
        self.live.stop()

    def check(self) -> None:
        self.live.check()

    def settle(self) -> None:
        self.live.settle()

    def close(self) -> None:
        super().close()
        self._reader.close()


def _snapshot(reader: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """`reader` inside one short read transaction (nested: the outer one is the snapshot)."""
    outer = reader.in_transaction
    if not outer:
        reader.execute("BEGIN")
    try:
        yield reader
    finally:
        if not outer:
            reader.execute("COMMIT")


class ServerSource(KioskSource):
    """A server showcase, with the local copy at `copy_path` for when the server is away."""

    _refreshed = Signal(object)  # from the refresh thread: (partial path, made at) or an error

    def __init__(
        self,
        location: ServerLocation,
        copy_path: Path,
        *,
        name: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.copy_path = Path(copy_path)
        self.description = f"{location} (copy {self.copy_path})"
        self.copy_path.parent.mkdir(parents=True, exist_ok=True)
        partial_path(self.copy_path).unlink(missing_ok=True)  # left by a refresh cut short
        if not usable_copy(self.copy_path):
            log.info("Kiosk: no usable copy yet at %s: starting empty", self.copy_path)
            install_copy(empty_copy(self.copy_path), self.copy_path)
        self.copy_made_at = copy_made_at(self.copy_path)
        self._copy_reader: sqlite3.Connection | None = None
        self._depth = 0
        self._current: SqlConnection | None = None
        self._idle = True
        self._generation = 0  # advanced by every change on the server
        self._copied_generation = -1  # the generation the copy holds (-1: unknown, refresh)
        self._refreshing = False
        self._closed = False
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("copy-refresh")
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.timeout.connect(self._maybe_refresh)
        self.link = ServerLink(
            location, name=name, copy_made_at=lambda: self.copy_made_at, parent=self
        )
        self.link.changed.connect(self._server_changed)
        self.link.online_changed.connect(self._online_changed)
        self._refreshed.connect(self._refresh_done)
        self.visits = ServerVisitLog(
            lambda: self.link.reader, self.copy_path.with_name(self.copy_path.stem + "-visits.json")
        )
        self.link.start()

    @property
    def online(self) -> bool:
        return self.link.online

    # --- reading -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def reading(self) -> Iterator[SqlConnection]:
        if self._depth and self._current is not None:
            yield self._current
            return
        server = self.link.reader
        if server is not None:
            self._depth += 1
            self._current = server
            try:
                server.connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                yield server
            finally:
                self._depth -= 1
                self._current = None
                with contextlib.suppress(Exception):  # a lost server: lost() is asked next
                    server.connection.execute("ROLLBACK")
            return
        copy = self._open_copy()
        self._depth += 1
        self._current = copy
        try:
            yield from _snapshot(copy)
        finally:
            self._depth -= 1
            self._current = None

    def _open_copy(self) -> sqlite3.Connection:
        if self._copy_reader is None:
            self._copy_reader = open_kiosk_reader(self.copy_path)
        return self._copy_reader

    def _close_copy(self) -> None:
        if self._copy_reader is not None:
            self._copy_reader.close()
            self._copy_reader = None

    def lost(self, error: BaseException) -> bool:
        import psycopg

        connection = self.link.connection
        if isinstance(error, psycopg.OperationalError | psycopg.InterfaceError) or (
            connection is not None and connection.closed
        ):
            self.link.drop(str(error).strip())
            return True
        return False

    # --- changes and the state of the link ---------------------------------------------------

    def _server_changed(self) -> None:
        self._generation += 1
        self.changed.emit()
        first = self._copied_generation == -1 and not self._refreshing
        self.refresh_timer.start(REFRESH_AFTER_CONNECT_MS if first else REFRESH_AFTER_CHANGE_MS)

    def _online_changed(self, online: bool) -> None:
        if online:
            self.visits.flush()  # the counts kept while away
        self.online_changed.emit(online)
        if online:
            # The screens read the server from now on (the window reloaded on `changed`).
            self._close_copy()
        else:
            self.changed.emit()  # read again, from the copy

    def start(self) -> None:
        self.link.connect_now()

    def check(self) -> None:
        """Nothing to do: notifications arrive while the kiosk sleeps too, and the link
        compares the change counter every 30 s itself (one query less a minute per kiosk)."""

    def set_idle(self, idle: bool) -> None:
        self._idle = idle
        self._maybe_refresh()

    # --- the local copy ----------------------------------------------------------------------

    def _maybe_refresh(self) -> None:
        if (
            not self.refresh_timer.isActive()
            and self._idle
            and not self._refreshing
            and not self._closed
            and self.link.online
            and self._copied_generation != self._generation
        ):
            self._refreshing = True
            generation = self._generation
            threading.Thread(
                target=self._refresh, args=(generation,), name="kiosk-copy", daemon=True
            ).start()

    def _refresh(self, generation: int) -> None:
        connection: Any = None
        try:
            connection = kiosk_connect(self.location)
            connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            made_at = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
            partial = write_copy(PgConnection(connection), self.copy_path, made_at=made_at)
            self._refreshed.emit((partial, made_at, generation))
        except Exception as exc:
            self._refreshed.emit(exc)
        finally:
            if connection is not None:
                with contextlib.suppress(Exception):
                    connection.close()

    def _refresh_done(self, result: object) -> None:
        self._refreshing = False
        if isinstance(result, BaseException):
            log.warning("Kiosk: the local copy was not refreshed: %s", result)
            return
        assert isinstance(result, tuple)
        partial, made_at, generation = result
        if self._closed:
            partial.unlink(missing_ok=True)
            return
        reading_copy = self._copy_reader is not None
        self._close_copy()  # Windows cannot rename over an open file
        try:
            install_copy(partial, self.copy_path)
        except (OSError, FileAccessError):  # a full disk says so (FileAccessError)
            log.exception("Kiosk: could not put the refreshed copy in place")
            partial.unlink(missing_ok=True)
            return
        self.copy_made_at = made_at
        self._copied_generation = generation
        log.info("Kiosk: local copy refreshed (%s)", made_at)
        if reading_copy and not self.link.online:
            self.changed.emit()
        self._maybe_refresh()  # changed again meanwhile

    def close(self) -> None:
        self._closed = True
        self.refresh_timer.stop()
        super().close()
        self.link.close()
        self._close_copy()
