"""A dialog that edits saved records: their list on the left, a form for one on the right.

`RecordEditorDialog` holds what the producers and categories dialogs do alike: selecting a row
loads it into the form, unsaved edits are never dropped without asking, Save creates or updates
in one transaction with field errors shown under their fields, Delete asks first and shows the
domain's refusal. A subclass builds its own list and form and fills in the hooks: how to read the
rows and one record, how to fill and read the form, which domain functions save and delete, and
its words about its kind of record (`EditorTexts`, translated in the subclass so they keep its
translation context); the words every editor says alike are this module's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from showcase.errors import UserError, ValidationError
from showcase.i18n import translate
from showcase.inventory.conflicts import current_input, differences
from showcase.inventory.edit_versions import EditConflict
from showcase.store.db import Database
from showcase.ui.widgets.conflict_panel import ConflictPanel
from showcase.ui.widgets.dialog_parts import (
    StatusLabel,
    close_row,
    list_table,
    make_bold,
    no_default_buttons,
    set_tab_chain,
    text_label,
    yes_no_asker,
)
from showcase.ui.widgets.form import ValidatedForm
from showcase.ui.widgets.row_table_model import RecordT, RecordTableModel

InputT = TypeVar("InputT")


class Versioned(Protocol):
    """A saved record guarded by an edit version (the store's `version` column)."""

    @property
    def version(self) -> int: ...


@dataclass(frozen=True)
class EditorTexts:
    """What a record editor says about its kind of record; `{name}` is the record's name."""

    new_heading: str
    edit_heading: str
    gone: str
    discard_question: str
    delete_title: str
    delete_question: str


class RecordEditorDialog(QDialog, Generic[InputT, RecordT]):
    """Add, edit and remove records. `changed` is True once anything was saved or deleted.

    The subclass's `__init__` builds `model`, `table` (with `records_table`), `form`, `heading`,
    `status_label`, `save_button` and `delete_button` (with `editor_header` and `editor_buttons`),
    then calls `finish_building`.
    """

    model: RecordTableModel[RecordT]
    table: QTableView
    form: ValidatedForm
    heading: QLabel
    status_label: StatusLabel
    save_button: QPushButton
    delete_button: QPushButton
    close_button: QPushButton
    # The stored record the form edits, whose edit version guards a save (None: not guarded).
    record_type: ClassVar[type[Versioned] | None] = None

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.changed = False
        # Asks the user a yes/no question (title, text); tests replace it.
        self.confirm: Callable[[str, str], bool] = yes_no_asker(self)
        self.record_id: int | None = None
        # The edit version of the record in the form, passed back to the save: a record that
        # someone else changed since is not saved over (the conflict panel shows theirs).
        self.record_version: int | None = None
        self.conflict_panel = ConflictPanel(self)
        self.conflict_panel.keep_mine.connect(self._keep_mine)
        self.conflict_panel.take_theirs.connect(self._take_theirs)
        self._saved_input = self.empty_input()
        self._quiet = False

    # Hooks ------------------------------------------------------------------------------------

    def texts(self) -> EditorTexts:
        raise NotImplementedError

    def read_rows(self, session: Session) -> Sequence[RecordT]:
        raise NotImplementedError

    def read_record(self, session: Session, record_id: int) -> InputT | None:
        """The saved record as the form shows it; None when it no longer exists."""
        raise NotImplementedError

    def read_version(self, session: Session, record_id: int) -> int | None:
        """The record's edit version (None: not guarded, or no longer there)."""
        if self.record_type is None:
            return None
        record = session.get(self.record_type, record_id)
        return None if record is None else record.version

    def form_fields(self) -> tuple[str, ...] | None:
        """The input's fields the form shows, when it shows only some (a conflict lists those)."""
        return None

    def empty_input(self) -> InputT:
        """What the form holds for a new record."""
        raise NotImplementedError

    def form_input(self) -> InputT:
        """What the form holds now, as the domain reads it."""
        raise NotImplementedError

    def fill_form(self, data: InputT) -> None:
        raise NotImplementedError

    def name_field(self) -> QLineEdit:
        """The field with the record's name: messages quote it, a new record starts in it."""
        raise NotImplementedError

    def create_record(self, session: Session, data: InputT) -> int:
        raise NotImplementedError

    def update_record(
        self, session: Session, record_id: int, data: InputT, version: int | None
    ) -> int:
        """Save `data` over the record; EditConflict when it is no longer at `version`."""
        raise NotImplementedError

    def delete_record(self, session: Session, record_id: int) -> None:
        raise NotImplementedError

    # Building ---------------------------------------------------------------------------------

    def records_table(self, parent: QWidget) -> QTableView:
        """The list of records (`self.model`), whose selected row is loaded into the form."""
        table = list_table(parent, self.model, row_height=28, single_selection=True)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def editor_header(self, panel: QWidget, column: QVBoxLayout) -> None:
        """The heading above the form: New … or Edit …."""
        self.heading = make_bold(text_label(panel), 1.3)
        column.addWidget(self.heading)

    def editor_buttons(
        self, panel: QWidget, *, delete: tuple[str, str], save: tuple[str, str]
    ) -> QHBoxLayout:
        """Delete on the left, Save on the right; each given as (text, tooltip)."""
        self.delete_button = QPushButton(delete[0], panel)
        self.delete_button.setToolTip(delete[1])
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(save[0], panel)
        self.save_button.setToolTip(save[1])
        self.save_button.clicked.connect(self.save)
        self.save_button.setMinimumWidth(120)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        return buttons

    def finish_building(
        self, body: QWidget | QLayout, close_text: str, tab_chain: Sequence[QWidget]
    ) -> None:
        """Lay out `body` above the Close row, add the shortcuts, set the Tab order (`tab_chain`,
        then Save, Delete, Close) and show the list with an empty form."""
        self.close_button, bottom = close_row(self, close_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict_panel)
        if isinstance(body, QLayout):
            layout.addLayout(body, 1)
        else:
            layout.addWidget(body, 1)
        layout.addLayout(bottom)

        no_default_buttons(self)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        set_tab_chain([*tab_chain, self.save_button, self.delete_button, self.close_button])

        self.reload()
        self._start_new()

    # The list ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the records again, keeping the current one selected."""
        with self.database.session() as session:
            rows = self.read_rows(session)
        self.model.set_rows(rows)
        self._after_model_reset()

    def _after_model_reset(self) -> None:
        self._select_row_of(self.record_id)

    def _select_row_of(self, record_id: int | None) -> None:
        """Show `record_id` as selected in the list without loading it into the form."""
        self._quiet = True
        try:
            row = self.model.row_of(record_id) if record_id is not None else None
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
        record_id = self.model.record_id(current.row())
        if record_id == self.record_id:
            return
        if not self._may_discard():
            self._select_row_of(self.record_id)
            return
        self.load(record_id)

    # The form ---------------------------------------------------------------------------------

    def _fill(self, data: InputT) -> None:
        self.fill_form(data)
        self.form.clear_errors()
        self._saved_input = self.form_input()

    def is_modified(self) -> bool:
        """True when the form holds something not saved yet."""
        return self.form_input() != self._saved_input

    def _may_discard(self) -> bool:
        if not self.is_modified():
            return True
        return self.confirm(
            translate("RecordEditorDialog", "Unsaved changes"), self.texts().discard_question
        )

    def new_record(self) -> None:
        """Empty the form for a new record (asking first if edits would be lost)."""
        if self._may_discard():
            self._start_new()

    def _start_new(self) -> None:
        self.record_id = None
        self.record_version = None
        self.conflict_panel.hide()
        self._fill(self.empty_input())
        self.heading.setText(self.texts().new_heading)
        self.delete_button.setEnabled(False)
        self._select_row_of(None)
        self.status_label.show_status("")
        self.name_field().setFocus()

    def load(self, record_id: int) -> None:
        """Show a saved record in the form."""
        with self.database.session() as session:
            data = self.read_record(session, record_id)
            version = self.read_version(session, record_id)
        if data is None:
            self.status_label.show_status(self.texts().gone, error=True)
            self.reload()
            return
        self.record_id = record_id
        self.record_version = version
        self.conflict_panel.hide()
        self._fill(data)
        self.heading.setText(self.texts().edit_heading)
        self.delete_button.setEnabled(True)
        self._select_row_of(record_id)
        self.status_label.show_status("")

    # Saving and deleting ----------------------------------------------------------------------

    def save(self) -> None:
        """Save the form as a new record or over the one being edited; errors go under fields."""
        data = self.form_input()
        try:
            with self.database.session() as session:
                if self.record_id is None:
                    saved_id = self.create_record(session, data)
                else:
                    saved_id = self.update_record(
                        session, self.record_id, data, self.record_version
                    )
        except EditConflict as conflict:
            self.conflict_panel.show_conflict(
                conflict, differences(conflict, data, only=self.form_fields())
            )
            self.status_label.show_status(conflict.message, error=True)
            return
        except ValidationError as exc:
            rest = self.form.show_errors(exc.errors)
            self.status_label.show_status(
                " ".join(exc.errors[f] for f in rest)
                or translate(
                    "RecordEditorDialog",
                    "Nothing was saved: please correct the fields marked in red.",
                ),
                error=True,
            )
            return
        except UserError as exc:
            self.status_label.show_status(exc.message, error=True)
            return
        self.changed = True
        self.record_id = saved_id
        self.reload()
        self.load(saved_id)
        saved = translate("RecordEditorDialog", "Saved {name}.")
        self.status_label.show_status(saved.format(name=self.name_field().text()))

    def _keep_mine(self) -> None:
        """Save the person's edit over the version they have now seen."""
        conflict = self.conflict_panel.conflict
        if conflict is not None:
            self.record_version = conflict.version
            self.save()

    def _take_theirs(self) -> None:
        """Show the record as it now is (their values); nothing is saved."""
        conflict = self.conflict_panel.conflict
        if conflict is None:
            return
        self.record_version = conflict.version
        self._fill(current_input(conflict, type(self.form_input())))
        self.reload()
        self.status_label.show_status("")

    def delete(self) -> None:
        """Delete the record being edited, if the domain allows it (asks first)."""
        if self.record_id is None:
            return
        texts = self.texts()
        name = self.name_field().text()
        if not self.confirm(texts.delete_title, texts.delete_question.format(name=name)):
            return
        try:
            with self.database.session() as session:
                self.delete_record(session, self.record_id)
        except UserError as exc:
            self.status_label.show_status(exc.message, error=True)
            return
        self.changed = True
        self.record_id = None
        self._saved_input = self.form_input()  # the deleted record's fields need no asking
        self.reload()
        self._start_new()
        self.status_label.show_status(
            translate("RecordEditorDialog", "Deleted {name}.").format(name=name)
        )

    # Closing ----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close (Escape, the Close button, the window's ×), asking first over unsaved edits."""
        if self._may_discard():
            super().reject()
