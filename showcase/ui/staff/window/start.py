"""Starting the staff window (`etalase`, called by the command line once the database is open):
the application in the language chosen on this PC, the sign-in, then the window until it is
closed; or, for a file that cannot be opened because it is write-protected, a message saying
so. Under ETALASE_STARTUP_PROBE (the timing runs and the frozen build's smoke test) it says
"etalase-window-shown" once the window has been painted, its table with the first screen of
products (the window's first paint, not only its show()), then quits (at once under "exit")."""

from __future__ import annotations

import gc
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from showcase.file_errors import write_protected_database
from showcase.logs import rotate_log
from showcase.store.db import Database
from showcase.ui.language import current_language
from showcase.ui.qt_setup import application, load_fonts
from showcase.ui.staff.window.language_menu import apply_saved_language, saved_language
from showcase.ui.staff.window.main_window import MainWindow
from showcase.ui.staff.window.signed_in import sign_in_at_start
from showcase.ui.staff.window.staff_app import StaffApp

WINDOW_SHOWN = "etalase-window-shown"


def run_staff(database: Database, argv: list[str]) -> int:
    """Open the staff window on `database` and run until it is closed."""
    app = application_in_saved_language(argv)
    user = sign_in_at_start(database)  # who is at the desk (or the first administrator)
    if user is None:
        return 0  # Quit at the sign-in: nothing was opened
    staff = StaffApp(app, database, user)
    if os.environ.get("ETALASE_STARTUP_PROBE"):
        # For tests/perf's timing of a real start: "shown" once the window, its table with the
        # first screen of products, has been painted (before what finish_once_painted puts
        # off), then quit; with the value "exit", the process ends there at once (its count of
        # instructions then stops at the first paint).
        def report() -> None:
            print(WINDOW_SHOWN, flush=True)
            if os.environ["ETALASE_STARTUP_PROBE"] == "exit":
                os._exit(0)
            app.quit()

        staff.window.first_paint.then(report)
    finish_once_painted(staff.window)
    staff.show()
    return app.exec()


def application_in_saved_language(argv: list[str]) -> QApplication:
    """The application in the language staff chose on this PC (Indonesian by default),
    installed as it is made; one made earlier in another language (by the first-start question)
    is switched to it. One made earlier in it (to ask a server's password) is left as it is:
    replacing installed translators costs a few ms of start-up for nothing."""
    made_before = QApplication.instance() is not None
    language = saved_language()
    app = application(argv, language, fonts_soon=False)
    if made_before and current_language() != language:
        apply_saved_language(app)
    return app


def finish_once_painted(window: MainWindow) -> None:
    """What the start puts off until `window` is first painted: the garbage collector main.py
    paused while starting, the log file's rotation, and the program's own fonts (labels'
    previews, documents)."""

    def finish() -> None:
        gc.enable()
        rotate_log()
        load_fonts()

    window.first_paint.then(finish)


def say_write_protected(path: Path) -> None:
    """Tell staff, in the words of the command line, that the showcase file `path` cannot be
    opened because it is write-protected: it is intact, so no restore is offered."""
    from PySide6.QtWidgets import QMessageBox  # not loaded with the window

    application([], saved_language())
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QApplication.translate("StaffStart", "Etalase — the showcase file cannot be changed"),
        write_protected_database(path.expanduser().resolve()),
        QMessageBox.StandardButton.Ok,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
