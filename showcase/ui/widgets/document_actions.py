"""What every dialog that makes a document (labels, catalogue, report, website) does with it:
a busy cursor while the UI thread works, "Save as" to a file staff choose, and "Print…".

Use it like this in a dialog::

    self.document_actions = DocumentActions(self, asker)   # asker: an Asker, QtAsker() when None
    ...
    path = self.document_actions.ask_pdf_path(
        self.tr("Save the report as PDF"), "laporan.pdf", self.tr("PDF files (*.pdf)")
    )
    if path is not None:
        with busy():
            copy_into_place(made_file, path)    # or write_into_place(data, path)
        self.document_actions.remember_folder(path)

    printed = self.document_actions.print_pdf(
        self.tr("Print the report"), (210.0, 297.0), pages, current_page, lambda _p: data
    )

A document made into a file beforehand (the catalogue, the report) is saved with
`save_copy(made_file, path, status, check)` and printed with `print_file(…)`, which say a
refusal or a failure in the dialog's status line. Another kind of file (an XLSX) is asked for
with `self.document_actions.asker.save_path(…)` and written the same way. The files appear whole or not at all (through
showcase.files.replaced_when_complete); the printing code (QtPrintSupport, PDFium) is loaded
when staff first print. Errors are left to the dialog, which says them in its own words: OSError
from writing, showcase.ui.widgets.printer.PrintError when the printer cannot start, and whatever the
dialog's own `make` raises.
"""

from __future__ import annotations

import shutil
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QWidget

from showcase.errors import UserError
from showcase.files import replaced_when_complete
from showcase.i18n import translate
from showcase.ui.widgets.asker import Asker, QtAsker
from showcase.ui.widgets.dialog_parts import StatusLabel, as_sentence

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while the UI thread does a long job (writing, copying, printing)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def copy_into_place(source: Path, target: Path) -> None:
    """Copy the file `source` to `target`, which appears only complete. Raises OSError."""
    with replaced_when_complete(target, binary=True) as out, source.open("rb") as data:
        shutil.copyfileobj(data, out)


def write_into_place(data: bytes, target: Path) -> None:
    """Write `data` to `target`, which appears only complete. Raises OSError."""
    with replaced_when_complete(target, binary=True) as out:
        out.write(data)


def documents_folder() -> Path:
    """Where the first file dialog opens: the user's Documents folder (or home)."""
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )


class DocumentActions:
    """Saving and printing for one dialog (`parent`): asks through `asker` (the real file and
    print dialogs by default) and remembers the folder of the last file saved.

    The dialog is held weakly. A strong reference back would put the dialog in a reference
    cycle, freed only by Python's cyclic garbage collector, which runs in whichever thread
    happens to allocate: in a worker thread making a document it deleted a closed dialog's Qt
    widgets outside the UI thread, and the program crashed."""

    def __init__(self, parent: QWidget, asker: Asker | None = None) -> None:
        self._parent = weakref.ref(parent)
        self.asker: Asker = asker if asker is not None else QtAsker()
        self.last_folder = documents_folder()

    @property
    def parent(self) -> QWidget:
        """The dialog the file and print dialogs open over."""
        parent = self._parent()
        if parent is None:  # only the dialog itself calls these, so it is there
            raise RuntimeError("the dialog of these document actions is gone")
        return parent

    def ask_pdf_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        """Ask where to save a PDF, starting at `suggested` in the last folder; the name gets
        `.pdf` when staff left it out. None if they cancelled. The dialog passes the title and
        the filter ("PDF files (*.pdf)") in its own words."""
        chosen = self.asker.save_path(self.parent, title, self.last_folder / suggested, file_filter)
        if chosen is None:
            return None
        return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")

    def remember_folder(self, saved: Path) -> None:
        """The next file dialog opens where `saved` went."""
        self.last_folder = saved.parent

    def save_copy(
        self, source: Path, path: Path, status: StatusLabel, check: Callable[[Path], object]
    ) -> bool:
        """Copy the file made, `source`, to `path` chosen by staff, after `check(path)` (which
        raises UserError for a name that must not be written); True when it was saved. A
        refusal or a failure to write is said in `status`, and nothing is written."""
        try:
            check(path)
            with busy():
                copy_into_place(source, path)
        except UserError as exc:
            status.show_status(as_sentence(exc.message), error=True)
            return False
        except OSError as exc:
            why = exc.strerror or exc
            cannot = translate("DocumentActions", "Cannot save {path}: {why}")
            status.show_status(cannot.format(path=path, why=why), error=True)
            return False
        self.remember_folder(path)
        return True

    def print_file(
        self,
        status: StatusLabel,
        title: str,
        page_size_mm: tuple[float, float],
        pages: int,
        current_page: int,
        source: Path,
        *,
        document: str,
        unreadable: str | None,
    ) -> int | None:
        """`print_pdf` of the PDF made into `source`: the pages sent, or None when staff
        cancelled or it could not print, which is said in `status`. `unreadable` (with {why})
        says that `source` could not be read back; None: said as the printer's failure."""
        from showcase.ui.widgets.printer import PrintError

        printer_failed = translate(
            "DocumentActions", "The printer could not be started. Is it switched on and connected?"
        )
        try:
            return self.print_pdf(
                title,
                page_size_mm,
                pages,
                current_page,
                lambda _printer: source.read_bytes(),
                document=document,
            )
        except OSError as exc:
            if unreadable is None:
                status.show_status(printer_failed, error=True)
            else:
                status.show_status(unreadable.format(why=exc.strerror or exc), error=True)
        except PrintError:
            status.show_status(printer_failed, error=True)
        return None

    def print_pdf(
        self,
        title: str,
        page_size_mm: tuple[float, float],
        pages: int,
        current_page: int,
        make: Callable[[QPrinter], bytes],
        *,
        printer_name: str = "",
        document: str = "",
    ) -> int | None:
        """Show the print dialog (`title`) for a printer set to pages of `page_size_mm`, with
        `printer_name` chosen and pages 1..`pages` offered; then, under a busy cursor, print the
        pages chosen (`current_page` from 1 for "current page") of the PDF `make(printer)`
        returns for the printer chosen. The number of pages printed, or None if cancelled.

        Raises PrintError when the printer cannot start, and what `make` raises."""
        from showcase.ui.widgets.printer import chosen_pages, make_printer, print_pdf

        width, height = page_size_mm
        printer = make_printer(width, height, name=printer_name, document=document)
        if not self.asker.printer(self.parent, printer, pages, title):
            return None
        with busy():
            data = make(printer)
            wanted = chosen_pages(printer, pages, current_page)
            return print_pdf(printer, data, wanted)
