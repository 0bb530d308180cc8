"""Import products from a spreadsheet: choose the file, see what would change, then import.

The file is read and checked in a worker thread (a `DataJob`, followed by a `JobRunner`:
progress, Cancel), and nothing is written until staff press Import. The preview counts what
would be added, changed and left alone and lists every row with its changes (old → new); a file
with bad rows shows the report instead (row, column, reason) and Import stays disabled. Import
plans again and writes in one transaction in the worker, after a backup; the product list
refreshes when the dialog closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from showcase.inventory.importing.apply import (
    ImportRejected,
    ImportResult,
    check_file,
    import_sheet,
)
from showcase.inventory.importing.files import Sheet
from showcase.inventory.importing.plan import ImportPlan
from showcase.inventory.importing.rows import ProductPlan, RowProblem
from showcase.store.db import Database
from showcase.ui.staff.data.data_job import DataJob, Progress
from showcase.ui.staff.data.job_runner import JobRunner
from showcase.ui.widgets.asker import Asker, QtAsker
from showcase.ui.widgets.dialog_parts import (
    ERROR_COLOR,
    StatusLabel,
    close_row,
    list_table,
    make_bold,
    no_default_buttons,
    text_label,
)
from showcase.ui.widgets.row_table_model import Index, RowTableModel

ROW_HEIGHT = 28
ADDED_COLOR = "#1b5e20"
CHANGED_COLOR = "#8a5a00"


class PlanModel(RowTableModel[ProductPlan]):
    """The rows of the file: row number, code, name, what happens, and the changes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Row"), self.tr("Code"), self.tr("Name"), self.tr("Status")]
        self._headers.append(self.tr("Changes"))

    def status_text(self, item: ProductPlan) -> str:
        return {
            "add": self.tr("New"),
            "change": self.tr("Changed"),
            "same": self.tr("Unchanged"),
        }[item.status]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 4:
                return "; ".join(_change_texts(item))
            return (str(item.row), item.code, item.name, self.status_text(item))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            color = {"add": ADDED_COLOR, "change": CHANGED_COLOR}.get(item.status)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and item.changes:
            return "\n".join(_change_texts(item))
        return None


def _change_texts(item: ProductPlan) -> list[str]:
    """`Price: Rp45.000 → Rp50.000` for a change; `Price: Rp18.000` for what a new product gets."""
    if item.status == "add":
        return [f"{name}: {new}" for name, (_old, new) in item.changes.items()]
    return [f"{name}: {old} → {new}" for name, (old, new) in item.changes.items()]


