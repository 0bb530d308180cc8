"""Odd names given to the command line: a loop of symbolic links, a link to nowhere, a name too
long, a path through a file, a folder, a pipe (which must not be waited on), /dev/full. Each
as the database (--db), the backup to restore, the file to import, the export or backup
target: one line, exit status 2, nothing changed in the folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from showcase import cli
from tests.helpers.folders import folder_snapshot
from tests.helpers.paths import ROOT

LONG = "a" * 300  # longer than any file system allows a name to be

LOOP = "{p} is a loop of symbolic links that leads to no file: name the file itself"
MISSING = "{p} does not exist"
THROUGH_FILE = "{p} goes through a file as if it were a folder: check the name"
TOO_LONG = "the name {short} is too long: choose a shorter name"
NOT_A_FILE = "{p} is not a file but a pipe, a device or a socket: name a file"


@pytest.fixture
def folder(tmp_path: Path, demo_file: Path) -> Path:
    """The demo showcase, a CSV to import, and odd names of every kind for each ending."""
    work = tmp_path / "work"
    work.mkdir()
    shutil.move(demo_file, work / "etalase.db")
    (work / "afile").write_text("a file, not a folder\n")
    for ending in (".db", ".csv", ".pdf"):
        (work / f"loopa{ending}").symlink_to(f"loopb{ending}")
        (work / f"loopb{ending}").symlink_to(f"loopa{ending}")
        (work / f"dangling{ending}").symlink_to(f"nowhere{ending}")
        (work / f"dir{ending}").mkdir()
        os.mkfifo(work / f"fifo{ending}")
    return work


CASES = {
    # --db names the showcase
    "db loop": (["--db", "{w}/loopa.db", "export", "{w}/out.csv"], LOOP, "loopa.db"),
    "db dangling": (["--db", "{w}/dangling.db", "export", "{w}/out.csv"], MISSING, "dangling.db"),
    "db too long": (["--db", "{w}/" + LONG + ".db", "export", "{w}/out.csv"], TOO_LONG, ""),
    "db through a file": (["--db", "{w}/afile/x.db", "export", "{w}/o.csv"], THROUGH_FILE, ""),
    "db folder": (
        ["--db", "{w}/dir.db", "export", "{w}/out.csv"],
        "{p} is a folder, not a database file",
        "dir.db",
    ),
    "window on a loop": (["--db", "{w}/loopa.db"], LOOP, "loopa.db"),
    "db /dev/full": (["--db", "/dev/full", "export", "{w}/out.csv"], NOT_A_FILE, "/dev/full"),
    # restore SRC
    "restore loop": (["restore", "{w}/loopa.db"], LOOP, "loopa.db"),
    "restore dangling": (["restore", "{w}/dangling.db"], MISSING, "dangling.db"),
    "restore too long": (["restore", "{w}/" + LONG + ".db"], TOO_LONG, ""),
    "restore through a file": (["restore", "{w}/afile/x.db"], THROUGH_FILE, ""),
    "restore folder": (["restore", "{w}/dir.db"], "{p} is a folder, not a backup file", "dir.db"),
    # import FILE
    "import loop": (["import", "{w}/loopa.csv"], LOOP, "loopa.csv"),
    "import dangling": (["import", "{w}/dangling.csv"], MISSING, "dangling.csv"),
    "import too long": (["import", "{w}/" + LONG + ".csv"], TOO_LONG, ""),
    "import through a file": (["import", "{w}/afile/x.csv"], THROUGH_FILE, ""),
    # export and document targets
    "export loop": (["export", "{w}/loopa.csv"], LOOP, "loopa.csv"),
    "export too long": (["export", "{w}/" + LONG + ".csv"], TOO_LONG, ""),
    "labels loop": (["labels", "--all", "{w}/loopa.pdf"], LOOP, "loopa.pdf"),
    "labels too long": (["labels", "--all", "{w}/" + LONG + ".pdf"], TOO_LONG, ""),
    "report too long": (["report", "{w}/" + LONG + ".pdf"], TOO_LONG, ""),
    "website loop": (["website", "{w}/loopa.csv"], LOOP, "loopa.csv"),
    # backup DEST
    "backup loop": (["backup", "{w}/loopa.db"], LOOP, "loopa.db"),
    "backup dangling": (
        ["backup", "{w}/dangling.db"],
        "{p} already exists: a backup never overwrites a file",
        "dangling.db",
    ),
    "backup too long": (["backup", "{w}/" + LONG + ".db"], TOO_LONG, ""),
    "backup through a file": (["backup", "{w}/afile/x.db"], THROUGH_FILE, ""),
    "backup /dev/full": (["backup", "/dev/full"], NOT_A_FILE, "/dev/full"),
}


def _expected(template: str, argv: list[str], named: str, folder: Path) -> str:
    odd = next(a for a in reversed(argv) if LONG in a or "afile" in a or (named and named in a))
    shown = Path(odd) if named.startswith("/") or not named else folder / named
    text = template.format(p=shown, short=str(shown)[:59] + "…")
    return "etalase: error: " + text


@pytest.mark.parametrize("case", list(CASES))
def test_an_odd_name_is_one_line_and_changes_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    template, message, named = CASES[case]
    argv = [part.format(w=folder) for part in template]
    if argv[0] != "--db":
        argv = ["--db", str(folder / "etalase.db"), *argv]
    before = folder_snapshot(folder)
    assert cli.main(argv) == 2
    assert capsys.readouterr().err.splitlines() == [_expected(message, argv, named, folder)]
    assert folder_snapshot(folder) == before


@pytest.mark.parametrize(
    "command",
    [
        ["--db", "{w}/fifo.db"],
        ["--db", "{w}/fifo.db", "export", "{w}/out.csv"],
        ["--db", "{w}/etalase.db", "restore", "{w}/fifo.db"],
        ["--db", "{w}/etalase.db", "import", "{w}/fifo.csv"],
        ["--db", "{w}/etalase.db", "backup", "{w}/fifo.db"],
        ["--db", "{w}/etalase.db", "export", "{w}/fifo.csv"],
        ["--db", "{w}/etalase.db", "labels", "--all", "{w}/fifo.pdf"],
    ],
    ids=["window", "db", "restore", "import", "backup", "export", "labels"],
)
def test_a_pipe_is_refused_without_waiting_on_it(
    folder: Path, tmp_path: Path, command: list[str]
) -> None:
    """In a process of its own: a program that opened the pipe would wait for ever."""
    argv = [part.format(w=folder) for part in command]
    fifo = next(Path(a) for a in argv if "fifo" in a)
    before = folder_snapshot(folder)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "HOME": str(tmp_path / "home"),
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    assert (done.returncode, done.stderr.splitlines()) == (
        2,
        ["etalase: error: " + NOT_A_FILE.format(p=fifo)],
    )
    assert folder_snapshot(folder) == before
