"""A third yardstick for start-up: the staff window's first screen at the least PySide6 can
build it, to tell how far below the staff window a window with the same things on screen gets.

The same menu bar (six menus and their ~30 items), the same toolbar (nine actions with the
program's own SVG icons, text beside them), the same filter bar (a search field, two check
boxes, five lists: categories and producers read from the showcase, its producers' list sized
as the staff window sizes it), the same nine columns over the first 64 products by name, and a
status bar: read with sqlite3 and built the cheapest way PySide6 allows, none of Etalase's
modules. The table is a QTableWidget (items kept in C++, no Python model: a Python model's
header is asked for with a Qt.Orientation, which makes PySide6 build the Qt namespace's ~90
enum types, ~13 ms); no keyboard shortcuts and no sort mark, since setting either from Python
builds them too. No translations, sign-in, log, settings, thumbnails or window icon.

Reported shown as bare_window.py does (once painted, when the event loop comes back), started
alternately with it and the staff window by run_benchmarks.py.

    python tests/perf/first_screen_floor.py SHOWCASE.db
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from bare_window import show_reported  # the same report, from the same folder
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

ICONS = Path(__file__).resolve().parents[2] / "assets" / "icons" / "actions"
# The staff window's menus and their items (menus.py, language_menu.py, signed_in.py).
MENUS = {
    "&File": ["Import…", "Export…", "Website…", "Report…", "Backup now", "Restore…", "Quit"],
    "&Products": ["New", "Edit", "Duplicate", "Archive", "Stock", "Labels…", "Catalogue…"],
    "&Data": ["Producers…", "Categories…", "Clear the demo…"],
    "&Kiosk": ["Kiosk settings…", "Kiosk statistics…", "Kiosks…", "Start the kiosk"],
    "&Settings": ["Bahasa Indonesia", "English", "Accounts…", "Change history…"],
    "&Help": ["Help", "About Etalase"],
}
# The toolbar: the product actions, then producers and categories, each with its icon.
TOOLBAR = [
    ("New", "product-new"),
    ("Edit", "edit"),
    ("Duplicate", "duplicate"),
    ("Archive", "archive"),
    ("Stock", "stock"),
    ("Labels…", "labels"),
    ("Catalogue…", "catalogue"),
    ("Producers…", "producers"),
    ("Categories…", "categories"),
]
COLUMNS = ["Code", "", "Name", "Category", "Producer", "Kabupaten/kota", "Price", "Stock", "★"]
# About the staff window's widths at 1280 px; the name takes what is left.
WIDTHS = [90, 64, 0, 160, 220, 140, 100, 80, 30]
NAME = 2
FIRST_PAGE = """
    SELECT p.code, '', p.name_id, c.name_id, pr.name, pr.kabupaten, p.price, p.stock,
           CASE WHEN p.featured THEN '★' ELSE '' END
    FROM product AS p JOIN category AS c ON c.id = p.category_id
    JOIN producer AS pr ON pr.id = p.producer_id
    WHERE NOT p.archived ORDER BY p.name_id LIMIT 64"""
TOOL_BUTTON_TEXT_BESIDE_ICON = 2  # Qt::ToolButtonTextBesideIcon, set as a property (no Qt enum)
ALIGN_RIGHT_VCENTER = 0x82  # Qt::AlignRight | Qt::AlignVCenter
TEXT_ALIGNMENT_ROLE = 7  # Qt::TextAlignmentRole


def filter_bar(categories: list[str], producers: list[str], kabupaten: list[str]) -> QWidget:
    bar = QWidget()
    top = QHBoxLayout()
    search = QLineEdit()
    search.setPlaceholderText("Search code, name, description or producer…")
    search.setClearButtonEnabled(True)
    top.addWidget(search, 1)
    top.addWidget(QCheckBox("Low stock"))
    top.addWidget(QCheckBox("Archived"))
    bottom = QHBoxLayout()
    lists = (
        ["All categories", *categories],
        ["All kabupaten/kota", *kabupaten],
        ["All producers", *producers],
        ["Featured: all", "Featured only", "Not featured"],
        ["Kiosk: all", "Shown on kiosk", "Hidden from kiosk"],
    )
    for items in lists:
        combo = QComboBox()
        combo.addItems(items)
        if items[0] == "All producers":  # as the staff window: sized for 18 characters
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        bottom.addWidget(combo, 1)
    column = QVBoxLayout(bar)
    column.setContentsMargins(0, 0, 0, 0)
    column.addLayout(top)
    column.addLayout(bottom)
    return bar


def main() -> int:
    app = QApplication(sys.argv[:1])
    with sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True) as connection:
        rows = connection.execute(FIRST_PAGE).fetchall()
        categories = [n for (n,) in connection.execute("SELECT name_id FROM category ORDER BY 1")]
        producers = [n for (n,) in connection.execute("SELECT name FROM producer ORDER BY 1")]
        kabupaten = [n for (n,) in connection.execute("SELECT DISTINCT kabupaten FROM producer")]
    window = QMainWindow()
    window.resize(1280, 760)
    actions: dict[str, QAction] = {}
    for title, items in MENUS.items():
        menu = window.menuBar().addMenu(title)
        for text in items:
            actions[text] = QAction(text, window)
            menu.addAction(actions[text])
    toolbar = QToolBar("Actions", window)
    toolbar.setMovable(False)
    toolbar.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
    for text, icon in TOOLBAR:
        actions[text].setIcon(QIcon(str(ICONS / f"{icon}.svg")))
        toolbar.addAction(actions[text])
    window.addToolBar(toolbar)
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(filter_bar(categories, producers, kabupaten))
    table = QTableWidget(len(rows), len(COLUMNS))
    table.setHorizontalHeaderLabels(COLUMNS)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(46)
    for column, width in enumerate(WIDTHS):
        table.setColumnWidth(column, width)
    table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if c in (6, 7):
                item.setData(TEXT_ALIGNMENT_ROLE, ALIGN_RIGHT_VCENTER)
            table.setItem(r, c, item)
    layout.addWidget(table)
    window.setCentralWidget(central)
    window.statusBar().showMessage(f"{len(rows)} products")
    return show_reported(app, window)


if __name__ == "__main__":
    sys.exit(main())
