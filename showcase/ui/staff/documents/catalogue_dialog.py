"""The catalogue dialog: choose what goes in a printable catalogue and how it looks, generate it
in the background, preview it, save it as a PDF or print it.

On the left, what goes in (`CatalogueChoice`) and how it looks (`CatalogueLook`), with a live
count of the products chosen; on the right, the preview of the last catalogue made. "Generate"
runs `write_catalogue` in a worker thread (`CatalogueJob`, followed by a `JobRunner`) into a
file in a private temporary folder, with a progress bar and a Cancel button; the dialog and the
staff window stay alive meanwhile. When it is done the PDF shows in the preview, and "Save
PDF…" copies it where staff choose while "Print…" sends its pages to a printer (both through
`DocumentActions`, asking through the `Asker` passed in). Closing the dialog cancels a
catalogue being made and waits for its thread; the temporary folder goes with the dialog.
"""

from __future__ import annotations

import shutil
import tempfile
import weakref
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError
from showcase.printing.catalogue.document import (
    CatalogueOptions,
    CatalogueSelection,
    CatalogueSummary,
    check_output_path,
    select_products,
)
from showcase.store.db import Database
from showcase.ui.staff.data.job_runner import JobRunner
from showcase.ui.staff.documents.catalogue_choice import CatalogueChoice
from showcase.ui.staff.documents.catalogue_job import CatalogueJob
from showcase.ui.staff.documents.catalogue_look import CatalogueLook
from showcase.ui.widgets.asker import Asker
from showcase.ui.widgets.dialog_parts import (
    ERROR_STYLE,
    StatusLabel,
    as_sentence,
    make_bold,
    no_default_buttons,
    text_label,
)
from showcase.ui.widgets.document_actions import DocumentActions
from showcase.ui.widgets.pdf_preview import preview_panel

A4_MM = (210.0, 297.0)


