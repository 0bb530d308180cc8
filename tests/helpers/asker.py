"""An Asker for tests: answers the file and print dialogs a dialog would open with what the
test set, at once, and notes what it was asked (the file name suggested, the pages offered)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget


class FakeAsker:
    """Set `save_to` (suggested path → answer), `open_answer`, `open_answers` or `set_up_printer`
    (the printer, the page count → print or not); the defaults answer "cancelled"."""

    def __init__(self) -> None:
        self.save_to: Callable[[Path], Path | None] = lambda suggested: None
        self.open_answer: Path | None = None
        self.open_answers: list[Path] = []
        self.set_up_printer: Callable[[QPrinter, int], bool] = lambda printer, pages: False
        # What was asked: the suggested file names, the folders opened, the pages offered.
        self.suggested: list[str] = []
        self.opened_in: list[Path] = []
        self.pages_offered: list[int] = []

    def save_path(
        self, parent: QWidget, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        self.suggested.append(suggested.name)
        return self.save_to(suggested)

    def open_file(self, parent: QWidget, title: str, folder: Path, file_filter: str) -> Path | None:
        self.opened_in.append(folder)
        return self.open_answer

    def open_files(self, parent: QWidget, title: str, folder: Path, file_filter: str) -> list[Path]:
        self.opened_in.append(folder)
        return list(self.open_answers)

    def printer(self, parent: QWidget, printer: QPrinter, pages: int, title: str) -> bool:
        self.pages_offered.append(pages)
        return self.set_up_printer(printer, pages)


def print_to_pdf(
    out: Path, *, resolution: int, first: int = 0, last: int = 0
) -> Callable[[QPrinter, int], bool]:
    """A `set_up_printer` that sends the printer's pages to the PDF file `out` at `resolution`
    (pages `first`..`last` only, when given) and prints."""

    def set_up(printer: QPrinter, pages: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(resolution)
        if first:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(first, last)
        return True

    return set_up
