"""The change history: newest first, filters (who, what, dates, words) show the right rows,
details show each field's old and new value, a product's history, and nothing can be edited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QAbstractItemView, QPushButton
from pytestqt.qtbot import QtBot

from showcase.inventory.kiosk.settings import set_kiosk_pin
from showcase.inventory.products import ProductInput, update_product
from showcase.inventory.stock import record_movement
from showcase.store.db import Database
from showcase.ui.staff.records.audit_dialog import PAGE, AuditDialog
from tests.helpers.factories import Sample, make_sample
from tests.helpers.plain import plain_connection


@pytest.fixture
def sample(db: Database) -> Sample:
    db.actor = "Sari"
    made = make_sample(db)
    db.actor = "Budi"
    with db.session() as s:
        record_movement(s, product_id=made.products["KOP-0001"], kind="sale", quantity=2)
        update_product(
            s,
            made.products["KOP-0001"],
            ProductInput("KOP-0001", "Kopi Robusta Lampung", category_id=made.coffee, price=47500),
        )
        set_kiosk_pin(s, "86420")
    return made


def _dialog(qtbot: QtBot, db: Database, **kwargs: object) -> AuditDialog:
    dialog = AuditDialog(db, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _column(dialog: AuditDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _total(db: Database) -> int:
    with plain_connection(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM audit_entry").fetchone()[0])


def test_newest_first_with_details(qtbot: QtBot, db: Database, sample: Sample) -> None:
    dialog = _dialog(qtbot, db)
    assert dialog.model.rowCount() == _total(db)
    assert _column(dialog, 1)[:3] == ["Budi", "Budi", "Budi"]
    assert _column(dialog, 2)[:3] == ["Setting", "Product", "Stock"]
    assert _column(dialog, 4)[0] == "Kiosk PIN"
    assert _column(dialog, 5)[0] == "Value: (changed, not shown)"
    assert dialog.table.currentIndex().row() == 0  # the newest is chosen, its details shown
    assert dialog.details_title.text().endswith("Setting added: Kiosk PIN")
    assert dialog.changes.index(0, 2).data() == "(changed, not shown)"
    # The newest entry is chosen and its details shown: field, before, after.
    dialog.table.selectRow(1)
    changes = dialog.changes
    rows = [[changes.index(r, c).data() for c in range(3)] for r in range(changes.rowCount())]
    assert ["Price", "Rp45.000", "Rp47.500"] in rows
    assert dialog.details_title.text().endswith("Product changed: KOP-0001 Kopi Robusta Lampung")
    assert dialog.count_label.text() == f"Entries: {_total(db)}"


def test_filters_show_the_right_rows(qtbot: QtBot, db: Database, sample: Sample) -> None:
    dialog = _dialog(qtbot, db)
    dialog.actor.setCurrentIndex(dialog.actor.findData("Budi"))
    assert _column(dialog, 2) == ["Setting", "Product", "Stock"]
    dialog.entity.setCurrentIndex(dialog.entity.findData("stock"))
    assert _column(dialog, 4) == ["KOP-0001 Kopi Robusta Lampung"]
    assert _column(dialog, 5) == ["Kind: Sold; Quantity: -2; By: Budi; …"]
    dialog.actor.setCurrentIndex(0)  # everyone: the opening stock of the six products too
    assert len(_column(dialog, 2)) == 7
    qtbot.keyClicks(dialog.search, "kemplang")
    qtbot.waitUntil(lambda: _column(dialog, 4) == ["MAK-0002 Kerupuk Kemplang"])
    dialog.search.clear()
    dialog.entity.setCurrentIndex(0)
    tomorrow = date.today() + timedelta(days=1)
    dialog.since.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert dialog.model.rowCount() == 0
    assert dialog.details_title.text() == "No entries match."
    dialog.since.setDate(dialog.since.minimumDate())
    assert dialog.since.text() == "any"
    today = date.today()
    dialog.until.setDate(QDate(today.year, today.month, today.day))
    assert dialog.model.rowCount() == _total(db)


def test_product_history_holds_its_changes_stock_and_nothing_else(
    qtbot: QtBot, db: Database, sample: Sample
) -> None:
    dialog = _dialog(
        qtbot,
        db,
        product_id=sample.products["KOP-0001"],
        product_label="KOP-0001 Kopi Robusta Lampung",
    )
    assert dialog.windowTitle() == "Change history — KOP-0001 Kopi Robusta Lampung"
    assert _column(dialog, 2) == ["Product", "Stock", "Stock", "Product"]
    assert set(_column(dialog, 4)) == {"KOP-0001 Kopi Robusta Lampung"}
    assert [dialog.entity.itemData(i) for i in range(dialog.entity.count())] == [
        None,
        "product",
        "stock",
        "photo",
    ]


def test_read_only(qtbot: QtBot, db: Database, sample: Sample) -> None:
    dialog = _dialog(qtbot, db)
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert dialog.details.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    texts = {button.text() for button in dialog.findChildren(QPushButton)}
    assert texts == {"Close"}


def test_a_long_log_is_read_a_page_at_a_time(qtbot: QtBot, db: Database) -> None:
    db.actor = "Budi"
    from showcase.inventory.settings import set_setting

    with db.session() as s:
        for n in range(PAGE + 50):
            set_setting(s, "label_sheet", f"sheet {n}")
    dialog = _dialog(qtbot, db)
    assert dialog.model.rowCount() == PAGE
    assert dialog.count_label.text().startswith(f"The newest {PAGE} entries")
    assert _column(dialog, 5)[0] == f"Value: sheet {PAGE + 48} → sheet {PAGE + 49}"
    dialog.table.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == PAGE + 50)
    assert dialog.count_label.text() == f"Entries: {PAGE + 50}"
    assert _column(dialog, 5)[-1] == "Value: sheet 0"


def test_wrong_pins_show_in_the_history(qtbot: QtBot, db: Database, sample: Sample) -> None:
    from showcase.inventory.staff.accounts import create_account
    from showcase.inventory.staff.wrong_pins import record_wrong_pin

    with db.session() as s:
        budi = create_account(s, "Budi", "staff", "13579").id
    with db.session() as s:
        record_wrong_pin(s, budi, "Budi")
    dialog = _dialog(qtbot, db)
    dialog.entity.setCurrentIndex(dialog.entity.findData("account"))
    assert _column(dialog, 3)[0] == "wrong PIN"
    assert _column(dialog, 4)[0] == "Budi"
    assert _column(dialog, 1)[0] == "(unknown)"  # whoever typed it is not known