class CatalogueDialog(QDialog):
    """A printable catalogue of the showcase; `selected_ids` are the products selected in the
    staff's list (may be empty), offered as one of the choices of what goes in. `asker` opens
    the file and print dialogs (the real ones by default)."""

    def __init__(
        self,
        database: Database,
        selected_ids: Sequence[int],
        parent: QWidget | None = None,
        *,
        work_dir: Path | None = None,
        asker: Asker | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.document_actions = DocumentActions(self, asker)
        self.runner = JobRunner(self)  # the job writing a catalogue now, if any (one at a time)
        self.runner.progressed.connect(self._on_progress)
        self.runner.was_cancelled.connect(self._on_cancelled)
        # The catalogue shown in the preview: its file in the work folder, and what made it.
        self.pdf_path: Path | None = None
        self.summary: CatalogueSummary | None = None
        self._shown_request: tuple[CatalogueSelection, CatalogueOptions] | None = None
        self._running_request: tuple[CatalogueSelection, CatalogueOptions] | None = None
        self._closed = False
        self._can_generate = False
        self._runs = 0
        self._work = Path(tempfile.mkdtemp(prefix="etalase-katalog-", dir=work_dir))
        # Closing removes the folder; this is for a dialog that is never closed.
        weakref.finalize(self, shutil.rmtree, self._work, True)

        self.setWindowTitle(self.tr("Catalogue"))
        self.resize(1240, 660)  # with its title bar, inside 1366×768 above a taskbar
        self.choice = CatalogueChoice(database, selected_ids, self)
        self.look = CatalogueLook(database, self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_controls())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([790, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())
        no_default_buttons(self)

        self.choice.changed.connect(self._choices_changed)
        self.look.changed.connect(self._choices_changed)
        self.job_running(False)
        self.refresh_count()

    # Building ---------------------------------------------------------------------------------

    def _build_controls(self) -> QWidget:
        """What goes in on the left; how it looks, the count and Generate beside it."""
        panel = QWidget(self)
        columns = QHBoxLayout(panel)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.addWidget(self.choice, 1)
        column = QVBoxLayout()
        columns.addLayout(column, 1)
        column.addWidget(self.look)
        column.addStretch(1)

        self.count_label = make_bold(text_label(panel, wrap=True, shrink=True))
        self.count_label.setObjectName("count")
        column.addWidget(self.count_label)

        row = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("&Generate"), panel)
        self.generate_button.setToolTip(
            self.tr("Make the catalogue; the preview shows it when it is ready")
        )
        self.generate_button.clicked.connect(self.generate)
        self.progress_bar = QProgressBar(panel)
        self.progress_bar.setObjectName("progress")
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), panel)
        self.cancel_button.setToolTip(self.tr("Stop making the catalogue"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.generate_button)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        column.addLayout(row)

        self.status = StatusLabel(panel)
        self.status.setObjectName("status")
        column.addWidget(self.status)
        panel.setMinimumWidth(700)
        return panel

    def _build_preview(self) -> QWidget:
        panel, self.preview_note, self.preview = preview_panel(
            self, self.tr("Preview"), wrap_note=True
        )
        self.preview_note.setObjectName("preview_note")
        self.preview.clear(
            self.tr("Choose what goes in the catalogue and how it looks, then press Generate.")
        )
        panel.setMinimumWidth(360)
        return panel

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save &PDF…"), self)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.clicked.connect(self.print_catalogue)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addSpacing(12)
        row.addWidget(self.close_button)
        return row

    # The products chosen ----------------------------------------------------------------------

    def request(self) -> tuple[CatalogueSelection, CatalogueOptions]:
        """What the dialog would make now: the selection and the options."""
        return self.choice.selection(), self.look.options()

    def refresh_count(self) -> list[int] | None:
        """Count the chosen products and say so; the ids, or None with the reason shown when
        no catalogue can be made (then Generate is off)."""
        selection = self.choice.selection()
        try:
            with self.database.read() as connection:
                ids = select_products(connection, selection)
        except UserError as exc:
            self.count_label.setStyleSheet(ERROR_STYLE)
            self.count_label.setText(as_sentence(exc.message))
            self._can_generate = False
            self._update_buttons()
            return None
        text = self.tr("%n product(s) will be in the catalogue.", "", len(ids))
        if selection.product_ids is not None and len(ids) < len(self.choice.selected_ids):
            left_out = len(self.choice.selected_ids) - len(ids)
            text += " " + self.tr(
                "%n of the selected product(s) not shown on the kiosk stay out.", "", left_out
            )
        problem = self.look.problem()
        self.count_label.setStyleSheet(ERROR_STYLE if problem else "")
        self.count_label.setText(f"{text} {problem}" if problem else text)
        self._can_generate = not problem
        self._update_buttons()
        return ids if not problem else None

    def _choices_changed(self) -> None:
        self.refresh_count()
        self._show_preview_note()

    def _show_preview_note(self) -> None:
        stale = self.pdf_path is not None and self._shown_request != self.request()
        self.preview_note.setText(
            self.tr("made before your last changes: press Generate to update it") if stale else ""
        )

    # Generating -------------------------------------------------------------------------------

    @property
    def job(self) -> CatalogueJob | None:
        """The job writing a catalogue now, if any."""
        job = self.runner.job
        return job if isinstance(job, CatalogueJob) else None

    def is_running(self) -> bool:
        return self.job is not None

    def generate(self) -> bool:
        """Start making the catalogue in the background; False if it cannot start now."""
        if self.job is not None or self._closed:
            return False
        ids = self.refresh_count()
        if ids is None:
            return False
        request = self.request()
        self._runs += 1
        self._work.mkdir(parents=True, exist_ok=True)
        out = self._work / f"katalog-{self._runs}.pdf"
        self._running_request = request
        self.progress_bar.setRange(0, len(ids))
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("%v of %m products"))
        self.status.show_status("")
        if self.pdf_path is None:
            self.preview.clear(self.tr("Making the catalogue…"))
        self.runner.start(CatalogueJob(self.database, ids, request[1], out, self))
        return True

    def cancel(self) -> None:
        """Ask the catalogue being made to stop; the thread ends soon after."""
        if self.runner.cancel():
            self.cancel_button.setEnabled(False)
            self.status.show_status(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(total)
        self.progress_bar.setValue(done)

    def job_succeeded(self, summary: CatalogueSummary) -> None:
        job = self.job
        if job is None:
            return
        try:
            data = job.out.read_bytes()
        except OSError as exc:
            self.status.show_status(
                self.tr("The catalogue was made but cannot be read back: {why}").format(
                    why=exc.strerror or exc
                ),
                error=True,
            )
            return
        old = self.pdf_path
        self.preview.show_pdf(data, keep_page=False)
        self.pdf_path = job.out
        self.summary = summary
        self._shown_request = self._running_request
        if old is not None and old != job.out:
            old.unlink(missing_ok=True)
        self.status.show_status(
            self.tr("Catalogue ready: {products} on {pages}.").format(
                products=self.tr("%n product(s)", "", summary.products),
                pages=self.tr("%n page(s)", "", summary.pages),
            )
        )
        self._show_preview_note()

    def job_failed(self, message: str) -> None:
        self.status.show_status(as_sentence(message), error=True)
        self._restore_preview()

    def _on_cancelled(self) -> None:
        self.progress_bar.setValue(0)
        self.status.show_status(self.tr("Cancelled. No catalogue was made."), error=True)
        self._restore_preview()

    def job_crashed(self) -> None:
        self.status.show_status(
            self.tr(
                "Something went wrong while making the catalogue, and it was written to the "
                "log file. Please try again; if it happens again, tell whoever looks after "
                "this computer."
            ),
            error=True,
        )
        self._restore_preview()

    def _restore_preview(self) -> None:
        if self.pdf_path is None:
            self.preview.clear(self.tr("No catalogue yet: see the message on the left."))

    def job_running(self, running: bool) -> None:
        """Generate off while a catalogue is made; on again once its thread has ended (after
        its outcome was shown)."""
        self.cancel_button.setEnabled(running)
        if not running:
            self._running_request = None
            self.progress_bar.setFormat(
                self.tr("%v of %m products") if self.progress_bar.value() > 0 else ""
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.job is not None
        self.generate_button.setEnabled(not running and self._can_generate)
        ready = not running and self.pdf_path is not None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    # Saving and printing ----------------------------------------------------------------------

    def save_pdf(self) -> Path | None:
        """Copy the catalogue shown to a file staff choose; return the file written."""
        source = self.pdf_path
        if source is None or self.job is not None:
            return None
        path = self.document_actions.ask_pdf_path(
            self.tr("Save the catalogue as PDF"),
            f"katalog-{date.today().isoformat()}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return None
        if not self.document_actions.save_copy(source, path, self.status, check_output_path):
            return None
        self.status.show_status(self.tr("Saved the catalogue to {path}").format(path=path))
        return path

    def print_catalogue(self) -> bool:
        """Print the catalogue shown through the system print dialog; True when it was sent."""
        source = self.pdf_path
        if source is None or self.job is not None:
            return False
        size = self.preview.page_size_mm()
        printed = self.document_actions.print_file(
            self.status,
            self.tr("Print the catalogue"),
            (size.width(), size.height()) if size is not None else A4_MM,
            self.preview.page_count(),
            self.preview.current_page() + 1,
            source,
            document=self.tr("Etalase catalogue"),
            unreadable=self.tr("The catalogue cannot be read back: {why}"),
        )
        if printed is None:
            return False
        self.status.show_status(self.tr("Sent %n page(s) to the printer.", "", printed))
        return True

    # Opening and closing ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._closed = False
        super().showEvent(event)

    def done(self, result: int) -> None:
        """Closing cancels a catalogue being made, waits for its thread, and removes the
        temporary files."""
        self._closed = True
        self.runner.stop()
        self.preview.clear()  # lets PDFium close the document now, not at exit
        self.pdf_path = None
        self._shown_request = None
        shutil.rmtree(self._work, ignore_errors=True)
        super().done(result)
