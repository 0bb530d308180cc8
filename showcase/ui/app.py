"""Starting the Qt application: translators, the error handler, and the staff window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from showcase.store.db import Database

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "assets" / "translations"


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, made on first use, with the staff's language (Indonesian) installed."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(["etalase", *(argv or [])])
    app.setApplicationName("Etalase")
    app.setOrganizationName("UMKM Center Bakauheni")
    load_resources()
    app.setWindowIcon(QIcon(":/icons/etalase.svg"))
    install_translators(app, "id")
    return app


def load_resources() -> bool:
    """Register the compiled resources (icons as `:/icons/…`); built by tools/build.py."""
    try:
        import showcase.ui.rc_resources  # noqa: F401 (importing it registers the files)
    except ImportError:
        log.warning("Compiled resources are missing: run python tools/build.py")
        return False
    return True


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own and Etalase's translations for `language`; missing files are skipped."""
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (f"etalase_{language}", str(TRANSLATIONS)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def install_error_handler(parent: QWidget | None) -> None:
    """Log unexpected errors and show staff a friendly dialog; the window keeps working."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QApplication.translate("Errors", "Something went wrong"))
        box.setText(
            QApplication.translate(
                "Errors",
                "Etalase ran into an unexpected problem. Your saved data is safe; the last action "
                "may not have finished. Details were written to the log file.",
            )
        )
        box.setDetailedText(f"{kind.__name__}: {error}")
        box.open()

    sys.excepthook = handle


def run_staff(database: Database, argv: list[str]) -> int:
    """Open the staff window on `database` and run until it is closed."""
    app = application(argv)
    from showcase.ui.staff.login_dialog import sign_in_at_start
    from showcase.ui.staff.main_window import MainWindow

    user = sign_in_at_start(database)  # who is at the desk (or the first administrator)
    if user is None:
        return 0  # Quit at the sign-in: nothing was opened
    window = MainWindow(database, user=user)
    install_error_handler(window)
    window.show()
    window.daily_backup.start()  # today's backup soon after start, then hourly checks
    if os.environ.get("ETALASE_STARTUP_PROBE"):
        # Used by tests/perf to time a real start: report once the window has been shown, then quit.
        from PySide6.QtCore import QTimer

        def report() -> None:
            print("etalase-window-shown", flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    return app.exec()
