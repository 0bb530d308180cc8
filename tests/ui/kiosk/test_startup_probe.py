"""ETALASE_STARTUP_PROBE: a real kiosk process says once its window is up, then ends with 0.

The frozen build's smoke test relies on it to know the kiosk opens (tests/frozen/smoke.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from showcase.ui.kiosk.app import KIOSK_SHOWN
from tests.helpers.paths import ROOT, run_probed


@pytest.mark.parametrize("mode", [["--windowed"], []], ids=["windowed", "full screen"])
def test_the_kiosk_reports_when_shown_and_exits(
    mode: list[str], tmp_path: Path, demo_file: Path
) -> None:
    database = demo_file
    done = run_probed(str(ROOT / "main.py"), "--db", str(database), "kiosk", *mode, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [KIOSK_SHOWN]
