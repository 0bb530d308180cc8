"""The staff window and who is signed in: the status bar names them, staff cannot reach the
administrator's dialogs, Switch user locks the window until someone signs in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot

from showcase.inventory.staff.accounts import Account, create_account
from showcase.store.db import Database
from showcase.ui.staff.people.login_dialog import LoginDialog
from showcase.ui.staff.records.audit_dialog import AuditDialog
from showcase.ui.staff.records.product_editor import ProductEditor
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.factories import Sample, make_account, make_sample
from tests.helpers.plain import plain_connection


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


@pytest.fixture
def admin(db: Database, sample: Sample) -> Account:
    return make_account(db, "Sari", "admin", "2468")


@pytest.fixture
def staff(db: Database, admin: Account) -> Account:
    return make_account(db, "Budi", "staff", "13579")


def _window(qtbot: QtBot, db: Database, user: Account) -> MainWindow:
    window = MainWindow(db, user=user)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _menu_texts(window: MainWindow) -> set[str]:
    """Every menu item a person can see and use."""
    texts: set[str] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            texts |= {a.text() for a in menu.actions() if a.isVisible() and a.isEnabled()}
    return texts


def test_admin_sees_the_admin_actions(qtbot: QtBot, db: Database, admin: Account) -> None:
    window = _window(qtbot, db, admin)
    assert window.signed_in.label.text() == "Signed in: Sari (Administrator)"
    texts = _menu_texts(window)
    assert {"Staff &accounts…", "Change &history…", "Kiosk &settings…"} <= texts
    assert {"&Restore from backup…", "C&lear demo data…"} <= texts
    assert "S&witch user…" in texts
    window.signed_in.open_accounts()
    assert window.dialog is not None and window.dialog.windowTitle() == "Staff accounts"


def test_staff_cannot_reach_the_admin_dialogs(qtbot: QtBot, db: Database, staff: Account) -> None:
    window = _window(qtbot, db, staff)
    assert window.signed_in.label.text() == "Signed in: Budi (Staff)"
    texts = _menu_texts(window)
    assert (
        not {
            "Staff &accounts…",
            "Change &history…",
            "Kiosk &settings…",
            "&Restore from backup…",
            "C&lear demo data…",
        }
        & texts
    )
    assert {"S&witch user…", "&New product", "Start &kiosk"} <= texts
    for action in window.signed_in.admin_actions:
        assert not action.isVisible() and not action.isEnabled()
    # Nor by calling the actions' slots (a stale shortcut, a script).
    window.signed_in.open_accounts()
    window.signed_in.open_audit_log()
    window.open_kiosk_settings()
    assert window.dialog is None


def test_stock_recorded_in_the_window_names_the_person(
    qtbot: QtBot, db: Database, staff: Account, sample: Sample
) -> None:
    _window(qtbot, db, staff)
    assert db.actor == "Budi"


def test_switch_user_locks_until_someone_signs_in(
    qtbot: QtBot, db: Database, admin: Account, staff: Account
) -> None:
    window = _window(qtbot, db, admin)
    window.signed_in.switch_action.trigger()
    dialog = window.signed_in.login_dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    assert not window.centralWidget().isVisible()
    assert not window.menuBar().isEnabled()
    assert window.signed_in.label.text() == "Nobody signed in"
    assert db.actor == ""
    dialog.select_account(staff.id)
    qtbot.keyClicks(dialog.pin, "13579")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert window.user.name == "Budi" and db.actor == "Budi"
    assert window.centralWidget().isVisible() and window.menuBar().isEnabled()
    assert not window.signed_in.accounts_action.isVisible()
    assert window.signed_in.label.text() == "Signed in: Budi (Staff)"


def test_quit_at_switch_user_closes_the_window(qtbot: QtBot, db: Database, admin: Account) -> None:
    window = _window(qtbot, db, admin)
    window.signed_in.switch_user()
    dialog = window.signed_in.login_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished):
        dialog.quit_button.click()
    assert not window.isVisible()  # no way back into Sari's session without her PIN


def test_switch_user_waits_for_open_windows(
    qtbot: QtBot, db: Database, admin: Account, sample: Sample
) -> None:
    window = _window(qtbot, db, admin)
    window.open_producers()
    assert window.dialog is not None and window.dialog.isVisible()
    window.signed_in.switch_user()
    assert window.signed_in.login_dialog is None
    assert window.message_box is not None
    assert window.message_box.text().startswith("Close the open windows first")
    assert window.centralWidget().isVisible()


def test_demoting_yourself_takes_effect_at_once(
    qtbot: QtBot, db: Database, admin: Account, staff: Account
) -> None:
    window = _window(qtbot, db, admin)
    window.signed_in.open_accounts()
    accounts = window.dialog
    assert accounts is not None
    accounts.select(staff.id)  # type: ignore[attr-defined]
    accounts.role_button.click()  # type: ignore[attr-defined]
    accounts.select(admin.id)  # type: ignore[attr-defined]
    accounts.role_button.click()  # type: ignore[attr-defined]
    with qtbot.waitSignal(accounts.finished):
        accounts.accept()
    assert window.user.role == "staff"
    assert not window.signed_in.accounts_action.isVisible()


def test_product_history_from_the_list_and_the_editor(
    qtbot: QtBot, db: Database, staff: Account, sample: Sample
) -> None:
    window = _window(qtbot, db, staff)
    history: QAction = window.signed_in.history_action
    assert not history.isEnabled()  # nothing chosen
    window.select_product(sample.products["KAI-0001"])
    assert history.isEnabled() and history.isVisible()
    history.trigger()
    dialog = window.dialog
    assert isinstance(dialog, AuditDialog)
    assert dialog.product_id == sample.products["KAI-0001"]
    assert dialog.windowTitle() == "Change history — KAI-0001 Kain Tapis Motif Siger"
    dialog.close()
    editor = ProductEditor(db, sample.products["KAI-0001"], window)
    qtbot.addWidget(editor)
    assert editor.history_button is not None
    editor.history_button.click()
    assert editor.history_dialog.product_id == sample.products["KAI-0001"]
    assert isinstance(editor.history_dialog, QDialog)
    new = ProductEditor(db, None, window)
    qtbot.addWidget(new)
    assert new.history_button is None  # a product not saved yet has no history


def test_a_deactivated_person_is_asked_to_sign_in_again(
    qtbot: QtBot, db: Database, admin: Account
) -> None:
    with db.session() as s:
        other = create_account(s, "Dewi", "admin", "1111")
    window = _window(qtbot, db, admin)
    window.signed_in.open_accounts()
    accounts = window.dialog
    assert accounts is not None
    accounts.select(admin.id)  # type: ignore[attr-defined]
    accounts.active_button.click()  # type: ignore[attr-defined]
    with qtbot.waitSignal(accounts.finished):
        accounts.accept()
    dialog = window.signed_in.login_dialog
    assert dialog is not None and dialog.isVisible()
    assert not window.centralWidget().isVisible()
    # Dewi, the other administrator, is at the desk now.
    dialog.select_account(other.id)  # type: ignore[attr-defined]
    dialog.pin.setText("1111")  # type: ignore[attr-defined]
    with qtbot.waitSignal(dialog.finished):
        dialog.submit.click()  # type: ignore[attr-defined]
    assert window.user.name == "Dewi" and window.centralWidget().isVisible()


def test_everyone_can_change_their_own_pin(qtbot: QtBot, db: Database, staff: Account) -> None:
    from datetime import timedelta

    from showcase.inventory.staff.accounts import sign_in
    from showcase.store.models import utcnow
    from showcase.ui.staff.people.accounts_dialog import AccountFormDialog

    window = _window(qtbot, db, staff)
    assert "Change my &PIN…" in _menu_texts(window)
    window.signed_in.own_pin_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, AccountFormDialog)
    assert dialog.form.name.isHidden() and dialog.form.role.isHidden()
    dialog.form.current_pin.setText("0000")
    dialog.form.pin.setText("86420")
    dialog.form.pin_again.setText("86420")
    dialog.save_button.click()
    assert dialog.form.error_text("current_pin") == "The current PIN is wrong"
    dialog.form.current_pin.setText("1111")
    dialog.save_button.click()
    dialog.form.current_pin.setText("2222")
    dialog.save_button.click()  # the third wrong PIN: now a wait, as at the sign-in
    dialog.form.current_pin.setText("13579")
    dialog.save_button.click()
    assert dialog.message.text() == "Too many wrong PINs for Budi. Try again in 30 s."
    assert dialog.isVisible()
    with db.session() as s:  # half a minute later, Budi signs in again at the desk
        sign_in(s, staff.id, "13579", now=utcnow() + timedelta(seconds=31))
    dialog.save_button.click()
    assert not dialog.isVisible()
    with db.session() as s:
        assert sign_in(s, staff.id, "86420", now=utcnow() + timedelta(seconds=32)).name == "Budi"


def test_the_start_up_probe_needs_no_sign_in(
    qtbot: QtBot, db: Database, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showcase.ui.staff.window.signed_in import PROBE_ACCOUNT, sign_in_at_start

    monkeypatch.setenv("ETALASE_STARTUP_PROBE", "1")
    with plain_connection(db) as conn:
        before = conn.execute("SELECT COUNT(*) FROM audit_entry").fetchone()
    user = sign_in_at_start(db)  # no dialog: it would wait for a person
    assert user is PROBE_ACCOUNT and not user.is_admin
    window = _window(qtbot, db, user)
    assert not window.signed_in.accounts_action.isVisible()
    assert not window.signed_in.own_pin_action.isEnabled()
    with plain_connection(db) as conn:
        after = conn.execute("SELECT COUNT(*) FROM audit_entry").fetchone()
    assert after == before  # opening the window changed nothing
