"""The Accounts dialog: an administrator adds, renames, promotes, resets and deactivates;
the last administrator is kept; mistakes stand under their fields."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from showcase.inventory.staff.accounts import Account, list_accounts
from showcase.inventory.staff.pins import verify_pin
from showcase.store.db import Database
from showcase.ui.staff.people.accounts_dialog import AccountFormDialog, AccountsDialog
from tests.helpers.plain import plain_connection


def _cells(dialog: AccountsDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]


def _form(dialog: AccountsDialog) -> AccountFormDialog:
    assert dialog.form_dialog is not None
    return dialog.form_dialog


def test_lists_everyone_with_role_and_status(dialog: AccountsDialog) -> None:
    assert _cells(dialog) == [
        ["Budi", "Staff", "Active"],
        ["Sari (you)", "Administrator", "Active"],
    ]
    assert dialog.model.index(0, 3).data() == "never"
    assert not dialog.rename_button.isEnabled()  # nothing chosen yet


def test_add_an_account(qtbot: QtBot, db: Database, dialog: AccountsDialog) -> None:
    dialog.add_button.click()
    form = _form(dialog)
    qtbot.keyClicks(form.form.name, "Dewi Lestari")
    form.form.role.setCurrentIndex(form.form.role.findData("admin"))
    qtbot.keyClicks(form.form.pin, "97531")
    qtbot.keyClicks(form.form.pin_again, "97531")
    with qtbot.waitSignal(form.accepted):
        form.save_button.click()
    assert ["Dewi Lestari", "Administrator", "Active"] in _cells(dialog)
    assert dialog.selected() is not None and dialog.selected().name == "Dewi Lestari"  # type: ignore[union-attr]
    with plain_connection(db) as conn:
        stored = dict(conn.execute("SELECT name, pin_hash FROM staff_account").fetchall())
    assert verify_pin(stored["Dewi Lestari"], "97531") and "97531" not in stored["Dewi Lestari"]
    assert dialog.changed


def test_add_refuses_a_taken_name_and_a_short_pin(
    qtbot: QtBot, db: Database, dialog: AccountsDialog
) -> None:
    dialog.add_button.click()
    form = _form(dialog)
    qtbot.keyClicks(form.form.name, "BUDI")
    qtbot.keyClicks(form.form.pin, "12")
    form.save_button.click()
    assert form.isVisible()
    assert form.form.error_text("name") == "There is already an account named BUDI"
    assert form.form.error_text("pin") == "The PIN must be 4 to 8 digits"
    with db.read() as c:
        assert len(list_accounts(c)) == 2


def test_rename_and_reset_pin(
    qtbot: QtBot, db: Database, dialog: AccountsDialog, budi: int
) -> None:
    dialog.select(budi)
    dialog.rename_button.click()
    form = _form(dialog)
    assert form.form.name.text() == "Budi"
    form.form.name.setText("Budi Santoso")
    with qtbot.waitSignal(form.accepted):
        form.save_button.click()
    assert _cells(dialog)[0][0] == "Budi Santoso"
    dialog.pin_button.click()
    form = _form(dialog)
    assert form.form.name.isHidden() and form.form.role.isHidden()
    qtbot.keyClicks(form.form.pin, "11223")
    qtbot.keyClicks(form.form.pin_again, "11224")
    form.save_button.click()
    assert form.form.error_text("pin_again") == "The two PINs differ"
    form.form.pin_again.setText("11223")
    with qtbot.waitSignal(form.accepted):
        form.save_button.click()
    with plain_connection(db) as conn:
        stored = conn.execute(
            "SELECT pin_hash FROM staff_account WHERE id = ?", (budi,)
        ).fetchone()[0]
    assert verify_pin(stored, "11223") and not verify_pin(stored, "13579")


def test_the_last_administrator_is_kept(dialog: AccountsDialog, admin: Account, budi: int) -> None:
    dialog.select(admin.id)
    assert dialog.role_button.text() == "Make &staff"
    dialog.role_button.click()
    assert dialog.message.text().startswith("Sari is the last administrator")
    dialog.active_button.click()
    assert dialog.message.text().startswith("Sari is the last administrator")
    assert _cells(dialog)[1] == ["Sari (you)", "Administrator", "Active"]
    # Make Budi an administrator too: now Sari may step down.
    dialog.select(budi)
    dialog.role_button.click()
    assert dialog.message.isHidden()
    dialog.select(admin.id)
    dialog.role_button.click()
    assert _cells(dialog) == [
        ["Budi", "Administrator", "Active"],
        ["Sari (you)", "Staff", "Active"],
    ]


def test_deactivate_and_reactivate(db: Database, dialog: AccountsDialog, budi: int) -> None:
    dialog.select(budi)
    dialog.active_button.click()
    assert _cells(dialog)[0] == ["Budi", "Staff", "Inactive"]
    assert dialog.active_button.text() == "Re&activate"
    with db.read() as c:
        assert [a.name for a in list_accounts(c, active_only=True)] == ["Sari"]
    dialog.active_button.click()
    assert _cells(dialog)[0] == ["Budi", "Staff", "Active"]


def test_accounts_dialog_renders(qtbot: QtBot, dialog: AccountsDialog, budi: int) -> None:
    dialog.select(budi)
    qtbot.waitExposed(dialog)
    assert not dialog.grab().isNull()
    # Every button's text fits (none is squeezed below its size hint).
    for button in (
        dialog.add_button,
        dialog.rename_button,
        dialog.pin_button,
        dialog.active_button,
    ):
        assert button.width() >= button.sizeHint().width()
