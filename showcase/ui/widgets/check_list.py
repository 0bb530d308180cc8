"""A list of records that staff tick (categories on the kiosk, products on its attract screen):
the rows as plain CheckItems, a Qt list model over them, and the list view that shows it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QListView, QWidget

Index = QModelIndex | QPersistentModelIndex


@dataclass
class CheckItem:
    """One line of a checkable list: a record's id, its text, and whether it is ticked."""

    id: int
    text: str
    checked: bool
    note: str = ""  # shown as a tooltip


class CheckListModel(QAbstractListModel):
    """A list of CheckItems that the user ticks; `toggled` after each change."""

    toggled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[CheckItem] = []

    def set_items(self, items: list[CheckItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def checked_ids(self) -> list[int]:
        return [item.id for item in self.items if item.checked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.note or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        self.items[index.row()].checked = state == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable


def check_list_view(parent: QWidget, model: CheckListModel) -> QListView:
    """A list view showing `model`, tall enough for a few lines."""
    view = QListView(parent)
    view.setModel(model)
    view.setUniformItemSizes(True)
    view.setMinimumHeight(140)
    return view
