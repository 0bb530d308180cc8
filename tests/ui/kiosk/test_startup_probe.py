"""ETALASE_STARTUP_PROBE: a real kiosk process says once its window is up, then ends with 0.

The frozen build's smoke test relies on it to know the kiosk opens (tests/frozen/smoke.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from showcase.ui.kiosk.app import KIOSK_SHOWN, STARTUP_PROBE
from tests.helpers.paths import ROOT


@pytest.mark.parametrize("mode", [["--windowed"], []], ids=["windowed", "full screen"])
def test_the_kiosk_reports_when_shown_and_exits(
    mode: list[str], tmp_path: Path, demo_file: Path
) -> None:
    database = demo_file
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env[STARTUP_PROBE] = "1"
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(database), "kiosk", *mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [KIOSK_SHOWN]
