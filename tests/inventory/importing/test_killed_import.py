"""A large import killed (SIGKILL: no clean-up runs) while it writes its batches leaves the
showcase as it was, on a file and on a server: no product, producer, category, stock movement or
change history entry of it, stock still the sum of its movements, the file sound, and the
program opens it as before. The import is one transaction; the child process reports each
batch written, and is killed after the first and in the middle."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from showcase.store.db import Database
from showcase.store.opening import open_showcase
from tests.helpers.import_fixtures import fill, snapshot, stock_is_sum_of_movements, write_csv
from tests.helpers.paths import ROOT
from tests.helpers.plain import plain_connection

ROWS = 5000  # 50 batches of 100

CHILD = r"""
import sys
from pathlib import Path

from showcase.inventory.importing.apply import import_sheet
from showcase.inventory.importing.files import read_sheet
from showcase.store.opening import open_showcase

database = open_showcase(sys.argv[1])
sheet = read_sheet(Path(sys.argv[2]))
import_sheet(database, sheet, progress=lambda done, total: print(done, total, flush=True))
print("committed", flush=True)
"""


def _location(db: Database) -> str:
    return db.server.url() if db.server is not None else str(db.path)


def _history(db: Database) -> int:
    with plain_connection(db) as conn:
        return int(conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0])


def _import_and_kill(location: str, sheet: Path, batches: int) -> list[str]:
    """Run the import in a child process; kill it once it has written `batches` batches."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, location, str(sheet)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    assert child.stdout is not None
    lines: list[str] = []
    try:
        while len(lines) < batches:
            line = child.stdout.readline()
            if not line:
                raise AssertionError(f"the import stopped: {child.communicate()[1]}")
            lines.append(line.strip())
    finally:
        child.kill()
        child.communicate(timeout=30)
    return lines


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX; Windows has its own")
def test_an_import_killed_while_it_writes_leaves_the_showcase_as_it_was(
    db: Database, tmp_path: Path
) -> None:
    fill(db)
    before, history = snapshot(db), _history(db)
    header = ["kode", "nama", "harga", "stok", "kategori", "produsen", "kabupaten"]
    rows = [
        [f"IMP-{n:05d}", f"Produk uji {n}", 10_000 + n, n % 50 + 1, f"Kategori {n % 7}",
         f"UMKM {n % 300}", "Tanggamus"]
        for n in range(ROWS)
    ]  # fmt: skip
    sheet = write_csv(tmp_path / "produk.csv", [header, *rows], delimiter=";")
    location = _location(db)
    db.close()
    for batches in (1, 25):
        written = _import_and_kill(location, sheet, batches)
        assert written[-1] == f"{batches * 100} {ROWS}"  # killed in the middle of writing
        assert snapshot(db) == before  # (on a file, PRAGMA integrity_check is ok too)
        assert _history(db) == history
        assert stock_is_sum_of_movements(db)
    again = open_showcase(location)
    try:
        with again.session() as session:
            assert session.connection().exec_driver_sql("SELECT count(*) FROM product").scalar()
    finally:
        again.close()
