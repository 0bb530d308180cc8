"""Starting the kiosk: `run_kiosk` (called by `etalase kiosk [--windowed]`) and its error handler.

The kiosk never shows a traceback and never quits on an error: an unexpected exception is logged
with its traceback and the kiosk goes back to its home screen for the next visitor.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from showcase.store.location import ServerLocation
from showcase.ui.qt_setup import application

if TYPE_CHECKING:
    from showcase.ui.kiosk.window import KioskWindow

# Set (to anything) by the frozen build's smoke test and benchmarks: the kiosk prints
# KIOSK_SHOWN once its window has been painted and ends with status 0 (the staff window does
# the same with "etalase-window-shown", see ui/staff/window/start.py).
STARTUP_PROBE = "ETALASE_STARTUP_PROBE"
KIOSK_SHOWN = "etalase-kiosk-shown"

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_kiosk_error_handler(recover: Callable[[], None]) -> ExceptHook:
    """Log unexpected errors and call `recover` (soon, from the event loop); return the old hook.

    No dialog: a visitor cannot act on one, and a dialog would sit on the screen all day.
    """
    previous = sys.excepthook

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error(
            "Unexpected error in the kiosk:\n%s",
            "".join(traceback.format_exception(kind, error, tb)),
        )
        QTimer.singleShot(0, recover)

    sys.excepthook = handle
    return previous


def _ensure_logging() -> None:
    """The CLI sets up the log file; a kiosk started another way gets one too."""
    root = logging.getLogger()
    if any(isinstance(h, logging.FileHandler) for h in root.handlers):
        return
    from showcase.logs import setup_logging
    from showcase.paths import log_dir

    with contextlib.suppress(OSError):  # no log file is no reason to leave visitors without a kiosk
        setup_logging(log_dir())


def _report_when_shown(app: QApplication, window: KioskWindow) -> None:
    def report() -> None:
        print(KIOSK_SHOWN, flush=True)
        # exit(), not quit(): quit() asks the windows to close, and the locked kiosk refuses.
        app.exit(0)

    window.first_paint.then(report)


def run_kiosk(database: Path | ServerLocation, windowed: bool, *, name: str | None = None) -> int:
    """Run the kiosk on the file or server `database` until staff leave it with the PIN; 0
    after that. On a server the kiosk is called `name` (default: the PC's host name) and keeps
    its local copy in the data folder."""
    _ensure_logging()
    app = application()
    from showcase.ui.kiosk.window import KioskWindow

    if isinstance(database, ServerLocation):
        from showcase.inventory.kiosk.local_copy import copy_path_for
        from showcase.inventory.kiosk.status import default_kiosk_name
        from showcase.ui.kiosk.sources import ServerSource

        source = ServerSource(database, copy_path_for(database), name=name or default_kiosk_name())
        window = KioskWindow(source=source, windowed=windowed)
    else:
        window = KioskWindow(database, windowed=windowed)
    previous = install_kiosk_error_handler(window.recover)
    log.info("Kiosk started on %s%s", database, " (windowed)" if windowed else "")
    try:
        if os.environ.get(STARTUP_PROBE):
            _report_when_shown(app, window)
        window.present()
        status = app.exec()
    finally:
        sys.excepthook = previous
    return 0 if window.unlocked else status
