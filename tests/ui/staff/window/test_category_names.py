"""The category names the staff window shows are in the staff's language: English staff read a
category's English name in the table, the filter's list, the sort and the product editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.inventory.formats import Language
from showcase.inventory.producers import CategoryInput, update_category
from showcase.store.db import Database
from showcase.ui.staff.records.product_editor import ProductEditor
from tests.helpers.factories import make_sample
from tests.helpers.language import translated
from tests.helpers.staff_window import staff_window

CATEGORY_COLUMN = 3
SHOWN: dict[Language, tuple[str, list[str], list[str]]] = {
    # The filter's list (in the order staff set), the column sorted A to Z.
    "id": (
        "Semua kategori",
        ["Kopi", "Makanan Ringan", "Kain Tapis"],
        ["Kain Tapis", "Kopi", "Makanan Ringan"],
    ),
    "en": (
        "All categories",
        ["Coffee", "Snacks", "Kain Tapis"],
        ["Coffee", "Kain Tapis", "Snacks"],
    ),
}


@pytest.mark.parametrize("language", ["id", "en"])
def test_categories_are_shown_in_the_staff_s_language(
    qtbot: QtBot, qapp: QApplication, db: Database, language: Language
) -> None:
    sample = make_sample(db)
    with db.session() as s:  # no English name: English staff read the Indonesian one
        update_category(s, sample.cloth, CategoryInput("Kain Tapis", ""))
    everything, choices, sorted_names = SHOWN[language]
    with translated(qapp, language):
        window = staff_window(qtbot, db)
        model, combo = window.model, window.filters.category
        rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
        coffee = model.index(rows["KOP-0001"], CATEGORY_COLUMN).data()
        assert coffee == {"id": "Kopi", "en": "Coffee"}[language]
        assert [combo.itemText(i) for i in range(combo.count())] == [everything, *choices]

        window.table.sortByColumn(CATEGORY_COLUMN, Qt.SortOrder.AscendingOrder)
        shown = [model.index(r, CATEGORY_COLUMN).data() for r in range(model.rowCount())]
        assert list(dict.fromkeys(shown)) == sorted_names

        editor = ProductEditor(db, sample.products["KOP-0001"])
        qtbot.addWidget(editor)
        listed = [editor.category_combo.itemText(i) for i in range(editor.category_combo.count())]
        assert listed == ["—", *choices]
        assert editor.category_combo.currentText() == coffee
