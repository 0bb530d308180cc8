"""Reads off the UI thread: the answer to the newest question, and nothing after closing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from showcase.store.db import Database
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
