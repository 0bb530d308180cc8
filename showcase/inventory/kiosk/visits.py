"""What visitors open on the kiosk, counted per day: recorded by the kiosk, reported to staff.

The kiosk records each opening in memory (`VisitLog.record`) and writes the counts now and then
in one short transaction on a connection of its own (`VisitLog.flush`): an upsert that adds to
the day's row. It waits at most a quarter of a second for the database: when the staff window is
writing, the counts stay in memory for the next flush rather than freezing the kiosk.

Only counts are kept, no personal data: which product, category, kabupaten or producer was
opened, and the words searched for (normalised, at most 100 characters).

Staff read them with `visit_report` (one row per day and thing, names resolved) and
`visit_totals` (summed over the dates), a category named in the language staff read, and export
them with `write_visits_csv`: UTF-8 with a byte order mark, `,` separated, written under a
temporary name and renamed when complete (in Indonesian, for the province, whoever exports).
"""

from __future__ import annotations

import csv
import datetime
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from showcase.errors import UserError
from showcase.files import replaced_when_complete
from showcase.i18n import translate
from showcase.inventory.csv_text import csv_row
from showcase.inventory.formats import DEFAULT_LANGUAGE, Language
from showcase.inventory.listing import CATEGORY_NAME
from showcase.store.db import Reader, configure_connection, sqlite_connection

log = logging.getLogger(__name__)

VISIT_KINDS: tuple[str, ...] = ("product", "category", "kabupaten", "producer", "search")
MAX_REF = 100
# How long a flush waits for a staff write to finish before it gives up until the next flush.
FLUSH_WAIT_MS = 250
# Distinct (day, kind, ref) kept in memory while the database cannot be written; beyond, dropped.
MAX_PENDING = 10_000
CSV_HEADER = ("tanggal/date", "jenis/kind", "kode/ref", "nama/name", "jumlah/count")

_UPSERT = """
    INSERT INTO kiosk_visit (day, kind, ref, count) VALUES (?, ?, ?, ?)
    ON CONFLICT (day, kind, ref) DO UPDATE SET count = count + excluded.count"""


