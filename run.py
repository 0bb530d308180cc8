#!/usr/bin/env python3
"""Run Etalase from a source checkout, setting it up first if needed.

    python3 run.py [ARGS…]        the program (same arguments as main.py)
    python3 run.py --tests [ARGS…] the test suite (arguments go to pytest)
    python3 run.py --bench         the benchmarks in tests/perf

The first run makes a virtual environment in .venv and installs the pinned
dependencies from requirements.lock (and requirements-dev.lock for tests and
benchmarks). Later runs reuse it, and reinstall only when a lock file changes.
On Debian, --tests also installs the system programs the tests start
(TEST_PACKAGES: PostgreSQL, Xvfb, Chromium…) when run as root, or names them.
Only the standard library is used here: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _ensure_environment(dev: bool) -> Path:
    locks = [ROOT / "requirements.lock"] + ([ROOT / "requirements-dev.lock"] if dev else [])
    digest = hashlib.sha256(
        b"".join(p.read_bytes() for p in [*locks, ROOT / "pyproject.toml"])
    ).hexdigest()
    stamp = VENV / f".installed-{'dev' if dev else 'app'}"
    python = _venv_python()
    if python.exists() and stamp.exists() and stamp.read_text() == digest:
        return python
    if not python.exists():
        print("Etalase: making the virtual environment in .venv …", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Etalase: installing dependencies …", file=sys.stderr)
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    for lock in locks:
        subprocess.run([*pip, "-r", str(lock)], check=True)
    subprocess.run([*pip, "--no-deps", "--no-build-isolation", "-e", str(ROOT)], check=True)
    stamp.write_text(digest)
    return python


# What the tests start besides Python: a PostgreSQL server (the shared store), Xvfb with and
# without the openbox window manager (the kiosk's full screen), headless Chromium (the website),
# poppler's pdftotext/pdffonts (reports), and the libraries Qt's X11 plugin needs there.
TEST_PACKAGES = (
    "postgresql",
    "chromium",
    "chromium-driver",
    "poppler-utils",
    "xvfb",
    "openbox",
    "xdotool",
    "x11-utils",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
)


def _ensure_test_packages() -> bool:
    """On Debian: install the tests' system packages (as root), or say how; False if missing."""
    if shutil.which("dpkg") is None:
        return True  # elsewhere the README says what to install; the tests name what is missing
    missing = [
        name
        for name in TEST_PACKAGES
        if subprocess.run(["dpkg", "-s", name], capture_output=True, check=False).returncode
    ]
    if not missing:
        return True
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"Etalase: installing {' '.join(missing)} for the tests …", file=sys.stderr)
        subprocess.run(["apt-get", "update", "-qq"], check=True, stdout=subprocess.DEVNULL)
        install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing]
        subprocess.run(install, check=True, stdout=subprocess.DEVNULL)
        return True
    print(
        "The tests need these Debian packages: sudo apt-get install " + " ".join(missing),
        file=sys.stderr,
    )
    return False


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 (run.py runs before any version check)
        print("Etalase needs Python 3.11 or newer.", file=sys.stderr)
        return 2
    if argv[:1] == ["--tests"]:
        if not _ensure_test_packages():
            return 2
        python = _ensure_environment(dev=True)
        command = [str(python), "-m", "pytest", *argv[1:]]
    elif argv[:1] == ["--bench"]:
        python = _ensure_environment(dev=True)
        command = [str(python), str(ROOT / "tests" / "perf" / "run_benchmarks.py"), *argv[1:]]
    else:
        python = _ensure_environment(dev=False)
        command = [str(python), str(ROOT / "main.py"), *argv]
    # Compiled translations and resources are build output, not committed: made when stale.
    subprocess.run([str(python), str(ROOT / "tools" / "build.py")], check=True)
    return subprocess.call(command, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
