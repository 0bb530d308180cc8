"""What staff were looking at in the staff window (the search and filters, the sort and column
widths, the selected products, the scroll position and the window's size), read from one window
and shown again in another: the language switch re-creates the window and carries it over."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QRect
from PySide6.QtWidgets import QHeaderView

if TYPE_CHECKING:
    from showcase.ui.staff.window.main_window import MainWindow

_COMBOS = ("category", "kabupaten", "producer", "featured", "kiosk")
_CHECKS = ("low_stock", "archived")


@dataclass(frozen=True)
class View:
    """What staff were looking at in the product list."""

    search: str
    combos: dict[str, object]
    checks: dict[str, bool]
    header: QByteArray
    geometry: QRect
    maximized: bool
    selected: list[int]
    current: int | None
    scroll: int


def view_of(window: MainWindow) -> View:
    filters, table, model = window.filters, window.table, window.model
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    return View(
        search=filters.search.text(),
        combos={name: getattr(filters, name).currentData() for name in _COMBOS},
        checks={name: getattr(filters, name).isChecked() for name in _CHECKS},
        header=table.horizontalHeader().saveState(),
        geometry=window.geometry(),
        maximized=window.isMaximized(),
        selected=[model.product_id(row) for row in rows],
        current=window.current_product_id(),
        scroll=table.verticalScrollBar().value(),
    )


def _restore_header(header: QHeaderView, state: QByteArray) -> None:
    """The sort and the widths staff left, each column wide enough for its title in the new
    language ("Unggulan" with its sort mark is wider than "Featured")."""
    header.restoreState(state)
    for section in range(header.count()):
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Stretch:
            needed = header.sectionSizeHint(section)
            if header.sectionSize(section) < needed:
                header.resizeSection(section, needed)


def show_view(window: MainWindow, view: View) -> None:
    """Show `view` in `window` (not yet shown itself: showing it maximized is the caller's)."""
    filters, table, model = window.filters, window.table, window.model
    filters.search.setText(view.search)
    for name, value in view.combos.items():
        combo = getattr(filters, name)
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))
    for name, checked in view.checks.items():
        getattr(filters, name).setChecked(checked)
    _restore_header(table.horizontalHeader(), view.header)
    window.apply_filter()
    window.setGeometry(view.geometry)
    selection = QItemSelection()
    for product_id in view.selected:
        row = model.row_of(product_id)
        if row is not None:
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    table.selectionModel().select(selection, flags)
    if view.current is not None and (row := model.row_of(view.current)) is not None:
        table.selectionModel().setCurrentIndex(
            model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )
    table.verticalScrollBar().setValue(view.scroll)
