#!/usr/bin/env python3
"""Build the frozen program (no Python needed to run it) on this machine, in dist/Etalase/.

    python3 tools/freeze.py            build dist/Etalase/ (Linux: etalase; Windows: etalase.exe)
    python3 tools/freeze.py --smoke    build it, then run the smoke test of the frozen program

Steps, each timed: the virtual environment .venv from requirements.lock (as run.py makes it),
the pinned build tools from requirements-build.lock (PyInstaller), the generated files
(tools/build.py: translations and compiled resources), the Windows icon (tools/make_icon.py),
then PyInstaller with installer/etalase.spec. It ends by printing the folder's size and fails
when the size is over the budget in installer/bundle.py, so a dependency that drags in half of
Qt is noticed at once. A frozen program runs only on the kind of system it was built on: build
the Windows folder on Windows, the Linux one on Linux.

Only the standard library is used here, like run.py: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "installer"))

import bundle  # noqa: E402, I001 (installer/bundle.py: names and the size budget)
import run  # noqa: E402 (run.py: the virtual environment)

BUILD_LOCK = ROOT / "requirements-build.lock"
SPEC = ROOT / "installer" / "etalase.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ICON = ROOT / "build" / "etalase.ico"
SMOKE = ROOT / "tests" / "frozen" / "smoke.py"


def _pip_install(python: Path) -> list[str]:
    return [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]


def _pyinstaller(python: Path) -> list[str]:
    return [str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]


def _step(title: str) -> float:
    print(f"freeze: {title} …", flush=True)
    return time.monotonic()


def _done(started: float) -> None:
    print(f"freeze:   done in {time.monotonic() - started:.1f} s", flush=True)


def _build_tools(python: Path) -> None:
    """Install requirements-build.lock into the environment, again only when it changed."""
    digest = hashlib.sha256(BUILD_LOCK.read_bytes()).hexdigest()
    stamp = run.VENV / ".installed-build"
    if stamp.exists() and stamp.read_text() == digest:
        return
    subprocess.run(
        [*_pip_install(python), "-r", str(BUILD_LOCK)],
        check=True,
    )
    stamp.write_text(digest)


# Debian/Ubuntu packages of the libraries Qt's X11 plugin needs and that a minimal system may lack.
DEBIAN_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libcups.so.2": "libcups2",
}
_UNRESOLVED = re.compile(r"Library not found: could not resolve '([^']+)'")


def _run_streamed(command: list[str]) -> str:
    """Run `command`, echoing its output as it comes; return the output. Fails on an error."""
    lines = []
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            print(line, end="", flush=True)
            lines.append(line)
    if process.returncode != 0:
        raise SystemExit(f"freeze: PyInstaller failed with status {process.returncode}")
    return "".join(lines)


def missing_libraries(output: str) -> list[str]:
    """The shared libraries PyInstaller reported it could not find, sorted, once each."""
    return sorted(set(_UNRESOLVED.findall(output)))


def _debian_packages(libraries: list[str]) -> list[str]:
    return sorted({DEBIAN_PACKAGES.get(name, name) for name in libraries})


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of everything under `folder`; links are counted as the links themselves."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() or path.is_symlink():
            total += path.lstat().st_size
            files += 1
    return total, files


def size_breakdown(folder: Path) -> list[tuple[str, int]]:
    """What takes the room: the executable, then each entry of _internal/ above 1 MB, and the
    rest together; largest first after the executable."""
    inside = folder / bundle.CONTENTS
    parts: dict[str, int] = {}
    rest = 0
    for entry in inside.iterdir():
        size = folder_size(entry)[0] if entry.is_dir() else entry.lstat().st_size
        if size > 1_000_000:
            parts[f"{bundle.CONTENTS}/{entry.name}"] = size
        else:
            rest += size
    executable = (folder / bundle.executable_name()).stat().st_size
    ordered = sorted(parts.items(), key=lambda item: -item[1])
    return [(bundle.executable_name(), executable), *ordered, ("the rest", rest)]


def freeze() -> Path:
    """Build dist/Etalase/ and return the executable's path."""
    started = _step("virtual environment .venv (requirements.lock)")
    python = run._ensure_environment(dev=False)
    _done(started)

    started = _step("build tools (requirements-build.lock)")
    _build_tools(python)
    _done(started)

    started = _step("translations and compiled resources (tools/build.py)")
    subprocess.run([str(python), str(ROOT / "tools" / "build.py")], check=True, cwd=ROOT)
    _done(started)

    started = _step("Windows icon (tools/make_icon.py)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [str(python), str(ROOT / "tools" / "make_icon.py"), str(ICON)], check=True, env=env
    )
    _done(started)

    started = _step(f"PyInstaller ({SPEC.relative_to(ROOT)})")
    output = _run_streamed(
        [*_pyinstaller(python), "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    )
    _done(started)
    unresolved = missing_libraries(output)
    if unresolved:
        # PyInstaller copies the libraries Qt's plugins link from this machine; one that is not
        # installed here is left out, and the program then fails on a PC that lacks it too
        # (the X11 platform plugin: "could not load the Qt platform plugin xcb").
        raise SystemExit(
            "freeze: libraries that the bundled Qt plugins need are not installed on this "
            f"machine, so the build would lack them: {', '.join(unresolved)}. On Debian or "
            "Ubuntu: apt-get install " + " ".join(_debian_packages(unresolved))
        )

    folder = DIST / bundle.APP_FOLDER
    executable = folder / bundle.executable_name()
    if not executable.is_file():
        raise SystemExit(f"freeze: PyInstaller made no {executable}")
    size, files = folder_size(folder)
    megabytes = size / 1_000_000
    for name, part in size_breakdown(folder):
        print(f"freeze:   {part / 1_000_000:6.1f} MB  {name}", flush=True)
    print(
        f"freeze: {folder.relative_to(ROOT)}: {megabytes:.1f} MB in {files} files "
        f"(budget {bundle.SIZE_BUDGET_MB} MB)",
        flush=True,
    )
    if megabytes > bundle.SIZE_BUDGET_MB:
        raise SystemExit(
            f"freeze: {megabytes:.1f} MB is over the budget of {bundle.SIZE_BUDGET_MB} MB: "
            "see what grew (du -sh dist/Etalase/_internal/*) and prune it in installer/bundle.py"
        )
    return executable


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 (runs before any version check)
        print("Building Etalase needs Python 3.11 or newer.", file=sys.stderr)
        return 2
    unknown = [a for a in argv if a != "--smoke"]
    if unknown:
        print(
            f"usage: python3 tools/freeze.py [--smoke] (not {' '.join(unknown)})", file=sys.stderr
        )
        return 2
    started = time.monotonic()
    executable = freeze()
    print(f"freeze: built {executable} in {time.monotonic() - started:.1f} s", flush=True)
    if "--smoke" in argv:
        _step("smoke test of the frozen program (tests/frozen/smoke.py)")
        python = run._venv_python()
        # The smoke test's summary ("smoke: N passed, M failed") stays the last line.
        status = subprocess.call([str(python), str(SMOKE), str(executable)], cwd=ROOT)
        if status != 0:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
