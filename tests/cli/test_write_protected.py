"""A showcase file that is write-protected (on a read-only disk, or a read-only file in a
writable folder; real mounts, root only) is called write-protected, never damaged: staff must
not restore a backup over an intact file. One line, exit status 2, the file as it was."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from showcase import cli
from tests.helpers.folders import folder_snapshot
from tests.helpers.mounts import mounted_tmpfs, needs_root, read_only_file, write_protect

pytestmark = needs_root


def protected_message(path: Path) -> str:
    return (
        f"etalase: error: {path} is write-protected (the file, its folder or its disk), so "
        "Etalase cannot change it; it is not damaged: remove the write protection, or copy the "
        "file to a folder that can be written and open it there"
    )


def _left_open(path: Path) -> None:
    """As a program killed while it had `path` open leaves it: with its -wal and -shm."""
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('PRAGMA journal_mode = WAL')\n"
        "c.execute(\"UPDATE setting SET value = value WHERE key = 'none'\")\n"
        "c.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)


@pytest.fixture(params=["closed", "left open"])
def protected(request: pytest.FixtureRequest, demo_file: Path, tmp_path: Path) -> Iterator[Path]:
    """The demo showcase on a write-protected disk: closed cleanly, or with its -wal and -shm
    beside it (as a PC switched off with Etalase running leaves it)."""
    with mounted_tmpfs(tmp_path / "stick", "16m") as stick:
        path = stick / "etalase.db"
        shutil.copyfile(demo_file, path)
        if request.param == "left open":
            _left_open(path)
            assert path.with_name("etalase.db-shm").exists()
        write_protect(stick)
        yield path


@pytest.mark.parametrize(
    "command",
    [["export", "{out}/p.csv"], ["import", "{csv}"], ["report", "{out}/r.pdf"], ["demo"]],
    ids=["export", "import", "report", "demo"],
)
def test_a_showcase_on_a_write_protected_disk_is_called_so(
    protected: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    source = tmp_path / "new.csv"
    source.write_text("code,name_id,price\nNEW-1,Kopi baru,10000\n", encoding="utf-8")
    before = folder_snapshot(protected.parent)
    argv = [part.format(out=tmp_path, csv=source) for part in command]
    assert cli.main(["--db", str(protected), *argv]) == 2
    assert capsys.readouterr().err.splitlines() == [protected_message(protected)]
    assert folder_snapshot(protected.parent) == before
    assert not (tmp_path / "p.csv").exists() and not (tmp_path / "r.pdf").exists()


def test_a_read_only_file_in_a_writable_folder_is_called_write_protected(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "new.csv"
    source.write_text("code,name_id,price\nNEW-1,Kopi baru,10000\n", encoding="utf-8")
    before = demo_file.read_bytes()
    with read_only_file(demo_file):
        assert cli.main(["--db", str(demo_file), "import", str(source)]) == 2
        assert capsys.readouterr().err.splitlines() == [protected_message(demo_file)]
    assert demo_file.read_bytes() == before
    assert {p.name for p in demo_file.parent.iterdir()} >= {"demo.db"}
    assert not any("damaged" in p.name for p in demo_file.parent.iterdir())
