"""The form of a label print job: sheet, copies, the first free position, QR content, printer offset.

`LabelJobForm` turns what staff chose into a `LabelJob` for `showcase.printing.labels.jobs` and shows
that module's refusals under their fields. The first free position has a small drawing of the
sheet beside it: the labels already used are grey, a click on a label starts there. The spin
boxes accept a little more than is valid (0 copies, a start past the sheet's end) so that the
domain's message says what is wrong, instead of the spin box silently changing the number.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import ValidationError
from showcase.inventory.qr_payloads import LabelItem, QrKind, check_url_template, falls_back
from showcase.printing.labels.jobs import MAX_COPIES, LabelJob
from showcase.printing.labels.sheets import MAX_OFFSET_MM, Sheet
from showcase.ui.widgets.dialog_parts import text_label
from showcase.ui.widgets.field_box import FieldBox
from showcase.ui.widgets.form import ValidatedForm
from showcase.ui.widgets.sheet_view import SheetView

# Wider than any sheet, so that a number typed past the end gets a message instead of
# being silently changed by the spin box.
MAX_START = 999
# Fields of the domain's errors that this form shows in a row of another name.
FIELD_OF = {"dx": "offset", "dy": "offset"}


class _Row(QWidget):
    """A form row of several widgets; the red border of a refused field goes on `main` only
    (a FieldBox around the field itself)."""

    def __init__(self, main: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.setFocusProxy(main)

    def setStyleSheet(self, styleSheet: str) -> None:
        self.main.setStyleSheet(styleSheet)


def first_pages(
    items: Sequence[tuple[LabelItem, int]], sheet: Sheet, start: int, pages: int
) -> list[tuple[LabelItem, int]]:
    """The (item, copies) that fill the first `pages` pages of a job, the last one cut short."""
    room = pages * sheet.per_page - (start - 1)
    if room <= 0 or sum(copies for _, copies in items) <= room:
        return list(items)
    kept: list[tuple[LabelItem, int]] = []
    for item, copies in items:
        if room <= 0:
            break
        kept.append((item, min(copies, room)))
        room -= copies
    return kept


class LabelJobForm(ValidatedForm):
    """The choices of a label job for `items`. `changed` is emitted when the job changes (not
    for the printer or its offset, which only move what is printed)."""

    changed = Signal()
    # The printer chosen in the list changed: the dialog shows that printer's saved offset.
    printer_changed = Signal(str)

    def __init__(
        self, items: Sequence[LabelItem], sheets: Sequence[Sheet], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.items = list(items)
        self._sheets = list(sheets)
        self._quiet = True
        self._build()
        self._quiet = False

    def _build(self) -> None:
        self.sheet_combo = self._wide_combo()
        self.edit_sheets_button = QPushButton(self.tr("Edit sheets…"))
        self.edit_sheets_button.setToolTip(
            self.tr("Add a custom sheet measured from a real one, or look at the built-in ones")
        )
        sheet_box = FieldBox(self.sheet_combo, grow=True)
        sheet_row = _Row(sheet_box)
        line = QHBoxLayout(sheet_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(sheet_box, 1)
        line.addWidget(self.edit_sheets_button)
        self.add_row("sheet", self.tr("Sheet"), sheet_row)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)

        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(0, MAX_COPIES)
        self.copies_spin.setValue(1)
        self.copies_spin.setAccelerated(True)
        self.copies_spin.setToolTip(self.tr("How many labels of each product"))
        self.copies_spin.setMinimumWidth(90)
        self.add_row("copies", self.tr("Copies per product"), FieldBox(self.copies_spin))
        self.copies_spin.valueChanged.connect(self._changed)

        self.start_spin = QSpinBox()
        self.start_spin.setRange(1, MAX_START)
        self.start_spin.setMinimumWidth(90)
        self.start_spin.valueChanged.connect(self._changed)
        self.positions = SheetView(clickable=True)
        self.positions.setFixedSize(150, 190)
        self.positions.setToolTip(self.tr("Click the first free label of your sheet"))
        self.positions.position_clicked.connect(self.start_spin.setValue)
        self.start_hint = text_label(self, wrap=True)
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
        self.add_row("start", self.tr("First free position"), start_row)

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
        self.add_row("qr_kind", self.tr("QR code holds"), FieldBox(self.qr_combo))

        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://umkmcenter.example/produk/{code}")
        self.url_edit.setToolTip(self.tr("{code} is replaced by each product's code"))
        self.url_edit.textChanged.connect(self._changed)
        self.add_row("url_template", self.tr("Web address"), self.url_edit)

        # The center's logo, stored in the database; printed small on each label when chosen.
        self.logo: bytes | None = None
        self.logo_check = QCheckBox(self.tr("Print the center's logo"))
        self.logo_check.toggled.connect(self._changed)
        self.logo_button = QPushButton(self.tr("Choose logo…"))
        self.logo_button.setToolTip(self.tr("A picture file of the center's logo (PNG, JPEG …)"))
        logo_row = QWidget()
        logo_line = QHBoxLayout(logo_row)
        logo_line.setContentsMargins(0, 0, 0, 0)
        logo_line.addWidget(self.logo_check, 1)
        logo_line.addWidget(self.logo_button)
        self.add_row("logo", self.tr("Logo"), logo_row)
        self.set_logo(None, checked=False)

        self.printer_combo = self._wide_combo()
        self.printer_combo.currentIndexChanged.connect(self._printer_index_changed)
        self.add_row("printer", self.tr("Printer"), FieldBox(self.printer_combo, grow=True))

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
        self.add_row("offset", self.tr("Printer offset"), offset_row)

    def _wide_combo(self) -> QComboBox:
        combo = QComboBox()
        # Long sheet or printer names are elided instead of widening the dialog.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(18)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def _offset_spin(self, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-MAX_OFFSET_MM, MAX_OFFSET_MM)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(" mm")
        spin.setToolTip(tip)
        spin.setMinimumWidth(90)
        return spin

    # Filling ----------------------------------------------------------------------------------

    def set_choices(self, *, sheet: str, kind: str, url_template: str, printer: str) -> None:
        """Start from remembered choices (an unknown sheet or kind falls back to the first)."""
        self._quiet = True
        try:
            self.set_sheets(self._sheets, sheet)
            self.qr_combo.setCurrentIndex(max(self.qr_combo.findData(kind), 0))
            self.url_edit.setText(url_template)
            self._fill_printers(printer)
        finally:
            self._quiet = False
        self._sheet_changed()
        self._kind_changed()

    def set_sheets(self, sheets: Sequence[Sheet], choose: str) -> None:
        """Offer `sheets`, choosing the one called `choose` (or the first)."""
        self._sheets = list(sheets)
        quiet, self._quiet = self._quiet, True
        try:
            self.sheet_combo.clear()
            for sheet in self._sheets:
                self.sheet_combo.addItem(sheet.name, sheet.name)
            self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(choose), 0))
        finally:
            self._quiet = quiet
        self._sheet_changed()

    def _fill_printers(self, choose: str) -> None:
        self.printer_combo.clear()
        names = QPrinterInfo.availablePrinterNames()
        if not names:
            self.printer_combo.addItem(self.tr("No printer found"), "")
            return
        for name in names:
            self.printer_combo.addItem(name, name)
        self.printer_combo.setCurrentIndex(max(self.printer_combo.findData(choose), 0))

    def choose_printer_in_list(self, name: str) -> bool:
        """Show `name` as the chosen printer, if the list has it (emits printer_changed)."""
        index = self.printer_combo.findData(name)
        if index >= 0:
            self.printer_combo.setCurrentIndex(index)
        return index >= 0

    def set_offset(self, offset: tuple[float, float]) -> None:
        self.offset_x_spin.setValue(offset[0])
        self.offset_y_spin.setValue(offset[1])

    # What the form holds ----------------------------------------------------------------------

    def fields_in_tab_order(self) -> list[QWidget]:
        """The form's fields and buttons in the order Tab goes through them."""
        return [
            self.sheet_combo,
            self.edit_sheets_button,
            self.copies_spin,
            self.start_spin,
            self.qr_combo,
            self.url_edit,
            self.logo_check,
            self.logo_button,
            self.printer_combo,
            self.offset_x_spin,
            self.offset_y_spin,
        ]

    def current_sheet(self) -> Sheet:
        name = self.sheet_combo.currentData()
        return next((s for s in self._sheets if s.name == name), self._sheets[0])

    def sheet_names(self) -> list[str]:
        return [self.sheet_combo.itemText(i) for i in range(self.sheet_combo.count())]

    def qr_kind(self) -> QrKind:
        return QrKind(self.qr_combo.currentData())

    def url_template(self) -> str:
        return self.url_edit.text().strip()

    def set_logo(self, logo: bytes | None, *, checked: bool) -> None:
        """The logo there is to print (None: none chosen yet) and whether to print it."""
        self.logo = logo
        self.logo_check.setEnabled(logo is not None)
        self.logo_check.setChecked(checked and logo is not None)
        if logo is None:
            self.logo_check.setToolTip(self.tr("Choose the center's logo first"))
        else:
            self.logo_check.setToolTip("")

    def printer_name(self) -> str:
        data = self.printer_combo.currentData()
        return data if isinstance(data, str) else ""

    def offset(self) -> tuple[float, float]:
        return self.offset_x_spin.value(), self.offset_y_spin.value()

    def job(
        self, *, offset: tuple[float, float] = (0.0, 0.0), pages: int | None = None
    ) -> LabelJob:
        """The job the form describes; with `pages`, only what fills that many pages.

        Raises ValidationError for a web address template that is not usable.
        """
        kind = self.qr_kind()
        template = check_url_template(self.url_edit.text()) if kind is QrKind.URL else ""
        sheet = self.current_sheet()
        start = self.start_spin.value()
        items = [(item, self.copies_spin.value()) for item in self.items]
        if pages is not None:
            items = first_pages(items, sheet, start, pages)
        return LabelJob(
            items=items,
            sheet=sheet,
            start=start,
            qr_kind=kind,
            url_template=template,
            offset=offset,
            logo=self.logo if self.logo_check.isChecked() else None,
        )

    def label_count(self) -> int:
        return len(self.items) * self.copies_spin.value()

    def page_count(self) -> int:
        """Pages of the whole job."""
        used = self.start_spin.value() - 1 + self.label_count()
        return max(1, math.ceil(used / max(self.current_sheet().per_page, 1)))

    def summary_text(self) -> str:
        """`24 labels on 1 page; 2 producers have no phone: their labels show text`."""
        text = self.tr("{labels} on {pages}").format(
            labels=self.tr("%n label(s)", "", self.label_count()),
            pages=self.tr("%n page(s)", "", self.page_count()),
        )
        kind = self.qr_kind()
        without_phone = {i.producer for i in self.items if i.producer and falls_back(i, kind)}
        without_producer = sum(1 for i in self.items if not i.producer and falls_back(i, kind))
        if without_phone:
            text += "; " + self.tr(
                "%n producer(s) have no phone: their labels show text", "", len(without_phone)
            )
        if without_producer:
            text += "; " + self.tr(
                "%n product(s) have no producer: their labels show text", "", without_producer
            )
        return text

    def show_refusal(self, exc: ValidationError) -> list[str]:
        """Show each message under its field; return the messages no field of ours takes."""
        errors = {FIELD_OF.get(field, field): message for field, message in exc.errors.items()}
        if "copies" in errors:
            # The same copies for every product: the domain's list of codes adds nothing.
            errors["copies"] = self.tr("must be from 1 to {max}").format(max=MAX_COPIES)
        return [errors[field] for field in self.show_errors(errors)]

    # Reacting to changes ----------------------------------------------------------------------

    def _changed(self) -> None:
        if self._quiet:
            return
        sheet = self.current_sheet()
        start = self.start_spin.value()
        self.positions.set_positions(start, min(self.label_count(), sheet.per_page - start + 1))
        self.changed.emit()

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

    def _printer_index_changed(self) -> None:
        if not self._quiet:
            self.printer_changed.emit(self.printer_name())

    def _kind_changed(self) -> None:
        if self._quiet:
            return
        box = self.url_edit.parentWidget()
        assert box is not None  # the form's row around the field
        self.layout_.setRowVisible(box, self.qr_kind() is QrKind.URL)
        self._changed()
