"""Translations: `update` extracts the program's strings into assets/translations/etalase_*.ts
(pyside6-lupdate), `compile` turns every .ts there into the .qm the program loads from the
compiled resources (pyside6-lrelease), only when out of date.

    python tools/i18n.py update     after changing user-visible strings; then translate the .ts
    python tools/i18n.py missing    lists the Indonesian entries still to translate
    python tools/i18n.py compile    done by tools/build.py (run.py, the tests); .qm not committed

The files:
- etalase_id.ts: Indonesian, complete (tests/test_translations.py fails on a missing entry).
- etalase_en.ts: English, the language of the source strings, made with `-pluralonly`: Qt's
  usual way for the source language. Every other string is shown as written in the code, so a
  complete English file would only copy each string and go stale; the plural forms cannot be
  taken from the code ("%n product(s)" must become "1 product" / "6 products"), so those, and
  only those, are written in this file.
- qtbase_id.ts: Indonesian for Qt's own texts (standard buttons, the text fields' menu, the
  message boxes), which Qt does not ship; written by hand, not touched by `update`.

Counts in translations are written `%Ln` rather than `%n`, so Qt writes them in the language's
way (`10.000 produk`, `10,000 products`); `update` turns a `%n` typed in a translation into
`%Ln`. `update` runs lupdate on a copy and replaces the file in one step only when something
changed, so running it again, or while others edit strings, never leaves half a file; the
translations already in the file are kept.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "showcase"
TRANSLATIONS = ROOT / "assets" / "translations"
# (language, lupdate options): the files `update` extracts strings into.
EXTRACTED = (("id", ()), ("en", ("-pluralonly",)))

_TRANSLATION = re.compile(r"(<translation[^>]*>)(.*?)(</translation>)", re.DOTALL)
_BARE_COUNT = re.compile(r"(?<!%L)%n")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if found is None:
        found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: is PySide6 installed in this environment?")
    return found


def extracted_ts_files() -> list[Path]:
    """The .ts files `update` fills from the code."""
    return [TRANSLATIONS / f"etalase_{lang}.ts" for lang, _ in EXTRACTED]


def ts_files() -> list[Path]:
    """Every translation file compiled into the program."""
    return sorted(TRANSLATIONS.glob("*.ts"))


# Generated, and too large for lupdate's parser (it crashes on the embedded font bytes).
GENERATED = (SOURCES / "ui" / "rc_resources.py", SOURCES / "ui" / "rc_fonts.py")


def source_files() -> list[str]:
    """The program's own Python files, where its strings are."""
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py") if p not in GENERATED)


def lupdate_command(
    ts: Path, language: str, options: tuple[str, ...] = (), *, drop_vanished: bool = True
) -> list[str]:
    """The lupdate call for `ts` (also used by the tests on a copy). The languages are named
    only for a new file: an existing file keeps the ones in its header."""
    languages = [] if ts.exists() else ["-source-language", "en", "-target-language", language]
    return [
        _tool("lupdate"),
        *(["-no-obsolete"] if drop_vanished else []),
        "-locations",
        "none",
        *options,
        *languages,
        *source_files(),
        "-ts",
        str(ts),
    ]


def _unreadable(stderr: str) -> list[str]:
    """The source files lupdate could not read (someone is in the middle of editing them)."""
    return sorted({line.split(":", 1)[0] for line in stderr.splitlines() if ".py:" in line})


def _extract(ts: Path, language: str, options: tuple[str, ...]) -> str:
    """The text of `ts` brought up to date, made on a copy; `ts` itself is not touched.

    A string whose source file lupdate cannot parse would look removed from the code, and
    -no-obsolete would throw its translation away: then the vanished entries are kept (marked
    "vanished" by lupdate) and the next clean run drops them.
    """
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / ts.name
        for drop_vanished in (True, False):
            if ts.exists():
                shutil.copyfile(ts, work)
            else:
                work.unlink(missing_ok=True)
            run = subprocess.run(
                lupdate_command(work, language, options, drop_vanished=drop_vanished),
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            )
            unreadable = _unreadable(run.stderr)
            if not unreadable:
                break
            if drop_vanished:
                print(
                    f"{ts.name}: lupdate cannot read {', '.join(unreadable)}; "
                    "translations of strings it cannot see are kept for now",
                    file=sys.stderr,
                )
        text = locale_counts(work.read_text(encoding="utf-8"))
        return english_plurals(text) if language == "en" else text


def locale_counts(text: str) -> str:
    """`%n` → `%Ln` inside the translations (never in the English source strings)."""
    return _TRANSLATION.sub(lambda m: m.group(1) + locale_counts_in(m.group(2)) + m.group(3), text)


_EMPTY_PLURAL = re.compile(
    r"(<source>)(?P<source>[^<]*)(</source>\s*<translation type=\"unfinished\">\s*)"
    r"<numerusform></numerusform>(\s*)<numerusform></numerusform>"
)


# "product(s)", "box(es)", "category(ies)": (stem, singular ending, plural ending).
_PLURAL_ENDING = re.compile(r"(\w*?)(y?)\((s|es|ies)\)")


def english_plurals(text: str) -> str:
    """Fill a new English plural entry from its source: "%n product(s)" → "%Ln product" and
    "%Ln products" ("category(ies)": "category", "categories"). The entry stays marked unfinished: grammar around the noun ("have",
    "stays") can need a hand, which Qt Linguist shows as to be checked."""

    def fill(match: re.Match[str]) -> str:
        source = match.group("source")
        one = locale_counts_in(_PLURAL_ENDING.sub(lambda m: m.group(1) + m.group(2), source))
        many = locale_counts_in(_PLURAL_ENDING.sub(lambda m: m.group(1) + m.group(3), source))
        return (
            f"{match.group(1)}{source}{match.group(3)}<numerusform>{one}</numerusform>"
            f"{match.group(4)}<numerusform>{many}</numerusform>"
        )

    return _EMPTY_PLURAL.sub(fill, text)


def locale_counts_in(text: str) -> str:
    return _BARE_COUNT.sub("%Ln", text)


def update() -> list[Path]:
    """Bring each extracted .ts up to date with the code; return the files that changed."""
    changed = []
    for language, options in EXTRACTED:
        ts = TRANSLATIONS / f"etalase_{language}.ts"
        text = _extract(ts, language, options)
        if ts.exists() and ts.read_text(encoding="utf-8") == text:
            continue
        temporary = ts.with_name(ts.name + ".new")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, ts)
        changed.append(ts)
    return changed


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def compile_all(force: bool = False) -> list[Path]:
    """Compile each .ts newer than its .qm; return the .qm files written."""
    written = []
    for ts in ts_files():
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            lrelease(ts, qm)
            written.append(qm)
    return written


def missing(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of each entry of `ts` with no finished translation yet."""
    import xml.etree.ElementTree as ET

    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                out.append((context.findtext("name", ""), message.findtext("source", "")))
    return out


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
    elif command == "missing":
        for context, source in missing(TRANSLATIONS / "etalase_id.ts"):
            print(f"{context}: {source}")
    elif command == "compile":
        compile_all(force="--force" in sys.argv)
    else:
        raise SystemExit(__doc__)
