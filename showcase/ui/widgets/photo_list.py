"""The row of thumbnails in the photo strip: its items (an existing photo by id or a new prepared
one), the list model that keeps their order (row 0 is the main photo), and how each cell is drawn.

The strip (photo_strip.py) adds files, removes and reorders through the model; the model only
holds the order, and `PhotoItem.value()` is what `inventory.photos.set_photos` takes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from showcase.inventory.photos import PreparedPhoto

# Shown thumbnail size; the grid cell leaves room for the caption under it.
ICON_SIZE = QSize(96, 96)
CELL_PADDING = 4
CELL_SIZE = QSize(116, 126)
GRID_SIZE = QSize(122, 130)
MAIN_BORDER = QColor("#1a7f37")

_ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class PhotoItem:
    """One photo in the strip: an existing one (`photo_id`) or a new one (`prepared`)."""

    thumbnail: bytes
    photo_id: int | None = None
    prepared: PreparedPhoto | None = None
    name: str = ""
    _icon: QIcon | None = field(default=None, repr=False)

    def value(self) -> int | PreparedPhoto:
        """What `set_photos` takes for this photo."""
        if self.prepared is not None:
            return self.prepared
        assert self.photo_id is not None
        return self.photo_id

    def icon(self) -> QIcon:
        if self._icon is None:
            pixmap = QPixmap()
            if not pixmap.loadFromData(self.thumbnail):
                pixmap = QPixmap(ICON_SIZE)
                pixmap.fill(QColor("#dddddd"))
            elif pixmap.width() > 2 * ICON_SIZE.width() or pixmap.height() > 2 * ICON_SIZE.height():
                # Keep only what is shown: a strip of large thumbnails should not hold them all.
                pixmap = pixmap.scaled(
                    ICON_SIZE * 2,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            self._icon = QIcon(pixmap)
        return self._icon


class PhotoListModel(QAbstractListModel):
    """A thin list model over the strip's photos; row 0 is the main photo."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[PhotoItem] = []

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.row() == 0:
                return self.tr("Main photo")
            return self.tr("Photo {n}").format(n=index.row() + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            return item.icon()
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("Main photo") if index.row() == 0 else ""
            if item.name:
                tip = f"{tip}\n{item.name}".strip()
            if item.prepared is not None:
                size = self.tr("{w} × {h} px").format(w=item.prepared.width, h=item.prepared.height)
                tip = f"{tip}\n{size}".strip()
            return tip or None
        return None

    def items(self) -> list[PhotoItem]:
        return list(self._items)

    def reset(self, items: Sequence[PhotoItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def append(self, items: Sequence[PhotoItem]) -> None:
        if not items:
            return
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self._items.extend(items)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        self._main_changed()

    def move(self, row: int, to: int) -> None:
        """Move the photo at `row` so that it ends up at position `to`."""
        if row == to or not 0 <= row < len(self._items) or not 0 <= to < len(self._items):
            return
        # Qt's destination is the row *before which* the moved row goes, counted before the move.
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items.insert(to, self._items.pop(row))
        self.endMoveRows()
        self._main_changed()

    def _main_changed(self) -> None:
        # Captions ("Main photo", "Photo 2", …) depend on the row, so every row may need repainting.
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))


class PhotoDelegate(QStyledItemDelegate):
    """Draws each photo as a fixed cell: thumbnail centred on top, caption under it.

    The main photo gets a green frame and a bold caption. (The stock icon-mode layout sizes each
    item to its own picture and elides a bold caption, so photos of mixed shapes look ragged.)
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: _ModelIndex) -> QSize:
        return CELL_SIZE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rect: QRect = opt.rect
        palette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            # The whole cell, not only the caption as most styles do: the photo is what is chosen.
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(60)
            painter.fillRect(rect, highlight)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        icon_rect = QRect(
            rect.x() + (rect.width() - ICON_SIZE.width()) // 2,
            rect.y() + CELL_PADDING,
            ICON_SIZE.width(),
            ICON_SIZE.height(),
        )
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, icon_rect, Qt.AlignmentFlag.AlignCenter)
        font = index.data(Qt.ItemDataRole.FontRole)
        painter.setFont(font if isinstance(font, QFont) else opt.font)
        text_rect = QRect(
            rect.x() + CELL_PADDING,
            icon_rect.bottom() + CELL_PADDING,
            rect.width() - 2 * CELL_PADDING,
            rect.bottom() - icon_rect.bottom() - CELL_PADDING,
        )
        caption = painter.fontMetrics().elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            text_rect.width(),
        )
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, caption
        )
        if index.row() == 0:
            painter.setPen(QPen(MAIN_BORDER, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        painter.restore()


class PhotoListView(QListView):
    """The thumbnail row; while it is empty it says how to add photos. Delete asks to remove."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr(
                    "No photos yet.\nDrag photo files here from the file manager, "
                    "or use Add photos. The first photo is the main photo."
                ),
            )
            painter.end()
