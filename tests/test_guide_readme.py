"""The staff guide and the README hold the same text: the README's copy cannot drift."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.helpers.paths import ROOT

GUIDE = ROOT / "assets" / "help" / "panduan.md"
README = ROOT / "README.md"
sys.path.insert(0, str(ROOT / "tools"))

import sync_guide  # noqa: E402


def _headings(text: str) -> list[str]:
    return [m.group(2) for m in re.finditer(r"^(#+) (.+)$", text, re.MULTILINE)]


def test_the_readme_holds_the_guide_word_for_word() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    start = readme.index(sync_guide.BEGIN) + len(sync_guide.BEGIN)
    copy = readme[start : readme.index(sync_guide.END)]
    # The same sections in the same order, one level down, and the same text.
    assert _headings(copy) == _headings(guide)
    assert [len(h) for h in re.findall(r"^#+", copy, re.MULTILINE)] == [
        len(h) + 1 for h in re.findall(r"^#+", guide, re.MULTILINE)
    ]
    assert (
        re.sub(r"^#+ ", "", copy, flags=re.MULTILINE).strip()
        == re.sub(r"^#+ ", "", guide, flags=re.MULTILINE).strip()
    )


def test_the_check_fails_on_a_stale_copy_and_the_tool_mends_it(tmp_path: Path) -> None:
    readme = README.read_text(encoding="utf-8")
    guide = GUIDE.read_text(encoding="utf-8")
    assert sync_guide.with_guide(readme, guide) == readme  # current
    changed = guide.replace("## Mencetak label", "## Mencetak label rak")
    stale = sync_guide.with_guide(readme, changed)
    assert stale != readme and "### Mencetak label rak" in stale
    assert sync_guide.with_guide(stale, guide) == readme
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "sync_guide.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_the_guide_links_only_to_its_own_sections() -> None:
    from showcase.ui.staff.window.help_dialog import anchor_name

    guide = GUIDE.read_text(encoding="utf-8")
    anchors = {anchor_name(h) for h in _headings(guide)}
    links = re.findall(r"\]\(#([^)]+)\)", guide)
    assert links and set(links) <= anchors
    # Every section is in the guide's table of contents.
    sections = [anchor_name(h) for h in re.findall(r"^## (.+)$", guide, re.MULTILINE)]
    assert links == sections


def test_the_guide_covers_what_the_front_desk_does() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    for words in (
        "Menambah produk",
        "Mencetak label",
        "Mencetak katalog",
        "Menjalankan dan keluar dari kios",
        "Cadangan dan pemulihan",
        "Impor dari spreadsheet",
        "Siapa yang bertugas?",
        "Berkas → Cadangkan sekarang",
        "Berkas → Pulihkan dari cadangan…",
        "Berkas → Impor produk…",
    ):
        assert words in guide
