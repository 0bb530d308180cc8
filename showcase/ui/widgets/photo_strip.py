"""A product's photos as a row of thumbnails: add (dialog or drag and drop), remove, reorder, set main.

The strip only holds what the user arranged: existing photos by id (with their thumbnail) and new
ones as `PreparedPhoto`s. `items()` gives the final order for `inventory.photos.set_photos`, which
saves it in the caller's transaction; the first item is the main photo.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import PhotoError
from showcase.inventory.photos import PreparedPhoto, prepare_photo
from showcase.ui.widgets.asker import Asker, QtAsker
from showcase.ui.widgets.photo_list import (
    GRID_SIZE,
    ICON_SIZE,
    PhotoDelegate,
    PhotoItem,
    PhotoListModel,
    PhotoListView,
)

IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff"


class PhotoStrip(QWidget):
    """Thumbnails of a product's photos in a row, with buttons to add, remove and reorder them.

    `changed` is emitted whenever the user changes the photos or their order (not by `load`).
    `asker` opens the file dialog of "Add photos…" (the real one by default).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, asker: Asker | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.asker: Asker = asker if asker is not None else QtAsker()
        self._last_folder = Path()
        self._model = PhotoListModel(self)

        self.view = PhotoListView(self)
        self.view.setObjectName("photo_view")
        self.view.setModel(self._model)
        self.view.setItemDelegate(PhotoDelegate(self.view))
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
        paths = self.asker.open_files(
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
        if paths:
            self._last_folder = paths[0].parent
            self.add_files_and_report(paths)

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
