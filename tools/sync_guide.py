"""Copy the staff guide (assets/help/panduan.md) into README.md, so the two never drift apart.

    python tools/sync_guide.py          write the guide into the README (between the markers)
    python tools/sync_guide.py --check  exit 1 if the README's copy is not current

The program shows assets/help/panduan.md (Help → Guide); the README holds the same text one
heading level down (the guide's title becomes a `##` section of the README). Headings keep
their words, so the guide's links to its own sections (`#mencetak-label`) work in both.
tests/test_guide_readme.py fails when the README's copy is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "assets" / "help" / "panduan.md"
README = ROOT / "README.md"
BEGIN = "<!-- guide: copied from assets/help/panduan.md by tools/sync_guide.py; edit it there -->"
END = "<!-- /guide -->"
# Where the section goes in a README that does not have it yet: before this heading.
BEFORE = "## How it is built"


def readme_section(guide: str) -> str:
    """The guide as the README holds it: every heading one level down, between the markers."""
    lines = []
    fenced = False
    for line in guide.strip().splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("#"):
            line = "#" + line
        lines.append(line)
    return "\n".join([BEGIN, *lines, END])


def with_guide(readme: str, guide: str) -> str:
    """`readme` with its copy of the guide replaced by (or, the first time, given) `guide`."""
    section = readme_section(guide)
    if BEGIN in readme and END in readme:
        start = readme.index(BEGIN)
        end = readme.index(END) + len(END)
        return readme[:start] + section + readme[end:]
    if BEFORE in readme:
        at = readme.index(BEFORE)
        return readme[:at] + section + "\n\n" + readme[at:]
    return readme.rstrip("\n") + "\n\n" + section + "\n"


def main(argv: list[str]) -> int:
    guide = GUIDE.read_text(encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    wanted = with_guide(readme, guide)
    if "--check" in argv:
        if wanted != readme:
            print("README.md's copy of the guide is stale: run python tools/sync_guide.py")
            return 1
        return 0
    if wanted != readme:
        README.write_text(wanted, encoding="utf-8")
        print("updated README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
