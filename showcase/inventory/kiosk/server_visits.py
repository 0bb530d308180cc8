"""Visit counts of a kiosk on a server: sent when the server is there, kept on the kiosk when not.

`ServerVisitLog` records like `VisitLog` and writes the counts to the server through the
kiosk's connection, one transaction per flush. While the server cannot be reached they stay in
memory and in a small outbox file in the kiosk's data folder (JSON, replaced whole), so a kiosk
switched off during an outage sends them when it next reaches its server. A flush that fails
leaves the server without any of them (one transaction), so nothing is counted twice.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import logging
from collections.abc import Callable
from pathlib import Path

from showcase.errors import FileAccessError
from showcase.files import replaced_when_complete
from showcase.inventory.kiosk.visits import VisitLog
from showcase.store.reader import PgConnection

log = logging.getLogger(__name__)

_UPSERT = """
    INSERT INTO kiosk_visit (day, kind, ref, count) VALUES (?, ?, ?, ?)
    ON CONFLICT (day, kind, ref) DO UPDATE SET count = kiosk_visit.count + excluded.count"""


class ServerVisitLog(VisitLog):
    """A VisitLog whose counts go to the server `connection()` gives (None while offline)."""

    def __init__(
        self,
        connection: Callable[[], PgConnection | None],
        outbox: Path,
        clock: Callable[[], datetime.date] = datetime.date.today,
    ) -> None:
        super().__init__(outbox, clock)
        self._server = connection
        self.outbox = Path(outbox)
        self._saved = False
        self._load()

    def _load(self) -> None:
        try:
            stored = json.loads(self.outbox.read_text(encoding="utf-8"))
            rows = stored["counts"]
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("Ignored an unreadable outbox of visit counts: %s", self.outbox)
            return
        for row in rows:
            with contextlib.suppress(ValueError, TypeError):
                day, kind, ref, count = row
                self._add((str(day), str(kind), str(ref)), int(count))
        self._saved = True

    def _save(self) -> None:
        rows = [[day, kind, ref, count] for (day, kind, ref), count in self._pending.items()]
        try:
            self.outbox.parent.mkdir(parents=True, exist_ok=True)
            with replaced_when_complete(self.outbox) as handle:
                json.dump({"counts": rows}, handle)
            self._saved = True
        except (OSError, FileAccessError):  # a full disk: FileAccessError
            log.warning("Could not keep the visit counts in %s", self.outbox, exc_info=True)

    def flush(self) -> bool:
        """Send the counts in one transaction; False (and kept in the outbox) if not sent."""
        if not self._pending:
            return True
        rows = [(day, kind, ref, count) for (day, kind, ref), count in self._pending.items()]
        connection = self._server()
        if connection is None:
            self._save()
            return False
        try:
            with connection.connection.transaction():
                connection.executemany(_UPSERT, rows)
        except Exception as exc:  # a lost server: psycopg.OperationalError and its kin
            log.warning("Kiosk visits not sent yet (%d kept for later): %s", len(rows), exc)
            self._save()
            return False
        self._pending.clear()
        if self._saved:
            self.outbox.unlink(missing_ok=True)
            self._saved = False
        return True

    def close(self) -> None:
        self.flush()
