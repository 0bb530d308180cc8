"""Export products, producers, stock movements or kiosk visit counts to a CSV or Excel file.

Staff choose what and which format, then where (the file name follows the format); the file
is written in a worker thread (a `DataJob`, followed by a `JobRunner`) and appears only when
complete. The products file imports back unchanged (Import products…), so it is also the way
to edit many products in a spreadsheet.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError
from showcase.inventory.export import check_export_path, export_table
from showcase.store.db import Database
from showcase.ui.staff.data.data_job import DataJob, Progress
from showcase.ui.staff.data.job_runner import JobRunner
from showcase.ui.widgets.asker import Asker, QtAsker
from showcase.ui.widgets.dialog_parts import StatusLabel, close_row, no_default_buttons

# The file name offered for each kind of export (Indonesian: the files go to officials).
FILE_STEMS = {
    "products": "produk",
    "producers": "produsen",
    "movements": "mutasi-stok",
    "visits": "kunjungan-kios",
}


class ExportDialog(QDialog):
    """What to export, as CSV or XLSX, and where. `asker` opens the file dialog of "Browse…"
    (the real one by default)."""

    def __init__(
        self, database: Database, parent: QWidget | None = None, *, asker: Asker | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.asker: Asker = asker if asker is not None else QtAsker()
        self.runner = JobRunner(self)  # the export being written, if any
        self.written: Path | None = None
        self._target: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)

        self.what = QComboBox(self)
        for key, text in (
            ("products", self.tr("Products")),
            ("producers", self.tr("Producers")),
            ("movements", self.tr("Stock movements")),
            ("visits", self.tr("Kiosk visits")),
        ):
            self.what.addItem(text, key)
        self.what.currentIndexChanged.connect(self._suggest_name)

        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx)"), self)
        self.csv = QRadioButton(self.tr("CSV text (.csv)"), self)
        self.xlsx.setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.xlsx)
        formats.addButton(self.csv)
        self.xlsx.toggled.connect(self._follow_format)
        format_row = QHBoxLayout()
        format_row.addWidget(self.xlsx)
        format_row.addWidget(self.csv)
        format_row.addStretch(1)

        self.path = QLineEdit(self)
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow(self.tr("What"), self.what)
        form.addRow(self.tr("Format"), format_row)
        form.addRow(self.tr("File"), path_row)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = StatusLabel(self)
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.clicked.connect(self.export)
        self.close_button, buttons = close_row(self, self.tr("Close"), self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        no_default_buttons(self)
        self._folder = Path.home() / "Documents"
        if not self._folder.is_dir():
            self._folder = Path.home()
        self._suggest_name()

    @property
    def job(self) -> DataJob | None:
        """The export being written, if any."""
        return self.runner.job

    @property
    def suffix(self) -> str:
        return ".xlsx" if self.xlsx.isChecked() else ".csv"

    def _suggest_name(self) -> None:
        """`produk-2026-11-22.xlsx` in the folder of the last path, for the current choice."""
        current = self.path.text().strip()
        folder = Path(current).parent if current else self._folder
        stem = f"{FILE_STEMS[self.what.currentData()]}-{datetime.date.today().isoformat()}"
        self.path.setText(str(folder / f"{stem}{self.suffix}"))

    def _follow_format(self) -> None:
        current = self.path.text().strip()
        if current:
            self.path.setText(str(Path(current).with_suffix(self.suffix)))

    def choose_path(self) -> None:
        path = self.asker.save_path(
            self,
            self.tr("Export"),
            Path(self.path.text()),
            self.tr("Excel workbook (*.xlsx)")
            if self.suffix == ".xlsx"
            else self.tr("CSV text (*.csv)"),
        )
        if path is not None:
            if path.suffix.lower() not in (".csv", ".xlsx"):
                path = path.with_name(path.name + self.suffix)
            self.csv.setChecked(path.suffix.lower() == ".csv")
            self.xlsx.setChecked(path.suffix.lower() == ".xlsx")
            self.path.setText(str(path))

    def export(self) -> None:
        """Write the chosen export in the worker thread."""
        text = self.path.text().strip()
        if not text:
            self.status.show_status(self.tr("Choose where to save the file."), error=True)
            return
        path = Path(text).expanduser()
        what = str(self.what.currentData())
        try:
            check_export_path(path)
        except UserError as exc:
            self.status.show_status(exc.message, error=True)
            return
        self.status.show_status("")
        database = self.database

        def work(progress: Progress, cancelled: Any) -> int:
            with database.session() as session:
                return export_table(session, what, path)

        self._target = path
        self.runner.start(DataJob(work, f"exporting {what} to {path}", self))

    def job_succeeded(self, count: object) -> None:
        self.written = self._target
        self.status.show_status(
            self.tr("Saved {n} rows to {path}").format(n=count, path=self._target)
        )

    def job_failed(self, message: str) -> None:
        self.status.show_status(message, error=True)

    def job_crashed(self) -> None:
        self.status.show_status(
            self.tr("Something went wrong; no file was written. The details are in the log file."),
            error=True,
        )

    def job_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.export_button.setEnabled(not running)

    def reject(self) -> None:
        # The export does not stop half-way (its file appears whole or not at all): this waits
        # for it, a matter of moments.
        self.runner.stop()
        super().reject()