class VisitLog:
    """The kiosk's counts of what visitors open; the one thing the kiosk writes.

    Not thread-safe: record and flush from one thread (the kiosk's GUI thread).
    """

    def __init__(
        self, path: Path, clock: Callable[[], datetime.date] = datetime.date.today
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._pending: Counter[tuple[str, str, str]] = Counter()
        self._connection: sqlite3.Connection | None = None

    @property
    def pending(self) -> int:
        """Openings recorded and not yet written."""
        return sum(self._pending.values())

    def record(self, kind: str, ref: str) -> None:
        """Count one opening of `ref` (an id as text, a kabupaten, the words searched) today."""
        if kind not in VISIT_KINDS:
            raise ValueError(f"unknown kind of visit: {kind!r}")
        ref = " ".join(str(ref).split())
        if kind == "search":
            ref = ref.casefold()
        ref = ref[:MAX_REF]
        if not ref:
            return
        self._add((self._clock().isoformat(), kind, ref), 1)

    def _add(self, key: tuple[str, str, str], count: int) -> None:
        if key not in self._pending and len(self._pending) >= MAX_PENDING:
            return  # the database has been out of reach for long: counts are not worth memory
        self._pending[key] += count

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            connection = sqlite3.connect(
                self.path, timeout=FLUSH_WAIT_MS / 1000, check_same_thread=False
            )
            configure_connection(connection)
            connection.execute(f"PRAGMA busy_timeout = {FLUSH_WAIT_MS}")
            self._connection = connection
        return self._connection

    def flush(self) -> bool:
        """Write the counts in one short transaction; True if written (or nothing to write).

        When the database is busy or cannot be written, the counts stay for the next flush.
        """
        if not self._pending:
            return True
        rows = [(day, kind, ref, count) for (day, kind, ref), count in self._pending.items()]
        try:
            connection = self._connect()
            connection.execute("BEGIN IMMEDIATE")
            try:
                connection.executemany(_UPSERT, rows)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            log.warning("Kiosk visits not written yet (%d kept for later): %s", len(rows), exc)
            return False
        self._pending.clear()
        return True

    def close(self) -> None:
        """Flush, then close the connection."""
        try:
            self.flush()
        finally:
            if self._connection is not None:
                self._connection.close()
                self._connection = None


@dataclass(frozen=True)
class VisitRow:
    """How often `name` was opened on `day`. `ref` is as recorded (id as text, name, words)."""

    day: datetime.date
    kind: str
    ref: str
    name: str
    count: int


@dataclass(frozen=True)
class VisitTotal:
    """How often `name` was opened over the whole period asked for."""

    kind: str
    ref: str
    name: str
    count: int


def _name(language: Language) -> str:
    """The name of what a row of kiosk_visit (as v) refers to; NULL for a deleted product,
    category or producer. A product is named by its code and name, as staff know it (the staff
    window lists products by their Indonesian names), a category as staff read it in `language`.
    """
    return f"""CASE v.kind
    WHEN 'product' THEN (SELECT p.code || ' ' || p.name_id FROM product AS p
                         WHERE p.id = CAST(v.ref AS INTEGER))
    WHEN 'category' THEN (SELECT {CATEGORY_NAME[language]} FROM category AS c
                          WHERE c.id = CAST(v.ref AS INTEGER))
    WHEN 'producer' THEN (SELECT pr.name FROM producer AS pr WHERE pr.id = CAST(v.ref AS INTEGER))
    ELSE v.ref END"""


def _period(since: datetime.date | None, until: datetime.date | None) -> tuple[str, dict[str, Any]]:
    # Only the bounds given: PostgreSQL cannot tell the type of a parameter that is only NULL.
    clauses, params = ["1 = 1"], {}
    if since:
        clauses.append("v.day >= :since")
        params["since"] = since.isoformat()
    if until:
        clauses.append("v.day <= :until")
        params["until"] = until.isoformat()
    return " AND ".join(clauses), params


def _deleted(kind: str, ref: str) -> str:
    return translate("KioskStats", "(deleted, id {id})").format(id=ref)


def visit_report(
    reader: Reader,
    *,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    language: Language = DEFAULT_LANGUAGE,
) -> list[VisitRow]:
    """The counts from `since` to `until` (both included), day by day; most opened first per day.
    Categories are named in `language`."""
    where, params = _period(since, until)
    # Sorted outside: PostgreSQL's ORDER BY names output columns only on their own.
    rows = sqlite_connection(reader).execute(
        f"""SELECT * FROM (SELECT v.day, v.kind, v.ref, {_name(language)} AS name, v.count
            FROM kiosk_visit AS v WHERE {where}) AS r
            ORDER BY r.day, r.count DESC, r.kind, r.name IS NULL, r.name""",
        params,
    )
    return [
        VisitRow(
            datetime.date.fromisoformat(day),
            kind,
            ref,
            name if name is not None else _deleted(kind, ref),
            count,
        )
        for day, kind, ref, name, count in rows
    ]


def visit_totals(
    reader: Reader,
    *,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    language: Language = DEFAULT_LANGUAGE,
) -> list[VisitTotal]:
    """The counts from `since` to `until` summed per thing opened; most opened first. Categories
    are named in `language`."""
    where, params = _period(since, until)
    rows = sqlite_connection(reader).execute(
        f"""SELECT * FROM (SELECT v.kind, v.ref, {_name(language)} AS name, SUM(v.count) AS total
            FROM kiosk_visit AS v WHERE {where} GROUP BY v.kind, v.ref) AS r
            ORDER BY r.total DESC, r.kind, r.name IS NULL, r.name""",
        params,
    )
    return [
        VisitTotal(kind, ref, name if name is not None else _deleted(kind, ref), total)
        for kind, ref, name, total in rows
    ]


def write_visits_csv(rows: Iterable[VisitRow], path: Path) -> int:
    """Write `rows` to the CSV file `path` (replaced only once complete); return how many.

    UserError for a file that cannot be written.
    """
    path = Path(path)
    count = 0
    try:
        with replaced_when_complete(path, encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_HEADER)
            for row in rows:
                # What visitors searched for is written as text, never as a formula.
                writer.writerow(
                    csv_row([row.day.isoformat(), row.kind, row.ref, row.name, row.count])
                )
                count += 1
    except OSError as exc:
        raise UserError(
            translate("KioskStats", "cannot write {path}: {why}").format(
                path=path, why=exc.strerror or exc
            )
        ) from exc
    return count
