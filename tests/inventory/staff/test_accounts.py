"""Staff accounts: PINs never in clear, wrong PINs and inactive accounts refused, an admin kept."""

from __future__ import annotations

import pytest

from showcase.errors import UserError, ValidationError
from showcase.inventory.staff.accounts import (
    SignInError,
    change_pin,
    create_account,
    deactivate,
    get_account,
    has_accounts,
    list_accounts,
    reactivate,
    rename,
    set_role,
    sign_in,
)
from showcase.inventory.staff.pins import verify_pin
from showcase.store.db import Database
from tests.helpers.plain import plain_connection


def _admin_and_staff(db: Database) -> tuple[int, int]:
    with db.session() as s:
        admin = create_account(s, "Sari", "admin", "2468", pin_again="2468").id
        staff = create_account(s, "Budi", "staff", "13579").id
    return admin, staff


def test_first_account_and_listing(db: Database) -> None:
    with db.read() as c:
        assert not has_accounts(c)
    _admin_and_staff(db)
    with db.read() as c:
        assert has_accounts(c)
        accounts = list_accounts(c)
    assert [(a.name, a.role, a.active) for a in accounts] == [
        ("Budi", "staff", True),
        ("Sari", "admin", True),
    ]
    assert accounts[1].is_admin and not accounts[0].is_admin


def test_pin_is_stored_only_as_a_salted_hash(db: Database) -> None:
    _admin_and_staff(db)
    with plain_connection(db) as conn:
        rows = conn.execute("SELECT name, pin_hash FROM staff_account").fetchall()
    for name, stored in rows:
        assert stored.startswith("scrypt$")
        assert "2468" not in stored and "13579" not in stored
        assert verify_pin(stored, "2468" if name == "Sari" else "13579")
    # The same PIN twice gives two different hashes (a new salt each time).
    with db.session() as s:
        create_account(s, "Dewi", "staff", "2468")
    with plain_connection(db) as conn:
        hashes = dict(conn.execute("SELECT name, pin_hash FROM staff_account").fetchall())
    assert hashes["Dewi"] != hashes["Sari"]


@pytest.mark.parametrize(
    ("name", "role", "pin", "again", "fields"),
    [
        ("", "staff", "1234", None, {"name"}),
        ("   ", "staff", "1234", None, {"name"}),
        ("x" * 61, "staff", "1234", None, {"name"}),
        ("sari", "staff", "1234", None, {"name"}),  # names are unique ignoring case
        ("Rina", "boss", "1234", None, {"role"}),
        ("Rina", "staff", "123", None, {"pin"}),
        ("Rina", "staff", "123456789", None, {"pin"}),
        ("Rina", "staff", "12a4", None, {"pin"}),
        ("Rina", "staff", "١٢٣٤", None, {"pin"}),  # Arabic-Indic digits are not ASCII digits
        ("Rina", "staff", "1234", "1243", {"pin_again"}),
        ("", "boss", "12", None, {"name", "role", "pin"}),
    ],
)
def test_bad_account_input_names_each_field_and_saves_nothing(
    db: Database, name: str, role: str, pin: str, again: str | None, fields: set[str]
) -> None:
    _admin_and_staff(db)
    with pytest.raises(ValidationError) as caught, db.session() as s:
        create_account(s, name, role, pin, pin_again=again)
    assert set(caught.value.errors) == fields
    with db.read() as c:
        assert len(list_accounts(c)) == 2


def test_sign_in_with_the_right_pin_records_the_time(db: Database) -> None:
    _admin, staff = _admin_and_staff(db)
    with db.session() as s:
        account = sign_in(s, staff, " 13579 ")
    assert account.name == "Budi"
    with db.read() as c:
        stored = get_account(c, staff)
    assert stored is not None and stored.last_login_at is not None


def test_wrong_pin_is_refused_with_a_message(db: Database) -> None:
    _admin, staff = _admin_and_staff(db)
    for wrong in ("1357", "2468", "", "abcd"):
        with pytest.raises(SignInError, match="Wrong PIN for Budi"), db.session() as s:
            sign_in(s, staff, wrong)
    with db.read() as c:
        stored = get_account(c, staff)
    assert stored is not None and stored.last_login_at is None


def test_inactive_account_cannot_sign_in_until_reactivated(db: Database) -> None:
    _admin, staff = _admin_and_staff(db)
    with db.session() as s:
        deactivate(s, staff)
    with pytest.raises(SignInError, match="Budi can no longer sign in"), db.session() as s:
        sign_in(s, staff, "13579")
    with db.read() as c:
        assert [a.name for a in list_accounts(c, active_only=True)] == ["Sari"]
    with db.session() as s:
        reactivate(s, staff)
        assert sign_in(s, staff, "13579").name == "Budi"


def test_last_admin_can_be_neither_demoted_nor_deactivated(db: Database) -> None:
    admin, staff = _admin_and_staff(db)
    with pytest.raises(UserError, match="Sari is the last administrator"), db.session() as s:
        set_role(s, admin, "staff")
    with pytest.raises(UserError, match="last administrator"), db.session() as s:
        deactivate(s, admin)
    # With a second admin, the first may step down; then the second is the last one.
    with db.session() as s:
        set_role(s, staff, "admin")
        set_role(s, admin, "staff")
    with pytest.raises(UserError, match="Budi is the last administrator"), db.session() as s:
        deactivate(s, staff)
    with db.read() as c:
        roles = {a.name: (a.role, a.active) for a in list_accounts(c)}
    assert roles == {"Sari": ("staff", True), "Budi": ("admin", True)}


def test_an_inactive_admin_does_not_count_as_the_admin_kept(db: Database) -> None:
    admin, staff = _admin_and_staff(db)
    with db.session() as s:
        set_role(s, staff, "admin")
        deactivate(s, staff)
    with pytest.raises(UserError, match="last administrator"), db.session() as s:
        set_role(s, admin, "staff")


def test_rename_and_change_pin(db: Database) -> None:
    _admin, staff = _admin_and_staff(db)
    with db.session() as s:
        assert rename(s, staff, "  Budi   Santoso ").name == "Budi Santoso"
        change_pin(s, staff, "97531", pin_again="97531")
    with pytest.raises(ValidationError) as caught, db.session() as s:
        rename(s, staff, "SARI")
    assert set(caught.value.errors) == {"name"}
    with pytest.raises(ValidationError) as caught, db.session() as s:
        change_pin(s, staff, "12")
    assert set(caught.value.errors) == {"pin"}
    with pytest.raises(SignInError), db.session() as s:
        sign_in(s, staff, "13579")
    with db.session() as s:
        assert sign_in(s, staff, "97531").name == "Budi Santoso"


def test_changing_your_own_pin_asks_for_the_current_one(db: Database) -> None:
    from showcase.inventory.staff.accounts import change_own_pin

    _admin, staff = _admin_and_staff(db)
    with pytest.raises(ValidationError) as caught, db.session() as s:
        change_own_pin(s, staff, "1111", "86420", pin_again="86420")
    assert caught.value.errors == {"current_pin": "The current PIN is wrong"}
    with pytest.raises(ValidationError) as caught, db.session() as s:
        change_own_pin(s, staff, "13579", "86420", pin_again="86421")
    assert set(caught.value.errors) == {"pin_again"}
    with db.session() as s:
        change_own_pin(s, staff, "13579", "86420", pin_again="86420")
    with pytest.raises(SignInError), db.session() as s:
        sign_in(s, staff, "13579")
    with db.session() as s:
        assert sign_in(s, staff, "86420").name == "Budi"
