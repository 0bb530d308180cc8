"""The list of label sheets in the sheet editor: built-in sheets first, marked as such and shown
in grey (they cannot be changed), then the custom sheets staff measured."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from showcase.printing.labels.sheets import Sheet, is_built_in

_Index = QModelIndex | QPersistentModelIndex


class SheetListModel(QAbstractListModel):
    """The sheets, built-in first; a built-in one is marked as such and shown in grey."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sheets: list[Sheet] = []
        self._grey = QBrush(QColor("#5f6368"))

    def set_sheets(self, sheets: list[Sheet]) -> None:
        self.beginResetModel()
        self._sheets = list(sheets)
        self.endResetModel()

    def sheet(self, row: int) -> Sheet:
        return self._sheets[row]

    def row_of(self, name: str) -> int | None:
        return next((i for i, s in enumerate(self._sheets) if s.name == name), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sheets)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        sheet = self._sheets[index.row()]
        built_in = is_built_in(sheet.name)
        if role == Qt.ItemDataRole.DisplayRole:
            if built_in:
                return self.tr("{name} (built-in)").format(name=sheet.name)
            return sheet.name
        if role == Qt.ItemDataRole.ToolTipRole:
            if built_in:
                return self.tr("A built-in sheet cannot be changed: duplicate it to make your own")
            return sheet.name
        if role == Qt.ItemDataRole.ForegroundRole and built_in:
            return self._grey
        return None
