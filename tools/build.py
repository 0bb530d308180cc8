"""Build the generated files the program needs, when their sources changed:

1. assets/translations/*.qm from the .ts files (pyside6-lrelease, see tools/i18n.py);
2. then showcase/ui/rc_resources.py from resources.qrc (pyside6-rcc): icons, the compiled
   translations, the guide and the default kiosk branding, loaded as `:/…`; and
   showcase/ui/rc_fonts.py from fonts.qrc: the program's fonts (2.5 MB), apart so that a window
   reads their bytes only when it registers them (the staff window: after its first paint).

The order matters: the .qm files are inputs of the resources. Generated files are not committed;
run.py, the tests and the installer build run this first.

Whether the compiled resources are current is decided by a digest of resources.qrc and of every
file it names, written into the generated module (`# sources: sha256 …`), not by modification
times: a git checkout or a copy changes those, and rcc itself embeds them in its output, so two
builds of the same files are never byte for byte the same.
"""

from __future__ import annotations

import hashlib
import importlib.util
import py_compile
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from i18n import _tool, compile_all

ROOT = Path(__file__).resolve().parents[1]
QRC = ROOT / "resources.qrc"
RC_MODULE = ROOT / "showcase" / "ui" / "rc_resources.py"
FONTS_QRC = ROOT / "fonts.qrc"
RC_FONTS_MODULE = ROOT / "showcase" / "ui" / "rc_fonts.py"
# Each .qrc file and the module compiled from it.
COMPILED = ((QRC, RC_MODULE), (FONTS_QRC, RC_FONTS_MODULE))
DIGEST_PREFIX = "# sources: sha256 "


def qrc_entries(qrc: Path | None = None) -> list[tuple[str, Path]]:
    """(the name under `:/`, the file) for each file `qrc` lists; of every .qrc when None."""
    if qrc is None:
        return [entry for each, _ in COMPILED for entry in qrc_entries(each)]
    entries = []
    for resource in ET.parse(qrc).getroot().iter("qresource"):
        prefix = (resource.get("prefix") or "/").strip("/")
        for item in resource.iter("file"):
            path = item.text or ""
            name = item.get("alias") or path
            entries.append(("/".join(p for p in (prefix, name) if p), ROOT / path))
    return entries


def qrc_files(qrc: Path | None = None) -> list[Path]:
    return [path for _, path in qrc_entries(qrc)]


def sources_digest(qrc: Path = QRC) -> str:
    """sha256 over `qrc` and each listed file's name and bytes."""
    digest = hashlib.sha256(qrc.read_bytes())
    for name, path in sorted(qrc_entries(qrc)):
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def recorded_digest(module: Path = RC_MODULE) -> str | None:
    """The digest written into a compiled resources module, or None."""
    if not module.exists():
        return None
    with module.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(DIGEST_PREFIX):
                return line[len(DIGEST_PREFIX) :].strip()
    return None


def compile_resources(force: bool = False, output: Path = RC_MODULE, qrc: Path = QRC) -> bool:
    """Run rcc on `qrc` when its sources changed since `output` was made; True when it ran."""
    missing = [str(p.relative_to(ROOT)) for p in [qrc, *qrc_files(qrc)] if not p.is_file()]
    if missing:
        raise SystemExit(f"{qrc.name} names files that do not exist: {', '.join(missing)}")
    digest = sources_digest(qrc)
    if not force and recorded_digest(output) == digest:
        return False
    temporary = output.with_name(output.name + ".new")
    subprocess.run(
        [_tool("rcc"), "-g", "python", str(qrc), "-o", str(temporary)], cwd=ROOT, check=True
    )
    code = temporary.read_text(encoding="utf-8")
    temporary.write_text(f"{DIGEST_PREFIX}{digest}\n{code}", encoding="utf-8")
    temporary.replace(output)
    # Byte-compile it now: Python parses the 8 MB of embedded bytes in about 0.2 s, which a
    # first start (or a machine set not to write .pyc files) would otherwise pay every time.
    py_compile.compile(str(output), cfile=importlib.util.cache_from_source(str(output)))
    return True


def build(force: bool = False) -> None:
    compile_all(force=force)
    for qrc, module in COMPILED:
        compile_resources(force=force, output=module, qrc=qrc)


if __name__ == "__main__":
    build(force="--force" in sys.argv)
