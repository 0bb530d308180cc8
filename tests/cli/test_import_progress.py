"""`etalase import` on a terminal says how far it has got: reading the file, checking its rows,
then writing its products, on one line rewritten in place and taken away before the result.
Piped into a script or a log, it prints only the result (tests/cli/test_import.py)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from showcase.store.db import Database
from tests.helpers.import_fixtures import fill, write_csv
from tests.helpers.paths import ROOT


def _on_a_terminal(*args: str) -> tuple[int, str, str]:
    """Run the command line with stderr on a pseudo-terminal; its exit status, output, and
    what the terminal showed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        stdout=subprocess.PIPE,
        stderr=follower,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        text=True,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal's other end is closed: the command has ended
            break
        if not chunk:
            break
        shown += chunk
    out, _ = process.communicate(timeout=300)
    os.close(leader)
    return process.returncode, out, shown.decode()


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_import_on_a_terminal_shows_its_progress(sqlite_db: Database, tmp_path: Path) -> None:
    fill(sqlite_db)
    sqlite_db.close()
    rows = [["kode", "nama", "harga", "stok"]] + [
        [f"IMP-{n:04d}", f"Produk {n}", "1000", "2"] for n in range(1200)
    ]
    path = write_csv(tmp_path / "produk.csv", rows)

    code, out, shown = _on_a_terminal("--db", str(sqlite_db.path), "import", str(path))

    assert code == 0
    assert out.splitlines()[0] == "Imported produk.csv: 1200 added, 0 changed, 0 unchanged"
    steps = [
        step.removesuffix("\x1b[K") for step in shown.split("\r") if step.removesuffix("\x1b[K")
    ]
    assert steps[0] == "Reading produk.csv…"
    assert "Checking produk.csv: row 1.200 of 1.200" in steps
    assert "Importing produk.csv: 100 of 1.200 products written" in steps
    assert steps[-1] == "Importing produk.csv: 1.200 of 1.200 products written"
    assert shown.endswith("\r\x1b[K")  # the line taken away: the terminal shows the result only


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_dry_run_on_a_terminal_shows_reading_and_checking(
    sqlite_db: Database, tmp_path: Path
) -> None:
    fill(sqlite_db)
    sqlite_db.close()
    rows = [["kode", "nama", "harga"]] + [
        [f"IMP-{n:04d}", f"Produk {n}", "1000"] for n in range(500)
    ]
    path = write_csv(tmp_path / "produk.csv", rows)

    code, out, shown = _on_a_terminal("--db", str(sqlite_db.path), "import", str(path), "--dry-run")

    assert code == 0 and out.startswith("Dry run of produk.csv: would add 500")
    steps = [
        step.removesuffix("\x1b[K") for step in shown.split("\r") if step.removesuffix("\x1b[K")
    ]
    assert steps == ["Reading produk.csv…", "Checking produk.csv: row 200 of 500",
                     "Checking produk.csv: row 400 of 500", "Checking produk.csv: row 500 of 500"]  # fmt: skip
