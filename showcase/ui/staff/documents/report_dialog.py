"""The report dialog: the center's report for the province, for a period, in Indonesian or
English, as a PDF or an XLSX; made in the background, previewed, saved and printed.

On the left the period (from/to, the last full month to begin with), the language and the
format, and "Make report" with a progress bar and Cancel; on the right the preview of the last
report made (a PDF's pages; for an XLSX, what its sheets hold). The report is written by
`write_report` in a worker thread (`ReportJob`, followed by a `JobRunner`) into a private
temporary folder; "Save…" copies it where staff choose, "Print…" sends a PDF's pages to a
printer. Closing the dialog cancels a report being made and waits for its thread.

Saving and printing go through `DocumentActions`, which asks for a file name and a printer
through an `Asker` (the system dialogs by default); tests pass their own.
"""

from __future__ import annotations

import datetime
import shutil
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError
from showcase.inventory import formats
from showcase.inventory.formats import Language
from showcase.inventory.report.period import Period, last_full_month, make_period
from showcase.printing.report.document import (
    ReportFormat,
    ReportSummary,
    check_output_path,
    write_report,
)
from showcase.store.db import Database
from showcase.ui.staff.data.data_job import DataJob, Progress
from showcase.ui.staff.data.job_runner import JobRunner
from showcase.ui.widgets.asker import Asker
from showcase.ui.widgets.dialog_parts import (
    StatusLabel,
    as_sentence,
    make_bold,
    no_default_buttons,
    text_label,
)
from showcase.ui.widgets.document_actions import DocumentActions
from showcase.ui.widgets.pdf_preview import PdfPreview

A4_MM = (210.0, 297.0)


