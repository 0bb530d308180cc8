"""Fixtures the tests of the accounts dialog share: Sari, the administrator signed in; Budi, a
member of staff; and the dialog as Sari opens it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from showcase.inventory.staff.accounts import Account, create_account
from showcase.store.db import Database
from showcase.ui.staff.people.accounts_dialog import AccountsDialog
from tests.helpers.factories import make_account


@pytest.fixture
def admin(db: Database) -> Account:
    return make_account(db, "Sari", "admin", "2468")


@pytest.fixture
def budi(db: Database, admin: Account) -> int:
    with db.session() as s:
        return create_account(s, "Budi", "staff", "13579").id


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, admin: Account, budi: int) -> AccountsDialog:
    widget = AccountsDialog(db, admin)
    qtbot.addWidget(widget)
    widget.show()
    return widget
