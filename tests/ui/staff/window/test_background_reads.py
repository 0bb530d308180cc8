"""Reads off the UI thread: the answer to the newest question, and nothing after closing."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.store.db import Database
from showcase.store.reader import POSTGRESQL, SqlConnection, dialect
from showcase.ui.staff.window.background_reads import BackgroundReads
from tests.helpers.factories import make_sample


def _count(connection: object) -> int:
    row = connection.execute("SELECT count(*) FROM product").fetchone()  # type: ignore[attr-defined]
    return int(row[0])


def test_a_read_answers_with_what_the_store_holds(qtbot: QtBot, db: Database) -> None:
    make_sample(db)
    reads = BackgroundReads(db)
    try:
        with qtbot.waitSignal(reads.done, timeout=10_000) as answer:
            number = reads.ask(_count)
        with db.reading() as connection:
            expected = _count(connection)
        assert answer.args == [number, expected]
        assert expected > 0
    finally:
        reads.close()


def test_asking_after_close_reads_nothing_and_raises_nothing(db: Database) -> None:
    """The window's count timer may fire in the moment between closing and being deleted."""
    reads = BackgroundReads(db)
    reads.close()
    answers: list[object] = []
    reads.done.connect(lambda *args: answers.append(args))
    reads.ask(_count)
    reads.close()  # twice is harmless too
    assert not reads.busy  # nothing was handed to the reading thread, so no answer can come
    assert answers == []


def _long(started: threading.Event) -> Callable[[SqlConnection], int]:
    """A read that takes a minute or more on either store (it says when it has begun), after a
    moment between statements, when a stop has nothing to stop."""

    def read(connection: SqlConnection) -> int:
        started.set()
        time.sleep(0.2)
        if dialect(connection) == POSTGRESQL:
            connection.execute("SELECT pg_sleep(60)").fetchone()
        else:
            sql = (
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1e9) "
                "SELECT count(*) FROM n"
            )
            connection.execute(sql).fetchone()
        return -1

    return read


def test_a_read_no_longer_wanted_is_stopped_for_the_newest(qtbot: QtBot, db: Database) -> None:
    """Staff typed on: the search for what they typed before is stopped, not waited for."""
    make_sample(db)
    reads = BackgroundReads(db)
    failures: list[object] = []
    answers: list[object] = []
    reads.failed.connect(lambda *args: failures.append(args))
    reads.done.connect(lambda *args: answers.append(args))
    try:
        started = threading.Event()
        reads.ask(_long(started))
        assert started.wait(10)
        begun = time.monotonic()
        with qtbot.waitSignal(reads.done, timeout=20_000) as answer:
            number = reads.ask(_count)
        assert time.monotonic() - begun < 20  # not after the minute the first read takes
        with db.reading() as connection:
            assert answer.args == [number, _count(connection)]
        assert answers == [tuple(answer.args)]  # the stopped read answers nothing
        assert failures == []  # and is no failure
        qtbot.waitUntil(lambda: not reads.busy)
        with qtbot.waitSignal(reads.done, timeout=10_000) as again:  # the thread goes on
            number = reads.ask(_count)
        assert again.args[0] == number
    finally:
        reads.close()


def test_reads_stopped_at_any_moment_leave_the_thread_reading(qtbot: QtBot, db: Database) -> None:
    """Keys pressed fast stop reads at any point, their end included; the next reads work."""
    make_sample(db)
    reads = BackgroundReads(db)
    failures: list[object] = []
    answered: dict[int, object] = {}
    reads.failed.connect(lambda *args: failures.append(args))
    reads.done.connect(answered.__setitem__)
    try:
        for _ in range(300):
            reads.ask(_count)
            time.sleep(0.0005)
        number = reads.ask(_count)
        qtbot.waitUntil(lambda: number in answered, timeout=10_000)
        with db.reading() as connection:
            assert answered[number] == _count(connection)
        assert failures == []
    finally:
        reads.close()


def test_dropped_reads_are_stopped_and_answer_nothing(qtbot: QtBot, db: Database) -> None:
    """A count for what staff typed before is stopped when they type on."""
    make_sample(db)
    reads = BackgroundReads(db)
    answers: list[object] = []
    failures: list[object] = []
    reads.done.connect(lambda *args: answers.append(args))
    reads.failed.connect(lambda *args: failures.append(args))
    try:
        started = threading.Event()
        reads.ask(_long(started))
        assert started.wait(10)
        begun = time.monotonic()
        reads.drop()
        qtbot.waitUntil(lambda: not reads.busy, timeout=20_000)
        assert time.monotonic() - begun < 20  # not the minute the read takes
        QApplication.processEvents()
        assert answers == [] and failures == []
    finally:
        reads.close()
