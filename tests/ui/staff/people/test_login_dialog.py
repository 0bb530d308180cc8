"""The sign-in dialog: the first administrator, the PIN, wrong PINs and the wait after three."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from showcase.inventory.staff.accounts import create_account, deactivate, list_accounts
from showcase.store.db import Database
from showcase.store.models import utcnow
from showcase.ui.staff.people.login_dialog import LoginDialog
from tests.helpers.paths import ROOT
from tests.helpers.plain import plain_connection


class Clock:
    """UTC now, moved on by hand."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            name: create_account(s, name, role, pin).id
            for name, role, pin in (
                ("Sari", "admin", "2468"),
                ("Budi", "staff", "13579"),
                ("Dewi", "staff", "1111"),
            )
        }


def _dialog(qtbot: QtBot, db: Database, clock: Clock | None = None) -> LoginDialog:
    dialog = LoginDialog(db, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_pin(qtbot: QtBot, dialog: LoginDialog, pin: str) -> None:
    dialog.pin.clear()
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)


def test_first_administrator_is_made_and_signed_in(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    assert dialog.first_admin
    assert dialog.heading.text() == "Create the first administrator"
    qtbot.keyClicks(dialog.form.name, "  Sari  Wulandari ")
    qtbot.keyClicks(dialog.form.pin, "2468")
    qtbot.keyClicks(dialog.form.pin_again, "2468")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.form.pin_again, Qt.Key.Key_Return)
    assert dialog.account is not None and dialog.account.name == "Sari Wulandari"
    assert dialog.account.is_admin
    assert db.actor == "Sari Wulandari"
    with plain_connection(db) as conn:
        row = conn.execute("SELECT role, pin_hash FROM staff_account").fetchone()
    assert row[0] == "admin" and row[1].startswith("scrypt$") and "2468" not in row[1]


