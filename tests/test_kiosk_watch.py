"""`etalase kiosk --restart`: the kiosk comes back after a crash, and stays closed after staff
leave it with the PIN (status 0). Real processes throughout."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from showcase.kiosk_watch import kiosk_command, watch
from showcase.ui.kiosk.app import KIOSK_SHOWN, STARTUP_PROBE
from tests.helpers.paths import ROOT

# A stand-in kiosk that crashes (status 3) on its first two starts and ends normally on the third.
FLAKY = """
import sys
from pathlib import Path
starts = Path(sys.argv[1])
starts.write_text(starts.read_text() + "x" if starts.exists() else "x")
sys.exit(0 if len(starts.read_text()) == 3 else 3)
"""


def test_a_crashed_kiosk_is_started_again_until_it_ends_normally(tmp_path: Path) -> None:
    starts = tmp_path / "starts"
    began = time.monotonic()
    assert watch([sys.executable, "-c", FLAKY, str(starts)], delay=0.2) == 0
    assert starts.read_text() == "xxx"
    assert time.monotonic() - began >= 0.4  # waited between the starts


def test_a_kiosk_that_ends_normally_is_not_started_again(tmp_path: Path) -> None:
    starts = tmp_path / "starts"
    starts.write_text("xx")  # the next start is the third: status 0 at once
    assert watch([sys.executable, "-c", FLAKY, str(starts)], delay=0.2) == 0
    assert starts.read_text() == "xxx"


def test_the_kiosk_command_runs_this_program(tmp_path: Path) -> None:
    db = tmp_path / "showcase.db"
    assert kiosk_command(db, windowed=True) == [
        sys.executable,
        str(ROOT / "main.py"),
        "--db",
        str(db),
        "kiosk",
        "--windowed",
    ]
    # The default database is left to the kiosk (it makes the demo on first start).
    assert kiosk_command(None, windowed=False) == [sys.executable, str(ROOT / "main.py"), "kiosk"]


def _run_main(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.update({STARTUP_PROBE: "1", "XDG_DATA_HOME": str(tmp_path / "data")})
    env.pop("SHOWCASE_DB", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_kiosk_restart_runs_the_real_kiosk(tmp_path: Path, demo_file: Path) -> None:
    database = demo_file
    done = _run_main("--db", str(database), "kiosk", "--windowed", "--restart", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [KIOSK_SHOWN]  # one start: it ended normally


@pytest.mark.slow
def test_kiosk_restart_on_the_first_start_makes_the_default_showcase(tmp_path: Path) -> None:
    done = _run_main("kiosk", "--windowed", "--restart", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [KIOSK_SHOWN]
    assert (tmp_path / "data" / "Etalase" / "etalase.db").is_file()
