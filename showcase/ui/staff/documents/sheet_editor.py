"""The label sheet editor: the library of sheets, a form to measure a custom one, and its drawing.

Built-in sheets are shown read-only; "Duplicate" copies one (or a custom sheet) into the form as
a new custom sheet, which staff adjust to a real sheet they measured with a ruler while the
drawing beside the form shows the layout to scale. Saving goes through
`showcase.printing.labels.sheets.save_custom_sheet`, whose ValidationError puts each message under its
field; a custom sheet renamed is saved under its new name and the old one removed, in one
transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import NotFoundError, UserError, ValidationError
from showcase.printing.labels.sheets import (
    MAX_NAME,
    Sheet,
    delete_custom_sheet,
    find_sheet,
    is_built_in,
    list_sheets,
    save_custom_sheet,
)
from showcase.store.db import Database
from showcase.ui.staff.documents.sheet_list_model import SheetListModel
from showcase.ui.widgets.dialog_parts import (
    StatusLabel,
    close_row,
    make_bold,
    no_default_buttons,
    set_tab_chain,
    text_label,
    yes_no_asker,
)
from showcase.ui.widgets.field_box import FieldBox
from showcase.ui.widgets.form import ValidatedForm
from showcase.ui.widgets.sheet_view import SheetView

# Fields of Sheet measured in millimetres, in the order of the form.
MM_FIELDS = (
    "page_width",
    "page_height",
    "label_width",
    "label_height",
    "margin_left",
    "margin_top",
    "gap_x",
    "gap_y",
    "corner_radius",
)
MAX_MM = 2000.0
MAX_COUNT = 99  # more than the domain allows, so that its message says what the limit is


def _mm(value: float) -> str:
    """A length as staff type it in their locale: `63,5` in Indonesian, no thousands dots."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 6)


