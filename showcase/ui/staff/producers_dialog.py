"""The producers dialog: the list of UMKM and koperasi on the left, a form to add or edit one on the right.

Every change goes through `showcase.inventory.producers` in one transaction; field errors come back
as a ValidationError and are shown under their fields, and nothing is saved until all is valid.
The list holds every producer (a showcase has hundreds, not hundreds of thousands), so the filter
works on the rows already read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showcase.errors import UserError, ValidationError
from showcase.inventory.phone import format_phone, whatsapp_link
from showcase.inventory.producers import (
    SCALES,
    ProducerInput,
    create_producer,
    delete_producer,
    list_producers,
    update_producer,
)
from showcase.inventory.regions import KABUPATEN
from showcase.store.db import Database
from showcase.store.models import Producer, Product
from showcase.ui.widgets.form import ValidatedForm

_Index = QModelIndex | QPersistentModelIndex

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"


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
    counts: dict[int, int] = {
        producer_id: count
        for producer_id, count in session.execute(
            select(Product.producer_id, func.count())
            .where(Product.producer_id.is_not(None))
            .group_by(Product.producer_id)
        )
        if producer_id is not None
    }
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


class ProducerTableModel(QAbstractTableModel):
    """The producers a filter lets through: name, type, kabupaten/kota, phone, products."""

    NAME, TYPE, KABUPATEN, PHONE, PRODUCTS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ProducerRow] = []
        self._shown: list[ProducerRow] = []
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
        self.beginResetModel()
        self._all = list(rows)
        self._shown = [r for r in self._all if self._matches(r)]
        self.endResetModel()

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

    def producer_id(self, row: int) -> int:
        return self._shown[row].id

    def row_of(self, producer_id: int) -> int | None:
        return next((i for i, r in enumerate(self._shown) if r.id == producer_id), None)

    # Qt model interface -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
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
                return str(row.products)
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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    """A Yes/No question whose safe answer (No) is the default. Names in it are shown as typed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def text_label(parent: QWidget, *, wrap: bool = False, shrink: bool = False) -> QLabel:
    """A label for text that may hold user input: always plain text (a name with `<b>` or `&`
    shows as typed). `shrink` lets a very long name wrap or clip instead of widening the window."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if shrink:
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(0)
    return label


class ProducersDialog(QDialog):
    """Add, edit and remove producers. `changed` is True once anything was saved or deleted."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.changed = False
        # Asks the user a yes/no question (title, text); tests replace it.
        self.confirm: Callable[[str, str], bool] = lambda title, text: ask_yes_no(self, title, text)
        self.producer_id: int | None = None
        self._saved_input = ProducerInput(name="")
        self._quiet = False

        self.setWindowTitle(self.tr("Producers (UMKM and koperasi)"))
        self.resize(1220, 690)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 520])

        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        # Enter in a field must never press a button by surprise: no button is a default one.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_producer)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)
        self._set_tab_order()

        self.reload()
        self._start_new()

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
        self.table = QTableView(panel)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, to the next field
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProducerTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for section, width in (
            (ProducerTableModel.TYPE, 125),
            (ProducerTableModel.KABUPATEN, 160),
            (ProducerTableModel.PHONE, 125),
            (ProducerTableModel.PRODUCTS, 75),
        ):
            self.table.setColumnWidth(section, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
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

        self.heading = text_label(panel)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        column.addWidget(self.heading)

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

        self.status_label = text_label(panel, wrap=True, shrink=True)
        self.status_label.hide()
        column.addWidget(self.status_label)

        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("&Delete producer"), panel)
        self.delete_button.setToolTip(self.tr("Only a producer without products can be deleted"))
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("&Save"), panel)
        self.save_button.setToolTip(self.tr("Save this producer (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setMinimumWidth(120)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
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

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
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
            self.save_button,
            self.delete_button,
            self.close_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # The list ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the producers again, keeping the current one selected."""
        with self.database.session() as session:
            rows = read_producer_rows(session)
        self.model.set_rows(rows)
        self._after_model_reset()

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
        self._select_row_of(self.producer_id)

    def _select_row_of(self, producer_id: int | None) -> None:
        """Show `producer_id` as selected in the list without loading it into the form."""
        self._quiet = True
        try:
            row = self.model.row_of(producer_id) if producer_id is not None else None
            if row is None:
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
            else:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        producer_id = self.model.producer_id(current.row())
        if producer_id == self.producer_id:
            return
        if not self._may_discard():
            self._select_row_of(self.producer_id)
            return
        self.load(producer_id)

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

    def _fill(self, data: ProducerInput) -> None:
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
        self.form.clear_errors()
        self._saved_input = self.form_input()

    def is_modified(self) -> bool:
        """True when the form holds something not saved yet."""
        return self.form_input() != self._saved_input

    def _may_discard(self) -> bool:
        if not self.is_modified():
            return True
        return self.confirm(
            self.tr("Unsaved changes"),
            self.tr("The changes to this producer are not saved. Discard them?"),
        )

    def new_producer(self) -> None:
        """Empty the form for a new producer (asking first if edits would be lost)."""
        if self._may_discard():
            self._start_new()

    def _start_new(self) -> None:
        self.producer_id = None
        self._fill(ProducerInput(name="", kind="umkm", scale=None))
        self.heading.setText(self.tr("New producer"))
        self.delete_button.setEnabled(False)
        self._select_row_of(None)
        self._show_status("")
        self.name_edit.setFocus()

    def load(self, producer_id: int) -> None:
        """Show a saved producer in the form."""
        with self.database.session() as session:
            producer = session.get(Producer, producer_id)
            if producer is None:
                self._show_status(self.tr("The producer no longer exists"), error=True)
                self.reload()
                return
            data = ProducerInput(
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
        self.producer_id = producer_id
        self._fill(data)
        self.heading.setText(self.tr("Edit producer"))
        self.delete_button.setEnabled(True)
        self._select_row_of(producer_id)
        self._show_status("")

    # Saving and deleting ----------------------------------------------------------------------

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.status_label.setVisible(bool(text))

    def save(self) -> None:
        """Save the form as a new producer or over the one being edited; errors go under fields."""
        data = self.form_input()
        try:
            with self.database.session() as session:
                if self.producer_id is None:
                    saved_id = create_producer(session, data).id
                else:
                    saved_id = update_producer(session, self.producer_id, data).id
        except ValidationError as exc:
            rest = self.form.show_errors(exc.errors)
            self._show_status(
                " ".join(exc.errors[f] for f in rest)
                or self.tr("Nothing was saved: please correct the fields marked in red."),
                error=True,
            )
            return
        except UserError as exc:
            self._show_status(exc.message, error=True)
            return
        self.changed = True
        self.producer_id = saved_id
        self.reload()
        self.load(saved_id)
        self._show_status(self.tr("Saved {name}.").format(name=self.name_edit.text()))

    def delete(self) -> None:
        """Delete the producer being edited, if it has no products (asks first)."""
        if self.producer_id is None:
            return
        name = self.name_edit.text()
        if not self.confirm(
            self.tr("Delete producer"),
            self.tr("Delete the producer {name}? This cannot be undone.").format(name=name),
        ):
            return
        try:
            with self.database.session() as session:
                delete_producer(session, self.producer_id)
        except UserError as exc:
            self._show_status(exc.message, error=True)
            return
        self.changed = True
        self.producer_id = None
        self._saved_input = self.form_input()  # the deleted producer's fields need no asking
        self.reload()
        self._start_new()
        self._show_status(self.tr("Deleted {name}.").format(name=name))

    # Closing ----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close (Escape, the Close button, the window's ×), asking first over unsaved edits."""
        if self._may_discard():
            super().reject()
