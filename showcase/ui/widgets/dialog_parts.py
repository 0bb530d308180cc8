"""Small pieces the staff dialogs share: a safe yes/no question, plain-text labels, the status line
under a form, a read-only list table, bold headings, the Close row, and keyboard order.

None of them holds words of its own: each dialog passes text it translated itself, so every
string keeps the translation context of the dialog that shows it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

ERROR_COLOR = "#b00020"
DONE_COLOR = "#1b5e20"
ERROR_STYLE = f"color: {ERROR_COLOR};"
DONE_STYLE = f"color: {DONE_COLOR};"


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    """A Yes/No question whose safe answer (No) is the default. Names in it are shown as typed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def as_sentence(message: str) -> str:
    """A domain message, worded to follow "etalase: error: " on the command line ("the disk
    holding … is full: …"), as a sentence on screen: a capital first letter and a full stop."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?", ")")) else message + "."


def yes_no_asker(parent: QWidget) -> Callable[[str, str], bool]:
    """`ask_yes_no` over `parent` as a callable (title, question) a dialog keeps to ask with,
    and tests replace. It holds `parent` weakly: a lambda over the dialog stored in the dialog
    is a reference cycle, freed only by the cyclic garbage collector, which may run in a worker
    thread and then delete the dialog's widgets outside the UI thread (a crash)."""
    ref = weakref.ref(parent)

    def ask(title: str, question: str) -> bool:
        widget = ref()
        return widget is not None and ask_yes_no(widget, title, question)

    return ask


def text_label(parent: QWidget, *, wrap: bool = False, shrink: bool = False) -> QLabel:
    """A label for text that may hold user input: always plain text (a name with `<b>` or `&`
    shows as typed). `shrink` lets a very long name wrap or clip instead of widening the window."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if shrink:
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(0)
    return label


def make_bold(label: QLabel, scale: float | None = None) -> QLabel:
    """Set `label` in bold, `scale` times its font size when given (a heading, a big figure)."""
    font = QFont(label.font())
    if scale is not None:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class StatusLabel(QLabel):
    """The line under a form that says what just happened: red for a refusal, green when done,
    hidden when there is nothing to say. Plain text, and it never widens the window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)
        self.hide()

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.setText(text)
        self.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.setVisible(bool(text))


def list_table(
    parent: QWidget, model: QAbstractItemModel, *, row_height: int, single_selection: bool
) -> QTableView:
    """A read-only table of whole rows, one line each, that Tab leaves for the next field.
    The caller sizes its columns."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table, to the next field
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def close_row(dialog: QDialog, text: str, *actions: QPushButton) -> tuple[QPushButton, QHBoxLayout]:
    """A Close button at the bottom right that rejects `dialog` (which may ask first), with the
    dialog's `actions` (Export, Import…) just before it."""
    button = QPushButton(text, dialog)
    button.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    for action in actions:
        row.addWidget(action)
    row.addWidget(button)
    return button, row


def no_default_buttons(dialog: QDialog) -> None:
    """Enter in a field must never press a button by surprise: no button is a default one."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


def set_tab_chain(widgets: Sequence[QWidget]) -> None:
    """Tab visits `widgets` in this order (the reading order of the dialog)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
