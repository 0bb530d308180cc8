"""Clear demo data from the staff window: the confirmation counts, the backup, the lists after."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showcase.inventory.demo.data import CATEGORIES, PRODUCERS, PRODUCTS
from showcase.inventory.kiosk.view import cards, data_version, open_kiosk_reader
from showcase.inventory.products import ProductInput, create_product, update_product
from showcase.store.backup import backups_folder
from showcase.store.db import Database
from showcase.store.models import Product
from showcase.ui.staff.data.clear_demo_dialog import ClearDemoDialog
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.factories import add_clerk_product_to_demo
from tests.helpers.plain import product_codes
from tests.helpers.staff_window import staff_window


@pytest.fixture
def staff_product(demo_db: Database) -> int:
    """A clerk's product filed under the demo's first category and producer."""
    with demo_db.session() as s:
        return add_clerk_product_to_demo(s)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> MainWindow:
    return staff_window(qtbot, demo_db)


def _open(qtbot: QtBot, window: MainWindow) -> ClearDemoDialog:
    data_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Data")
    action = next(a for a in data_menu.actions() if a.text() == "C&lear demo data…")
    action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ClearDemoDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_confirmation_says_what_goes_and_what_stays(
    qtbot: QtBot, staff_product: int, window: MainWindow, demo_db: Database
) -> None:
    dialog = _open(qtbot, window)
    with demo_db.read() as c:
        photos = c.execute("SELECT count(*) FROM photo").fetchone()[0]
        movements = c.execute(
            "SELECT count(*) FROM stock_movement m JOIN product p ON p.id = m.product_id "
            "WHERE p.from_demo"
        ).fetchone()[0]
    assert dialog.removed.text().splitlines() == [
        f"• {len(PRODUCTS)} demo product(s) (with {photos} photo(s), "
        f"{movements} stock movement(s))",
        f"• {len(PRODUCERS) - 1} demo producer(s) no kept product uses",
        f"• {len(CATEGORIES) - 1} demo category(ies) no kept product uses",
    ]
    assert dialog.kept.text().splitlines() == [
        "• 1 product(s) that staff added",
        "• 1 demo producer(s) still in use or changed by staff",
        "• 1 demo category(ies) still in use",
        "• the settings, label sheets, staff accounts and the audit log",
    ]
    assert dialog.also_changed.isHidden()  # no demo product was changed
    assert dialog.cancel_button.isDefault() and not dialog.clear_button.isDefault()
    dialog.grab().save("/tmp/shots/clear_demo.png")


@pytest.mark.parametrize("how", ["enter", "escape", "cancel"])
def test_enter_escape_and_cancel_remove_nothing(
    qtbot: QtBot, window: MainWindow, demo_db: Database, how: str
) -> None:
    dialog = _open(qtbot, window)
    with qtbot.waitSignal(dialog.rejected):
        if how == "cancel":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        else:
            key = Qt.Key.Key_Return if how == "enter" else Qt.Key.Key_Escape
            qtbot.keyClick(dialog, key)
    assert len(product_codes(demo_db)) == len(PRODUCTS)
    assert not backups_folder(demo_db.path).exists()


def test_clearing_backs_up_first_and_the_lists_follow_at_once(
    qtbot: QtBot, staff_product: int, window: MainWindow, demo_db: Database
) -> None:
    kiosk = open_kiosk_reader(demo_db.path)  # the kiosk's own connection, as on its PC
    version = data_version(kiosk)
    assert len(cards(kiosk)) > 1
    assert window.model.rowCount() == len(PRODUCTS) + 1
    dialog = _open(qtbot, window)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    backups = list(backups_folder(demo_db.path).glob("*before-clear-demo*.db"))
    assert len(backups) == 1
    saved = sqlite3.connect(backups[0])
    assert saved.execute("SELECT count(*) FROM product").fetchone()[0] == len(PRODUCTS) + 1
    saved.close()
    assert product_codes(demo_db) == ["KOP-0100"]
    # The product list, its filters and the status bar follow at once…
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == "KOP-0100"
    producers = [
        window.filters.producer.itemText(i) for i in range(window.filters.producer.count())
    ]
    assert len(producers) == 2  # "all producers" and the one still used
    assert f"{len(PRODUCTS)} product(s) removed" in window.statusBar().currentMessage()
    # …and the kiosk sees a new data version, so it reloads.
    assert data_version(kiosk) != version
    assert [card.name_id for card in cards(kiosk)] == ["Kopi Bubuk Pelabuhan"]
    kiosk.close()


def test_changed_demo_products_stay_unless_ticked(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    with demo_db.session() as s:
        kopi = s.scalars(select(Product).where(Product.code == "KOP-0001")).one()
        update_product(s, kopi.id, replace(ProductInput.from_product(kopi), price=50000))
    dialog = _open(qtbot, window)
    assert dialog.also_changed.isVisible() and not dialog.also_changed.isChecked()
    assert "• 1 demo product(s) that staff changed: KOP-0001" in dialog.kept.text()
    assert dialog.removed.text().startswith(f"• {len(PRODUCTS) - 1} demo product(s)")
    dialog.also_changed.setChecked(True)
    assert dialog.removed.text().startswith(f"• {len(PRODUCTS)} demo product(s)")
    assert "KOP-0001" not in dialog.kept.text()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert product_codes(demo_db) == []


def test_no_backup_means_nothing_is_removed(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    backups_folder(demo_db.path).write_text("a file where the backups folder should be")
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.status.text().startswith("No backup could be made, so nothing was removed:")
    assert len(product_codes(demo_db)) == len(PRODUCTS)


def test_a_showcase_without_demo_says_so(qtbot: QtBot, db: Database) -> None:
    with db.session() as s:
        create_product(s, ProductInput(code="A-1", name_id="Produk Sendiri", price=1))
    dialog = ClearDemoDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.nothing_to_do
    assert dialog.findChild(type(dialog.kept), "nothing").isVisible()
    assert dialog.clear_button.isHidden() and dialog.cancel_button.text() == "Close"
