"""The staff window's status bar: how many products the list shows (on the left, out of the way
of a passing message), a button to the products low on stock (on the right), and passing
messages drawn where the count's words are. What the widgets say is set by the window, whose
context translates their plural forms."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QStatusBar, QToolButton, QWidget

# QStatusBar lays its widgets out in a row 2 px from its left edge, 3 px below its top and 2 px
# above its bottom (QStatusBar::reformat).
ROW_LEFT, ROW_TOP, ROW_BOTTOM = 2, 3, 2
# Its first and last words are set in by this much more, to start and end where the table above
# them does (8 px in).
EDGE_INDENT = 6
LOW_STOCK_STYLE = "QToolButton { color: #a4161a; font-weight: bold; }"


class StatusBar(QStatusBar):
    """A status bar whose passing messages start where the count's words do, 8 px in, and sit on
    the same line: QStatusBar draws them itself 6 px in, centred on its whole height, so words
    moved 2 px sideways (and 1 px up) when a message replaced the count."""

    def paintEvent(self, event: QPaintEvent) -> None:
        message = self.currentMessage()
        if not message:
            super().paintEvent(event)
            return
        # Loaded when a message is first shown: PySide6 builds QPainter's and QStyle's many enum
        # types as it loads each class, time the window's start would spend on what its first
        # screen lacks.
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyle, QStyleOption

        painter = QPainter(self)
        panel = QStyleOption()
        panel.initFrom(self)
        style = self.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, panel, painter, self)
        for widget in self._permanent_widgets():  # as QStatusBar frames them
            frame = QStyleOption()
            frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
            frame.palette = self.palette()
            frame.state = QStyle.StateFlag.State_None
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget
            )
        painter.setPen(self.palette().windowText().color())
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.message_rect(), flags | Qt.TextFlag.TextSingleLine, message)
        painter.end()

    def message_rect(self) -> QRect:
        """Where a passing message is drawn: in the row of the widgets, from where the count's
        words start to just before the first widget still shown (or the size grip), as far
        right as QStatusBar's own message goes."""
        left = ROW_LEFT + EDGE_INDENT
        right = self.width() - 12
        for widget in self._shown_children():
            if widget.inherits("QSizeGrip"):
                right = min(right, widget.x())
            else:
                right = min(right, widget.x() - 2)
        return QRect(left, ROW_TOP, right - left, self.height() - ROW_TOP - ROW_BOTTOM)

    def _shown_children(self) -> list[QWidget]:
        # Under a message QStatusBar has hidden its other widgets: those shown are permanent.
        children = self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return [widget for widget in children if widget.isVisible()]

    def _permanent_widgets(self) -> list[QWidget]:
        return [w for w in self._shown_children() if not w.inherits("QSizeGrip")]


def add_count_widgets(window: QMainWindow) -> tuple[QLabel, QToolButton]:
    """The count label and the low-stock button, added to `window`'s status bar (a StatusBar)."""
    status = StatusBar(window)
    window.setStatusBar(status)
    count_label = QLabel(window)
    count_label.setContentsMargins(EDGE_INDENT, 0, 0, 0)
    low_stock_button = QToolButton(window)
    low_stock_button.setObjectName("lowStock")
    low_stock_button.setAutoRaise(True)
    # Only ever words: as tall before they are set as after, so the status bar, laid out when
    # the button is added, keeps its height when they are (it took 2 px more until then).
    low_stock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    low_stock_button.setStyleSheet(LOW_STOCK_STYLE)
    status.addWidget(count_label)
    status.addPermanentWidget(low_stock_button)
    # Qt hides the count under a passing message, but shows it again (over the message)
    # whenever the status bar lays itself out anew; hidden explicitly, it stays hidden.
    status.messageChanged.connect(lambda text: count_label.setVisible(not text))
    return count_label, low_stock_button
