"""The staff window's status bar widgets: how many products the list shows (on the left, out of
the way of a passing message) and a button to the products low on stock (on the right). What
they say is set by the window, whose context translates their plural forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QToolButton

# The status bar puts its widgets 2 px from the window's edges: its first and last words are
# set in by this much more, to start and end where the table above them does (8 px in).
EDGE_INDENT = 6
LOW_STOCK_STYLE = "QToolButton { color: #a4161a; font-weight: bold; }"


def add_count_widgets(window: QMainWindow) -> tuple[QLabel, QToolButton]:
    """The count label and the low-stock button, added to `window`'s status bar."""
    count_label = QLabel(window)
    count_label.setContentsMargins(EDGE_INDENT, 0, 0, 0)
    low_stock_button = QToolButton(window)
    low_stock_button.setObjectName("lowStock")
    low_stock_button.setAutoRaise(True)
    # Only ever words: as tall before they are set as after, so the status bar, laid out when
    # the button is added, keeps its height when they are (it took 2 px more until then).
    low_stock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    low_stock_button.setStyleSheet(LOW_STOCK_STYLE)
    status = window.statusBar()
    status.addWidget(count_label)
    status.addPermanentWidget(low_stock_button)
    # Qt hides the count under a passing message, but shows it again (over the message)
    # whenever the status bar lays itself out anew; hidden explicitly, it stays hidden.
    status.messageChanged.connect(lambda text: count_label.setVisible(not text))
    return count_label, low_stock_button
