"""File → Restore from backup…: the list of backups beside the database (date, kind, size,
products), or another file chosen by hand; a confirmation that says what is replaced; then the
restore itself (showcase.store.restore), after which the window reads the restored data.

The window's own connections are closed before the restore and reopen on their next read, so
the window shows the restored file; the kiosk sees the change through `PRAGMA data_version`.
A showcase on a server is restored the same way (store/server_restore.py): its backups are in
this PC's data folder, and the kiosks hear of the restore as of any change.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError
from showcase.i18n import translate
from showcase.inventory.formats import long_date_time
from showcase.store.backup import BackupInfo, list_backups
from showcase.store.db import Database
from showcase.store.restore import RestoreResult, backup_taken_at, check_backup
from showcase.ui.language import current_language
from showcase.ui.staff.data.restore_job import RestoreJob
from showcase.ui.widgets.dialog_parts import StatusLabel, list_table, text_label
from showcase.ui.widgets.row_table_model import Index, RowTableModel

log = logging.getLogger(__name__)

ROW_HEIGHT = 28


def when_text(moment: datetime) -> str:
    """`22 November 2026 08.15` (`22 Nov 2026 08:15` in English) in the language of the program."""
    return long_date_time(moment, current_language())


def reason_text(reason: str) -> str:
    """Why a backup was made, in words."""
    words = {
        "daily": translate("Backups", "Daily backup"),
        "manual": translate("Backups", "Made by hand"),
        "before-upgrade": translate("Backups", "Before a program update"),
        "before-import": translate("Backups", "Before an import"),
        "before-restore": translate("Backups", "Before a restore"),
        "before-clear-demo": translate("Backups", "Before clearing the demo data"),
    }
    return words.get(reason, reason)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def product_count(path: Path) -> int | None:
    """How many products a backup holds (a read-only look), or None if it cannot be read."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            return int(connection.execute("SELECT count(*) FROM product").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return None


class BackupListModel(RowTableModel[tuple[BackupInfo, int | None]]):
    """Date, kind, size and products of each backup, newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Date"), self.tr("Kind"), self.tr("Size"), self.tr("Products")]

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info, products = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return when_text(info.taken_at)
            if column == 1:
                return reason_text(info.reason)
            if column == 2:
                return size_text(info.size)
            return self.tr("unreadable") if products is None else QLocale().toString(products)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return None


class RestoreDialog(QDialog):
    """Choose a backup, confirm, restore. `restored` carries the RestoreResult."""

    restored = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(720, 440)
        # Kept while open, for tests and so they are not collected: the question, the file
        # chooser, and the message shown last.
        self.confirm_box: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self.message_box: QMessageBox | None = None
        self.result_of_restore: RestoreResult | None = None
        self.job: RestoreJob | None = None  # the restore under way or done

        intro = text_label(self, wrap=True)
        intro.setText(
            self.tr(
                "Choose the backup to go back to. The data in Etalase now is replaced by it; "
                "a backup of the current data is made first, so a restore can be undone."
            )
        )
        self.model = BackupListModel(self)
        self.model.set_rows([(b, product_count(b.path)) for b in list_backups(database.path)])
        self.table = list_table(self, self.model, row_height=ROW_HEIGHT, single_selection=True)
        self.table.setObjectName("backups")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.ask_restore)
        self.empty_label = text_label(self, wrap=True)
        self.empty_label.setText(
            self.tr("There are no backups in {folder} yet.").format(
                folder=database.path.parent / "backups"
            )
        )
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.status = StatusLabel(self)

        self.other_button = QPushButton(self.tr("Choose another file…"), self)
        self.other_button.clicked.connect(self.choose_file)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.clicked.connect(self.ask_restore)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(cancel)

        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty_label)
        column.addWidget(self.status)
        column.addLayout(buttons)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def choose_file(self) -> None:
        chooser = QFileDialog(self, self.tr("Choose a backup file"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilters(
            [self.tr("Etalase backups (*.db *.sqlite *.bak)"), self.tr("All files (*)")]
        )
        chooser.fileSelected.connect(lambda name: self.ask_restore_file(Path(name)))
        self.file_dialog = chooser
        chooser.open()

    def ask_restore(self) -> None:
        info = self.selected_backup()
        if info is not None:
            self.ask_restore_file(info.path)

    def ask_restore_file(self, path: Path) -> None:
        """Check `path`, then ask whether to replace the current data with it."""
        try:
            check = check_backup(path)
        except UserError as exc:
            self.status.show_status(
                self.tr("This file cannot be restored: {why}").format(why=exc.message), error=True
            )
            return
        self.status.show_status("")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore from backup"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Replace the current data with the backup of {when}?").format(
                when=when_text(backup_taken_at(path))
            )
        )
        box.setInformativeText(
            self.tr(
                "Everything in Etalase now is replaced by this backup ({count} products). "
                "A backup of the current data is made first."
            ).format(count=QLocale().toString(check.products))
        )
        box.setDetailedText(str(path))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter must not replace the data by surprise
        box.setEscapeButton(cancel)

        def answered() -> None:
            if box.clickedButton() is restore:
                self.restore_file(path)

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()

    def restore_file(self, path: Path) -> RestoreJob:
        """Restore now, in a worker thread: the window's connections are closed first (they
        reopen on the next read, on the restored file); then say what happened."""
        self.status.show_status("")
        self.setEnabled(False)  # one restore at a time
        job = RestoreJob(
            self.database.path, path, self, before=self.database.close, database=self.database
        )
        job.finished.connect(self._restore_finished)
        self.job = job
        job.start()
        return job

    def _restore_finished(self, result: RestoreResult | None, error: str) -> None:
        self.setEnabled(True)
        if result is None:
            self.status.show_status(
                self.tr("Nothing was changed: {why}").format(why=error), error=True
            )
            return
        self.result_of_restore = result
        self.restored.emit(result)
        self.accept()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Restore done"),
            restored_text(result),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.message_box = box
        box.open()


def restored_text(result: RestoreResult) -> str:
    """What the main window says after a restore."""
    text = translate("Backups", "Restored the backup of {when}: {count} products.").format(
        when=when_text(result.taken_at), count=QLocale().toString(result.products)
    )
    if result.migrated:
        text += " " + translate(
            "Backups", "It was made by an older version of Etalase and has been updated."
        )
    if result.kept_as is not None:
        text += "\n\n" + translate(
            "Backups", "The data from before the restore was kept as:\n{path}"
        ).format(path=result.kept_as)
    return text
