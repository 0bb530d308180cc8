"""Printing a PDF held in memory through Qt's printing system (QPrinter), page by page.

Each page is rendered by PDFium at (a whole fraction of) the printer's resolution and drawn with
QPainter on a full page, so a label sits where the PDF puts it, measured from the paper's
corner and not from the printer's margins. A page is rendered in bands, so a 600 dpi A4 page
never needs one 100 MB image. The printer calibration offset is part of the PDF (LabelJob.offset),
not applied here. The system print dialog (`ask_to_print`) is shown by QtAsker; dialogs print
through showcase.ui.widgets.document_actions.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from showcase.ui.widgets.pdf_pages import PdfPages

# Finer than this gains nothing on labels and costs memory and spooling time.
MAX_DPI = 600


class PrintError(Exception):
    """The printer could not be started (no printer, a file that cannot be written…)."""


def make_printer(
    page_width_mm: float, page_height_mm: float, *, name: str = "", document: str = ""
) -> QPrinter:
    """A printer set up for pages of this size, printed to the paper's edges (no margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:
        printer.setPrinterName(name)
    printer.setDocName(document)
    printer.setFullPage(True)
    size = QPageSize(
        QSizeF(page_width_mm, page_height_mm),
        QPageSize.Unit.Millimeter,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    printer.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def chosen_pages(printer: QPrinter, count: int, current: int = 1) -> range:
    """The pages (from 1) chosen in the print dialog: all, a range, or the current one."""
    mode = printer.printRange()
    first, last = 1, count
    if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or count
    elif mode == QPrinter.PrintRange.CurrentPage:
        first = last = current
    first = max(1, min(first, count))
    last = max(first, min(last, count))
    return range(first, last + 1)


def render_dpi(printer_dpi: int) -> float:
    """The resolution pages are rendered at: the printer's, or a whole fraction of it up to
    MAX_DPI, so that rendered pixels map onto whole printer dots (no seams between bands)."""
    dpi = max(printer_dpi, 1)
    return dpi / math.ceil(dpi / MAX_DPI)


def print_pdf(printer: QPrinter, data: bytes, pages: range | None = None) -> int:
    """Print `pages` (from 1; all when None) of the PDF in `data`; return how many were printed.

    Raises PrintError when the printer cannot be started.
    """
    document = PdfPages(data)
    try:
        wanted = pages if pages is not None else range(1, len(document) + 1)
        wanted = range(max(wanted.start, 1), min(wanted.stop, len(document) + 1))
        # Most printer drivers make the copies themselves; where not, the pages are repeated.
        copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
        collate = printer.collateCopies()
        if collate:
            order = [page for _ in range(copies) for page in wanted]
        else:
            order = [page for page in wanted for _ in range(copies)]
        if not order:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("the printer could not be started")
        try:
            device_dpi = printer.resolution()
            dpi = render_dpi(device_dpi)
            factor = device_dpi / dpi
            for number, page in enumerate(order):
                if number and not printer.newPage():
                    raise PrintError("the printer did not accept another page")
                for top, band in document.render_bands(page - 1, dpi):
                    painter.drawImage(
                        QRectF(0, top * factor, band.width() * factor, band.height() * factor),
                        band,
                    )
        finally:
            painter.end()
        return len(order)
    finally:
        document.close()


def ask_to_print(parent: QWidget, printer: QPrinter, pages: int, title: str) -> bool:
    """Show the system print dialog for `printer` with a page range of 1..pages; True to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setMinMax(1, pages)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, pages > 1)
    return dialog.exec() == QDialog.DialogCode.Accepted
