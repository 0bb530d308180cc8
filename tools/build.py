"""Build the generated files the program needs, when their sources are newer:

- assets/translations/*.qm from the .ts files (pyside6-lrelease, see tools/i18n.py);
- showcase/ui/rc_resources.py from resources.qrc (pyside6-rcc), so icons load as `:/icons/…`.

Generated files are not committed; run.py and the tests run this first.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from i18n import _tool, compile_all

ROOT = Path(__file__).resolve().parents[1]
QRC = ROOT / "resources.qrc"
RC_MODULE = ROOT / "showcase" / "ui" / "rc_resources.py"


def qrc_files() -> list[Path]:
    return [ROOT / (f.text or "") for f in ET.parse(QRC).getroot().iter("file")]


def compile_resources(force: bool = False) -> bool:
    sources = [QRC, *qrc_files()]
    missing = [p for p in sources if not p.is_file()]
    if missing:
        raise SystemExit(f"resources.qrc names files that do not exist: {missing}")
    newest = max(p.stat().st_mtime for p in sources)
    if not force and RC_MODULE.exists() and RC_MODULE.stat().st_mtime >= newest:
        return False
    subprocess.run(
        [_tool("rcc"), "-g", "python", str(QRC), "-o", str(RC_MODULE)], cwd=ROOT, check=True
    )
    return True


if __name__ == "__main__":
    force = "--force" in sys.argv
    compile_all(force=force)
    compile_resources(force=force)
