"""The yardstick for start-up: a bare PySide6 window, shown and reported the way Etalase reports
(ui/staff/window/start.py): once it has been painted, when the event loop comes back."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class ReportFirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print("etalase-window-shown", flush=True)
        if os.environ.get("ETALASE_STARTUP_PROBE") == "exit":
            os._exit(0)  # as the staff window does: a count of instructions stops here
        self.app.quit()


def show_reported(app: QApplication, window: QMainWindow) -> int:
    """Show `window`, say so once it is painted, and run `app` until then (the yardsticks'
    common end)."""
    probe = ReportFirstPaint(app)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 760)
    return show_reported(app, window)


if __name__ == "__main__":
    sys.exit(main())
