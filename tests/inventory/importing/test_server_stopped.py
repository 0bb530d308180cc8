"""Fault test on a real PostgreSQL server, through the command line: the server stops (an
immediate shutdown, as a power cut of the server PC) while `etalase import` is writing. The
import is one transaction, so nothing of it is on the server when it comes back: no product,
producer, category, stock movement or change history entry, stock still the sum of its
movements; the command ends with one line naming the problem and exit status 2, no traceback.
(tests/store/test_server_faults.py stops the server half-way through import_sheet in-process.)

The test runs on a server of its own, since it stops it while another process is connected."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from showcase.store.opening import open_showcase
from tests.helpers.import_fixtures import fill, snapshot, stock_is_sum_of_movements, write_csv
from tests.helpers.paths import ROOT
from tests.helpers.postgres import PostgresServer, running_server

ROWS = 6000  # enough for the import to be under way for a while on the 2-core machine


@pytest.fixture(scope="module")
def own_server() -> Iterator[PostgresServer]:
    with running_server() as server:
        yield server


def _writing(server: PostgresServer, name: str) -> bool:
    """Whether a transaction on database `name` has written (it has a transaction id)."""
    rows = server.execute(
        "SELECT count(*) FROM pg_stat_activity "
        f"WHERE datname = '{name}' AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()"
    )
    return int(str(rows[0][0])) > 0


def _history(server: PostgresServer, name: str) -> int:
    return int(str(server.execute("SELECT count(*) FROM audit_entry", name)[0][0]))


def test_etalase_import_when_the_server_stops_says_so_in_one_line_and_writes_nothing(
    own_server: PostgresServer, tmp_path: Path
) -> None:
    name = own_server.create_database()
    url = own_server.url(name)
    database = open_showcase(url)
    fill(database)
    before = snapshot(database)
    database.close()
    history = _history(own_server, name)
    header = ["kode", "nama", "harga", "stok", "kategori", "produsen", "kabupaten"]
    rows = [
        [f"IMP-{n:05d}", f"Produk uji {n}", 10_000 + n, n % 50, f"Kategori {n % 7}",
         f"UMKM {n % 300}", "Tanggamus"]
        for n in range(ROWS)
    ]  # fmt: skip
    sheet = write_csv(tmp_path / "produk.csv", [header, *rows], delimiter=";")

    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", url, "import", str(sheet)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 300
        while not _writing(own_server, name):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the import never started writing"
            time.sleep(0.02)
        own_server.stop("immediate")  # the server PC's power cut, mid-transaction
        _out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if not own_server.running:
            own_server.start()

    lines = err.strip().splitlines()
    assert process.returncode == 2, err
    assert len(lines) == 1 and lines[0].startswith("etalase: error: "), err
    assert "Traceback" not in err
    assert "connection to the server" in lines[0] and "was lost" in lines[0]

    database = open_showcase(url)
    try:
        assert snapshot(database) == before
        assert stock_is_sum_of_movements(database)
    finally:
        database.close()
    assert _history(own_server, name) == history
    own_server.drop_database(name)
