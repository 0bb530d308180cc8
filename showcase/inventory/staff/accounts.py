"""Staff accounts: who works the front desk, with a PIN, as `admin` or `staff`.

An admin manages accounts and settings; staff do the daily work. A PIN is 4 to 8 digits and is
kept only as a salted scrypt hash (`showcase.inventory.staff.pins`). An account that leaves is made
inactive, never deleted, so the audit log keeps naming who did what. The last active admin can be
neither demoted nor deactivated: without an admin nobody could manage the showcase any more.

Reading (`list_accounts`, `has_accounts`) is plain SQL, so the sign-in screen opens without
loading SQLAlchemy; changes take an ORM session, so the audit log records them. The PIN
functions are imported when used: the staff window's start needs only `Account`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from showcase.errors import NotFoundError, UserError, ValidationError
from showcase.i18n import translate
from showcase.store.db import Reader, sqlite_connection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from showcase.store.models import StaffAccount

ROLES = ("admin", "staff")
MAX_NAME = 60


class SignInError(UserError):
    """A sign-in that is refused: a wrong PIN, a wait after wrong PINs, or an account that is
    inactive or gone. `wrong_pin` says the PIN was tried and wrong: the caller notes it in the
    log (`wrong_pins.record_wrong_pin`) in a transaction of its own."""

    def __init__(self, message: str, *, wrong_pin: bool = False, wait: float = 0.0) -> None:
        super().__init__(message)
        self.wrong_pin = wrong_pin
        self.wait = wait


def wait_message(name: str, seconds: float) -> str:
    """What a person waiting after wrong PINs reads."""
    return translate(
        "Accounts", "Too many wrong PINs for {name}. Try again in {seconds} s."
    ).format(name=name, seconds=math.ceil(seconds))


@dataclass(frozen=True)
class Account:
    """A staff account as the program passes it around (no PIN hash in it)."""

    id: int
    name: str
    role: str
    active: bool = True
    last_login_at: datetime | None = None
    # The edit version read with it: a change passed it back is refused (EditConflict) when
    # someone else changed the account since.
    version: int = 1

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def role_label(role: str) -> str:
    """The role as staff read it."""
    labels = {
        "admin": translate("Accounts", "Administrator"),
        "staff": translate("Accounts", "Staff"),
    }
    return labels.get(role, role)


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def list_accounts(reader: Reader, *, active_only: bool = False) -> list[Account]:
    """Every account (or only the active ones), by name."""
    sql = "SELECT id, name, role, active, last_login_at, version FROM staff_account"
    if active_only:
        sql += " WHERE active = 1"
    rows = sqlite_connection(reader).execute(sql + " ORDER BY name COLLATE NOCASE, id")
    return [
        Account(i, name, role, bool(active), _when(last), version)
        for i, name, role, active, last, version in rows
    ]


def has_accounts(reader: Reader) -> bool:
    """Whether any account exists (none: the first administrator must be made)."""
    return (
        sqlite_connection(reader).execute("SELECT 1 FROM staff_account LIMIT 1").fetchone()
        is not None
    )


def _account(row: StaffAccount) -> Account:
    return Account(row.id, row.name, row.role, row.active, row.last_login_at, row.version)


def _get(session: Session, account_id: int, version: int | None = None) -> StaffAccount:
    """The account to change; EditConflict when it is no longer at the `version` shown."""
    from showcase.inventory.edit_versions import check_version
    from showcase.store.models import StaffAccount

    row = session.get(StaffAccount, account_id)
    if row is None:
        raise NotFoundError(translate("Accounts", "The account no longer exists"))
    check_version(session, row, version)
    return row


def _flush(session: Session, row: StaffAccount) -> None:
    from showcase.inventory.edit_versions import saving

    with saving(session, row):
        session.flush()


def _clean_name(session: Session, name: str, account_id: int | None) -> str:
    """The name with spaces tidied; ValidationError on `name` if empty, too long or taken."""
    from sqlalchemy import func, select

    from showcase.store.models import StaffAccount

    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError({"name": translate("Accounts", "The name is required")})
    if len(cleaned) > MAX_NAME:
        raise ValidationError(
            {
                "name": translate(
                    "Accounts", "The name is too long (at most {n} characters)"
                ).format(n=MAX_NAME)
            }
        )
    taken = session.scalar(
        select(StaffAccount.id).where(func.lower(StaffAccount.name) == cleaned.lower())
    )
    if taken is not None and taken != account_id:
        raise ValidationError(
            {
                "name": translate("Accounts", "There is already an account named {name}").format(
                    name=cleaned
                )
            }
        )
    return cleaned


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError({"role": translate("Accounts", "Choose administrator or staff")})


def _check_pin(pin: str, pin_again: str | None) -> str:
    from showcase.inventory.staff.pins import pin_problem

    pin = pin.strip()
    problem = pin_problem(pin)
    if problem is not None:
        raise ValidationError({"pin": problem})
    if pin_again is not None and pin_again.strip() != pin:
        raise ValidationError({"pin_again": translate("Accounts", "The two PINs differ")})
    return pin


def create_account(
    session: Session, name: str, role: str, pin: str, *, pin_again: str | None = None
) -> Account:
    """A new active account. ValidationError names each wrong field (`name`, `role`, `pin`,
    `pin_again` when the PIN typed twice differs); nothing is saved then."""
    from showcase.inventory.staff.pins import hash_pin
    from showcase.store.models import StaffAccount

    errors: dict[str, str] = {}
    cleaned = ""
    try:
        cleaned = _clean_name(session, name, None)
    except ValidationError as exc:
        errors.update(exc.errors)
    try:
        _check_role(role)
    except ValidationError as exc:
        errors.update(exc.errors)
    try:
        _check_pin(pin, pin_again)
    except ValidationError as exc:
        errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    row = StaffAccount(name=cleaned, role=role, pin_hash=hash_pin(pin.strip()), active=True)
    session.add(row)
    session.flush()
    return _account(row)


def change_pin(
    session: Session,
    account_id: int,
    pin: str,
    *,
    pin_again: str | None = None,
    version: int | None = None,
) -> None:
    """Give the account a new PIN (an admin resetting it, or the person changing their own)."""
    from showcase.inventory.staff.pins import hash_pin

    row = _get(session, account_id, version)
    row.pin_hash = hash_pin(_check_pin(pin, pin_again))
    _flush(session, row)


def change_own_pin(
    session: Session,
    account_id: int,
    current_pin: str,
    pin: str,
    *,
    pin_again: str | None = None,
    now: datetime | None = None,
) -> None:
    """A person changing their own PIN: the current one first (ValidationError on `current_pin`
    when it is wrong: the caller notes it as a wrong PIN; UserError while the account waits
    after wrong PINs), then the new one as in `change_pin`."""
    from showcase.inventory.staff.pins import hash_pin, verify_pin
    from showcase.inventory.staff.wrong_pins import wait_seconds
    from showcase.store.models import utcnow

    row = _get(session, account_id)
    wait = wait_seconds(session, account_id, now or utcnow())
    if wait > 0:
        raise UserError(wait_message(row.name, wait))
    if not verify_pin(row.pin_hash, current_pin.strip()):
        raise ValidationError({"current_pin": translate("Accounts", "The current PIN is wrong")})
    row.pin_hash = hash_pin(_check_pin(pin, pin_again))
    session.flush()


def rename(session: Session, account_id: int, name: str, *, version: int | None = None) -> Account:
    row = _get(session, account_id, version)
    row.name = _clean_name(session, name, account_id)
    _flush(session, row)
    return _account(row)


def _other_active_admins(session: Session, account_id: int) -> int:
    from sqlalchemy import func, select

    from showcase.store.models import StaffAccount

    return int(
        session.scalar(
            select(func.count())
            .select_from(StaffAccount)
            .where(
                StaffAccount.role == "admin",
                StaffAccount.active.is_(True),
                StaffAccount.id != account_id,
            )
        )
        or 0
    )


def _keep_an_admin(session: Session, row: StaffAccount) -> None:
    if row.role == "admin" and row.active and _other_active_admins(session, row.id) == 0:
        raise UserError(
            translate(
                "Accounts",
                "{name} is the last administrator. Make another account an administrator first: "
                "without one, nobody could manage accounts and settings.",
            ).format(name=row.name)
        )


def set_role(
    session: Session, account_id: int, role: str, *, version: int | None = None
) -> Account:
    """Make the account an admin or staff; the last active admin stays an admin (UserError)."""
    _check_role(role)
    row = _get(session, account_id, version)
    if role != row.role:
        if role == "staff":
            _keep_an_admin(session, row)
        row.role = role
        _flush(session, row)
    return _account(row)


def deactivate(session: Session, account_id: int, *, version: int | None = None) -> Account:
    """The person no longer signs in; their name stays in the log. Not the last active admin."""
    row = _get(session, account_id, version)
    if row.active:
        _keep_an_admin(session, row)
        row.active = False
        _flush(session, row)
    return _account(row)


def reactivate(session: Session, account_id: int, *, version: int | None = None) -> Account:
    row = _get(session, account_id, version)
    if not row.active:
        row.active = True
        _flush(session, row)
    return _account(row)


def sign_in(session: Session, account_id: int, pin: str, *, now: datetime | None = None) -> Account:
    """The account, when `pin` is its PIN, it is active and not waiting after wrong PINs; else
    SignInError saying why. `now` (UTC) is for tests.

    The time of the sign-in is stored (and so recorded in the audit log)."""
    from showcase.inventory.staff.pins import verify_pin
    from showcase.inventory.staff.wrong_pins import wait_seconds
    from showcase.store.models import StaffAccount, utcnow

    moment = now or utcnow()
    row = session.get(StaffAccount, account_id)
    if row is None:
        raise SignInError(translate("Accounts", "The account no longer exists"))
    if not row.active:
        raise SignInError(
            translate(
                "Accounts",
                "{name} can no longer sign in: ask an administrator to reactivate the account",
            ).format(name=row.name)
        )
    wait = wait_seconds(session, account_id, moment)
    if wait > 0:
        raise SignInError(wait_message(row.name, wait), wait=wait)
    if not verify_pin(row.pin_hash, pin.strip()):
        raise SignInError(
            translate("Accounts", "Wrong PIN for {name}").format(name=row.name), wrong_pin=True
        )
    row.last_login_at = moment
    session.flush()
    return _account(row)


def get_account(reader: Reader, account_id: int) -> Account | None:
    """The account as stored now (its name or role may have changed), or None if gone."""
    row = (
        sqlite_connection(reader)
        .execute(
            "SELECT id, name, role, active, last_login_at, version FROM staff_account WHERE id = ?",
            (account_id,),
        )
        .fetchone()
    )
    if row is None:
        return None
    return Account(row[0], row[1], row[2], bool(row[3]), _when(row[4]), int(row[5]))