def test_first_administrator_mistakes_stand_under_their_fields(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    qtbot.keyClicks(dialog.form.pin, "24")
    dialog.submit.click()
    assert dialog.form.error_text("name") == "The name is required"
    assert dialog.form.error_text("pin") == "The PIN must be 4 to 8 digits"
    qtbot.keyClicks(dialog.form.name, "Sari")
    dialog.form.pin.setText("2468")
    qtbot.keyClicks(dialog.form.pin_again, "2486")
    dialog.submit.click()
    assert dialog.form.error_text("pin_again") == "The two PINs differ"
    assert dialog.result() != QDialog.DialogCode.Accepted
    with db.read() as c:
        assert list_accounts(c) == []
    assert db.actor == ""


def test_pin_field_takes_digits_only_and_hides_them(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    dialog = _dialog(qtbot, db)
    qtbot.keyClicks(dialog.pin, "12ab34567890")
    assert dialog.pin.text() == "12345678"  # letters refused, at most 8 digits
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password


def test_only_active_accounts_are_listed(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    with db.session() as s:
        deactivate(s, people["Dewi"])
    dialog = _dialog(qtbot, db)
    names = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert names == ["Budi", "Sari"]
    assert dialog.heading.text() == "Who is at the desk?"


def test_right_pin_signs_in(qtbot: QtBot, db: Database, people: dict[str, int]) -> None:
    dialog = _dialog(qtbot, db)
    assert dialog.select_account(people["Budi"])
    with qtbot.waitSignal(dialog.accepted):
        _type_pin(qtbot, dialog, "13579")
    assert dialog.account is not None and dialog.account.name == "Budi"
    assert not dialog.account.is_admin
    assert db.actor == "Budi"


def test_no_name_chosen_or_no_pin_says_so(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    dialog = _dialog(qtbot, db)
    _type_pin(qtbot, dialog, "13579")
    assert dialog.message.text() == "Choose your name first."
    dialog.select_account(people["Budi"])
    dialog.submit.click()
    assert dialog.message.text() == "Type your PIN."
    assert dialog.account is None


def test_wrong_pin_is_refused_then_three_wrong_lock_the_account(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    clock = Clock()
    dialog = _dialog(qtbot, db, clock)
    dialog.select_account(people["Budi"])
    _type_pin(qtbot, dialog, "2468")  # Sari's PIN is not Budi's
    assert dialog.message.text() == "Wrong PIN for Budi"
    assert dialog.pin.text() == "" and dialog.pin.isEnabled()
    _type_pin(qtbot, dialog, "0000")
    _type_pin(qtbot, dialog, "1234")
    assert dialog.message.text() == "Too many wrong PINs for Budi. Try again in 30 s."
    assert not dialog.pin.isEnabled() and not dialog.submit.isEnabled()
    assert dialog.account is None and db.actor == ""
    with db.read() as c:
        assert all(a.last_login_at is None for a in list_accounts(c))
    # Another person at the desk is not held up by Budi's wait.
    dialog.select_account(people["Sari"])
    assert dialog.pin.isEnabled() and dialog.message.text() == ""
    # A new dialog (Switch user, the program restarted) keeps Budi's wait: it is in the log.
    again = _dialog(qtbot, db, clock)
    again.select_account(people["Budi"])
    assert not again.pin.isEnabled()
    clock.now += timedelta(seconds=12)
    again._show_lock()
    assert again.message.text() == "Too many wrong PINs for Budi. Try again in 18 s."
    clock.now += timedelta(seconds=18)
    again._show_lock()
    assert again.pin.isEnabled() and again.message.isHidden()
    with qtbot.waitSignal(again.accepted):
        _type_pin(qtbot, again, "13579")
    assert again.account is not None and again.account.name == "Budi"
    with plain_connection(db) as conn:
        refused = conn.execute(
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'sign-in-refused' AND summary = 'Budi'"
        ).fetchone()[0]
    assert refused == 3


def test_an_account_deactivated_meanwhile_cannot_sign_in(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    dialog = _dialog(qtbot, db)
    dialog.select_account(people["Dewi"])
    with db.session() as s:  # an administrator on another PC
        deactivate(s, people["Dewi"])
    _type_pin(qtbot, dialog, "1111")
    assert dialog.message.text().startswith("Dewi can no longer sign in")
    assert dialog.account is None


def test_login_dialog_renders(qtbot: QtBot, db: Database, people: dict[str, int]) -> None:
    dialog = _dialog(qtbot, db)
    dialog.select_account(people["Sari"])
    qtbot.waitExposed(dialog)
    image = dialog.grab()
    assert image.width() >= 460
    # Every name is visible without scrolling (three accounts, rows of 52 px).
    assert dialog.accounts.verticalScrollBar().maximum() == 0


def test_a_single_account_is_chosen_already(qtbot: QtBot, db: Database) -> None:
    with db.session() as s:
        only = create_account(s, "Sari", "admin", "2468").id
    dialog = _dialog(qtbot, db)
    chosen = dialog.chosen()
    assert chosen is not None and chosen.id == only
    with qtbot.waitSignal(dialog.accepted):
        _type_pin(qtbot, dialog, "2468")


def test_digits_typed_on_the_list_go_to_the_pin(
    qtbot: QtBot, db: Database, people: dict[str, int]
) -> None:
    dialog = _dialog(qtbot, db)
    dialog.accounts.setFocus()
    qtbot.keyClick(dialog.accounts, Qt.Key.Key_Down)  # Budi, the first name
    qtbot.keyClicks(dialog.accounts, "13579")
    assert dialog.pin.text() == "13579"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.account is not None and dialog.account.name == "Budi"


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)  # about the file itself
def test_the_sign_in_opens_before_sqlalchemy_is_loaded(
    db: Database, people: dict[str, int]
) -> None:
    """The first thing staff see comes up fast: plain SQL only until someone signs in."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from showcase.store.db import Database\n"
        "from showcase.ui.staff.people.login_dialog import LoginDialog\n"
        f"dialog = LoginDialog(Database(Path({str(db.path)!r})))\n"
        "dialog.select_account(dialog.model.accounts[0].id)\n"
        "dialog.show()\n"
        "app.processEvents()\n"
        "print(len(dialog.model.accounts), 'sqlalchemy' in sys.modules)\n"
    )
    root = ROOT
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=root, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["3", "False"]
