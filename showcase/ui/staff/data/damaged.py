"""The dialog shown when the staff window's database file is damaged: instead of the window
at start, or over it when the full check after start finds damage.

It names the file and what SQLite found wrong, and offers the newest backup that passes
`PRAGMA integrity_check`: restoring it moves the damaged file aside as
`etalase.db.damaged-YYYYMMDD-HHMMSS` (never deleted; its -wal goes with it) and puts the backup
in its place, after which the window opens as usual. Staff may also choose another backup file
(a USB stick) or quit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError
from showcase.store.backup import BackupInfo, backups_folder
from showcase.store.restore import (
    RestoreResult,
    check_backup,
    newest_good_backup,
)
from showcase.ui.staff.data.backup_dialog import product_count, reason_text, when_text
from showcase.ui.staff.data.restore_job import RestoreJob
from showcase.ui.widgets.dialog_parts import StatusLabel, make_bold, text_label

log = logging.getLogger(__name__)


class DamagedDialog(QDialog):
    """Restore the newest good backup, choose another, or quit. `restored` is set when done."""

    def __init__(
        self,
        path: Path,
        problem: str,
        backup: BackupInfo | None,
        parent: QWidget | None = None,
        *,
        before_restore: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        # Found while the window runs: its connections are closed before the file moves.
        self.before_restore = before_restore
        self.backup = backup
        self.restored: RestoreResult | None = None
        self.job: RestoreJob | None = None
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("Etalase — the data file is damaged"))
        self.setMinimumWidth(620)

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = make_bold(text_label(self, wrap=True), 1.2)
        heading.setText(self.tr("The showcase data cannot be opened: the file is damaged."))
        self.where = where = text_label(self, wrap=True)
        where.setText(
            self.tr("File: {path}\nWhat is wrong: {problem}").format(
                path=path, problem=self.problem_text(problem)
            )
        )
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.offer = text_label(self, wrap=True)
        aside = f"{path.name}.damaged-YYYYMMDD-HHMMSS"
        if backup is not None:
            count = product_count(backup.path)
            self.offer.setText(
                self.tr(
                    "The newest good backup is from {when} ({reason}, {count} products). "
                    "Restore it? Changes made after that time are not in it.\n\n"
                    "The damaged file is not deleted: it is kept beside it, renamed to {aside} (the "
                    "date and time of the restore)."
                ).format(
                    when=when_text(backup.taken_at),
                    reason=reason_text(backup.reason).lower(),
                    count=QLocale().toString(count or 0),
                    aside=aside,
                )
            )
        else:
            self.offer.setText(
                self.tr(
                    "No good backup was found in {folder}. Choose a backup file (from a USB "
                    "stick, for example), or quit and ask for help. The damaged file is kept."
                ).format(folder=backups_folder(path))
            )
        self.status = StatusLabel(self)

        self.restore_button = QPushButton(self.tr("Restore this backup"), self)
        self.restore_button.setVisible(backup is not None)
        self.restore_button.clicked.connect(self.restore_offered)
        self.other_button = QPushButton(self.tr("Choose another backup…"), self)
        self.other_button.clicked.connect(self.choose_file)
        # At start, not restoring means not opening; over the window it means carrying on.
        self.quit_button = QPushButton(
            self.tr("Quit") if before_restore is None else self.tr("Not now"), self
        )
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.quit_button)
        (self.restore_button if backup is not None else self.other_button).setDefault(True)

        text = QVBoxLayout()
        text.setSpacing(10)
        for part in (heading, where, self.offer, self.status):
            text.addWidget(part)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(text, 1)
        column = QVBoxLayout(self)
        column.addLayout(body)
        column.addSpacing(8)
        column.addLayout(buttons)

    def problem_text(self, problem: str) -> str:
        """SQLite's words for the usual kinds of damage, said plainly (its own words follow)."""
        plain = {
            "database disk image is malformed": self.tr("the contents of the file are broken"),
            "file is not a database": self.tr("the file no longer reads as a database"),
        }
        for words, said in plain.items():
            if words in problem:
                return f"{said} ({problem})"
        return problem

    def restore_offered(self) -> None:
        if self.backup is not None:
            self.restore_from(self.backup.path)

    def choose_file(self) -> None:
        chooser = QFileDialog(self, self.tr("Choose a backup file"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setDirectory(str(backups_folder(self.path) if self.backup else self.path.parent))
        chooser.fileSelected.connect(lambda name: self.restore_from(Path(name)))
        self.file_dialog = chooser
        chooser.open()

    def restore_from(self, candidate: Path) -> None:
        try:
            check_backup(candidate)  # before anything: a bad choice is named here, in red
        except UserError as exc:
            self._refused(exc.message)
            return
        self.status.show_status("")
        self.setEnabled(False)
        job = RestoreJob(self.path, candidate, self, before=self.before_restore)
        job.finished.connect(self._restore_finished)
        self.job = job
        job.start()

    def _restore_finished(self, result: RestoreResult | None, error: str) -> None:
        self.setEnabled(True)
        if result is None:
            self._refused(error)
            return
        self.restored = result
        self.accept()

    def _refused(self, why: str) -> None:
        log.warning("Restore into the damaged %s refused: %s", self.path, why)
        self.status.show_status(
            self.tr("This backup cannot be restored: {why}").format(why=why), error=True
        )


def offer_restore(path: Path, problem: str) -> RestoreResult | None:
    """Show the damaged-file dialog for `path` (made the application if needed); the result
    of the restore staff chose, or None if they quit."""
    from showcase.ui.qt_setup import application

    application()
    log.error("The database %s is damaged: %s", path, problem)
    dialog = DamagedDialog(path, problem, newest_good_backup(path))
    dialog.exec()
    return dialog.restored
