"""Wrong PINs for staff accounts, and the wait they bring: kept in the audit log, not in memory.

A wrong PIN at the sign-in (or as the current PIN when someone changes theirs) is written to the
log as `sign-in-refused` for that account, so an administrator sees guessing, and so the wait
survives closing and reopening the program (the staff window restarts in a second, unlike the
kiosk, whose PinGuard may forget) and holds on every PC that opens the same file.

The rule is PinGuard's: after 3 wrong PINs in a row, 30 s before the next try, doubling with each
further wrong PIN, at most 15 minutes. A right PIN (a `sign-in` entry) or a new PIN starts afresh.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from showcase.inventory.staff.pins import PinGuard
from showcase.store.db import Reader, sqlite_connection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


REFUSED = "sign-in-refused"
# More wrong PINs in a row than this change nothing: the wait is already at its cap.
_LOOK_BACK = PinGuard.FREE_TRIES + 12


def record_wrong_pin(
    session: Session, account_id: int, name: str, *, now: datetime | None = None
) -> None:
    """Note in the log that a wrong PIN was typed for this account (its own transaction: the
    refused sign-in itself changes nothing). `now` (UTC) is for tests."""
    from showcase.store.models import AuditEntry, utcnow

    session.add(
        AuditEntry(
            at=now or utcnow(),
            actor="",  # whoever typed it is exactly what is not known
            action=REFUSED,
            entity="account",
            entity_id=str(account_id),
            product_id=None,
            summary=name,
            changes={},
        )
    )
    session.flush()


def wait_seconds(reader: Reader, account_id: int, now: datetime) -> float:
    """Seconds before this account may try a PIN again (0: now). `now` is UTC, as stored.

    The wrong PINs that count are those since the last sign-in or the last new PIN (an
    administrator who resets a locked-out person's PIN lets them in at once)."""
    rows = sqlite_connection(reader).execute(
        "SELECT action, at, changes FROM audit_entry WHERE entity = 'account' AND entity_id = ? "
        "AND action IN ('sign-in', 'update', ?) ORDER BY at DESC, id DESC LIMIT ?",
        (str(account_id), REFUSED, _LOOK_BACK),
    )
    wrong = 0
    last: datetime | None = None
    for action, at, changes in rows:
        if action == "update" and '"pin"' not in (changes or ""):
            continue  # a new name or role: the wrong PINs still count
        if action != REFUSED:
            break
        wrong += 1
        last = last or datetime.fromisoformat(at)
    if wrong < PinGuard.FREE_TRIES or last is None:
        return 0.0
    doublings = min(wrong - PinGuard.FREE_TRIES, 10)
    wait = min(PinGuard.FIRST_WAIT * 2**doublings, PinGuard.MAX_WAIT)
    return float(max(0.0, wait - (now - last).total_seconds()))
