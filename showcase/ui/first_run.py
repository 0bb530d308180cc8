"""The first start of the staff window: the demo showcase or an empty one, and the center's name.

Asked once, when the database file does not exist yet, before anything else is shown or
written. Every text is Indonesian with the English alongside (the language setting lives in
the database, which does not exist yet). Quitting here makes nothing: the file is written only
after Start, complete or not at all (showcase.inventory.new_showcase), so the next start asks
again.

For the default file the demo is the default answer (Enter opens it, as the README promises);
for a file named with --db or SHOWCASE_DB the empty showcase is: naming a new file is how a
center starts its real showcase, and the question also shows the path, so a mistyped name is
seen before an empty file appears.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError, ValidationError
from showcase.inventory.demo.data import PRODUCTS
from showcase.inventory.new_showcase import (
    DEFAULT_CENTER_NAME,
    NewShowcase,
    check_center_name,
    create_showcase_file,
    prepare_folder,
)
from showcase.store.db import Database
from showcase.ui.qt_setup import application
from showcase.ui.widgets.dialog_parts import ERROR_STYLE, make_bold, text_label

log = logging.getLogger(__name__)

SECOND_LANGUAGE_STYLE = "color: #555;"


def open_new_showcase(path: Path, *, is_default: bool) -> Database | None:
    """Ask how to start the new showcase file `path`, make it, and return it open.

    None when staff quit instead: nothing was written. A folder that cannot hold the file is
    refused (DatabaseFileError) before anything is asked.
    """
    prepare_folder(path, make=is_default)
    return ask_first_run(path, demo_default=is_default)


def ask_first_run(path: Path, *, demo_default: bool) -> Database | None:
    """Show the first-run question (a modal dialog) and return the database it made, if any."""
    application()
    dialog = FirstRunDialog(path, demo_default=demo_default)
    dialog.exec()
    database = dialog.database
    dialog.deleteLater()
    if database is None:
        log.info("First start: staff quit; %s was not made", path)
    return database


def both(translated: str, english: str, separator: str = " · ") -> str:
    """Indonesian with the English alongside; once only when no translation is installed."""
    return translated if translated == english else f"{translated}{separator}{english}"


class FirstRunDialog(QDialog):
    """Demo or empty, and the center's name; Start makes the file, Quit (or closing) makes none."""

    def __init__(
        self, path: Path, *, demo_default: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.database: Database | None = None
        self._busy = False
        self.setWindowTitle(both(self.tr("Welcome to Etalase"), "Welcome to Etalase"))

        heading = make_bold(QLabel(self.tr("Welcome to Etalase"), self), 1.5)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 18)
        column.setSpacing(6)
        column.addWidget(heading)
        column.addWidget(self._second(self.tr("Welcome to Etalase"), "Welcome to Etalase"))
        column.addSpacing(8)
        intro = self.tr("This is the first start. How should the new showcase begin?")
        column.addWidget(self._paragraph(intro))
        column.addWidget(
            self._second(intro, "This is the first start. How should the new showcase begin?")
        )
        where = text_label(self, wrap=True)
        where.setObjectName("path")
        file_word = both(self.tr("File"), "File")
        where.setText(f"{file_word}: {path}")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet(SECOND_LANGUAGE_STYLE)
        column.addWidget(where)
        column.addSpacing(10)

        self.demo = QRadioButton(
            both(self.tr("Open the demo showcase"), "Open the demo showcase"), self
        )
        self.empty = QRadioButton(
            both(
                self.tr("Start an empty showcase for this center"),
                "Start an empty showcase for this center",
            ),
            self,
        )
        for radio in (self.demo, self.empty):
            font = radio.font()
            font.setBold(True)
            radio.setFont(font)
        choices = QButtonGroup(self)
        choices.addButton(self.demo)
        choices.addButton(self.empty)
        (self.demo if demo_default else self.empty).setChecked(True)
        demo_note = self.tr(
            "{count} flagship products of Lampung to try everything out. Clear them later in "
            "one step: Data → Clear demo data…"
        ).format(count=len(PRODUCTS))
        demo_note_en = (
            f"{len(PRODUCTS)} flagship products of Lampung to try everything out. Clear them "
            "later in one step: Data → Clear demo data…"
        )
        empty_note = self.tr(
            "No products or producers yet; the usual categories (coffee, spices, snacks, "
            "tapis…) are ready."
        )
        empty_note_en = (
            "No products or producers yet; the usual categories (coffee, spices, snacks, "
            "tapis…) are ready."
        )
        column.addWidget(self.demo)
        column.addWidget(self._note(demo_note, demo_note_en))
        column.addSpacing(6)
        column.addWidget(self.empty)
        column.addWidget(self._note(empty_note, empty_note_en))
        column.addSpacing(12)

        name_label = make_bold(
            QLabel(both(self.tr("Name of the center"), "Name of the center"), self)
        )
        self.name = QLineEdit(DEFAULT_CENTER_NAME, self)
        self.name.setObjectName("centerName")
        self.name.setMaxLength(500)  # longer than allowed, so that "too long" is said, not cut
        name_label.setBuddy(self.name)
        self.name.textEdited.connect(self._clear_name_error)
        self.name_error = text_label(self, wrap=True)
        self.name_error.setObjectName("error_center_name")
        self.name_error.setStyleSheet(ERROR_STYLE)
        self.name_error.hide()
        hint = self.tr(
            "Shown on the kiosk and on catalogue covers; it can be changed in Kiosk settings."
        )
        column.addWidget(name_label)
        column.addWidget(self.name)
        column.addWidget(self.name_error)
        column.addWidget(
            self._pair(
                hint,
                "Shown on the kiosk and on catalogue covers; it can be changed in Kiosk settings.",
            )
        )
        column.addSpacing(10)

        self.status = text_label(self, wrap=True)
        self.status.setObjectName("status")
        self.status.hide()
        column.addWidget(self.status)

        self.quit_button = QPushButton(both(self.tr("Quit"), "Quit"), self)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        self.start_button = QPushButton(both(self.tr("Start"), "Start"), self)
        self.start_button.setDefault(True)  # Enter starts, with the demo unless changed
        self.start_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.start_button)
        column.addLayout(buttons)
        self.start_button.setFocus()
        # Wide enough for the longer choice on one line (a radio button's text does not wrap).
        margins = column.contentsMargins()
        self.setMinimumWidth(
            max(600, self.empty.sizeHint().width() + margins.left() + margins.right() + 8)
        )

    # Pieces ----------------------------------------------------------------------------------

    def _paragraph(self, text: str) -> QLabel:
        label = text_label(self, wrap=True)
        label.setText(text)
        return label

    def _second(self, translated: str, english: str) -> QLabel:
        """The English line under an Indonesian one, in grey; hidden when they are the same."""
        label = self._paragraph(english)
        label.setStyleSheet(SECOND_LANGUAGE_STYLE)
        label.setVisible(translated != english)
        return label

    def _pair(self, translated: str, english: str) -> QWidget:
        box = QWidget(self)
        lines = QVBoxLayout(box)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(1)
        lines.addWidget(self._paragraph(translated))
        lines.addWidget(self._second(translated, english))
        return box

    def _note(self, translated: str, english: str) -> QWidget:
        """The explanation under a choice, indented to the text of the radio button."""
        box = self._pair(translated, english)
        layout = box.layout()
        assert layout is not None
        layout.setContentsMargins(26, 0, 0, 0)
        return box

    # What the user does ----------------------------------------------------------------------

    def choice(self) -> NewShowcase:
        """What the dialog says now; ValidationError when the name cannot be used."""
        return NewShowcase(
            demo=self.demo.isChecked(), center_name=check_center_name(self.name.text())
        )

    def _clear_name_error(self) -> None:
        self.name_error.hide()
        self.name.setStyleSheet("")

    def _show_status(self, text: str, *, error: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.show()
        self.adjustSize()

    def start(self) -> None:
        """Check the name, then make the file; a problem is shown here and nothing is made."""
        if self._busy:
            return
        try:
            new = self.choice()
        except ValidationError as exc:
            self.name_error.setText(exc.errors["center_name"])
            self.name_error.show()
            self.name.setStyleSheet("border: 1px solid #b00020;")
            self.name.setFocus()
            self.adjustSize()  # room for the message: wrapped notes must not be squeezed
            return
        self._set_busy(True)
        self._show_status(
            both(self.tr("Preparing the showcase…"), "Preparing the showcase…"), error=False
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QCoreApplication.processEvents()  # show the message before the work starts
        try:
            self.database = create_showcase_file(self.path, new)
        except UserError as exc:
            log.warning("First start: %s", exc)
            self._show_status(exc.message, error=True)
        except Exception:
            log.exception("First start: making %s failed", self.path)
            self._show_status(
                self.tr(
                    "The showcase could not be made because of an unexpected problem; details "
                    "were written to the log file. Nothing was saved."
                ),
                error=True,
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
            self._set_busy(False)
        if self.database is not None:
            self.accept()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.demo, self.empty, self.name, self.start_button, self.quit_button):
            widget.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:  # the file is being written: it finishes, then the window opens
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
