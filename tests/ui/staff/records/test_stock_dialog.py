"""The stock dialog as a clerk uses it: record each kind, refusals under the quantity, history, Enter."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from showcase.inventory.products import ProductInput, create_product
from showcase.inventory.stock import sum_of_movements
from showcase.store.db import Database
from showcase.store.models import Product, StockMovement
from showcase.ui.staff.records.stock_dialog import StockDialog, local_time_text, signed_text


@pytest.fixture
def product_id(db: Database) -> int:
    """Keripik pisang with 4 on hand and a minimum of 5 (so: low stock)."""
    with db.session() as s:
        return create_product(
            s,
            ProductInput(
                code="KRP-0001", name_id="Keripik Pisang Cokelat", unit="pack 200 g", min_stock=5
            ),
            initial_stock=4,
        ).id


@pytest.fixture
def make_dialog(db: Database, qtbot: QtBot, product_id: int) -> Callable[..., StockDialog]:
    def make(answer: bool = True) -> StockDialog:
        dialog = StockDialog(db, product_id)
        qtbot.addWidget(dialog)
        dialog.confirm = lambda _title, _text: answer
        return dialog

    return make


@pytest.fixture
def dialog(make_dialog: Callable[..., StockDialog]) -> StockDialog:
    return make_dialog()


def _stock(db: Database, product_id: int) -> tuple[int, int]:
    with db.session() as s:
        product = s.get(Product, product_id)
        assert product is not None
        return product.stock, sum_of_movements(s, product_id)


def _movements(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(StockMovement)) or 0


def _choose(d: StockDialog, kind: str) -> None:
    d.kind_combo.setCurrentIndex(d.kind_combo.findData(kind))


def _record(d: StockDialog, kind: str, quantity: str, note: str = "") -> None:
    _choose(d, kind)
    d.quantity_edit.setText(quantity)
    d.note_edit.setText(note)
    d.record_button.click()


def _history(d: StockDialog) -> list[list[str]]:
    m = d.history_model
    return [[m.index(r, c).data() for c in range(1, 6)] for r in range(m.rowCount())]


def test_header_shows_code_name_stock_minimum_and_low_stock(dialog: StockDialog) -> None:
    assert dialog.title_label.text() == "KRP-0001 · Keripik Pisang Cokelat"
    assert dialog.stock_label.text() == "4"
    assert "Minimum stock: 5" in dialog.min_stock_label.text()
    assert "pack 200 g" in dialog.min_stock_label.text()
    assert not dialog.low_stock_label.isHidden()
    assert "LOW STOCK" in dialog.low_stock_label.text()
    assert dialog.stock_label.font().pointSizeF() >= 2 * dialog.font().pointSizeF()  # big


def test_kinds_are_offered_by_their_labels(dialog: StockDialog) -> None:
    labels = [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())]
    assert labels == ["Received", "Sold", "Returned", "Stock count", "Damaged"]


@pytest.mark.parametrize(
    ("kind", "quantity", "after", "shown"),
    [
        ("receive", "12", 16, "+12"),
        ("sale", "3", 1, "\u22123"),
        ("return", "2", 6, "+2"),
        ("damaged", "4", 0, "\u22124"),
        ("adjust", "10", 10, "+6"),
    ],
)
def test_each_kind_changes_the_stock(
    dialog: StockDialog,
    db: Database,
    product_id: int,
    kind: str,
    quantity: str,
    after: int,
    shown: str,
) -> None:
    _record(dialog, kind, quantity, note="rak depan")
    assert _stock(db, product_id) == (after, after)
    assert dialog.stock_label.text() == str(after)
    assert _history(dialog)[0] == [
        dialog.kind_combo.currentText(),
        shown,
        str(after),
        "rak depan",
        "",
    ]
    assert dialog.quantity_edit.text() == "" and dialog.note_edit.text() == ""
    assert dialog.form.error_text("quantity") == ""
    assert dialog.changed


def test_stock_count_records_the_difference(
    dialog: StockDialog, db: Database, product_id: int
) -> None:
    _choose(dialog, "adjust")
    assert dialog.quantity_label.text() == "Counted stock"
    assert "difference" in dialog.help_label.text()
    dialog.quantity_edit.setText("10")
    assert dialog.preview_label.text() == "Stock after recording: 10 (+6)"
    dialog.record_button.click()
    with db.session() as s:
        newest = s.scalars(select(StockMovement).order_by(StockMovement.id.desc())).first()
        assert newest is not None
        assert (newest.kind, newest.quantity) == ("adjust", 6)
    assert "+6" in dialog.status_label.text()
    assert dialog.low_stock_label.isHidden()
    _choose(dialog, "sale")
    assert dialog.quantity_label.text() == "Quantity"


@pytest.mark.parametrize(
    ("kind", "quantity", "fragment"),
    [
        ("receive", "abc", "whole number"),
        ("receive", "0", "at least 1"),
        ("sale", "", "empty"),
        ("sale", "5", "Only 4 in stock: cannot take out 5"),
        ("damaged", "7", "Only 4 in stock"),
        ("adjust", "4", "nothing to adjust"),
        ("receive", "999999999999", "Quantity must be at most 1.000.000.000"),  # the field holds 12
        ("adjust", "1000000001", "Quantity must be at most 1.000.000.000"),
        ("receive", "1E+20", "“1E+20” is a number in short form"),
        # 4 in stock: the sum would pass the column's limit on PostgreSQL.
        (
            "receive",
            "1000000000",
            "The stock would be 1.000.000.004: it can be at most 1.000.000.000",
        ),
    ],
)
def test_refusals_show_under_quantity_and_record_nothing(
    dialog: StockDialog, db: Database, product_id: int, kind: str, quantity: str, fragment: str
) -> None:
    before = _movements(db)
    _record(dialog, kind, quantity)
    assert fragment in dialog.form.error_text("quantity")
    assert _movements(db) == before
    assert _stock(db, product_id) == (4, 4)
    assert dialog.stock_label.text() == "4"
    assert dialog.quantity_edit.text() == quantity  # kept, to be corrected
    assert not dialog.changed


def test_stock_always_equals_the_sum_of_movements(
    dialog: StockDialog, db: Database, product_id: int
) -> None:
    for kind, quantity in [
        ("receive", "20"),
        ("sale", "7"),
        ("sale", "50"),
        ("return", "1"),
        ("damaged", "2"),
        ("adjust", "30"),
        ("sale", "abc"),
    ]:
        _record(dialog, kind, quantity)
        stock, total = _stock(db, product_id)
        assert stock == total == int(dialog.stock_label.text())
    assert _stock(db, product_id) == (30, 30)


def test_history_is_newest_first_with_the_stock_after(dialog: StockDialog) -> None:
    _record(dialog, "receive", "10", "Kiriman dari Pringsewu")
    _record(dialog, "sale", "3", "Rombongan bus")
    _record(dialog, "adjust", "10")
    assert _history(dialog) == [
        ["Stock count", "\u22121", "10", "", ""],
        ["Sold", "\u22123", "11", "Rombongan bus", ""],
        ["Received", "+10", "14", "Kiriman dari Pringsewu", ""],
        ["Received", "+4", "4", "Opening stock", ""],
    ]
    header = dialog.history_model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Date and time"


def test_enter_in_quantity_records_and_keeps_the_dialog_open(
    dialog: StockDialog, db: Database, product_id: int, qtbot: QtBot
) -> None:
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    _choose(dialog, "receive")
    dialog.quantity_edit.setFocus()
    qtbot.keyClicks(dialog.quantity_edit, "12")
    qtbot.keyClick(dialog.quantity_edit, Qt.Key.Key_Return)
    assert _stock(db, product_id) == (16, 16)
    assert dialog.isVisible()
    assert dialog.quantity_edit.text() == ""
    assert dialog.quantity_edit.hasFocus()
    qtbot.keyClick(dialog.quantity_edit, Qt.Key.Key_Return)  # empty: refused, still open
    assert "empty" in dialog.form.error_text("quantity")
    assert dialog.isVisible()
    assert _stock(db, product_id) == (16, 16)


def test_closing_over_a_typed_quantity_asks(make_dialog: Callable[..., StockDialog]) -> None:
    dialog = make_dialog(answer=False)
    dialog.show()
    dialog.quantity_edit.setText("3")
    dialog.reject()
    assert dialog.isVisible()
    dialog.confirm = lambda _title, _text: True
    dialog.reject()
    assert not dialog.isVisible()


def test_a_product_that_no_longer_exists_disables_recording(db: Database, qtbot: QtBot) -> None:
    dialog = StockDialog(db, 999)
    qtbot.addWidget(dialog)
    assert "no longer exists" in dialog.title_label.text()
    assert not dialog.record_button.isEnabled()
    dialog.record()
    assert _movements(db) == 0


@pytest.fixture
def jakarta_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_times_are_shown_in_local_time(jakarta_time: None) -> None:
    assert local_time_text(datetime(2026, 11, 22, 7, 5)) == "22/11/2026 14.05"
    assert local_time_text(datetime(2026, 11, 22, 7, 5), "en") == "22 Nov 2026 14:05"


def test_signed_quantities_use_a_true_minus() -> None:
    assert [signed_text(n) for n in (12, -3, 0)] == ["+12", "\u22123", "0"]


def test_a_long_product_name_shows_as_typed_and_fits_the_screen(db: Database, qtbot: QtBot) -> None:
    name = "Kain Tapis <b>Motif</b> & " + "W" * 170
    with db.session() as s:
        pid = create_product(s, ProductInput(code="TAP-0001", name_id=name)).id
    dialog = StockDialog(db, pid)
    qtbot.addWidget(dialog)
    assert dialog.title_label.text() == f"TAP-0001 · {name}"
    assert dialog.title_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.minimumSizeHint().width() < 1366
    assert dialog.size().width() <= 1366 and dialog.size().height() <= 700


def test_tab_goes_kind_quantity_note_record(dialog: StockDialog, qtbot: QtBot) -> None:
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.quantity_edit.hasFocus()  # ready to type at once
    dialog.kind_combo.setFocus()
    visited = []
    for _ in range(5):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [
        dialog.quantity_edit,
        dialog.note_edit,
        dialog.record_button,
        dialog.history,
        dialog.close_button,
    ]


def test_the_history_names_who_recorded_each_movement(
    db: Database, make_dialog: Callable[..., StockDialog]
) -> None:
    db.actor = "Budi"  # signed in at the staff window
    dialog = make_dialog()
    _record(dialog, "sale", "1", "Bu Ani")
    assert _history(dialog)[0] == ["Sold", "\u22121", "3", "Bu Ani", "Budi"]
