"""The labels dialog: shelf labels with QR codes for chosen products, previewed, saved or printed.

The job's form on the left (`LabelJobForm`: sheet, copies, the first free position on a
half-used sheet, what the QR code holds, the printer and its calibration offset), a live preview
of the pages on the right. The labels are made by `showcase.printing.labels.jobs` as a PDF in memory;
the preview renders its pages, "Save PDF…" writes the file, "Print…" renders the pages for the
printer chosen in the system print dialog (both through `DocumentActions`, asking through the
`Asker` passed in). Every refusal of the domain (a start past the
sheet's end, no copies, a web address without `{code}`, a QR payload too long for the label) is
shown under its field or in the red line below the form, and nothing is written or printed.

The preview is made again a moment after each change. For a long job it shows the first few
pages only (PREVIEW_PAGES), so that a change stays quick; saving and printing make every page.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from io import BytesIO
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError, ValidationError
from showcase.inventory.branding import center_logo, set_center_logo
from showcase.inventory.qr_payloads import LabelItem, QrKind
from showcase.inventory.setting_keys import (
    DEFAULT_QR_SETTING,
    DEFAULT_SHEET_SETTING,
    LABEL_LOGO_SETTING,
    URL_TEMPLATE_SETTING,
)
from showcase.inventory.settings import get_setting, set_setting
from showcase.printing.labels.jobs import LabelJob, place_labels, write_labels_pdf, write_test_page
from showcase.printing.labels.payloads import label_items
from showcase.printing.labels.sheets import Sheet, list_sheets, printer_offset, set_printer_offset
from showcase.store.db import Database
from showcase.ui.staff.documents.label_job_form import LabelJobForm
from showcase.ui.widgets.asker import Asker
from showcase.ui.widgets.dialog_parts import (
    StatusLabel,
    make_bold,
    no_default_buttons,
    set_tab_chain,
    text_label,
)
from showcase.ui.widgets.document_actions import DocumentActions, busy
from showcase.ui.widgets.pdf_preview import preview_panel

# The preview shows at most this many pages: enough to check a job, quick to remake.
PREVIEW_PAGES = 6
PREVIEW_DELAY_MS = 150


class LabelsDialog(QDialog):
    """Shelf labels for `product_ids`, in that order (the selection, or the whole list when
    `whole_list` is True: the heading says which). `asker` opens the file and print dialogs
    (the real ones by default)."""

    def __init__(
        self,
        database: Database,
        product_ids: Sequence[int],
        parent: QWidget | None = None,
        *,
        whole_list: bool = False,
        asker: Asker | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.document_actions = DocumentActions(self, asker)
        self.product_ids = list(product_ids)
        self.whole_list = whole_list
        # The sheet editor while it is open (tests reach it here).
        self.sheet_editor: QDialog | None = None
        items: list[LabelItem] = []
        self._load_error = ""
        # The PDF of the last preview and the job it shows in full (None if cut short).
        self._preview_pdf: bytes | None = None
        self._preview_job: LabelJob | None = None

        with database.session() as session:
            try:
                items = label_items(session, self.product_ids)
            except UserError as exc:
                self._load_error = exc.message
            sheets = list_sheets(session)
            default_sheet = get_setting(session, DEFAULT_SHEET_SETTING)
            default_kind = get_setting(session, DEFAULT_QR_SETTING, QrKind.WHATSAPP.value)
            url_template = get_setting(session, URL_TEMPLATE_SETTING)
            logo = center_logo(session)
            print_logo = get_setting(session, LABEL_LOGO_SETTING) == "1"
        self.form = LabelJobForm(items, sheets)
        self.form.set_logo(logo, checked=print_logo)
        self.form.logo_button.clicked.connect(self.choose_logo)

        self.setWindowTitle(self.tr("Print labels"))
        self.resize(1240, 660)  # with its title bar, inside 1366×768 above a taskbar
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_controls())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())
        no_default_buttons(self)
        form = self.form
        buttons = [self.save_button, self.print_button, self.test_button, self.close_button]
        set_tab_chain([*form.fields_in_tab_order(), *buttons])

        form.set_choices(
            sheet=default_sheet,
            kind=default_kind,
            url_template=url_template,
            printer=QPrinterInfo.defaultPrinterName(),
        )
        form.changed.connect(self._timer.start)
        form.printer_changed.connect(self._load_offset)
        form.edit_sheets_button.clicked.connect(self.edit_sheets)
        self._show_heading()
        self._load_offset(form.printer_name())
        if not form.items:
            for button in (self.save_button, self.print_button):
                button.setEnabled(False)
        self.refresh_preview()

    # Building ---------------------------------------------------------------------------------

    def _build_controls(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 8, 0)
        self.heading = make_bold(text_label(panel, wrap=True, shrink=True), 1.2)
        self.heading.setObjectName("heading")
        column.addWidget(self.heading)
        self.products_label = text_label(panel, wrap=True, shrink=True)
        self.products_label.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.products_label)

        scroll = QScrollArea(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 0, 0, 0)
        holder_column.addWidget(self.form)
        holder_column.addStretch(1)
        scroll.setWidget(holder)
        column.addWidget(scroll, 1)

        self.summary = text_label(panel, wrap=True, shrink=True)
        self.summary.setObjectName("summary")
        column.addWidget(self.summary)
        self.status = StatusLabel(panel)
        self.status.setObjectName("status")
        column.addWidget(self.status)
        panel.setMinimumWidth(440)
        return panel

    def _build_preview(self) -> QWidget:
        panel, self.preview_note, self.preview = preview_panel(
            self, self.tr("Preview"), wrap_note=False
        )
        return panel

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test page…"), self)
        self.test_button.setToolTip(
            self.tr("Only the outlines of the labels: hold it against a real sheet")
        )
        menu = QMenu(self.test_button)
        menu.addAction(self.tr("Print test page…"), self.print_test_page)
        menu.addAction(self.tr("Save test page as PDF…"), self.save_test_page)
        self.test_button.setMenu(menu)
        self.save_button = QPushButton(self.tr("Save &PDF…"), self)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("P&rint…"), self)
        self.print_button.clicked.connect(self.print_labels)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.test_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addSpacing(12)
        row.addWidget(self.close_button)
        return row

    def _show_heading(self) -> None:
        n = len(self.product_ids)
        if self.whole_list:
            self.heading.setText(self.tr("Labels for all %n product(s) in the list", "", n))
        else:
            self.heading.setText(self.tr("Labels for %n selected product(s)", "", n))
        shown = [f"{item.code} {item.name}" for item in self.form.items[:3]]
        text = "; ".join(shown)
        if len(self.form.items) > len(shown):
            text += " " + self.tr("and %n more", "", len(self.form.items) - len(shown))
        self.products_label.setText(text)

    # Reacting to changes ----------------------------------------------------------------------

    def _load_offset(self, printer: str) -> None:
        with self.database.session() as session:
            self.form.set_offset(printer_offset(session, printer))

    def _show_errors(self, exc: UserError) -> None:
        """Show a refusal: under its field when it names one of the form's, else in red below."""
        if isinstance(exc, ValidationError):
            rest = self.form.show_refusal(exc)
            self.status.show_status(" ".join(rest), error=True)
        else:
            self.form.clear_errors()
            self.status.show_status(exc.message, error=True)

    def refresh_preview(self) -> None:
        """Make the preview again now (changes do it after a short pause)."""
        self._timer.stop()
        self._preview_pdf = None
        self._preview_job = None
        self.preview_note.setText("")
        if not self.form.items:
            self.summary.setText("")
            self.status.show_status(
                self._load_error or self.tr("There are no products to print labels for."),
                error=True,
            )
            self.preview.clear(self.tr("No labels"))
            return
        try:
            job = self.form.job(pages=PREVIEW_PAGES)
            buffer = BytesIO()
            summary = write_labels_pdf(job, buffer)
        except UserError as exc:
            self._show_errors(exc)
            self.summary.setText("")
            self.preview.clear(self.tr("No preview: see the message on the left."))
            return
        self.form.clear_errors()
        self.status.show_status("")
        self.summary.setText(self.form.summary_text())
        self._preview_pdf = buffer.getvalue()
        total = self.form.page_count()
        if summary.pages < total:
            self.preview_note.setText(
                self.tr("the first {shown} of {total} pages").format(
                    shown=summary.pages, total=total
                )
            )
        else:
            self._preview_job = job
        self.preview.show_pdf(self._preview_pdf)

    # Saving and printing ----------------------------------------------------------------------

    def _make_pdf(self, job: LabelJob) -> bytes:
        """The whole job as a PDF (the preview's, when it shows the same job in full)."""
        if self._preview_job == job and self._preview_pdf is not None:
            return self._preview_pdf
        buffer = BytesIO()
        write_labels_pdf(job, buffer)
        return buffer.getvalue()

    def _remember(
        self, *, job: bool = True, printer: tuple[str, tuple[float, float]] | None = None
    ) -> None:
        """Keep the sheet and the QR content (and its address) of a job saved or printed,
        and the offset used for a printer (by name)."""
        with self.database.session() as session:
            if job:
                set_setting(session, DEFAULT_SHEET_SETTING, self.form.current_sheet().name)
                set_setting(session, DEFAULT_QR_SETTING, self.form.qr_kind().value)
                if self.form.qr_kind() is QrKind.URL:
                    set_setting(session, URL_TEMPLATE_SETTING, self.form.url_template())
                set_setting(
                    session, LABEL_LOGO_SETTING, "1" if self.form.logo_check.isChecked() else "0"
                )
            if printer is not None:
                name, (dx, dy) = printer
                set_printer_offset(session, name, dx, dy)

    def choose_logo(self) -> None:
        """Pick the center's logo from a file, store it, and print it from now on."""
        path = self.document_actions.asker.open_file(
            self,
            self.tr("Choose the center's logo"),
            self.document_actions.last_folder,
            self.tr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"),
        )
        if path is None:
            return
        try:
            with self.database.session() as session:
                logo = set_center_logo(session, path)
        except UserError as exc:
            self.status.show_status(exc.message, error=True)
            return
        self.form.set_logo(logo, checked=True)
        self.status.show_status(self.tr("The logo is saved and printed on the labels."))

    def _ask_pdf_path(self, suggested: str) -> Path | None:
        return self.document_actions.ask_pdf_path(
            self.tr("Save labels as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )

    def save_pdf(self) -> Path | None:
        """Save the labels as a PDF where the user chooses; return the file written."""
        try:
            job = self.form.job()
            place_labels(job)  # a refusal shows before the file dialog opens
        except UserError as exc:
            self._show_errors(exc)
            return None
        path = self._ask_pdf_path(f"label-{date.today().isoformat()}.pdf")
        if path is None:
            return None
        try:
            with busy():
                summary = write_labels_pdf(job, path)
        except UserError as exc:
            self._show_errors(exc)
            return None
        self.document_actions.remember_folder(path)
        self._remember()
        self.status.show_status(
            self.tr("Saved {labels} to {path}").format(
                labels=self.tr("%n label(s)", "", summary.labels), path=path
            )
        )
        return path

    def _printer_offset_for(self, name: str) -> tuple[float, float]:
        """The offset of the printer chosen in the print dialog: the one typed here for the
        printer of the list, the saved one for another printer."""
        if not name or name == self.form.printer_name():
            return self.form.offset()
        with self.database.session() as session:
            offset = printer_offset(session, name)
        self.form.choose_printer_in_list(name)  # and shows that printer's saved offset
        return offset

    def _print(
        self,
        sheet: Sheet,
        pages: int,
        make: Callable[[tuple[float, float]], bytes],
        *,
        job: bool = True,
    ) -> bool:
        """Run the print dialog for a printer set to `sheet`'s page and print the PDF that
        `make(offset)` writes for the chosen printer's offset. True when it was printed."""
        from showcase.ui.widgets.printer import PrintError

        chosen: list[tuple[str, tuple[float, float]]] = []

        def make_for(printer: QPrinter) -> bytes:
            name = printer.printerName()
            offset = self._printer_offset_for(name)
            chosen.append((name or self.form.printer_name(), offset))
            return make(offset)

        try:
            printed = self.document_actions.print_pdf(
                self.tr("Print labels"),
                (sheet.page_width, sheet.page_height),
                pages,
                self.preview.current_page() + 1,
                make_for,
                printer_name=self.form.printer_name(),
                document=self.tr("Etalase labels"),
            )
        except UserError as exc:
            self._show_errors(exc)
            return False
        except PrintError:
            self.status.show_status(
                self.tr("The printer could not be started. Is it switched on and connected?"),
                error=True,
            )
            return False
        if printed is None:
            return False
        try:
            self._remember(job=job, printer=chosen[-1])
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        self.status.show_status(self.tr("Sent %n page(s) to the printer.", "", printed))
        return True

    def print_labels(self) -> bool:
        """Print the labels through the system print dialog; True when they were sent."""
        try:
            job = self.form.job()
            place_labels(job)  # a refusal shows before the print dialog opens
        except UserError as exc:
            self._show_errors(exc)
            return False

        def make(offset: tuple[float, float]) -> bytes:
            return self._make_pdf(dataclasses.replace(job, offset=offset))

        return self._print(job.sheet, self.form.page_count(), make)

    def _test_page(self, offset: tuple[float, float]) -> bytes:
        buffer = BytesIO()
        write_test_page(self.form.current_sheet(), buffer, offset=offset)
        return buffer.getvalue()

    def print_test_page(self) -> bool:
        """Print the outlines of the sheet's labels, moved by the printer's offset."""
        return self._print(self.form.current_sheet(), 1, self._test_page, job=False)

    def save_test_page(self) -> Path | None:
        """Save the outlines of the sheet's labels as a PDF (not moved by any offset)."""
        path = self._ask_pdf_path(self.tr("test-page.pdf"))
        if path is None:
            return None
        try:
            write_test_page(self.form.current_sheet(), path)
        except UserError as exc:
            self._show_errors(exc)
            return None
        self.document_actions.remember_folder(path)
        self.status.show_status(self.tr("Saved the test page to {path}").format(path=path))
        return path

    def done(self, result: int) -> None:
        self._timer.stop()
        self.preview.clear()  # lets PDFium close the document now, not at exit
        super().done(result)

    # Sheets -----------------------------------------------------------------------------------

    def edit_sheets(self) -> None:
        """Open the sheet editor; when it closes, the sheet list is read again."""
        from showcase.ui.staff.documents.sheet_editor import SheetEditor

        editor = SheetEditor(self.database, self)
        editor.select(self.form.current_sheet().name)
        self.sheet_editor = editor
        editor.finished.connect(lambda _result: self._after_sheet_editor(editor))
        editor.open()

    def _after_sheet_editor(self, editor: QDialog) -> None:
        self.reload_sheets()
        self.sheet_editor = None
        editor.deleteLater()

    def reload_sheets(self) -> None:
        """Read the sheets again, keeping the chosen one if it still exists."""
        with self.database.session() as session:
            sheets = list_sheets(session)
        self.form.set_sheets(sheets, self.form.current_sheet().name)
