"""The labels dialog: shelf labels with QR codes for chosen products, previewed, saved or printed.

Controls on the left (sheet, copies, the first free position on a half-used sheet, what the QR
code holds, the printer and its calibration offset), a live preview of the pages on the right.
The labels are made by `showcase.printing.labels` as a PDF in memory; the preview renders its
pages, "Save PDF…" writes them to a file, "Print…" renders them for the printer chosen in the
system print dialog. Every refusal of the domain (a start past the sheet's end, no copies, a web
address without `{code}`, a QR payload too long for the label) is shown under its field or in
the red line below the form, and nothing is written or printed.

The preview is made again a moment after each change. For a long job it shows the first few
pages only (PREVIEW_PAGES), so that a change stays quick; saving and printing make every page.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from io import BytesIO
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError, ValidationError
from showcase.printing.labels import (
    MAX_COPIES,
    LabelJob,
    place_labels,
    write_labels_pdf,
    write_test_page,
)
from showcase.printing.payloads import (
    DEFAULT_QR_SETTING,
    DEFAULT_SHEET_SETTING,
    URL_TEMPLATE_SETTING,
    LabelItem,
    QrKind,
    check_url_template,
    falls_back,
    get_setting,
    label_items,
    set_setting,
)
from showcase.printing.sheets import (
    MAX_OFFSET_MM,
    Sheet,
    list_sheets,
    printer_offset,
    set_printer_offset,
)
from showcase.store.db import Database
from showcase.ui.widgets.dialog_parts import (
    StatusLabel,
    make_bold,
    no_default_buttons,
    set_tab_chain,
    text_label,
)
from showcase.ui.widgets.field_box import FieldBox
from showcase.ui.widgets.form import ValidatedForm
from showcase.ui.widgets.pdf_preview import PdfPreview
from showcase.ui.widgets.sheet_view import SheetView

# The preview shows at most this many pages: enough to check a job, quick to remake.
PREVIEW_PAGES = 6
PREVIEW_DELAY_MS = 150
# Wider than any sheet, so that a number typed past the end gets a message instead of
# being silently changed by the spin box.
MAX_START = 999
# Errors of the domain on fields this dialog shows in one row.
FIELD_OF = {"dx": "offset", "dy": "offset", "qr_kind": "qr_kind", "sheet": "sheet"}


class _Row(QWidget):
    """A form row of several widgets; the red border of a refused field goes on `main` only
    (a FieldBox around the field itself)."""

    def __init__(self, main: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.setFocusProxy(main)

    def setStyleSheet(self, styleSheet: str) -> None:
        self.main.setStyleSheet(styleSheet)


def _first_pages(
    items: list[tuple[LabelItem, int]], sheet: Sheet, start: int, pages: int
) -> list[tuple[LabelItem, int]]:
    """The (item, copies) that fill the first `pages` pages of a job, the last one cut short."""
    room = pages * sheet.per_page - (start - 1)
    if room <= 0 or sum(copies for _, copies in items) <= room:
        return items
    kept: list[tuple[LabelItem, int]] = []
    for item, copies in items:
        if room <= 0:
            break
        kept.append((item, min(copies, room)))
        room -= copies
    return kept


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while a long job is written or printed (in the UI thread)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class LabelsDialog(QDialog):
    """Shelf labels for `product_ids`, in that order (the selection, or the whole list when
    `whole_list` is True: the heading says which)."""

    def __init__(
        self,
        database: Database,
        product_ids: Sequence[int],
        parent: QWidget | None = None,
        *,
        whole_list: bool = False,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.product_ids = list(product_ids)
        self.whole_list = whole_list
        # The sheet editor while it is open (tests reach it here).
        self.sheet_editor: QDialog | None = None
        self.last_folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        self._items: list[LabelItem] = []
        self._sheets: list[Sheet] = []
        self._load_error = ""
        self._quiet = False
        # The PDF of the last preview and the job it shows in full (None if cut short).
        self._preview_pdf: bytes | None = None
        self._preview_job: LabelJob | None = None

        with database.session() as session:
            try:
                self._items = label_items(session, self.product_ids)
            except UserError as exc:
                self._load_error = exc.message
            self._sheets = list_sheets(session)
            default_sheet = get_setting(session, DEFAULT_SHEET_SETTING)
            default_kind = get_setting(session, DEFAULT_QR_SETTING, QrKind.WHATSAPP.value)
            url_template = get_setting(session, URL_TEMPLATE_SETTING)

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
        set_tab_chain(
            [
                self.sheet_combo,
                self.edit_sheets_button,
                self.copies_spin,
                self.start_spin,
                self.qr_combo,
                self.url_edit,
                self.printer_combo,
                self.offset_x_spin,
                self.offset_y_spin,
                self.save_button,
                self.print_button,
                self.test_button,
                self.close_button,
            ]
        )

        self._quiet = True
        try:
            self._fill_sheets(default_sheet)
            kind_index = self.qr_combo.findData(default_kind)
            self.qr_combo.setCurrentIndex(max(kind_index, 0))
            self.url_edit.setText(url_template)
            self._fill_printers()
        finally:
            self._quiet = False
        self._show_heading()
        self._sheet_changed()
        self._kind_changed()
        self._load_offset()
        if not self._items:
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

        form = self.form = ValidatedForm()

        self.sheet_combo = QComboBox()
        self.sheet_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.sheet_combo.setMinimumContentsLength(18)
        self.sheet_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.edit_sheets_button = QPushButton(self.tr("Edit sheets…"))
        self.edit_sheets_button.setToolTip(
            self.tr("Add a custom sheet measured from a real one, or look at the built-in ones")
        )
        self.edit_sheets_button.clicked.connect(self.edit_sheets)
        sheet_box = FieldBox(self.sheet_combo, grow=True)
        sheet_row = _Row(sheet_box)
        line = QHBoxLayout(sheet_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(sheet_box, 1)
        line.addWidget(self.edit_sheets_button)
        form.add_row("sheet", self.tr("Sheet"), sheet_row)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)

        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(0, MAX_COPIES)
        self.copies_spin.setValue(1)
        self.copies_spin.setAccelerated(True)
        self.copies_spin.setToolTip(self.tr("How many labels of each product"))
        self.copies_spin.setMinimumWidth(90)
        form.add_row("copies", self.tr("Copies per product"), FieldBox(self.copies_spin))
        self.copies_spin.valueChanged.connect(self._changed)

        self.start_spin = QSpinBox()
        self.start_spin.setRange(1, MAX_START)
        self.start_spin.setMinimumWidth(90)
        self.start_spin.valueChanged.connect(self._changed)
        self.positions = SheetView(clickable=True)
        self.positions.setFixedSize(150, 190)
        self.positions.setToolTip(self.tr("Click the first free label of your sheet"))
        self.positions.position_clicked.connect(self.start_spin.setValue)
        self.start_hint = text_label(panel, wrap=True)
        self.start_hint.setStyleSheet("color: palette(placeholder-text);")
        start_box = FieldBox(self.start_spin)
        start_row = _Row(start_box)
        start_line = QHBoxLayout(start_row)
        start_line.setContentsMargins(0, 0, 0, 0)
        start_left = QVBoxLayout()
        start_left.addWidget(start_box)
        start_left.addWidget(self.start_hint)
        start_left.addStretch(1)
        start_line.addLayout(start_left, 1)
        start_line.addWidget(self.positions)
        form.add_row("start", self.tr("First free position"), start_row)

        self.qr_combo = QComboBox()
        for kind, text, tip in (
            (
                QrKind.WHATSAPP,
                self.tr("WhatsApp to the producer"),
                self.tr("Opens a chat with the producer, naming the product code"),
            ),
            (
                QrKind.CODE,
                self.tr("Product code (for the scanner)"),
                self.tr(
                    "Only the code: scanned into the staff window's search, it finds the product"
                ),
            ),
            (
                QrKind.URL,
                self.tr("Web address"),
                self.tr("A page of the center or a marketplace, made from the address below"),
            ),
            (
                QrKind.TEXT,
                self.tr("Text"),
                self.tr("Name, price, producer and phone: a phone shows it without internet"),
            ),
        ):
            self.qr_combo.addItem(text, kind.value)
            self.qr_combo.setItemData(self.qr_combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.qr_combo.currentIndexChanged.connect(self._kind_changed)
        form.add_row("qr_kind", self.tr("QR code holds"), FieldBox(self.qr_combo))

        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://umkmcenter.example/produk/{code}")
        self.url_edit.setToolTip(self.tr("{code} is replaced by each product's code"))
        self.url_edit.textChanged.connect(self._changed)
        form.add_row("url_template", self.tr("Web address"), self.url_edit)

        self.printer_combo = QComboBox()
        self.printer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.printer_combo.setMinimumContentsLength(18)
        self.printer_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.printer_combo.currentIndexChanged.connect(self._load_offset)
        form.add_row("printer", self.tr("Printer"), FieldBox(self.printer_combo, grow=True))

        self.offset_x_spin = self._offset_spin(self.tr("Right (+) or left (−)"))
        self.offset_y_spin = self._offset_spin(self.tr("Down (+) or up (−)"))
        offsets = QWidget()
        offset_line = QHBoxLayout(offsets)
        offset_line.setContentsMargins(0, 0, 0, 0)
        offset_line.addWidget(QLabel("X"))
        offset_line.addWidget(self.offset_x_spin)
        offset_line.addSpacing(8)
        offset_line.addWidget(QLabel("Y"))
        offset_line.addWidget(self.offset_y_spin)
        offset_row = FieldBox(offsets)
        offset_row.setToolTip(
            self.tr(
                "Moves everything this printer prints, to match its paper feed: print a test "
                "page, hold it against a sheet and measure. Saved PDFs are not moved."
            )
        )
        form.add_row("offset", self.tr("Printer offset"), offset_row)

        scroll = QScrollArea(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 0, 0, 0)
        holder_column.addWidget(form)
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

    def _offset_spin(self, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        spin.setToolTip(tip)
        spin.setMinimumWidth(90)
        return spin

    def _build_preview(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(8, 0, 0, 0)
        title = QHBoxLayout()
        title.addWidget(make_bold(QLabel(self.tr("Preview"), panel)))
        self.preview_note = text_label(panel, shrink=True)
        self.preview_note.setStyleSheet("color: palette(placeholder-text);")
        title.addWidget(self.preview_note, 1)
        column.addLayout(title)
        self.preview = PdfPreview(panel)
        column.addWidget(self.preview, 1)
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

    def _fill_sheets(self, choose: str) -> None:
        self.sheet_combo.clear()
        for sheet in self._sheets:
            self.sheet_combo.addItem(sheet.name, sheet.name)
        index = self.sheet_combo.findData(choose)
        self.sheet_combo.setCurrentIndex(max(index, 0))

    def _fill_printers(self) -> None:
        names = QPrinterInfo.availablePrinterNames()
        if not names:
            self.printer_combo.addItem(self.tr("No printer found"), "")
            return
        for name in names:
            self.printer_combo.addItem(name, name)
        index = self.printer_combo.findData(QPrinterInfo.defaultPrinterName())
        self.printer_combo.setCurrentIndex(max(index, 0))

    def _show_heading(self) -> None:
        n = len(self.product_ids)
        if self.whole_list:
            self.heading.setText(self.tr("Labels for all %n product(s) in the list", "", n))
        else:
            self.heading.setText(self.tr("Labels for %n selected product(s)", "", n))
        shown = [f"{item.code} {item.name}" for item in self._items[:3]]
        text = "; ".join(shown)
        if len(self._items) > len(shown):
            text += " " + self.tr("and %n more", "", len(self._items) - len(shown))
        self.products_label.setText(text)

    # What the controls hold -------------------------------------------------------------------

    def current_sheet(self) -> Sheet:
        name = self.sheet_combo.currentData()
        return next((s for s in self._sheets if s.name == name), self._sheets[0])

    def qr_kind(self) -> QrKind:
        return QrKind(self.qr_combo.currentData())

    def printer_name(self) -> str:
        data = self.printer_combo.currentData()
        return data if isinstance(data, str) else ""

    def offset(self) -> tuple[float, float]:
        return self.offset_x_spin.value(), self.offset_y_spin.value()

    def job(
        self, *, offset: tuple[float, float] = (0.0, 0.0), pages: int | None = None
    ) -> LabelJob:
        """The print job the controls describe; with `pages`, only what fills that many pages.

        Raises ValidationError for a web address template that is not usable.
        """
        kind = self.qr_kind()
        template = check_url_template(self.url_edit.text()) if kind is QrKind.URL else ""
        sheet = self.current_sheet()
        start = self.start_spin.value()
        items = [(item, self.copies_spin.value()) for item in self._items]
        if pages is not None:
            items = _first_pages(items, sheet, start, pages)
        return LabelJob(
            items=items,
            sheet=sheet,
            start=start,
            qr_kind=kind,
            url_template=template,
            offset=offset,
        )

    def label_count(self) -> int:
        return len(self._items) * self.copies_spin.value()

    def page_count(self) -> int:
        """Pages of the whole job (the preview may show fewer)."""
        sheet = self.current_sheet()
        used = self.start_spin.value() - 1 + self.label_count()
        return max(1, math.ceil(used / max(sheet.per_page, 1)))

    # Reacting to changes ----------------------------------------------------------------------

    def _changed(self) -> None:
        if self._quiet:
            return
        self._update_positions()
        self._timer.start()

    def _sheet_changed(self) -> None:
        if self._quiet:
            return
        sheet = self.current_sheet()
        self.positions.set_sheet(sheet)
        self.start_spin.setEnabled(sheet.per_page > 1)
        self.positions.setVisible(sheet.per_page > 1)
        if sheet.roll:
            self.start_hint.setText(self.tr("A roll: every label is printed on its own."))
        else:
            self.start_hint.setText(
                self.tr(
                    "1 to {n} on this sheet. Click the first free label on the drawing."
                ).format(n=sheet.per_page)
            )
        if sheet.per_page == 1:
            self.start_spin.setValue(1)
        self._changed()

    def _kind_changed(self) -> None:
        if self._quiet:
            return
        box = self.url_edit.parentWidget()
        assert box is not None  # the form's row around the field
        self.form.layout_.setRowVisible(box, self.qr_kind() is QrKind.URL)
        self._changed()

    def _update_positions(self) -> None:
        sheet = self.current_sheet()
        start = self.start_spin.value()
        self.positions.set_positions(start, min(self.label_count(), sheet.per_page - start + 1))

    def _load_offset(self) -> None:
        if self._quiet:
            return
        with self.database.session() as session:
            dx, dy = printer_offset(session, self.printer_name())
        self.offset_x_spin.setValue(dx)
        self.offset_y_spin.setValue(dy)

    def _show_errors(self, exc: UserError) -> None:
        """Show a refusal: under its field when it names one of ours, else in the red line."""
        if isinstance(exc, ValidationError):
            errors = {FIELD_OF.get(field, field): message for field, message in exc.errors.items()}
            if "copies" in errors:
                # The same copies for every product: the domain's list of codes adds nothing.
                errors["copies"] = self.tr("must be from 1 to {max}").format(max=MAX_COPIES)
            rest = self.form.show_errors(errors)
            self.status.show_status(" ".join(errors[f] for f in rest), error=True)
        else:
            self.form.clear_errors()
            self.status.show_status(exc.message, error=True)

    def _summary_text(self) -> str:
        labels = self.label_count()
        text = self.tr("{labels} on {pages}").format(
            labels=self.tr("%n label(s)", "", labels),
            pages=self.tr("%n page(s)", "", self.page_count()),
        )
        kind = self.qr_kind()
        without_phone = {
            item.producer for item in self._items if item.producer and falls_back(item, kind)
        }
        without_producer = sum(1 for i in self._items if not i.producer and falls_back(i, kind))
        if without_phone:
            text += "; " + self.tr(
                "%n producer(s) have no phone: their labels show text", "", len(without_phone)
            )
        if without_producer:
            text += "; " + self.tr(
                "%n product(s) have no producer: their labels show text", "", without_producer
            )
        return text

    def refresh_preview(self) -> None:
        """Make the preview again now (changes do it after a short pause)."""
        self._timer.stop()
        self._preview_pdf = None
        self._preview_job = None
        self.preview_note.setText("")
        if not self._items:
            self.summary.setText("")
            self.status.show_status(
                self._load_error or self.tr("There are no products to print labels for."),
                error=True,
            )
            self.preview.clear(self.tr("No labels"))
            return
        try:
            job = self.job(pages=PREVIEW_PAGES)
            buffer = BytesIO()
            summary = write_labels_pdf(job, buffer)
        except UserError as exc:
            self._show_errors(exc)
            self.summary.setText("")
            self.preview.clear(self.tr("No preview: see the message on the left."))
            return
        self.form.clear_errors()
        self.status.show_status("")
        self.summary.setText(self._summary_text())
        self._preview_pdf = buffer.getvalue()
        total = self.page_count()
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
                set_setting(session, DEFAULT_SHEET_SETTING, self.current_sheet().name)
                set_setting(session, DEFAULT_QR_SETTING, self.qr_kind().value)
                if self.qr_kind() is QrKind.URL:
                    set_setting(session, URL_TEMPLATE_SETTING, self.url_edit.text().strip())
            if printer is not None:
                name, (dx, dy) = printer
                set_printer_offset(session, name, dx, dy)

    def choose_pdf_path(self, suggested: str) -> Path | None:
        """Ask where to save a PDF (tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save labels as PDF"),
            str(self.last_folder / suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")

    def choose_printer(self, printer: QPrinter, pages: int) -> bool:
        """Show the system print dialog for `printer`; True to print. Tests replace this."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print labels"))
        dialog.setMinMax(1, pages)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, pages > 1)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def save_pdf(self) -> Path | None:
        """Save the labels as a PDF where the user chooses; return the file written."""
        try:
            job = self.job()
            place_labels(job)  # a refusal shows before the file dialog opens
        except UserError as exc:
            self._show_errors(exc)
            return None
        path = self.choose_pdf_path(f"label-{date.today().isoformat()}.pdf")
        if path is None:
            return None
        try:
            with _busy():
                summary = write_labels_pdf(job, path)
        except UserError as exc:
            self._show_errors(exc)
            return None
        self.last_folder = path.parent
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
        if not name or name == self.printer_name():
            return self.offset()
        with self.database.session() as session:
            offset = printer_offset(session, name)
        index = self.printer_combo.findData(name)
        if index >= 0:
            self.printer_combo.setCurrentIndex(index)  # shows that printer's saved offset
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
        from showcase.ui.printer import PrintError, chosen_pages, make_printer, print_pdf

        printer = make_printer(
            sheet.page_width,
            sheet.page_height,
            name=self.printer_name(),
            document=self.tr("Etalase labels"),
        )
        if not self.choose_printer(printer, pages):
            return False
        name = printer.printerName()
        offset = self._printer_offset_for(name)
        try:
            with _busy():
                data = make(offset)
                wanted = chosen_pages(printer, pages, self.preview.current_page() + 1)
                printed = print_pdf(printer, data, wanted)
        except UserError as exc:
            self._show_errors(exc)
            return False
        except PrintError:
            self.status.show_status(
                self.tr("The printer could not be started. Is it switched on and connected?"),
                error=True,
            )
            return False
        try:
            self._remember(job=job, printer=(name or self.printer_name(), offset))
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        self.status.show_status(self.tr("Sent %n page(s) to the printer.", "", printed))
        return True

    def print_labels(self) -> bool:
        """Print the labels through the system print dialog; True when they were sent."""
        try:
            job = self.job()
            place_labels(job)  # a refusal shows before the print dialog opens
        except UserError as exc:
            self._show_errors(exc)
            return False

        def make(offset: tuple[float, float]) -> bytes:
            return self._make_pdf(dataclasses.replace(job, offset=offset))

        return self._print(job.sheet, self.page_count(), make)

    def _test_page(self, offset: tuple[float, float]) -> bytes:
        buffer = BytesIO()
        write_test_page(self.current_sheet(), buffer, offset=offset)
        return buffer.getvalue()

    def print_test_page(self) -> bool:
        """Print the outlines of the sheet's labels, moved by the printer's offset."""
        return self._print(self.current_sheet(), 1, self._test_page, job=False)

    def save_test_page(self) -> Path | None:
        """Save the outlines of the sheet's labels as a PDF (not moved by any offset)."""
        path = self.choose_pdf_path(self.tr("test-page.pdf"))
        if path is None:
            return None
        try:
            write_test_page(self.current_sheet(), path)
        except UserError as exc:
            self._show_errors(exc)
            return None
        self.last_folder = path.parent
        self.status.show_status(self.tr("Saved the test page to {path}").format(path=path))
        return path

    def done(self, result: int) -> None:
        self._timer.stop()
        self.preview.clear()  # lets PDFium close the document now, not at exit
        super().done(result)

    # Sheets -----------------------------------------------------------------------------------

    def edit_sheets(self) -> None:
        """Open the sheet editor; when it closes, the sheet list is read again."""
        from showcase.ui.staff.sheet_editor import SheetEditor

        editor = SheetEditor(self.database, self)
        editor.select(self.current_sheet().name)
        self.sheet_editor = editor
        editor.finished.connect(lambda _result: self._after_sheet_editor(editor))
        editor.open()

    def _after_sheet_editor(self, editor: QDialog) -> None:
        self.reload_sheets()
        self.sheet_editor = None
        editor.deleteLater()

    def reload_sheets(self) -> None:
        """Read the sheets again, keeping the chosen one if it still exists."""
        current = self.current_sheet().name
        with self.database.session() as session:
            self._sheets = list_sheets(session)
        self._quiet = True
        try:
            self._fill_sheets(current)
        finally:
            self._quiet = False
        self._sheet_changed()

    def sheet_names(self) -> list[str]:
        return [self.sheet_combo.itemText(i) for i in range(self.sheet_combo.count())]
