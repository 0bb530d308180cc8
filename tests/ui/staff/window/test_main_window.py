"""The staff window: the table shows what is in the database, search and filters narrow it in SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.inventory.listing import ProductFilter, producer_choices
from showcase.store.db import Database
from showcase.ui.staff.window.cells import ID_ROLE
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.factories import Sample, make_sample
from tests.helpers.staff_window import staff_window


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


@pytest.fixture
def window(qtbot: QtBot, db: Database, sample: Sample) -> MainWindow:
    return staff_window(qtbot, db)


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Until the reading threads are idle and their answers delivered."""
    qtbot.waitUntil(lambda: not window.model.searching)
    QApplication.processEvents()


def shown(window: MainWindow, column: int = 0) -> list[str]:
    model = window.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_table_shows_products_with_rupiah_and_low_stock(window: MainWindow) -> None:
    assert shown(window) == ["KAI-0001", "MAK-0001", "MAK-0002", "KOP-0002", "KOP-0001", "KAI-0002"]
    row = shown(window).index("KOP-0002")
    assert window.model.index(row, 6).data() == "Rp350.000"
    assert window.model.index(row, 4).data() == "Koperasi Tani Hijau Makmur"
    assert window.model.index(row, 5).data() == "Tanggamus"
    assert "⚠" in window.model.index(row, 7).data()
    # The low stock is painted on its cell's own background.
    cell = window.table.visualRect(window.model.index(row, 7))
    painted = window.table.viewport().grab().toImage().pixelColor(cell.topLeft() + QPoint(3, 3))
    assert painted.name() == "#fde2e1"
    assert window.count_label.text().startswith("6")
    assert window.low_stock_button.isVisible()
    assert window.low_stock_button.text().count("2") == 1


def test_the_window_opens_inside_a_1366_by_768_screen_above_a_taskbar(window: MainWindow) -> None:
    """The center's desk PCs have 1366×768 screens; with a taskbar 728 pixels are left, and the
    title bar takes ~30 of them: a taller window had its status bar below the screen's edge."""
    assert window.width() <= 1366 and window.height() <= 728 - 30
    assert window.statusBar().geometry().bottom() < window.height()


def test_search_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.filters.search, "kop")
    qtbot.waitUntil(lambda: shown(window) == ["KOP-0002", "KOP-0001"])
    qtbot.keyClicks(window.filters.search, "i lu")
    qtbot.waitUntil(lambda: shown(window) == ["KOP-0002"])
    window.filters.search.clear()
    qtbot.waitUntil(lambda: len(shown(window)) == 6)


def test_typing_on_shows_the_rows_for_what_was_typed_last(qtbot: QtBot, window: MainWindow) -> None:
    # Each keystroke asks the reading thread; answers for what was typed before are dropped.
    for end in range(1, len("kopi lu") + 1):
        window.filters.search.setText("kopi lu"[:end])
    qtbot.waitUntil(lambda: shown(window) == ["KOP-0002"])
    settle(qtbot, window)  # a stale answer arriving late would change the list again
    assert shown(window) == ["KOP-0002"]
    assert window.model.product_filter.text == "kopi lu"


def test_a_search_answer_is_dropped_once_another_filter_is_set(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.model.set_filter_soon(ProductFilter(text="kop"))
    window.filters.search.setText("MAK-0002")
    window.apply_filter()  # Enter: at once, on the UI thread
    assert shown(window) == ["MAK-0002"]
    settle(qtbot, window)
    assert shown(window) == ["MAK-0002"]


def test_the_count_comes_after_a_pause_off_the_ui_thread(qtbot: QtBot, window: MainWindow) -> None:
    window.filters.search.setText("kopi")
    qtbot.waitUntil(lambda: window.count_label.text().startswith("2"))


def test_scanned_code_selects_the_product(qtbot: QtBot, window: MainWindow, sample: Sample) -> None:
    qtbot.keyClicks(window.filters.search, "MAK-0002")
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)
    assert window.current_product_id() == sample.products["MAK-0002"]


def test_filters_and_low_stock_button(qtbot: QtBot, window: MainWindow, sample: Sample) -> None:
    window.filters.category.setCurrentIndex(window.filters.category.findData(sample.snacks))
    qtbot.waitUntil(lambda: shown(window) == ["MAK-0001", "MAK-0002"])
    window.filters.category.setCurrentIndex(0)
    window.filters.kabupaten.setCurrentIndex(window.filters.kabupaten.findData("Tanggamus"))
    qtbot.waitUntil(lambda: shown(window) == ["KOP-0002", "KOP-0001"])
    window.filters.kabupaten.setCurrentIndex(0)
    qtbot.mouseClick(window.low_stock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(window) == ["MAK-0002", "KOP-0002"])
    assert window.filters.low_stock.isChecked()


