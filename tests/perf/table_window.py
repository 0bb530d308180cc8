"""A second yardstick for start-up: the least a PySide6 window showing products can be.

A main window with a menu, a search field, a status bar and a table of the showcase's first 64
products by name (read with sqlite3, shown through a QAbstractTableModel: the way any PySide6
program lists rows), reported shown as bare_window.py and the staff window do: once painted,
when the event loop comes back. No filters, toolbar, icons, translations, photos or sign-in.
Started alternately with the others, it tells what of the staff window's start is PySide6's
table itself (the Qt namespace's enum types, fonts, the view and its header) and what is ours.

    python tests/perf/table_window.py SHOWCASE.db
"""

from __future__ import annotations

import sqlite3
import sys
from typing import Any

from bare_window import show_reported  # the same report, from the same folder
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

COLUMNS = ("Code", "Name", "Price", "Stock")
ROWS = (
    "SELECT code, name_id, price, stock FROM product WHERE NOT archived ORDER BY name_id LIMIT 64"
)


class Products(QAbstractTableModel):
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def data(self, index: Any, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()])
        return None

    def headerData(self, section: int, orientation: Any, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None


def main() -> int:
    app = QApplication(sys.argv[:1])
    with sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True) as connection:
        rows = connection.execute(ROWS).fetchall()
    window = QMainWindow()
    window.resize(1280, 680)
    window.menuBar().addMenu("File").addAction("Quit", app.quit)
    central = QWidget()
    layout = QVBoxLayout(central)
    search = QLineEdit()
    search.setPlaceholderText("Search")
    layout.addWidget(search)
    table = QTableView()
    model = Products(rows)
    table.setModel(model)
    layout.addWidget(table)
    window.setCentralWidget(central)
    window.statusBar().showMessage(f"{len(rows)} products")
    return show_reported(app, window)


if __name__ == "__main__":
    sys.exit(main())
