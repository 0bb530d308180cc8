"""Where the checkout is: tests that run main.py, read the README or the assets start from ROOT;
`run_etalase` runs the program as a person does, a process of its own; `run_probed` starts a
window that says when it is shown and ends (the start-up probe)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_etalase(*args: str, home: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`etalase ARGS` in a process of its own started in `home` (its home folder too), without
    a screen, with a bare PATH and nothing else of the tests' environment."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        encoding="utf-8",
        cwd=home,
        timeout=timeout,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "PATH": "/usr/bin:/bin"},
        check=False,
    )


def run_probed(*args: str, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """`python ARGS` (main.py and its arguments, or a helper script) from the checkout with the
    start-up probe on (ETALASE_STARTUP_PROBE, read by both windows: print when shown, then end),
    offscreen, with its home, settings and data folders in `home` and `extra` in its
    environment."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), ETALASE_STARTUP_PROBE="1")
    env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"), **extra)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