class ReportJob(DataJob):
    """Writes the report of `period` to `out`; `succeeded` carries the ReportSummary."""

    def __init__(
        self,
        database: Database,
        period: Period,
        out: Path,
        language: Language,
        today: datetime.date,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(self._write, f"The report ({out})", parent)
        self.database, self.period, self.out = database, period, out
        self.language, self.today = language, today

    def _write(self, progress: Progress, cancelled: Callable[[], bool]) -> object:
        return write_report(
            self.database,
            self.period,
            self.out,
            language=self.language,
            today=self.today,
            progress=progress,
            cancelled=cancelled,
        )


def _qdate(day: datetime.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(date: QDate) -> datetime.date:
    return datetime.date(date.year(), date.month(), date.day())


class ReportDialog(QDialog):
    """The center's report for a period, for the Dinas."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        asker: Asker | None = None,
        today: Callable[[], datetime.date] = datetime.date.today,
        work_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.document_actions = DocumentActions(self, asker)
        self._today = today
        self.runner = JobRunner(self)  # the job making a report now, if any (one at a time)
        self.runner.progressed.connect(self._on_progress)
        self.runner.was_cancelled.connect(self._on_cancelled)
        self.summary: ReportSummary | None = None
        self._closed = False
        self._runs = 0
        self._work = Path(tempfile.mkdtemp(prefix="etalase-laporan-", dir=work_dir))
        weakref.finalize(self, shutil.rmtree, self._work, True)
        self.setWindowTitle(self.tr("Report for the province"))
        self.resize(1100, 660)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_controls())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())
        no_default_buttons(self)
        self.job_running(False)

    # Building ---------------------------------------------------------------------------------

    def _build_controls(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 8, 0)
        intro = text_label(panel, wrap=True)
        intro.setText(
            self.tr(
                "Who is represented and from where, NIB and certificates, export markets, what "
                "visitors looked at and what sold, each beside the previous period, with a "
                "consignment statement for every producer whose goods sold."
            )
        )
        column.addWidget(intro)
        form = QFormLayout()
        month = last_full_month(self._today())
        self.from_edit = self._date_edit(panel, month.start)
        self.to_edit = self._date_edit(panel, month.end)
        form.addRow(self.tr("&From"), self.from_edit)
        form.addRow(self.tr("&To"), self.to_edit)
        self.language_box = QComboBox(panel)
        self.language_box.addItem("Bahasa Indonesia", "id")
        self.language_box.addItem("English", "en")
        form.addRow(self.tr("&Language of the report"), self.language_box)
        self.format_box = QComboBox(panel)
        self.format_box.addItem(self.tr("PDF (to print and send)"), ReportFormat.PDF.value)
        self.format_box.addItem(self.tr("XLSX (tables for a spreadsheet)"), ReportFormat.XLSX.value)
        form.addRow(self.tr("F&ormat"), self.format_box)
        column.addLayout(form)
        self.period_note = text_label(panel, wrap=True)
        self.period_note.setObjectName("period_note")
        self.period_note.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.period_note)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._show_period)
        self._show_period()
        column.addStretch(1)
        row = QHBoxLayout()
        self.make_button = QPushButton(self.tr("&Make report"), panel)
        self.make_button.clicked.connect(self.make_report)
        self.progress_bar = QProgressBar(panel)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.cancel_button = QPushButton(self.tr("Cancel"), panel)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.make_button)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        column.addLayout(row)
        self.status = StatusLabel(panel)
        self.status.setObjectName("status")
        column.addWidget(self.status)
        panel.setMinimumWidth(380)
        return panel

    def _date_edit(self, parent: QWidget, day: datetime.date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _build_preview(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(make_bold(QLabel(self.tr("Preview"), panel)))
        self.preview = PdfPreview(panel)
        self.preview.clear(self.tr("Choose the period, then press Make report."))
        column.addWidget(self.preview, 1)
        return panel

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.clicked.connect(self.print_report)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addSpacing(12)
        row.addWidget(close)
        return row

    # The choices ------------------------------------------------------------------------------

    def set_period(self, start: datetime.date, end: datetime.date) -> None:
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))

    def language(self) -> Language:
        return "en" if self.language_box.currentData() == "en" else "id"

    def set_language(self, language: Language) -> None:
        self.language_box.setCurrentIndex(self.language_box.findData(language))

    def report_format(self) -> ReportFormat:
        return ReportFormat(self.format_box.currentData())

    def set_format(self, kind: ReportFormat) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(kind.value))

    def period(self) -> Period:
        """The chosen period; UserError when it cannot be reported."""
        return make_period(_day(self.from_edit.date()), _day(self.to_edit.date()), self._today())

    def _show_period(self) -> None:
        try:
            period = self.period()
        except UserError as exc:
            self.period_note.setText(as_sentence(exc.message))
            return
        days = self.tr("%n day(s)", "", period.days)
        previous = period.previous()
        lang = formats.DEFAULT_LANGUAGE
        self.period_note.setText(
            self.tr("{days}, compared with {start} – {end}.").format(
                days=days,
                start=formats.short_date(previous.start, lang),
                end=formats.short_date(previous.end, lang),
            )
        )

    # Making -----------------------------------------------------------------------------------

    @property
    def job(self) -> DataJob | None:
        """The job making a report now, if any."""
        return self.runner.job

    def is_running(self) -> bool:
        return self.job is not None

    def make_report(self) -> bool:
        """Start making the report in the background; False if it cannot start now."""
        if self.job is not None or self._closed:
            return False
        try:
            period = self.period()
        except UserError as exc:
            self.status.show_status(as_sentence(exc.message), error=True)
            return False
        self._runs += 1
        kind = self.report_format()
        out = self._work / f"laporan-{self._runs}.{kind.value}"
        self.progress_bar.setValue(0)
        self.status.show_status(self.tr("Making the report…"))
        self.runner.start(
            ReportJob(self.database, period, out, self.language(), self._today(), self)
        )
        return True

    def cancel(self) -> None:
        if self.runner.cancel():
            self.cancel_button.setEnabled(False)
            self.status.show_status(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setValue(done * 100 // max(total, 1))

    def job_succeeded(self, summary: ReportSummary) -> None:
        old = self.summary
        self.summary = summary
        if old is not None and old.path != summary.path:
            old.path.unlink(missing_ok=True)
        self.progress_bar.setValue(100)
        if summary.format is ReportFormat.PDF:
            try:
                self.preview.show_pdf(summary.path.read_bytes(), keep_page=False)
            except OSError as exc:
                self.status.show_status(str(exc.strerror or exc), error=True)
                return
            self.status.show_status(self.tr("Report ready: %n page(s).", "", summary.pages))
        else:
            self.preview.clear(self._workbook_text(summary))
            self.status.show_status(self.tr("Report ready: %n sheet(s).", "", summary.pages))

    def _workbook_text(self, summary: ReportSummary) -> str:
        figures = summary.figures
        lang = formats.DEFAULT_LANGUAGE
        return self.tr(
            "The workbook is ready: {sheets}. Save it and open it in a spreadsheet.\n\n"
            "{producers} producers, {products} products, {views} kiosk views, sales {sales}."
        ).format(
            sheets=self.tr("%n sheet(s)", "", summary.pages),
            producers=formats.number(figures.representation.producers.now, lang),
            products=formats.number(figures.representation.products.now, lang),
            views=formats.number(figures.visitors.views.now, lang),
            sales=formats.rupiah(figures.sales.value.now, lang),
        )

    def job_failed(self, message: str) -> None:
        self.status.show_status(as_sentence(message), error=True)

    def _on_cancelled(self) -> None:
        self.progress_bar.setValue(0)
        self.status.show_status(self.tr("Cancelled. No report was made."), error=True)

    def job_crashed(self) -> None:
        self.status.show_status(
            self.tr(
                "Something went wrong while making the report, and it was written to the "
                "log file. Please try again; if it happens again, tell whoever looks after "
                "this computer."
            ),
            error=True,
        )

    def job_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        self.make_button.setEnabled(not running)
        ready = not running and self.summary is not None
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(
            ready and self.summary is not None and self.summary.format is ReportFormat.PDF
        )

    # Saving and printing ----------------------------------------------------------------------

    def save(self) -> Path | None:
        """Copy the report made to a file staff choose; the file written, or None."""
        summary = self.summary
        if summary is None or self.job is not None:
            return None
        path = self._ask_save_path(summary)
        if path is None:
            return None

        def check(path: Path) -> None:
            if check_output_path(path) is not summary.format:
                raise UserError(
                    self.tr("{path}: the report made is a {kind} file").format(
                        path=path, kind=summary.format.value.upper()
                    )
                )

        if not self.document_actions.save_copy(summary.path, path, self.status, check):
            return None
        self.status.show_status(self.tr("Saved the report to {path}").format(path=path))
        return path

    def _ask_save_path(self, summary: ReportSummary) -> Path | None:
        """Ask where to save the report made, as a file of its format (the ending added when
        staff left it out); None if they cancelled."""
        period = summary.figures.period
        kind = summary.format
        suggested = f"laporan-{period.start.isoformat()}-{period.end.isoformat()}.{kind.value}"
        title = self.tr("Save the report")
        if kind is ReportFormat.PDF:
            return self.document_actions.ask_pdf_path(
                title, suggested, self.tr("PDF files (*.pdf)")
            )
        actions = self.document_actions
        chosen = actions.asker.save_path(
            self, title, actions.last_folder / suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        if chosen is None:
            return None
        ending = f".{kind.value}"
        return chosen if chosen.suffix.lower() == ending else chosen.with_name(chosen.name + ending)

    def print_report(self) -> bool:
        """Print the PDF made through the system print dialog; True when it was sent."""
        summary = self.summary
        if summary is None or summary.format is not ReportFormat.PDF or self.job is not None:
            return False
        printed = self.document_actions.print_file(
            self.status,
            self.tr("Print the report"),
            A4_MM,
            self.preview.page_count(),
            self.preview.current_page() + 1,
            summary.path,
            document=self.tr("Etalase report"),
            unreadable=None,
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
        self._closed = True
        self.runner.stop()
        self.preview.clear()
        self.summary = None
        shutil.rmtree(self._work, ignore_errors=True)
        super().done(result)
