"""Two administrators changing the same account from two desks: the second is told who changed
it and what it now is, nothing is overwritten, and doing it again applies to the account as it
now is. On both stores."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from showcase.inventory.staff.accounts import Account, get_account, rename
from showcase.store.db import Database
from showcase.ui.staff.people.accounts_dialog import AccountsDialog
from tests.helpers.desks import second_desk


@pytest.fixture
def other_desk(db: Database) -> Iterator[Database]:
    with second_desk(db, "Ani") as desk:
        yield desk


def _account(db: Database, account_id: int) -> Account:
    with db.read() as reader:
        account = get_account(reader, account_id)
    assert account is not None
    return account


def test_a_role_change_over_another_desks_rename_is_told(
    dialog: AccountsDialog, db: Database, other_desk: Database, budi: int
) -> None:
    dialog.select(budi)
    with other_desk.session() as s:
        rename(s, budi, "Budi Santoso")
    dialog.role_button.click()
    text = dialog.message.text()
    assert "Ani" in text and "Budi Santoso" in text
    assert _account(db, budi).role == "staff"  # nothing changed
    # The list now shows Ani's rename; doing it again applies to it.
    dialog.select(budi)
    dialog.role_button.click()
    account = _account(db, budi)
    assert (account.name, account.role) == ("Budi Santoso", "admin")


def test_the_rename_form_stays_open_and_saving_again_keeps_the_edit(
    qtbot: QtBot, dialog: AccountsDialog, db: Database, other_desk: Database, budi: int
) -> None:
    dialog.select(budi)
    dialog.rename_button.click()
    form = dialog.form_dialog
    assert form is not None
    form.form.name.setText("Budi S.")
    with other_desk.session() as s:
        rename(s, budi, "Budi Santoso")
    form.save_button.click()
    assert form.isVisible()
    assert "Ani" in form.message.text() and "Budi Santoso" in form.message.text()
    assert form.form.name.text() == "Budi S."
    assert _account(db, budi).name == "Budi Santoso"
    with qtbot.waitSignal(form.accepted):
        form.save_button.click()
    assert _account(db, budi).name == "Budi S."
