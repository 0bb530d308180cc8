"""What a dialog asks staff through the system's own dialogs: a file to save to, a file (or
files) to open, a printer and its pages.

A dialog takes an `Asker` (passed in, `QtAsker` by default) instead of opening QFileDialog or
QPrintDialog itself, so tests hand it an object that answers at once (tests/helpers/asker.py)
and no method of the dialog is replaced.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class Asker(Protocol):
    """Asks staff for files and printers; each method returns None (or False, or nothing) when
    they cancel."""

    def save_path(
        self, parent: QWidget, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        """Where to save a file, starting at `suggested` (a folder and a file name)."""
        ...

    def open_file(self, parent: QWidget, title: str, folder: Path, file_filter: str) -> Path | None:
        """One existing file to read, starting in `folder`."""
        ...

    def open_files(self, parent: QWidget, title: str, folder: Path, file_filter: str) -> list[Path]:
        """Existing files to read (any number), starting in `folder`."""
        ...

    def printer(self, parent: QWidget, printer: QPrinter, pages: int, title: str) -> bool:
        """Let staff set up `printer` and choose pages from 1..pages; True to print."""
        ...


class QtAsker:
    """The Asker of the running program: Qt's file dialogs and the system print dialog."""

    def save_path(
        self, parent: QWidget, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(name) if name else None

    def open_file(self, parent: QWidget, title: str, folder: Path, file_filter: str) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
        return Path(name) if name else None

    def open_files(self, parent: QWidget, title: str, folder: Path, file_filter: str) -> list[Path]:
        names, _filter = QFileDialog.getOpenFileNames(parent, title, str(folder), file_filter)
        return [Path(name) for name in names]

    def printer(self, parent: QWidget, printer: QPrinter, pages: int, title: str) -> bool:
        # Loaded when staff first print, as the rest of the printing code.
        from showcase.ui.widgets.printer import ask_to_print

        return ask_to_print(parent, printer, pages, title)
