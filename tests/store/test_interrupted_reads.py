"""A read stopped from another thread (Database.interrupt_reading, for a search staff typed on
from) raises what `Database.interrupted` recognises, and the next read works, on both stores,
even when it was stopped as its snapshot ended."""

from __future__ import annotations

import threading

import pytest

from showcase.store.db import Database
from showcase.store.reader import POSTGRESQL, dialect
from tests.helpers.factories import make_sample

LONG = {
    "sqlite": "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1e9) "
    "SELECT count(*) FROM n",
    POSTGRESQL: "SELECT pg_sleep(60)",
}


def _products(database: Database) -> int:
    with database.reading() as connection:
        return int(connection.execute("SELECT count(*) FROM product").fetchone()[0])


def test_a_long_read_is_stopped_and_the_next_one_answers(db: Database) -> None:
    make_sample(db)
    expected = _products(db)
    reader = Database(db.path, server=db.server)  # a reading thread's own, as BackgroundReads
    raised: list[BaseException] = []
    after: list[int] = []

    def long_read_then_another() -> None:
        try:
            with reader.reading() as connection:
                connection.execute(LONG.get(dialect(connection), LONG["sqlite"])).fetchone()
        except Exception as error:
            raised.append(error)
        after.append(_products(reader))
        reader.close()

    thread = threading.Thread(target=long_read_then_another)
    thread.start()
    while not after and thread.is_alive():
        reader.interrupt_reading()
        thread.join(0.2)
    thread.join()
    assert len(raised) == 1 and Database.interrupted(raised[0])
    assert after == [expected]


def test_a_read_stopped_as_it_ends_leaves_the_next_one_working(sqlite_db: Database) -> None:
    """Stopped while a statement of the read is still open: its COMMIT is what gets stopped."""
    make_sample(sqlite_db)
    expected = _products(sqlite_db)
    with sqlite_db.read() as connection:
        rows = connection.execute("SELECT id FROM product")
        rows.fetchone()  # the statement is still running as the read ends
        sqlite_db.interrupt_reading()
    del rows  # (gone with the function that read, in the program)
    assert _products(sqlite_db) == expected


def test_other_errors_are_not_taken_for_a_stop(db: Database) -> None:
    with pytest.raises(Exception) as caught, db.reading() as connection:
        connection.execute("SELECT no_such_column FROM product").fetchone()
    assert not Database.interrupted(caught.value)
