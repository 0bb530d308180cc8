"""ETALASE_STARTUP_PROBE: a real kiosk process says once its window is up, then ends with 0.

The frozen build's smoke test relies on it to know the kiosk opens (tests/frozen/smoke.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from showcase.ui.kiosk.app import KIOSK_SHOWN, STARTUP_PROBE, run_kiosk
from showcase.ui.kiosk.window import KioskWindow
from tests.helpers.paths import ROOT, run_probed


@pytest.mark.parametrize("mode", [["--windowed"], []], ids=["windowed", "full screen"])
def test_the_kiosk_reports_when_shown_and_exits(
    mode: list[str], tmp_path: Path, demo_file: Path
) -> None:
    database = demo_file
    done = run_probed(str(ROOT / "main.py"), "--db", str(database), "kiosk", *mode, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [KIOSK_SHOWN]


class _PaintsOfTheKiosk(QObject):
    """Counts the paints of the kiosk's window, and notes how many there had been when the
    kiosk said it was shown."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0
        self.at_shown: int | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, KioskWindow):
            self.paints += 1
        return False

    def write(self, text: str) -> int:
        if KIOSK_SHOWN in text:
            self.at_shown = self.paints
        return len(text)

    def flush(self) -> None:
        pass


def test_the_kiosk_says_shown_once_its_window_has_been_painted(
    qapp: QApplication, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under the probe, 'shown' means the visitor's first screen is on the display: said when
    the event loop comes back after the window's first paint, not before it."""
    watch = _PaintsOfTheKiosk()
    qapp.installEventFilter(watch)
    monkeypatch.setenv(STARTUP_PROBE, "1")
    monkeypatch.setattr(sys, "stdout", watch)
    try:
        assert run_kiosk(demo_file, windowed=True) == 0
    finally:
        qapp.removeEventFilter(watch)
        for window in [w for w in qapp.topLevelWidgets() if isinstance(w, KioskWindow)]:
            window.leave()
            window.deleteLater()
    assert watch.at_shown is not None and watch.at_shown >= 1
