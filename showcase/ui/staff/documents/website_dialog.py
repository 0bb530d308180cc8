"""Publish website…: the showcase as a website folder, made in the background.

Staff choose the folder, the site's web address (saved as the labels' web-address QR template,
so QR codes point at its product pages: printing/website/choices.py) and whether to make a .zip
for hosts that take an upload. "Publish" runs `publish_website` in a worker thread
(`WebsiteJob`, followed by a `JobRunner`) with a progress bar and Cancel; the dialog and the
staff window stay alive. Publishing again into the same folder rewrites only what changed; a
folder that holds other files is refused with a message and left alone. "Open website" shows
the result in the computer's browser.

The folder dialog and the browser are reached through a `WebsiteAsker` (passed in; Qt's by
default), which tests replace with one that answers at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import ValidationError
from showcase.inventory.qr_payloads import check_base_url
from showcase.printing.website import WebsiteSummary
from showcase.printing.website.choices import save_website_choices, website_choices
from showcase.store.db import Database
from showcase.ui.staff.data.data_job import DataJob
from showcase.ui.staff.data.job_runner import JobRunner
from showcase.ui.staff.documents.website_job import WebsiteJob
from showcase.ui.widgets.dialog_parts import (
    ERROR_STYLE,
    StatusLabel,
    close_row,
    no_default_buttons,
    text_label,
)

DEFAULT_FOLDER_NAME = "situs-etalase"


class WebsiteAsker(Protocol):
    def folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        """A folder for the website, starting at `start`; None if staff cancel."""
        ...

    def show_page(self, page: Path) -> None:
        """Open the page (a file) in the computer's browser."""
        ...


class QtWebsiteAsker:
    """Qt's folder dialog and the desktop's browser."""

    def folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(name) if name else None

    def show_page(self, page: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(page)))


