"""A product's photos as a row of thumbnails: add (dialog or drag and drop), remove, reorder, set main.

The strip only holds what the user arranged: existing photos by id (with their thumbnail) and new
ones as `PreparedPhoto`s. `items()` gives the final order for `inventory.photos.set_photos`, which
saves it in the caller's transaction; the first item is the main photo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
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
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import PhotoError
from showcase.inventory.photos import PreparedPhoto, prepare_photo

# Shown thumbnail size; the grid cell leaves room for the caption under it.
ICON_SIZE = QSize(96, 96)
CELL_PADDING = 4
CELL_SIZE = QSize(116, 126)
GRID_SIZE = QSize(122, 130)
MAIN_BORDER = QColor("#1a7f37")
IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff"

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


class _PhotoDelegate(QStyledItemDelegate):
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


class _PhotoListView(QListView):
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


class PhotoStrip(QWidget):
    """Thumbnails of a product's photos in a row, with buttons to add, remove and reorder them.

    `changed` is emitted whenever the user changes the photos or their order (not by `load`).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._last_folder = ""
        self._model = PhotoListModel(self)

        self.view = _PhotoListView(self)
        self.view.setObjectName("photo_view")
        self.view.setModel(self._model)
        self.view.setItemDelegate(_PhotoDelegate(self.view))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(False)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setIconSize(ICON_SIZE)
        self.view.setGridSize(GRID_SIZE)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Files dropped on the thumbnails are handled by the strip itself, not by the view.
        self.view.setDragEnabled(False)
        self.view.setAcceptDrops(False)
        self.view.viewport().setAcceptDrops(False)
        scrollbar = self.view.horizontalScrollBar().sizeHint().height()
        self.view.setToolTip(
            self.tr("Drag photo files here to add them. The first photo is the main photo.")
        )
        self.view.setFixedHeight(GRID_SIZE.height() + scrollbar + 2 * self.view.frameWidth() + 4)

        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.left_button = QPushButton(self.tr("Move left"), self)
        self.right_button = QPushButton(self.tr("Move right"), self)
        self.main_button = QPushButton(self.tr("Set as main"), self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.add_button,
            self.remove_button,
            self.left_button,
            self.right_button,
            self.main_button,
        ):
            button.setAutoDefault(False)  # Enter in a dialog must not press these
            buttons.addWidget(button)
        buttons.addStretch(1)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view)
        column.addLayout(buttons)
        column.addStretch(1)

        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.left_button.clicked.connect(lambda: self._move_selected(-1))
        self.right_button.clicked.connect(lambda: self._move_selected(+1))
        self.main_button.clicked.connect(self.set_selected_as_main)
        self.view.delete_pressed.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._model.rowsInserted.connect(self._update_buttons)
        self._model.rowsRemoved.connect(self._update_buttons)
        self._model.rowsMoved.connect(self._update_buttons)
        self._model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    # -- the API used by the product editor -------------------------------------------------

    def load(self, items: Sequence[tuple[int, bytes]]) -> None:
        """Show existing photos, main photo first: (photo id, thumbnail JPEG bytes) each."""
        self._model.reset([PhotoItem(thumbnail=thumb, photo_id=pid) for pid, thumb in items])

    def items(self) -> list[int | PreparedPhoto]:
        """The photos in their final order, for `set_photos`: ids of kept photos, new ones prepared."""
        return [item.value() for item in self._model.items()]

    def count(self) -> int:
        return self._model.rowCount()

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self._model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def add_files(self, paths: Sequence[Path]) -> list[str]:
        """Prepare and append the photos in `paths`; return one message per file that failed.

        Good files are added even when others fail; the strip is unchanged if none is good.
        """
        prepared: list[PhotoItem] = []
        problems: list[str] = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in map(Path, paths):
                if path.is_dir():
                    problems.append(
                        self.tr("{file}: is a folder, not a photo").format(file=path.name)
                    )
                    continue
                try:
                    photo = prepare_photo(path)
                except PhotoError as exc:
                    problems.append(self._problem(path, exc))
                    continue
                prepared.append(
                    PhotoItem(thumbnail=photo.thumbnail, prepared=photo, name=path.name)
                )
        finally:
            QApplication.restoreOverrideCursor()
        if prepared:
            self._model.append(prepared)
            self.select_row(self._model.rowCount() - 1)
            self.view.scrollTo(self._model.index(self._model.rowCount() - 1))
            self.changed.emit()
        return problems

    def add_files_and_report(self, paths: Sequence[Path]) -> None:
        problems = self.add_files(paths)
        if problems:
            self.report_problems(problems)

    def report_problems(self, problems: list[str]) -> None:
        """Tell the user which files were not added and why (tests replace this)."""
        self.problems_box(problems).exec()

    def problems_box(self, problems: list[str]) -> QMessageBox:
        """One message listing every file of an add or a drop that could not be used."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Photos not added"))
        box.setText(self.tr("%n file(s) could not be added as photos:", "", len(problems)))
        box.setInformativeText("\n\n".join(problems))
        return box

    # -- user actions ------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            self._last_folder,
            ";;".join(
                (
                    self.tr("Images ({patterns})").format(patterns=IMAGE_PATTERNS),
                    self.tr("All files (*)"),
                )
            ),
        )
        if names:
            self._last_folder = str(Path(names[0]).parent)
            self.add_files_and_report([Path(name) for name in names])

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self._model.remove(row)
        if self._model.rowCount():
            self.select_row(min(row, self._model.rowCount() - 1))
        self.changed.emit()

    def set_selected_as_main(self) -> None:
        row = self.selected_row()
        if row is not None and row > 0:
            self._move(row, 0)

    def move_selected_left(self) -> None:
        self._move_selected(-1)

    def move_selected_right(self) -> None:
        self._move_selected(+1)

    def _move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is not None:
            self._move(row, row + step)

    def _move(self, row: int, to: int) -> None:
        if row == to or not 0 <= to < self._model.rowCount():
            return
        self._model.move(row, to)
        self.select_row(to)
        self.view.scrollTo(self._model.index(to))
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        count = self._model.rowCount()
        self.remove_button.setEnabled(row is not None)
        self.left_button.setEnabled(row is not None and row > 0)
        self.right_button.setEnabled(row is not None and row < count - 1)
        self.main_button.setEnabled(row is not None and row > 0)

    def _problem(self, path: Path, error: PhotoError) -> str:
        reason = error.message
        if path.name in reason:
            return reason
        return self.tr("{file}: {reason}").format(file=path.name, reason=reason)

    # -- files dropped from the file manager -------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Let the drag finish first: a modal message inside dropEvent freezes the file manager
        # that started the drag (on Windows) until the message is closed.
        QTimer.singleShot(0, self, lambda: self.add_files_and_report(paths))


def _local_files(event: QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
