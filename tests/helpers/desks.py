"""A second desk on the test's showcase: the same showcase opened again, as another PC at the
front desk (or a second window) has it, signed in as someone else, for the tests of edits that
meet."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from showcase.store.db import Database
from showcase.store.opening import open_showcase


@contextmanager
def second_desk(db: Database, actor: str) -> Iterator[Database]:
    """`db`'s showcase opened a second time, signed in as `actor`, for the block."""
    desk = open_showcase(db.location)
    desk.actor = actor
    try:
        yield desk
    finally:
        desk.close()
