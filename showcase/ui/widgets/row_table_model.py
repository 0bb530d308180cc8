"""Table models over a list of rows read by a domain function: the part every such model repeats.

A subclass sets its translated column headings and says in `data()` what each cell shows;
`RecordTableModel` adds the lookups a list of saved records needs (the id of a row, the row of an id).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class Record(Protocol):
    """A row that stands for one saved record."""

    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT")
RecordT = TypeVar("RecordT", bound=Record)


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """A flat table of `RowT`, one per line, with column headings set by the subclass."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._headers: list[str] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class RecordTableModel(RowTableModel[RecordT]):
    """Rows of saved records: a record editor finds a record's row and a row's record here."""

    def record_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)
