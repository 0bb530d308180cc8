"""The panel an editor shows when its save was refused because someone else changed the record
meanwhile (showcase.inventory.edit_versions.EditConflict).

It says who changed it and when, lists each field where the record now differs from the person's
edit (theirs beside mine), and offers the two ways on: keep my edit (save again over the new
version) or take their values (the form is filled with them). The editor stays open with the
person's edit until they choose; nothing is lost either way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showcase.inventory.conflicts import Difference
from showcase.inventory.edit_versions import EditConflict
from showcase.ui.widgets.dialog_parts import make_bold, text_label

# Long values (a description) are cut in the panel: the form holds them whole.
MAX_SHOWN = 120


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


class ConflictPanel(QFrame):
    """Hidden until `show_conflict`; `keep_mine` or `take_theirs` is emitted by its buttons
    (and the panel hides itself again)."""

    keep_mine = Signal()
    take_theirs = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#conflict_panel { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }"
        )
        self.message = make_bold(text_label(self, wrap=True))
        self.explanation = text_label(self, wrap=True)
        self.explanation.setText(
            self.tr(
                "Your edit is still in the form. Keep it to save it over their change, "
                "or take their values instead."
            )
        )
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self.keep_button = QPushButton(self.tr("Keep my edit and save"), self)
        self.take_button = QPushButton(self.tr("Take their values"), self)
        for button in (self.keep_button, self.take_button):
            button.setAutoDefault(False)
        self.keep_button.clicked.connect(self._keep)
        self.take_button.clicked.connect(self._take)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(self._grid)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        self.conflict: EditConflict | None = None
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self.hide()

    def show_conflict(self, conflict: EditConflict, differences: list[Difference]) -> None:
        """Say who changed the record and show each field's new value beside the edit's."""
        self.conflict = conflict
        self.message.setText(conflict.message)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._rows = []
        if differences:
            for column, title in enumerate(
                ("", self.tr("Now saved"), self.tr("Your edit")), start=0
            ):
                header = make_bold(text_label(self))
                header.setText(title)
                self._grid.addWidget(header, 0, column)
            for row, difference in enumerate(differences, start=1):
                labels: list[QLabel] = []
                for column, text in enumerate(
                    (difference.label, _short(difference.theirs), _short(difference.mine))
                ):
                    label = text_label(self, wrap=True)
                    label.setText(text)
                    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    self._grid.addWidget(label, row, column)
                    labels.append(label)
                self._rows.append((labels[0], labels[1], labels[2]))
        else:
            same = text_label(self, wrap=True)
            same.setText(self.tr("Their values are the same as your edit."))
            self._grid.addWidget(same, 0, 0, 1, 3)
        self.show()

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """What the panel lists: (field label, now saved, your edit) per row (for tests too)."""
        return [(a.text(), b.text(), c.text()) for a, b, c in self._rows]

    def _keep(self) -> None:
        self.hide()
        self.keep_mine.emit()

    def _take(self) -> None:
        self.hide()
        self.take_theirs.emit()
