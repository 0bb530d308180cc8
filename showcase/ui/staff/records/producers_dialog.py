"""The producers dialog: the list of UMKM and koperasi on the left, a form to add or edit one on the right.

Every change goes through `showcase.inventory.producers` in one transaction; field errors come back
as a ValidationError and are shown under their fields, and nothing is saved until all is valid.
The list holds every producer (a showcase has hundreds, not hundreds of thousands), so the filter
works on the rows already read. Selecting, asking over unsaved edits, saving and deleting are
`RecordEditorDialog`'s; this module says what a producer's list row and form hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from showcase.inventory.formats import number
from showcase.inventory.phone import format_phone, whatsapp_link
from showcase.inventory.producers import (
    SCALES,
    ProducerInput,
    create_producer,
    delete_producer,
    list_producers,
    product_counts_by_producer,
    update_producer,
)
from showcase.inventory.regions import KABUPATEN
from showcase.store.db import Database
from showcase.store.models import Producer
from showcase.ui.language import current_language
from showcase.ui.widgets.dialog_parts import StatusLabel, text_label
from showcase.ui.widgets.form import ValidatedForm
from showcase.ui.widgets.record_editor import EditorTexts, RecordEditorDialog
from showcase.ui.widgets.row_table_model import Index, RecordTableModel


@dataclass(frozen=True)
class ProducerRow:
    """One line of the producer list."""

    id: int
    name: str
    kind: str
    scale: str | None
    kabupaten: str
    phone: str
    contact_person: str
    products: int


def read_producer_rows(session: Session) -> list[ProducerRow]:
    """Every producer, by name, with how many products each has."""
    counts = product_counts_by_producer(session)
    return [
        ProducerRow(
            p.id,
            p.name,
            p.kind,
            p.scale,
            p.kabupaten,
            p.phone,
            p.contact_person,
            counts.get(p.id, 0),
        )
        for p in list_producers(session)
    ]


class ProducerTableModel(RecordTableModel[ProducerRow]):
    """The producers a filter lets through: name, type, kabupaten/kota, phone, products."""

    NAME, TYPE, KABUPATEN, PHONE, PRODUCTS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ProducerRow] = []
        self._filter = ""
        self._headers = [
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Kabupaten/kota"),
            self.tr("Phone / WhatsApp"),
            self.tr("Products"),
        ]

    def type_label(self, kind: str, scale: str | None) -> str:
        if kind == "koperasi":
            return self.tr("Koperasi")
        return {
            "mikro": self.tr("UMKM mikro"),
            "kecil": self.tr("UMKM kecil"),
            "menengah": self.tr("UMKM menengah"),
        }.get(scale or "", self.tr("UMKM"))

    # Contents ---------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ProducerRow]) -> None:
        """All producers; the list shows those the filter lets through."""
        self._all = list(rows)
        super().set_rows([r for r in self._all if self._matches(r)])

    def set_filter(self, text: str) -> None:
        self._filter = " ".join(text.split()).casefold()
        self.set_rows(self._all)

    def _matches(self, row: ProducerRow) -> bool:
        if not self._filter:
            return True
        digits = "".join(ch for ch in self._filter if ch.isdigit())
        haystack = " ".join(
            (row.name, row.kabupaten, row.contact_person, self.type_label(row.kind, row.scale))
        ).casefold()
        if all(word in haystack for word in self._filter.split()):
            return True
        # A phone typed as 0812… finds the number stored as 62812….
        return len(digits) >= 3 and digits.lstrip("0") in row.phone

    def total(self) -> int:
        return len(self._all)

    # Qt model interface -----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name
            if column == self.TYPE:
                return self.type_label(row.kind, row.scale)
            if column == self.KABUPATEN:
                return row.kabupaten
            if column == self.PHONE:
                return format_phone(row.phone)
            if column == self.PRODUCTS:
                return number(row.products, current_language())
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.PRODUCTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:  # the whole name, however narrow the column
                contact = self.tr("Contact: {name}").format(name=row.contact_person)
                return f"{row.name}\n{contact}" if row.contact_person else row.name
            if column == self.PHONE and row.phone:
                return self.tr("WhatsApp: {link}").format(link=whatsapp_link(row.phone))
        elif role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class ProducersDialog(RecordEditorDialog[ProducerInput, ProducerRow]):
    """Add, edit and remove producers. `changed` is True once anything was saved or deleted."""

    record_type = Producer

    model: ProducerTableModel

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setWindowTitle(self.tr("Producers (UMKM and koperasi)"))
        self.resize(1220, 690)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 520])

        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)
        tab_chain: list[QWidget] = [
            self.filter_edit,
            self.table,
            self.new_button,
            self.name_edit,
            self.umkm_radio,
            self.koperasi_radio,
            self.scale_combo,
            self.kabupaten_combo,
            self.address_edit,
            self.contact_edit,
            self.phone_edit,
            self.nib_edit,
            self.story_id_edit,
            self.story_en_edit,
        ]
        self.finish_building(splitter, self.tr("Close"), tab_chain)

    def texts(self) -> EditorTexts:
        return EditorTexts(
            new_heading=self.tr("New producer"),
            edit_heading=self.tr("Edit producer"),
            gone=self.tr("The producer no longer exists"),
            discard_question=self.tr("The changes to this producer are not saved. Discard them?"),
            delete_title=self.tr("Delete producer"),
            delete_question=self.tr("Delete the producer {name}? This cannot be undone."),
        )

    # Building ---------------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 6, 0)

        self.filter_edit = QLineEdit(panel)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, type, kabupaten/kota, contact or phone")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        column.addWidget(self.filter_edit)

        self.model = ProducerTableModel(self)
        self.table = self.records_table(panel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ProducerTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for section, width in (
            (ProducerTableModel.TYPE, 125),
            (ProducerTableModel.KABUPATEN, 160),
            (ProducerTableModel.PHONE, 125),
            (ProducerTableModel.PRODUCTS, 75),
        ):
            self.table.setColumnWidth(section, width)
        column.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.count_label = text_label(panel)
        row.addWidget(self.count_label, 1)
        self.new_button = QPushButton(self.tr("&New producer"), panel)
        self.new_button.setToolTip(self.tr("Clear the form to add a producer (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_producer)
        row.addWidget(self.new_button)
        column.addLayout(row)
        return panel

    def _build_editor(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(6, 0, 0, 0)
        self.editor_header(panel, column)

        self.form = ValidatedForm()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("For example: Koperasi Tani Hijau Makmur"))
        self.form.add_row("name", self.tr("Name"), self.name_edit)

        kind_box = QWidget()
        kind_row = QHBoxLayout(kind_box)
        kind_row.setContentsMargins(0, 0, 0, 0)
        self.umkm_radio = QRadioButton(self.tr("UMKM"), kind_box)
        self.koperasi_radio = QRadioButton(self.tr("Koperasi"), kind_box)
        self.kind_group = QButtonGroup(kind_box)
        self.kind_group.addButton(self.umkm_radio)
        self.kind_group.addButton(self.koperasi_radio)
        kind_row.addWidget(self.umkm_radio)
        kind_row.addWidget(self.koperasi_radio)
        kind_row.addStretch(1)
        self.umkm_radio.toggled.connect(self._kind_changed)
        self.form.add_row("kind", self.tr("Type"), kind_box)

        self.scale_combo = self._combo()
        for scale, label in zip(
            SCALES, (self.tr("Mikro"), self.tr("Kecil"), self.tr("Menengah")), strict=True
        ):
            self.scale_combo.addItem(label, scale)
        self.form.add_row("scale", self.tr("UMKM scale"), self.scale_combo)

        self.kabupaten_combo = self._combo()
        self.kabupaten_combo.setPlaceholderText(self.tr("Choose the kabupaten/kota"))
        self.kabupaten_combo.setMaxVisibleItems(len(KABUPATEN))
        for name in KABUPATEN:
            self.kabupaten_combo.addItem(name, name)
        self.form.add_row("kabupaten", self.tr("Kabupaten/kota"), self.kabupaten_combo)

        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("Street, village (desa), district"))
        self.form.add_row("address", self.tr("Address"), self.address_edit)

        self.contact_edit = QLineEdit()
        self.contact_edit.setMaxLength(200)
        self.form.add_row("contact_person", self.tr("Contact person"), self.contact_edit)

        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("0812-3456-7890")
        self.phone_edit.setToolTip(
            self.tr("0812-3456-7890, +62 812 3456 7890 and 6281234567890 are all accepted")
        )
        self.form.add_row("phone", self.tr("Phone / WhatsApp"), self.phone_edit)

        self.nib_edit = QLineEdit()
        self.nib_edit.setMaxLength(20)
        self.nib_edit.setPlaceholderText(self.tr("13 digits, if the producer has one"))
        self.form.add_row("nib", self.tr("NIB"), self.nib_edit)

        self.story_id_edit = self._story_edit(self.tr("The producer's story, in Indonesian"))
        self.form.add_row("story_id", self.tr("Story (Indonesian)"), self.story_id_edit)
        self.story_en_edit = self._story_edit(self.tr("The same story, in English, for visitors"))
        self.form.add_row("story_en", self.tr("Story (English)"), self.story_en_edit)

        scroll = QScrollArea(panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The form keeps its natural height; spare room goes below it, not between its rows.
        holder = QWidget()
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 0, 0, 0)
        holder_column.addWidget(self.form)
        holder_column.addStretch(1)
        scroll.setWidget(holder)
        column.addWidget(scroll, 1)

        self.status_label = StatusLabel(panel)
        column.addWidget(self.status_label)
        column.addLayout(
            self.editor_buttons(
                panel,
                delete=(
                    self.tr("&Delete producer"),
                    self.tr("Only a producer without products can be deleted"),
                ),
                save=(self.tr("&Save"), self.tr("Save this producer (Ctrl+S)")),
            )
        )
        return panel

    def _combo(self) -> QComboBox:
        # As wide as the line edits, so that a message under it has room to wrap.
        combo = QComboBox()
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return combo

    def _story_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        return edit

    # The list ---------------------------------------------------------------------------------

    def read_rows(self, session: Session) -> list[ProducerRow]:
        return read_producer_rows(session)

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._after_model_reset()

    def _after_model_reset(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            self.count_label.setText(self.tr("Producers: {n}").format(n=total))
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} shown").format(shown=shown, total=total)
            )
        super()._after_model_reset()

    # The form ---------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        umkm = self.umkm_radio.isChecked()
        self.scale_combo.setEnabled(umkm)
        if umkm:
            self.scale_combo.setPlaceholderText(self.tr("Choose the scale"))
        else:
            self.scale_combo.setCurrentIndex(-1)
            self.scale_combo.setPlaceholderText(self.tr("Not used for a koperasi"))

    def form_input(self) -> ProducerInput:
        """What the form holds now, as the domain reads it."""
        umkm = self.umkm_radio.isChecked()
        scale = self.scale_combo.currentData() if umkm else None
        return ProducerInput(
            name=self.name_edit.text(),
            kind="umkm" if umkm else "koperasi",
            scale=scale if isinstance(scale, str) else None,
            kabupaten=self.kabupaten_combo.currentText(),
            address=self.address_edit.text(),
            contact_person=self.contact_edit.text(),
            phone=self.phone_edit.text(),
            nib=self.nib_edit.text(),
            story_id=self.story_id_edit.toPlainText(),
            story_en=self.story_en_edit.toPlainText(),
        )

    def fill_form(self, data: ProducerInput) -> None:
        self.name_edit.setText(data.name)
        (self.koperasi_radio if data.kind == "koperasi" else self.umkm_radio).setChecked(True)
        self._kind_changed()
        self.scale_combo.setCurrentIndex(
            self.scale_combo.findData(data.scale) if data.scale is not None else -1
        )
        self.kabupaten_combo.setCurrentIndex(self.kabupaten_combo.findData(data.kabupaten))
        self.address_edit.setText(data.address)
        self.contact_edit.setText(data.contact_person)
        self.phone_edit.setText(data.phone)
        self.nib_edit.setText(data.nib)
        self.story_id_edit.setPlainText(data.story_id)
        self.story_en_edit.setPlainText(data.story_en)

    def empty_input(self) -> ProducerInput:
        return ProducerInput(name="", kind="umkm", scale=None)

    def name_field(self) -> QLineEdit:
        return self.name_edit

    def new_producer(self) -> None:
        """Empty the form for a new producer (asking first if edits would be lost)."""
        self.new_record()

    def read_record(self, session: Session, record_id: int) -> ProducerInput | None:
        producer = session.get(Producer, record_id)
        if producer is None:
            return None
        return ProducerInput(
            name=producer.name,
            kind=producer.kind,
            scale=producer.scale,
            kabupaten=producer.kabupaten,
            address=producer.address,
            contact_person=producer.contact_person,
            phone=format_phone(producer.phone),
            nib=producer.nib,
            story_id=producer.story_id,
            story_en=producer.story_en,
        )

    # Saving and deleting ----------------------------------------------------------------------

    def create_record(self, session: Session, data: ProducerInput) -> int:
        return create_producer(session, data).id

    def update_record(
        self, session: Session, record_id: int, data: ProducerInput, version: int | None
    ) -> int:
        return update_producer(session, record_id, data, version=version).id

    def delete_record(self, session: Session, record_id: int) -> None:
        delete_producer(session, record_id)
