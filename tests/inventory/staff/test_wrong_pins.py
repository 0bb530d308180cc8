"""Wrong PINs at the sign-in: kept in the audit log, so the wait after three survives a restart."""

from __future__ import annotations

from datetime import timedelta

import pytest

from showcase.inventory.staff.accounts import SignInError, change_own_pin, create_account, sign_in
from showcase.inventory.staff.wrong_pins import record_wrong_pin, wait_seconds
from showcase.store.db import Database
from showcase.store.models import utcnow
from showcase.store.opening import open_showcase
from tests.helpers.plain import plain_connection


@pytest.fixture
def budi(db: Database) -> int:
    with db.session() as s:
        return create_account(s, "Budi", "staff", "13579").id


def _try(db: Database, account: int, pin: str, now: object) -> SignInError | None:
    """One try as the sign-in dialog makes it: a wrong PIN is noted in its own transaction."""
    try:
        with db.session() as s:
            sign_in(s, account, pin, now=now)  # type: ignore[arg-type]
    except SignInError as exc:
        if exc.wrong_pin:
            with db.session() as s:
                record_wrong_pin(s, account, "Budi", now=now)  # type: ignore[arg-type]
        return exc
    return None


def test_three_wrong_pins_bring_a_wait_that_doubles(db: Database, budi: int) -> None:
    start = utcnow()
    for _ in range(2):
        error = _try(db, budi, "0000", start)
        assert error is not None and error.wrong_pin
    with db.read() as c:
        assert wait_seconds(c, budi, start) == 0  # two wrong PINs: no wait yet
    _try(db, budi, "1111", start)
    with db.read() as c:
        assert wait_seconds(c, budi, start) == 30
        assert wait_seconds(c, budi, start + timedelta(seconds=10)) == 20
    # While waiting even the right PIN is refused, and that refusal is not a wrong PIN.
    error = _try(db, budi, "13579", start + timedelta(seconds=10))
    assert error is not None and not error.wrong_pin
    assert error.message == "Too many wrong PINs for Budi. Try again in 20 s."
    later = start + timedelta(seconds=31)
    _try(db, budi, "2222", later)  # the fourth wrong PIN: 60 s
    with db.read() as c:
        assert wait_seconds(c, budi, later) == 60
    # A right PIN after the wait starts afresh.
    assert _try(db, budi, "13579", later + timedelta(seconds=61)) is None
    with db.read() as c:
        assert wait_seconds(c, budi, later + timedelta(seconds=61)) == 0


def test_the_wait_survives_a_restart(db: Database, budi: int) -> None:
    now = utcnow()
    for _ in range(3):
        _try(db, budi, "0000", now)
    db.close()
    reopened = open_showcase(db.location)  # the program closed and opened again
    try:
        with reopened.read() as c:
            assert wait_seconds(c, budi, now + timedelta(seconds=5)) == 25
    finally:
        reopened.close()


def test_wrong_pins_are_in_the_log_without_the_pin(db: Database, budi: int) -> None:
    now = utcnow()
    _try(db, budi, "97531", now)
    with plain_connection(db) as conn:
        rows = [
            tuple(row)
            for row in conn.execute(
                "SELECT actor, action, entity, entity_id, summary, changes FROM audit_entry "
                "WHERE action = 'sign-in-refused'"
            ).fetchall()
        ]
    assert rows == [("", "sign-in-refused", "account", str(budi), "Budi", "{}")]


def test_a_wrong_current_pin_counts_too(db: Database, budi: int) -> None:
    from showcase.errors import UserError, ValidationError

    now = utcnow()
    for _ in range(3):
        with pytest.raises(ValidationError), db.session() as s:
            change_own_pin(s, budi, "0000", "86420", pin_again="86420", now=now)
        with db.session() as s:
            record_wrong_pin(s, budi, "Budi", now=now)
    with pytest.raises(UserError, match="Try again in 30 s"), db.session() as s:
        change_own_pin(s, budi, "13579", "86420", pin_again="86420", now=now)


def test_a_new_pin_from_an_administrator_ends_the_wait(db: Database, budi: int) -> None:
    from showcase.inventory.staff.accounts import change_pin, rename

    now = utcnow()
    for _ in range(3):
        _try(db, budi, "0000", now)
    with db.session() as s:
        rename(s, budi, "Budi Santoso")  # not a new PIN: Budi still waits
    with db.read() as c:
        assert wait_seconds(c, budi, now) == 30
    with db.session() as s:
        change_pin(s, budi, "24680")
    with db.read() as c:
        assert wait_seconds(c, budi, now) == 0
    assert _try(db, budi, "24680", now) is None
