"""The categories dialog: adding, renaming, reordering (positions in the database) and refused deletes."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.inventory.producers import CategoryInput, create_category, list_categories
from showcase.inventory.products import ProductInput, create_product
from showcase.store.db import Database
from showcase.ui.staff.records.categories_dialog import CategoriesDialog
from tests.helpers.language import translated
from tests.helpers.record_dialogs import Questions, open_record_dialog


@pytest.fixture
def questions() -> Questions:
    return []


@pytest.fixture
def make_dialog(
    db: Database, qtbot: QtBot, questions: Questions
) -> Callable[..., CategoriesDialog]:
    return functools.partial(open_record_dialog, qtbot, db, CategoriesDialog, questions)


@pytest.fixture
def three(db: Database) -> list[int]:
    """Kopi (2 products), Keripik, Kain Tapis, in that order."""
    with db.session() as s:
        ids = [
            create_category(s, CategoryInput(name, en)).id
            for name, en in (
                ("Kopi", "Coffee"),
                ("Keripik", "Chips"),
                ("Kain Tapis", "Tapis cloth"),
            )
        ]
        for code in ("KOP-0001", "KOP-0002"):
            create_product(s, ProductInput(code=code, name_id="Kopi " + code, category_id=ids[0]))
    return ids


@pytest.fixture
def dialog(make_dialog: Callable[..., CategoriesDialog], three: list[int]) -> CategoriesDialog:
    return make_dialog()


def _in_db(db: Database) -> list[tuple[str, str, int]]:
    with db.session() as s:
        return [(c.name_id, c.name_en, c.position) for c in list_categories(s)]


def _shown(d: CategoriesDialog) -> list[list[str]]:
    m = d.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_list_shows_order_names_and_product_counts(dialog: CategoriesDialog) -> None:
    assert _shown(dialog) == [
        ["1", "Kopi", "Coffee", "2"],
        ["2", "Keripik", "Chips", "0"],
        ["3", "Kain Tapis", "Tapis cloth", "0"],
    ]
    assert dialog.heading.text() == "New category"
    assert not dialog.up_button.isEnabled() and not dialog.down_button.isEnabled()


def test_add_puts_the_category_last(dialog: CategoriesDialog, db: Database) -> None:
    dialog.name_id_edit.setText("  Madu   &  Gula Aren ")
    dialog.name_en_edit.setText("Honey & palm sugar")
    dialog.save_button.click()
    assert _in_db(db)[-1] == ("Madu & Gula Aren", "Honey & palm sugar", 4)
    assert _shown(dialog)[-1] == ["4", "Madu & Gula Aren", "Honey & palm sugar", "0"]
    assert dialog.table.currentIndex().row() == 3
    assert dialog.heading.text() == "Edit category"
    assert dialog.changed


@pytest.mark.parametrize(
    ("name", "fragment"), [("", "Name is required"), ("kopi", "already exists")]
)
def test_bad_name_shows_under_it_and_saves_nothing(
    dialog: CategoriesDialog, db: Database, name: str, fragment: str
) -> None:
    dialog.name_id_edit.setText(name)
    dialog.name_en_edit.setText("Something")
    dialog.save_button.click()
    assert fragment in dialog.form.error_text("name_id")
    assert dialog.form.error_text("name_en") == ""
    assert len(_in_db(db)) == 3
    assert not dialog.changed


def test_rename(dialog: CategoriesDialog, db: Database) -> None:
    dialog.table.selectRow(1)
    assert dialog.name_id_edit.text() == "Keripik"
    dialog.name_id_edit.setText("Keripik & Kerupuk")
    dialog.name_en_edit.setText("Chips & crackers")
    dialog.save_button.click()
    assert _in_db(db)[1] == ("Keripik & Kerupuk", "Chips & crackers", 2)
    assert len(_in_db(db)) == 3
    assert dialog.status_label.text() == "Saved Keripik & Kerupuk."


def test_reorder_with_up_and_down_stores_positions(dialog: CategoriesDialog, db: Database) -> None:
    dialog.table.selectRow(2)
    assert dialog.up_button.isEnabled() and not dialog.down_button.isEnabled()
    dialog.up_button.click()
    assert _in_db(db) == [
        ("Kopi", "Coffee", 1),
        ("Kain Tapis", "Tapis cloth", 2),
        ("Keripik", "Chips", 3),
    ]
    assert dialog.table.currentIndex().row() == 1  # the moved category stays selected
    dialog.up_button.click()
    assert [name for name, _en, _pos in _in_db(db)] == ["Kain Tapis", "Kopi", "Keripik"]
    assert not dialog.up_button.isEnabled()
    dialog.down_button.click()
    dialog.down_button.click()
    assert _in_db(db) == [
        ("Kopi", "Coffee", 1),
        ("Keripik", "Chips", 2),
        ("Kain Tapis", "Tapis cloth", 3),
    ]
    assert [row[1] for row in _shown(dialog)] == ["Kopi", "Keripik", "Kain Tapis"]
    assert dialog.changed


def test_reorder_from_the_keyboard(dialog: CategoriesDialog, db: Database, qtbot: QtBot) -> None:
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.table.selectRow(0)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [name for name, _en, _pos in _in_db(db)] == ["Keripik", "Kopi", "Kain Tapis"]


def test_delete_refused_when_products_use_it(
    dialog: CategoriesDialog, db: Database, questions: Questions
) -> None:
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    assert "Kopi still has 2 products" in dialog.status_label.text()
    assert "another category" in dialog.status_label.text()
    assert len(_in_db(db)) == 3
    assert not dialog.changed


def test_delete_unused_category_renumbers_nothing_else(
    dialog: CategoriesDialog, db: Database, questions: Questions
) -> None:
    dialog.table.selectRow(1)
    dialog.delete_button.click()
    assert questions[-1][0] == "Delete category"
    assert [name for name, _en, _pos in _in_db(db)] == ["Kopi", "Kain Tapis"]
    assert [row[:2] for row in _shown(dialog)] == [["1", "Kopi"], ["2", "Kain Tapis"]]
    assert dialog.record_id is None
    assert dialog.changed


def test_unsaved_rename_is_not_dropped_without_asking(
    make_dialog: Callable[..., CategoriesDialog], three: list[int], questions: Questions
) -> None:
    dialog = make_dialog(answer=False)
    dialog.table.selectRow(0)
    dialog.name_id_edit.setText("Kopi Lampung")
    dialog.table.selectRow(1)
    assert questions[-1][0] == "Unsaved changes"
    assert dialog.name_id_edit.text() == "Kopi Lampung"
    assert dialog.table.currentIndex().row() == 0


def test_words_every_record_editor_says_are_in_indonesian(
    make_dialog: Callable[..., CategoriesDialog],
    three: list[int],
    questions: Questions,
    qapp: QApplication,
) -> None:
    with translated(qapp, "id"):
        dialog = make_dialog()
        dialog.table.selectRow(1)
        dialog.name_id_edit.setText("Keripik & Kerupuk")
        dialog.save_button.click()
        assert dialog.status_label.text() == "Keripik & Kerupuk disimpan."
        dialog.name_id_edit.setText("")
        dialog.save_button.click()
        assert dialog.status_label.text() == (
            "Tidak ada yang disimpan: perbaiki isian yang bertanda merah."
        )
        dialog.table.selectRow(2)
        assert questions[-1][0] == "Perubahan belum disimpan"
        dialog.delete_button.click()
        assert dialog.status_label.text() == "Kain Tapis dihapus."