class SheetEditor(QDialog):
    """Look at the label sheets and add, change or delete custom ones.

    `changed` is True once a sheet was saved or deleted.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.changed = False
        # Asks the user a yes/no question (title, text); tests replace it.
        self.confirm: Callable[[str, str], bool] = yes_no_asker(self)
        # The custom sheet being edited (its saved name), or None: a built-in or a new sheet.
        self.editing: str | None = None
        self._read_only = True
        self._saved: Sheet | None = None
        self._quiet = False

        self.setWindowTitle(self.tr("Label sheets"))
        self.resize(1080, 640)

        row = QHBoxLayout()
        row.addWidget(self._build_list(), 0)
        row.addWidget(self._build_form(), 1)
        row.addWidget(self._build_drawing(), 1)
        self.close_button, bottom = close_row(self, self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addLayout(bottom)

        no_default_buttons(self)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        set_tab_chain(
            [
                self.list_view,
                self.duplicate_button,
                self.name_edit,
                *self.spins.values(),
                self.roll_check,
                self.save_button,
                self.delete_button,
                self.close_button,
            ]
        )
        self.reload()
        self.select(self.model.sheet(0).name if self.model.rowCount() else None)

    # Building ---------------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(make_bold(QLabel(self.tr("Sheets"), panel)))
        self.model = SheetListModel(self)
        self.list_view = QListView(panel)
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setMinimumWidth(250)
        self.list_view.selectionModel().currentRowChanged.connect(self._current_changed)
        column.addWidget(self.list_view, 1)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), panel)
        self.duplicate_button.setToolTip(
            self.tr("Start a custom sheet from this one, then change what differs")
        )
        self.duplicate_button.clicked.connect(self.duplicate)
        column.addWidget(self.duplicate_button)
        return panel

    def _build_form(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(6, 0, 6, 0)
        self.heading = make_bold(text_label(panel, shrink=True), 1.2)
        column.addWidget(self.heading)
        self.hint = text_label(panel, wrap=True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.hint)

        self.form = ValidatedForm(panel)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("For example: Tom & Jerry 103, 64×32 mm"))
        self.form.add_row("name", self.tr("Name"), self.name_edit)
        labels = {
            "page_width": self.tr("Page width"),
            "page_height": self.tr("Page height"),
            "columns": self.tr("Labels across"),
            "rows": self.tr("Labels down"),
            "label_width": self.tr("Label width"),
            "label_height": self.tr("Label height"),
            "margin_left": self.tr("Left margin"),
            "margin_top": self.tr("Top margin"),
            "gap_x": self.tr("Gap across"),
            "gap_y": self.tr("Gap down"),
            "corner_radius": self.tr("Corner radius"),
        }
        tips = {
            "margin_left": self.tr("From the left edge of the page to the first label"),
            "margin_top": self.tr("From the top edge of the page to the first label"),
            "gap_x": self.tr("Between two labels side by side"),
            "gap_y": self.tr("Between two labels one above the other"),
            "corner_radius": self.tr("0 for square corners"),
        }
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for field in (
            "page_width",
            "page_height",
            "columns",
            "rows",
            "label_width",
            "label_height",
            "margin_left",
            "margin_top",
            "gap_x",
            "gap_y",
            "corner_radius",
        ):
            spin: QSpinBox | QDoubleSpinBox
            if field in MM_FIELDS:
                spin = QDoubleSpinBox()
                spin.setDecimals(2)
                spin.setRange(0.0, MAX_MM)
                spin.setSingleStep(0.5)
                spin.setSuffix(" mm")
            else:
                spin = QSpinBox()
                spin.setRange(0, MAX_COUNT)
            spin.setAccelerated(True)
            if field in tips:
                spin.setToolTip(tips[field])
            self.spins[field] = spin
            spin.setMinimumWidth(110)
            self.form.add_row(field, labels[field], FieldBox(spin))
            spin.valueChanged.connect(self._form_changed)
        self.roll_check = QCheckBox(self.tr("Thermal roll (one label per page)"))
        self.roll_check.toggled.connect(self._roll_toggled)
        self.form.add_row("roll", self.tr("Roll"), self.roll_check)
        self.name_edit.textChanged.connect(self._form_changed)
        column.addWidget(self.form)
        column.addStretch(1)

        self.status = StatusLabel(panel)
        column.addWidget(self.status)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("&Delete sheet"), panel)
        self.delete_button.setToolTip(self.tr("Only custom sheets can be deleted"))
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("&Save"), panel)
        self.save_button.setToolTip(self.tr("Save this custom sheet (Ctrl+S)"))
        self.save_button.setMinimumWidth(120)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        return panel

    def _build_drawing(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(6, 0, 0, 0)
        column.addWidget(make_bold(QLabel(self.tr("Layout to scale"), panel)))
        self.drawing = SheetView(panel)
        self.drawing.setMinimumWidth(280)
        column.addWidget(self.drawing, 1)
        self.size_label = text_label(panel, wrap=True)
        column.addWidget(self.size_label)
        return panel

    # The list ---------------------------------------------------------------------------------

    def reload(self) -> None:
        with self.database.session() as session:
            sheets = list_sheets(session)
        self._quiet = True
        try:
            self.model.set_sheets(sheets)
        finally:
            self._quiet = False

    def sheet_names(self) -> list[str]:
        return [self.model.sheet(r).name for r in range(self.model.rowCount())]

    def select(self, name: str | None) -> None:
        """Show the sheet called `name` in the form (and the list)."""
        row = self.model.row_of(name) if name is not None else None
        if row is None:
            self._select_row(None)
            return
        self._select_row(row)
        self._load(self.model.sheet(row))

    def _select_row(self, row: int | None) -> None:
        self._quiet = True
        try:
            if row is None:
                self.list_view.clearSelection()
                self.list_view.setCurrentIndex(QModelIndex())
            else:
                index = self.model.index(row, 0)
                self.list_view.setCurrentIndex(index)
                self.list_view.scrollTo(index)
        finally:
            self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        sheet = self.model.sheet(current.row())
        if not self._may_discard():
            self._select_row(self.model.row_of(self.editing) if self.editing else None)
            return
        self._load(sheet)

    # The form ---------------------------------------------------------------------------------

    def form_sheet(self) -> Sheet:
        """The sheet the form describes now."""
        values = {field: spin.value() for field, spin in self.spins.items()}
        return Sheet(
            name=self.name_edit.text(),
            page_width=float(values["page_width"]),
            page_height=float(values["page_height"]),
            columns=int(values["columns"]),
            rows=int(values["rows"]),
            label_width=float(values["label_width"]),
            label_height=float(values["label_height"]),
            margin_left=float(values["margin_left"]),
            margin_top=float(values["margin_top"]),
            gap_x=float(values["gap_x"]),
            gap_y=float(values["gap_y"]),
            corner_radius=float(values["corner_radius"]),
            roll=self.roll_check.isChecked(),
        )

    def _fill(self, sheet: Sheet, *, read_only: bool) -> None:
        self._quiet = True
        try:
            self.name_edit.setText(sheet.name)
            for field, spin in self.spins.items():
                spin.setValue(getattr(sheet, field))
            self.roll_check.setChecked(sheet.roll)
        finally:
            self._quiet = False
        self._read_only = read_only
        self.name_edit.setReadOnly(read_only)
        for spin in self.spins.values():
            spin.setReadOnly(read_only)
        self.roll_check.setEnabled(not read_only)
        self._roll_toggled(sheet.roll)
        self.save_button.setEnabled(not read_only)
        self.form.clear_errors()
        self._saved = self.form_sheet()
        self._form_changed()

    def _load(self, sheet: Sheet) -> None:
        built_in = is_built_in(sheet.name)
        self.editing = None if built_in else sheet.name
        self._fill(sheet, read_only=built_in)
        self.delete_button.setEnabled(not built_in)
        if built_in:
            self.heading.setText(self.tr("Built-in sheet"))
            self.hint.setText(
                self.tr("Built-in sheets cannot be changed. Duplicate one to make your own.")
            )
        else:
            self.heading.setText(self.tr("Custom sheet"))
            self.hint.setText(
                self.tr(
                    "Measure a real sheet with a ruler, in millimetres from its top-left corner."
                )
            )
        self.status.show_status("")

    def _roll_toggled(self, roll: bool) -> None:
        if roll and not self._read_only:
            self.spins["columns"].setValue(1)
            self.spins["rows"].setValue(1)
        for field in ("columns", "rows"):
            self.spins[field].setEnabled(not roll)
        self._form_changed()

    def _form_changed(self) -> None:
        if self._quiet:
            return
        sheet = self.form_sheet()
        self.drawing.set_sheet(sheet)
        self.size_label.setText(
            self.tr("Page {pw} × {ph} mm; {n} labels of {lw} × {lh} mm").format(
                pw=_mm(sheet.page_width),
                ph=_mm(sheet.page_height),
                n=sheet.per_page,
                lw=_mm(sheet.label_width),
                lh=_mm(sheet.label_height),
            )
        )

    def is_modified(self) -> bool:
        return not self._read_only and self.form_sheet() != self._saved

    def _may_discard(self) -> bool:
        if not self.is_modified():
            return True
        return self.confirm(
            self.tr("Unsaved changes"),
            self.tr("The changes to this sheet are not saved. Discard them?"),
        )

    def duplicate(self) -> None:
        """Copy the sheet shown into the form as a new custom sheet, under a name not yet used."""
        if not self._may_discard():
            return
        source = self.form_sheet()
        taken = {name.casefold() for name in self.sheet_names()}
        name = self.tr("{name} (copy)").format(name=source.name)
        number = 2
        while name.casefold() in taken:
            name = self.tr("{name} (copy {n})").format(name=source.name, n=number)
            number += 1
        from dataclasses import replace

        self._select_row(None)
        self.editing = None
        self._fill(replace(source, name=name[:MAX_NAME]), read_only=False)
        self._saved = None  # a new sheet is unsaved until saved
        self.delete_button.setEnabled(False)
        self.heading.setText(self.tr("New custom sheet"))
        self.hint.setText(
            self.tr("Measure a real sheet with a ruler, in millimetres from its top-left corner.")
        )
        self.status.show_status("")
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    # Saving and deleting ----------------------------------------------------------------------

    def save(self) -> None:
        """Save the form as a custom sheet; bad measurements are shown under their fields."""
        if self._read_only:
            return
        sheet = self.form_sheet()
        try:
            with self.database.session() as session:
                existing: Sheet | None
                try:
                    existing = find_sheet(session, sheet.name)
                except NotFoundError:
                    existing = None
                taken = (
                    existing is not None
                    and not is_built_in(existing.name)
                    and existing.name != self.editing
                )
                if taken:
                    message = self.tr("a custom sheet called “{name}” already exists")
                    raise ValidationError({"name": message.format(name=sheet.name.strip())})
                save_custom_sheet(session, sheet)
                if self.editing is not None and existing is None:
                    delete_custom_sheet(session, self.editing)  # renamed
        except ValidationError as exc:
            rest = self.form.show_errors(exc.errors)
            self.status.show_status(
                " ".join(exc.errors[f] for f in rest)
                or self.tr("Nothing was saved: please correct the fields marked in red."),
                error=True,
            )
            return
        except UserError as exc:
            self.status.show_status(exc.message, error=True)
            return
        self.changed = True
        self.reload()
        saved_name = " ".join(sheet.name.split())
        self.select(saved_name)
        self.status.show_status(self.tr("Saved {name}.").format(name=saved_name))

    def delete(self) -> None:
        """Delete the custom sheet shown (asks first). Built-in sheets cannot be deleted."""
        name = self.editing if self.editing is not None else self.form_sheet().name
        if self.editing is None:
            if is_built_in(name):
                self.status.show_status(self.tr("A built-in sheet cannot be deleted."), error=True)
            return
        if not self.confirm(
            self.tr("Delete sheet"),
            self.tr("Delete the sheet {name}? This cannot be undone.").format(name=name),
        ):
            return
        try:
            with self.database.session() as session:
                delete_custom_sheet(session, name)
        except UserError as exc:
            self.status.show_status(exc.message, error=True)
            return
        self.changed = True
        self.editing = None
        self._saved = self.form_sheet()
        self.reload()
        self.select(self.model.sheet(0).name if self.model.rowCount() else None)
        self.status.show_status(self.tr("Deleted {name}.").format(name=name))

    def reject(self) -> None:
        """Close (Escape, the Close button, the window's ×), asking first over unsaved edits."""
        if self._may_discard():
            super().reject()