def test_the_producer_list_offers_every_producer_and_keeps_the_choice(
    qtbot: QtBot, window: MainWindow, db: Database, sample: Sample
) -> None:
    producers = window.filters.producer
    with db.read() as connection:
        names = [name for _, name in producer_choices(connection)]
    assert [producers.itemText(i) for i in range(1, producers.count())] == names
    assert producers.currentIndex() == 0 and producers.itemData(0) is None  # all producers
    producers.setCurrentIndex(producers.findData(sample.rafins))
    chosen = producers.currentText()
    assert chosen in names
    qtbot.waitUntil(lambda: shown(window) == ["MAK-0001", "MAK-0002"])
    window.refresh()  # the lists are read again after every change
    assert producers.currentData() == sample.rafins and producers.currentText() == chosen
    settle(qtbot, window)
    assert shown(window) == ["MAK-0001", "MAK-0002"]


def test_sort_by_clicking_a_column(qtbot: QtBot, window: MainWindow) -> None:
    window.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert shown(window)[:2] == ["KAI-0001", "KAI-0002"]
    window.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    assert shown(window)[0] == "MAK-0001"


def test_archive_moves_product_to_archived_list(
    qtbot: QtBot, window: MainWindow, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.select_product(sample.products["KOP-0001"])
    window.archive_action.trigger()
    assert "KOP-0001" not in shown(window)
    window.filters.archived.setChecked(True)
    qtbot.waitUntil(lambda: shown(window) == ["KOP-0001"])
    assert window.archive_action.text().replace("&", "") == "Restore"
    window.select_product(sample.products["KOP-0001"])
    window.archive_action.trigger()
    assert shown(window) == []


def test_rows_carry_product_ids(window: MainWindow, sample: Sample) -> None:
    ids = {window.model.index(r, 0).data(ID_ROLE) for r in range(window.model.rowCount())}
    assert ids == set(sample.products.values())


def test_window_renders(window: MainWindow, tmp_path: object) -> None:
    import os

    image = window.grab()
    assert not image.isNull()
    out = os.environ.get("ETALASE_SCREENSHOTS")
    if out:
        image.save(os.path.join(out, "staff_window.png"))


def test_long_lists_are_read_in_windows(
    qtbot: QtBot, db: Database, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the first window of ids is read at once; scrolling and selecting read further."""
    from showcase.ui.staff.window import first_screen

    monkeypatch.setattr(first_screen, "FIRST_WINDOW", 2)
    w = staff_window(qtbot, db, shown=False)
    assert w.model.rowCount() == 2 and w.model.canFetchMore()
    qtbot.waitUntil(lambda: w.count_label.text().startswith("6"))  # counted after a pause
    assert w.select_product(sample.products["KAI-0002"])  # the last one by name
    assert w.model.rowCount() == 6 and not w.model.canFetchMore()
    assert shown(w) == ["KAI-0001", "MAK-0001", "MAK-0002", "KOP-0002", "KOP-0001", "KAI-0002"]


def test_a_product_removed_meanwhile_gives_a_message(
    qtbot: QtBot, window: MainWindow, db: Database, sample: Sample
) -> None:
    """Another PC on the same showcase deleted the product between the list and the click."""
    assert window.select_product(sample.products["MAK-0002"])
    with db.engine.begin() as other:  # a connection of its own, as another PC's
        other.exec_driver_sql("DELETE FROM product WHERE code = 'MAK-0002'")
    window.edit_action.trigger()
    assert window.message_box is not None and window.message_box.isVisible()
    assert "no longer exists" in window.message_box.text()
    assert "MAK-0002" not in shown(window)
    window.message_box.close()


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)  # about the file itself
def test_back_up_now_writes_a_copy_beside_the_database(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    import sqlite3

    window.backup_action.trigger()
    assert window.message_box is not None
    copies = list((db.path.parent / "backups").glob("*.db"))
    assert len(copies) == 1 and str(copies[0]) in window.message_box.text()
    check = sqlite3.connect(copies[0])
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("SELECT COUNT(*) FROM product").fetchone()[0] == 6
    check.close()
    window.message_box.close()


def test_unexpected_errors_are_logged_and_shown_and_the_window_keeps_working(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import sys

    from PySide6.QtWidgets import QMessageBox

    from showcase.ui.qt_setup import install_error_handler

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_error_handler(window)
    handler = sys.excepthook  # what Qt calls for an exception escaping a slot
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError as exc:
        handler(RuntimeError, exc, exc.__traceback__)
    assert "disk on fire" in caplog.text
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "unexpected problem" in boxes[-1].text()
    for box in boxes:
        box.close()
    qtbot.keyClicks(window.filters.search, "kopi")
    qtbot.waitUntil(lambda: shown(window) == ["KOP-0002", "KOP-0001"])
