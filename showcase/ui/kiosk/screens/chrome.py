"""Parts shared by the screens: the bar with Back and the title, scrolling pages, labels.

The window shell shows its own bar above every screen (the center's name, Home and the
language toggle), so a screen's bar holds only what belongs to the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from showcase.ui.kiosk.screens.base import make_kinetic
from showcase.ui.kiosk.screens.style import Metrics


def label(name: str, parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A plain-text label styled by object name (see style.stylesheet)."""
    widget = QLabel(parent)
    widget.setObjectName(name)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # visitors' and staff's text is text
    widget.setWordWrap(wrap)
    if wrap:
        widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return widget


def button(name: str, parent: QWidget | None = None) -> QPushButton:
    widget = QPushButton(parent)
    widget.setObjectName(name)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAutoDefault(False)
    return widget


class ScreenBar(QFrame):
    """Back, the screen's title and the screen's own buttons (`add_right`), on a sand band
    under the shell's red bar (which holds the center's name, Home and the language toggle).
    A title that does not fit beside the buttons takes a line of its own under them."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.grid = QGridLayout(self)
        self.row = QHBoxLayout()
        self.grid.addLayout(self.row, 0, 0)
        self.back_button = button("barButton", self)
        self.back_button.clicked.connect(self.back)
        self.title = label("title", self)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        self.row.addWidget(self.title, 1)
        self.extras: list[QWidget] = []
        self._own_line = False
        self.retranslate()

    def add_right(self, widget: QWidget) -> None:
        self.extras.append(widget)
        self.row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self._fit()

    def _fit(self) -> None:
        """Put the title beside the buttons if its text fits there in one line."""
        margins = self.grid.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        for widget in (self.back_button, *self.extras):
            if not widget.isHidden():
                widget.ensurePolished()
                room -= widget.sizeHint().width() + self.row.spacing()
        self.title.ensurePolished()
        wide = self.title.fontMetrics().horizontalAdvance(self.title.text())
        own_line = wide > room - self.row.spacing()
        if own_line == self._own_line:
            return
        self._own_line = own_line
        if own_line:
            self.row.removeWidget(self.title)
            self.row.insertStretch(1, 1)
            self.grid.addWidget(self.title, 1, 0)
        else:
            self.grid.removeWidget(self.title)
            stretch = self.row.takeAt(1)
            del stretch
            self.row.insertWidget(1, self.title, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("◀  Back"))

    def restyle(self, m: Metrics) -> None:
        self.grid.setContentsMargins(m.margin, m.px(16), m.margin, m.px(16))
        self.grid.setVerticalSpacing(m.px(8))
        self.row.setSpacing(m.px(28))
        self._fit()


class ScrollPage(QScrollArea):
    """A vertically scrolling page moved by swiping; its content is `self.canvas`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.canvas = QWidget()
        self.canvas.setObjectName("canvas")
        self.canvas.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.column = QVBoxLayout(self.canvas)
        self.setWidget(self.canvas)
        make_kinetic(self)

    def restyle(self, m: Metrics) -> None:
        self.column.setContentsMargins(m.margin, m.margin, m.margin, m.px(60))
        self.column.setSpacing(m.gap)


def screen_column(screen: QWidget, bar: QWidget, body: QWidget) -> QVBoxLayout:
    """A screen made of its top bar above its body, edge to edge."""
    column = QVBoxLayout(screen)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(bar)
    column.addWidget(body, 1)
    return column
