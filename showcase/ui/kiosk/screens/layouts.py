"""Layouts that follow the screen's width: a grid of equal tiles, and a wrapping row of badges.

Both answer heightForWidth, so a scroll area holding them grows to exactly their height at any
width, in landscape and in portrait.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class _ItemsLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def clear(self) -> None:
        """Remove and delete every widget in the layout."""
        while self._items:
            item = self._items.pop()
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.invalidate()

    def widgets(self) -> list[QWidget]:
        return [w for item in self._items if (w := item.widget()) is not None]

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (isinstance(i, QWidgetItem) and i.isEmpty())]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        raise NotImplementedError


class TileGridLayout(_ItemsLayout):
    """Equal columns, as many as tiles of at least `tile_width` fit; each row as high as its
    tallest tile (tiles tell their height for a width)."""

    def __init__(self, tile_width: int, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tile_width = tile_width
        self.gap = spacing
        self.max_columns = 0  # 0: no limit

    def set_sizes(self, tile_width: int, spacing: int) -> None:
        self.tile_width, self.gap = tile_width, spacing
        self.invalidate()

    def columns(self, width: int) -> int:
        columns = max(1, (width + self.gap) // (self.tile_width + self.gap))
        return min(columns, self.max_columns) if self.max_columns else columns

    def minimumSize(self) -> QSize:
        return QSize(min(self.tile_width, 200), 0)

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        items = self._visible()
        if not items:
            return 0
        columns = self.columns(rect.width())
        width = max(1, (rect.width() - (columns - 1) * self.gap) // columns)
        y = rect.y()
        for start in range(0, len(items), columns):
            row = items[start : start + columns]
            height = max(
                item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
                for item in row
            )
            if move:
                for column, item in enumerate(row):
                    x = rect.x() + column * (width + self.gap)
                    item.setGeometry(QRect(x, y, width, height))
            y += height + self.gap
        return y - self.gap - rect.y()


class FlowLayout(_ItemsLayout):
    """Items at their size hint, left to right, wrapping to a new line when the width is full."""

    def __init__(self, spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gap = spacing

    def set_spacing(self, spacing: int) -> None:
        self.gap = spacing
        self.invalidate()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            width = min(hint.width(), rect.width())
            height = hint.height()
            if width < hint.width() and item.hasHeightForWidth():
                height = item.heightForWidth(width)  # longer than a line: it wraps
            if x > rect.x() and x + width > rect.right() + 1:
                x, y, line = rect.x(), y + line + self.gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self.gap
            line = max(line, height)
        return y + line - rect.y()