class WebsiteDialog(QDialog):
    """Publish the showcase as a website into a folder."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        asker: WebsiteAsker | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.asker: WebsiteAsker = asker or QtWebsiteAsker()
        self.runner = JobRunner(self)  # the job publishing now, if any (one at a time)
        self.runner.progressed.connect(self._on_progress)
        self.runner.was_cancelled.connect(self._on_cancelled)
        self.summary: WebsiteSummary | None = None
        self._closed = False
        self.setWindowTitle(self.tr("Publish website"))
        self.setMinimumWidth(640)
        self.resize(720, 360)

        with database.read() as connection:
            choices = website_choices(connection)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        default_folder = Path(documents or Path.home()) / DEFAULT_FOLDER_NAME

        intro = text_label(self, wrap=True)
        intro.setText(
            self.tr(
                "Writes what the kiosk shows as a website in Indonesian and English: a folder "
                "to copy to any web host, or to open from a USB stick. Publishing again into the "
                "same folder updates only what changed."
            )
        )
        self.folder_edit = QLineEdit(choices.folder or str(default_folder), self)
        self.folder_edit.setObjectName("folder")
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)

        self.base_edit = QLineEdit(choices.base_url, self)
        self.base_edit.setObjectName("base_url")
        self.base_edit.setPlaceholderText("https://umkm.lampungprov.go.id/etalase")
        self.base_error = text_label(self, wrap=True)
        self.base_error.setStyleSheet(ERROR_STYLE)
        self.base_error.hide()
        base_hint = text_label(self, wrap=True)
        base_hint.setStyleSheet("color: palette(placeholder-text);")
        base_hint.setText(
            self.tr(
                "Where the site will be on the internet. Once it is set, QR codes that hold a "
                "web address (labels, catalogues, kiosk) open the product's page there. Leave "
                "it empty for a site that is only opened from the folder."
            )
        )
        self.base_edit.textEdited.connect(self.base_error.hide)
        base_column = QVBoxLayout()
        base_column.addWidget(self.base_edit)
        base_column.addWidget(self.base_error)
        base_column.addWidget(base_hint)

        self.zip_check = QCheckBox(
            self.tr("Also make a .zip file of the site, for uploading"), self
        )

        form = QFormLayout()
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Web address"), base_column)
        form.addRow("", self.zip_check)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress")
        self.progress_bar.setValue(0)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop publishing"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        self.status = StatusLabel(self)
        self.status.setObjectName("status")

        self.open_button = QPushButton(self.tr("&Open website"), self)
        self.open_button.clicked.connect(self.open_site)
        self.publish_button = QPushButton(self.tr("&Publish"), self)
        self.publish_button.clicked.connect(self.publish)
        self.close_button, buttons = close_row(self, self.tr("Close"), self.publish_button)
        buttons.insertWidget(0, self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        no_default_buttons(self)
        self.job_running(False)

    # Choosing ---------------------------------------------------------------------------------

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def choose_folder(self) -> None:
        current = self.folder()
        start = current if current is not None and current.exists() else Path.home()
        chosen = self.asker.folder(self, self.tr("Folder for the website"), start)
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    # Publishing -------------------------------------------------------------------------------

    @property
    def job(self) -> DataJob | None:
        """The job publishing now, if any."""
        return self.runner.job

    def publish(self) -> bool:
        """Start publishing in the background; False (with the reason shown) if it cannot."""
        if self.job is not None or self._closed:
            return False
        folder = self.folder()
        if folder is None:
            self.status.show_status(self.tr("Choose a folder for the website."), error=True)
            return False
        base = self.base_edit.text().strip()
        self.base_error.hide()
        try:
            if base:
                base = check_base_url(base)
            with self.database.session() as session:
                save_website_choices(session, folder=str(folder), base_url=base)
        except ValidationError as exc:
            self.base_error.setText(exc.errors.get("base_url", exc.message))
            self.base_error.show()
            self.base_edit.setFocus()
            self._fit()
            return False
        self.base_edit.setText(base)
        job = WebsiteJob(
            self.database, folder, base_url=base, make_zip=self.zip_check.isChecked(), parent=self
        )
        self.summary = None
        self.progress_bar.setRange(0, 0)
        self.status.show_status(self.tr("Publishing…"))
        self.runner.start(job)
        return True

    def cancel(self) -> None:
        if self.runner.cancel():
            self.cancel_button.setEnabled(False)
            self.status.show_status(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def job_succeeded(self, summary: WebsiteSummary) -> None:
        self.summary = summary
        text = self.tr(
            "Website published in {folder}: {products}, {pages}. {written} written, "
            "{unchanged} unchanged, {removed} removed."
        ).format(
            folder=summary.folder,
            products=self.tr("%n product(s)", "", summary.products),
            pages=self.tr("%n page(s)", "", summary.pages),
            written=self.tr("%n file(s)", "", summary.written),
            unchanged=summary.unchanged,
            removed=summary.removed,
        )
        if summary.zip_path is not None:
            text += " " + self.tr("The .zip file: {path}").format(path=summary.zip_path)
        self.status.show_status(text)
        self._fit()

    def job_failed(self, message: str) -> None:
        self.status.show_status(message, error=True)
        self._fit()

    def _on_cancelled(self) -> None:
        self.status.show_status(
            self.tr(
                "Cancelled. The folder holds part of the new site; publish again to finish it."
            ),
            error=True,
        )

    def job_crashed(self) -> None:
        self.status.show_status(
            self.tr(
                "Something went wrong while publishing the website, and it was written to the "
                "log file. Please try again; if it happens again, tell whoever looks after "
                "this computer."
            ),
            error=True,
        )

    def job_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.publish_button.setEnabled(not running)
        self.choose_button.setEnabled(not running)
        self.folder_edit.setEnabled(not running)
        self.base_edit.setEnabled(not running)
        self.zip_check.setEnabled(not running)
        if not running and self.progress_bar.maximum() == 0:
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(0)
        self.open_button.setEnabled(not running and self.summary is not None)

    def _fit(self) -> None:
        """Grow to show a message that wrapped onto more lines (never shrink what staff set)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def open_site(self) -> None:
        if self.summary is not None:
            self.asker.show_page(self.summary.folder / "index.html")

    def done(self, result: int) -> None:
        """Closing cancels a publish under way and waits for its thread to end."""
        self._closed = True
        self.runner.stop()
        super().done(result)
