"""`etalase selfcheck`: does this installation have what printing and the previews need?

A frozen program that lacks a Qt plugin or a data file does not fail loudly: the print dialog
lists no printers, an icon is blank, a photo is missing, a preview stays grey. This hidden
command (not in --help; for whoever installs or supports a PC, and for the frozen build's smoke
test) tries each of those for real and prints one line per check:

    ok    printing: a PDF page through QPrinter (1 page)
    FAIL  image formats: missing jpeg

and ends with status 0 when all passed, 1 naming what is missing otherwise. Nothing is written
outside a temporary folder that is removed at the end. The lines are in English on purpose: they
name Qt plugins and files, for a technician, like a log file.
"""

from __future__ import annotations

import io
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFile, QLibraryInfo, QPluginLoader
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QImageReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication

from showcase.ui.qt_setup import application, install_translators, load_resources

# Image formats Qt must read: photo thumbnails (JPEG), icons (SVG; PNG is built into Qt).
IMAGE_FORMATS = ("jpeg", "png", "svg")


class CheckFailed(Exception):
    """One check did not pass; the message says what is missing."""


def _platform() -> str:
    name = QGuiApplication.platformName()
    if not name:
        raise CheckFailed("no Qt platform plugin")
    return f"Qt {QLibraryInfo.version().toString()} on the {name} platform"


def _resources() -> str:
    if not QFile.exists(":/icons/etalase.svg"):
        raise CheckFailed(":/icons/etalase.svg is not in the compiled resources")
    image = QIcon(":/icons/etalase.svg").pixmap(64, 64).toImage()
    # The icon is a filled tile: an empty (transparent) centre means the SVG engine is missing.
    if image.isNull() or image.pixelColor(32, 32).alpha() == 0:
        raise CheckFailed("the SVG icon did not draw (iconengines/svg plugin or QtSvg missing)")
    return ":/icons/etalase.svg drawn by the SVG icon engine"


def _image_formats() -> str:
    readable = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = [f for f in IMAGE_FORMATS if f not in readable]
    if missing:
        raise CheckFailed(f"missing {', '.join(missing)} (imageformats plugins)")
    return ", ".join(IMAGE_FORMATS)


def _translations(app: QApplication) -> str:
    installed = install_translators(app, "id")
    try:
        if not any(not t.isEmpty() for t in installed):
            raise CheckFailed("the Indonesian translation did not load")
        return f"{len(installed)} Indonesian translation file(s)"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def _print_plugins() -> str:
    """The print-support plugins Qt can load (CUPS on Linux; built into Qt on Windows)."""
    loaded, broken = [], []
    for folder in QCoreApplication.libraryPaths():
        for path in sorted((Path(folder) / "printsupport").glob("*")):
            if path.suffix not in (".so", ".dll", ".dylib"):
                continue
            loader = QPluginLoader(str(path))
            if loader.load():
                loaded.append(path.stem.removeprefix("lib"))
            else:
                broken.append(f"{path.name}: {loader.errorString()}")
    if broken:
        raise CheckFailed("print plugin cannot load: " + "; ".join(broken))
    if sys.platform.startswith("linux") and not loaded:
        raise CheckFailed("no print plugin (printsupport/libcupsprintersupport)")
    printers = QPrinterInfo.availablePrinterNames()
    names = ", ".join(loaded) or "built in"
    return f"{names}; {len(printers)} printer(s) installed"


def _print_dialog() -> str:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer)
    try:
        return f"QPrintDialog ready ({printer.resolution()} dpi)"
    finally:
        dialog.deleteLater()


def _label_pdf() -> bytes:
    """A one-page label test page, made as the Labels dialog makes it (reportlab, our fonts)."""
    from showcase.printing.labels.jobs import write_test_page
    from showcase.printing.labels.sheets import BUILT_IN_SHEETS

    buffer = io.BytesIO()
    write_test_page(BUILT_IN_SHEETS[0], buffer)
    return buffer.getvalue()


def _preview() -> str:
    from showcase.ui.widgets.pdf_pages import PdfPages

    pages = PdfPages(_label_pdf())
    try:
        image = pages.render(0, 48)
    finally:
        pages.close()
    if image.isNull() or image.width() < 100:
        raise CheckFailed("PDFium rendered no page")
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(
        1
        for y in range(0, gray.height(), 2)
        for x in range(0, gray.width(), 2)
        if gray.pixelColor(x, y).value() < 128
    )
    if not dark:
        raise CheckFailed("PDFium rendered a blank page")
    return f"label test page rendered by PDFium, {image.width()}×{image.height()} px"


def _printing(folder: Path) -> str:
    """Print the label test page the way Print in the Labels dialog does, into a PDF file."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    from showcase.ui.widgets.printer import make_printer, print_pdf

    out = folder / "printed.pdf"
    printer = make_printer(210, 297, document="Etalase self-check")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    printed = print_pdf(printer, _label_pdf())
    if printed != 1 or not out.is_file():
        raise CheckFailed("QPrinter wrote no PDF")
    document = pdfium.PdfDocument(str(out))
    try:
        count = len(document)
    finally:
        document.close()
    if count != 1:
        raise CheckFailed(f"QPrinter wrote {count} pages instead of 1")
    return "a label test page through QPrinter (1 page)"


def run_selfcheck() -> int:
    """Run every check, print one line each; 0 when all passed, 1 otherwise."""
    app = application()
    load_resources()  # done by application() only when it made the QApplication itself
    with tempfile.TemporaryDirectory(prefix="etalase-selfcheck-") as tmp:
        checks: list[tuple[str, Callable[[], str]]] = [
            ("platform", _platform),
            ("resources", _resources),
            ("image formats", _image_formats),
            ("translations", lambda: _translations(app)),
            ("print plugins", _print_plugins),
            ("print dialog", _print_dialog),
            ("pdf preview", _preview),
            ("printing", lambda: _printing(Path(tmp))),
        ]
        failed = []
        for name, check in checks:
            try:
                line = f"ok    {name}: {check()}"
            except Exception as exc:  # every failure is reported, then the next check runs
                failed.append(name)
                line = f"FAIL  {name}: {exc}"
            print(line, flush=True)
    if failed:
        print(f"selfcheck: missing or broken: {', '.join(failed)}", flush=True)
        return 1
    print("selfcheck: all passed", flush=True)
    return 0
