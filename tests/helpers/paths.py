"""Where the checkout is: tests that run main.py, read the README or the assets start from ROOT;
`run_etalase` runs the program as a person does, a process of its own."""

from __future__ import annotations

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
