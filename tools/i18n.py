"""Translations: `update` extracts the program's strings into assets/translations/*.ts (lupdate),
`compile` turns them into the .qm files the program loads (lrelease), only when out of date.

    python tools/i18n.py update     after changing user-visible strings; then translate the .ts
    python tools/i18n.py compile    done by run.py and by the tests; the .qm files are not committed
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "showcase"
TRANSLATIONS = ROOT / "assets" / "translations"
LANGUAGES = ("id",)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if found is None:
        found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: is PySide6 installed in this environment?")
    return found


def ts_files() -> list[Path]:
    return [TRANSLATIONS / f"etalase_{lang}.ts" for lang in LANGUAGES]


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    for ts in ts_files():
        subprocess.run(
            [
                _tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                ts.stem.split("_", 1)[1],
                *sources,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )


def compile_all(force: bool = False) -> list[Path]:
    """Compile each .ts newer than its .qm; return the .qm files written."""
    written = []
    for ts in ts_files():
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(
                [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True
            )
            written.append(qm)
    return written


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_all(force="--force" in sys.argv)
    else:
        raise SystemExit(__doc__)