class ProblemModel(RowTableModel[RowProblem]):
    """The report of a file that cannot be imported: row, column as headed in the file, reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Row"), self.tr("Column"), self.tr("Problem")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(problem.row), problem.column, problem.reason)[index.column()]
        return None


class ImportDialog(QDialog):
    """Choose a file, preview its import, and import it all or nothing. `asker` opens the file
    dialog (the real one by default)."""

    def __init__(
        self, database: Database, parent: QWidget | None = None, *, asker: Asker | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.asker: Asker = asker if asker is not None else QtAsker()
        self.changed = False  # the main window refreshes its list when this is set
        self.sheet: Sheet | None = None
        self.plan: ImportPlan | None = None
        self.outcome: ImportResult | None = None
        self.runner = JobRunner(self)  # the file being checked or imported, if any
        self.runner.progressed.connect(self._progressed)
        self.runner.was_cancelled.connect(self._cancelled)
        self._importing = False  # the job running is the import (not the check)
        self.setWindowTitle(self.tr("Import products"))
        self.resize(980, 620)

        # Wrapped, not cut: the end of a long path is the name of the file.
        self.file_label = text_label(self, wrap=True, shrink=True)
        self.file_label.setText(self.tr("Choose a CSV or Excel (.xlsx) file with products."))
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.cancel_button.hide()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        self.summary = make_bold(text_label(self, wrap=True), 1.15)
        self.summary.hide()
        self.details = text_label(self, wrap=True)
        self.details.hide()
        self.only_changes = QCheckBox(self.tr("Show only new and changed products"), self)
        self.only_changes.setChecked(True)  # the unchanged rows of a big file hide the news
        self.only_changes.toggled.connect(self._show_plan_rows)
        self.only_changes.hide()

        self.plan_model = PlanModel(self)
        self.plan_table = list_table(
            self, self.plan_model, row_height=ROW_HEIGHT, single_selection=False
        )
        for column, width in enumerate((60, 110, 260, 100)):
            self.plan_table.setColumnWidth(column, width)
        self.plan_table.horizontalHeader().setStretchLastSection(True)
        self.problem_model = ProblemModel(self)
        self.problem_table = list_table(
            self, self.problem_model, row_height=ROW_HEIGHT, single_selection=False
        )
        for column, width in enumerate((60, 160)):
            self.problem_table.setColumnWidth(column, width)
        self.problem_table.horizontalHeader().setStretchLastSection(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.plan_table)
        self.pages.addWidget(self.problem_table)

        self.status = StatusLabel(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button, buttons = close_row(self, self.tr("Close"), self.import_button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(progress_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(self.only_changes)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        # Takes the room of the table when a refused file hides it: the message stays under
        # the file's name instead of below a blank table.
        layout.addStretch(0)
        layout.addLayout(buttons)
        no_default_buttons(self)

    @property
    def job(self) -> DataJob | None:
        """The file being checked or imported, if any."""
        return self.runner.job

    def _say(self, text: str) -> None:
        """The line under the file's name (hidden when there is nothing to say)."""
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    # Choosing and checking -------------------------------------------------------------------

    def choose_file(self) -> None:
        path = self.asker.open_file(
            self,
            self.tr("Import products"),
            Path.home(),
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if path is not None:
            self.check(path)

    def check(self, path: Path) -> None:
        """Read and check `path` in the worker; the preview follows when it is done."""
        self.sheet, self.plan, self.outcome = None, None, None
        self.file_label.setText(str(path))
        self._say(self.tr("Reading and checking {name}…").format(name=path.name))
        self.details.hide()
        self.only_changes.hide()
        self.plan_model.set_rows([])
        self.problem_model.set_rows([])
        self.pages.show()
        self.import_button.setEnabled(False)
        self.status.show_status("")

        database = self.database

        def work(progress: Progress, cancelled: Any) -> tuple[Sheet, ImportPlan]:
            return check_file(database, path, progress=progress, cancelled=cancelled)

        self.runner.start(DataJob(work, f"checking {path}", self))

    def _checked(self, result: object) -> None:
        assert isinstance(result, tuple)
        self.sheet, self.plan = result
        self.show_plan(self.plan)

    def show_plan(self, plan: ImportPlan) -> None:
        """The preview: counts, new categories and producers, notes, and the rows (or problems)."""
        if not plan.ok:
            count = len(plan.problems)
            self._say(
                self.tr(
                    "{n} problems in {file}: nothing can be imported until they are fixed"
                ).format(n=count, file=plan.source)
                if count != 1
                else self.tr(
                    "1 problem in {file}: nothing can be imported until it is fixed"
                ).format(file=plan.source)
            )
            self.summary.setStyleSheet(f"color: {ERROR_COLOR};")
            self.problem_model.set_rows(plan.problems)
            self.pages.setCurrentWidget(self.problem_table)
            self.only_changes.hide()
            self._show_details(plan)
            self.import_button.setEnabled(False)
            return
        self.summary.setStyleSheet("")
        self._say(
            self.tr("{added} new, {changed} changed, {same} unchanged").format(
                added=plan.added, changed=plan.changed, same=plan.unchanged
            )
        )
        self.pages.setCurrentWidget(self.plan_table)
        self.only_changes.show()
        self._show_plan_rows()
        self._show_details(plan)
        self.import_button.setEnabled(plan.changes_anything and self.outcome is None)
        if not plan.changes_anything:
            self.status.show_status(self.tr("Nothing to import: every product is as in the file."))

    def _names(self, names: Any, limit: int = 8) -> str:
        listed = list(names)
        if len(listed) <= limit:
            return ", ".join(listed)
        return self.tr("{names} and {n} more").format(
            names=", ".join(listed[:limit]), n=len(listed) - limit
        )

    def _show_details(self, plan: ImportPlan) -> None:
        lines = []
        if plan.new_categories:
            lines.append(
                self.tr("New categories: {names}").format(
                    names=self._names(plan.new_categories.values())
                )
            )
        if plan.new_producers:
            names = [f"{p.name} ({p.kabupaten})" for p in plan.new_producers.values()]
            lines.append(self.tr("New producers: {names}").format(names=self._names(names)))
        if plan.ignored_columns:
            lines.append(
                self.tr("Columns not read: {names}").format(names=self._names(plan.ignored_columns))
            )
        lines += plan.notes[:5]
        if len(plan.notes) > 5:
            lines.append(self.tr("… and {n} more notes").format(n=len(plan.notes) - 5))
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))

    def _show_plan_rows(self) -> None:
        if self.plan is None:
            return
        rows = self.plan.products
        if self.only_changes.isChecked():
            rows = [item for item in rows if item.status != "same"]
        self.plan_model.set_rows(rows)

    # Importing -------------------------------------------------------------------------------

    def start_import(self) -> None:
        """Import the file as previewed, in the worker: all of it, or nothing."""
        sheet = self.sheet
        if sheet is None or self.plan is None or not self.plan.changes_anything:
            return
        self.import_button.setEnabled(False)
        self._say(self.tr("Importing {file}…").format(file=sheet.source))

        database = self.database

        def work(progress: Progress, cancelled: Any) -> ImportResult | ImportPlan:
            try:
                return import_sheet(
                    database, sheet, checking=progress, progress=progress, cancelled=cancelled
                )
            except ImportRejected as rejected:  # the showcase changed since the preview
                return rejected.plan

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._importing = True
        self.runner.start(DataJob(work, f"importing {sheet.source}", self))

    def _imported(self, result: object) -> None:
        if isinstance(result, ImportPlan):
            self.plan = result
            self.show_plan(result)
            return
        assert isinstance(result, ImportResult)
        self.outcome = result
        self.changed = True
        plan = result.plan
        self._say(
            self.tr("Imported: {added} new, {changed} changed, {same} unchanged").format(
                added=plan.added, changed=plan.changed, same=plan.unchanged
            )
        )
        if result.backup is not None:
            self.status.show_status(
                self.tr("Done. A backup was made first: {path}").format(path=result.backup)
            )
        self.import_button.setEnabled(False)

    # The worker ------------------------------------------------------------------------------

    def job_succeeded(self, result: object) -> None:
        """What the job found: the import's outcome, or the file's check."""
        if self._importing:
            self._imported(result)
        else:
            self._checked(result)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def job_failed(self, message: str) -> None:
        self._say("")
        self._hide_empty_table()
        self.status.show_status(message, error=True)

    def _hide_empty_table(self) -> None:
        """A file refused before any row was read has no rows to list."""
        if self.plan is None:
            self.pages.hide()

    def _cancelled(self) -> None:
        self._say(self.tr("Cancelled: nothing was changed."))

    def job_crashed(self) -> None:
        self.status.show_status(
            self.tr("Something went wrong; nothing was changed. The details are in the log file."),
            error=True,
        )
        self._hide_empty_table()

    def job_running(self, running: bool) -> None:
        """The progress bar and Cancel while a file is checked or imported."""
        if running:
            self.progress.setRange(0, 0)  # busy until the first figures come
        else:
            self._end_wait_cursor()
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.choose_button.setEnabled(not running)

    def _end_wait_cursor(self) -> None:
        if self._importing:
            QGuiApplication.restoreOverrideCursor()
            self._importing = False

    def cancel_job(self) -> None:
        self.runner.cancel()

    def reject(self) -> None:
        self.runner.stop()  # closing cancels: an import in progress is rolled back
        self._end_wait_cursor()
        super().reject()
