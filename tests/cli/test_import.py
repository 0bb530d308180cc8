"""`import FILE [--dry-run]` and `export FILE [--what …]` on the command line, as staff and
scripts use them: what they print, exit statuses, files and database untouched on mistakes,
and an import killed half-way (SIGKILL) that leaves the database as it was."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from showcase import cli
from showcase.store.db import Database
from tests.helpers.import_fixtures import fill, snapshot, write_csv, write_xlsx
from tests.helpers.paths import ROOT


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """The command line is run here on a file it moves, copies or names by path."""
    return sqlite_db


MAIN = ROOT / "main.py"


@pytest.fixture
def filled(db: Database) -> Path:
    fill(db)
    db.close()
    return db.path


def _main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_prints_what_it_did(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "produk.csv",
        [
            ["kode", "nama", "harga", "stok", "kategori", "produsen", "kabupaten", "No"],
            ["KOP-0001", "Kopi Robusta Lampung", "Rp 50.000", "20", "", "", "", "1"],
            ["", "Madu Hutan", "75.000", "4", "Madu", "Lebah Way Kanan", "way kanan", "2"],
        ],
        delimiter=";",
        bom=True,
    )
    code, out, err = _main(capsys, "--db", str(filled), "import", str(path))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Imported produk.csv: 1 added, 1 changed, 0 unchanged"
    assert lines[1] == "  KOP-0001 Kopi Robusta Lampung: Price Rp45.000 → Rp50.000"
    assert lines[2:5] == [
        "New categories: Madu",
        "New producers: Lebah Way Kanan (Way Kanan)",
        "Columns not read: No",
    ]
    assert lines[5].startswith("Backup made before the import: ")
    assert Path(lines[5].split(": ", 1)[1]).exists()
    codes = [row[0] for row in snapshot(filled)["product"]]
    assert "MAD-0001" in codes


def test_a_reader_that_stops_reading_ends_the_command_quietly(filled: Path, tmp_path: Path) -> None:
    """`etalase import produk.csv | head -1`, with head gone before the summary is printed: no
    "unexpected error" and no traceback, the status a shell gives a command stopped by SIGPIPE,
    and the import done (it is committed before its summary is printed)."""
    path = write_csv(
        tmp_path / "produk.csv", [["nama", "harga", "kategori"], ["Madu", "75000", "Madu"]]
    )
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone
    env = {k: v for k, v in os.environ.items() if k != "SHOWCASE_DB"}
    try:
        done = subprocess.run(
            [sys.executable, str(MAIN), "--db", str(filled), "import", str(path)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            encoding="utf-8",
            env=env,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (141, "")
    assert "MAD-0001" in [row[0] for row in snapshot(filled)["product"]]


def test_dry_run_prints_the_plan_and_changes_nothing(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(
        tmp_path / "produk.xlsx",
        [["Kode", "Nama", "Stok"], ["KOP-0002", "Kopi Luwak", 5.0], ["LAIN-1", "Gula Aren", None]],
    )
    before = snapshot(filled)
    code, out, err = _main(capsys, "--db", str(filled), "import", str(path), "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Dry run of produk.xlsx: would add 0, change 1, leave 1 unchanged; nothing was changed",
        "  KOP-0002 Kopi Luwak: Stock 2 → 5",
    ]
    assert snapshot(filled) == before
    assert not (filled.parent / "backups").exists()


def test_bad_rows_are_listed_then_one_error_line_and_nothing_changes(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "salah.csv",
        [
            ["Kode", "Nama", "Harga", "Stok"],
            ["KOP-0001", "Kopi", "abc", "1"],
            ["X-1", "", "1000", "-3"],
            ["kop-0001", "Kopi lagi", "1000", "1"],
        ],
    )
    before = filled.read_bytes()
    code, out, err = _main(capsys, "--db", str(filled), "import", str(path))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "Row 2, column Harga: Price “abc” is not an amount in rupiah (for example 25000 or Rp25.000)",
        "Row 3, column Nama: Name is required",
        "Row 3, column Stok: Stock cannot be negative",
        "Row 4, column Kode: Code kop-0001 is also in row 2",
        "etalase: error: salah.csv has 4 problems: nothing was imported",
    ]
    assert filled.read_bytes() == before


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("produk.ods", b"x", "produk.ods: only .csv and .xlsx files can be imported"),
        ("kosong.csv", b"", "kosong.csv is empty"),
        ("biner.csv", b"\x00\x01\x02\x03", "biner.csv is not a text file (CSV)"),
        ("rusak.xlsx", b"PK\x03\x04" + b"\x00" * 100, "rusak.xlsx is damaged or not an Excel"),
        ("judul.csv", b"kode;nama\r\n", "judul.csv holds only a header row, no products"),
        ("tanpa-nama.csv", b"kode;harga\r\nA;1\r\n", "no column for the product name"),
    ],
)
def test_a_file_that_cannot_be_read_is_one_line_and_exit_2(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    expected: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = filled.read_bytes()
    code, out, err = _main(capsys, "--db", str(filled), "import", str(path))
    assert (code, out) == (2, "")
    assert err.startswith("etalase: error: ") and err.count("\n") == 1, err
    assert expected in err
    assert filled.read_bytes() == before


def test_a_50_mb_file_is_refused_at_once(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "raksasa.xlsx"
    with path.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    start = time.perf_counter()
    code, _out, err = _main(capsys, "--db", str(filled), "import", str(path))
    assert code == 2
    assert err == ("etalase: error: raksasa.xlsx is 60 MB; a file to import may be at most 50 MB\n")
    assert time.perf_counter() - start < 5


def test_import_into_a_missing_database_makes_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "p.csv", [["nama"], ["Kopi"]])
    code, _out, err = _main(capsys, "--db", str(tmp_path / "salah-ketik.db"), "import", str(path))
    # A file that does not exist is made for an import (test_import_new_showcase.py), but only
    # with the import in it: a refused one leaves none.
    assert code == 2 and "nothing was imported" in err
    assert not list(tmp_path.glob("salah-ketik.db*"))


@pytest.mark.parametrize(
    ("what", "suffix", "message"),
    [
        ("products", ".xlsx", "Exported 3 products to"),
        ("producers", ".csv", "Exported 2 producers to"),
        ("movements", ".xlsx", "Exported 2 stock movements to"),
        ("visits", ".csv", "Exported 0 visit counts to"),
    ],
)
def test_export_what_and_format(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    what: str,
    suffix: str,
    message: str,
) -> None:
    out_path = tmp_path / f"keluar{suffix}"
    code, out, err = _main(capsys, "--db", str(filled), "export", str(out_path), "--what", what)
    assert (code, err) == (0, "")
    assert out == f"{message} {out_path}\n"
    assert out_path.stat().st_size > 0


def test_export_unknown_what_is_a_usage_error(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _main(
        capsys, "--db", str(filled), "export", str(tmp_path / "o.csv"), "--what", "foto"
    )
    assert code == 2 and "invalid choice: 'foto'" in err
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_an_import_killed_half_way_leaves_the_database_as_it_was(
    filled: Path, tmp_path: Path
) -> None:
    rows: list[list[object]] = [["kode", "nama", "harga", "stok", "kategori", "deskripsi"]]
    rows += [
        [f"K-{n:05d}", f"Produk {n}", 1000 + n, 1 + n % 9, "Kopi", "panjang " * 40]
        for n in range(6000)
    ]
    path = write_csv(tmp_path / "besar.csv", rows, delimiter=";")
    before = snapshot(filled)
    wal = filled.with_name(filled.name + "-wal")
    env = {k: v for k, v in os.environ.items() if k != "SHOWCASE_DB"}
    process = subprocess.Popen(
        [sys.executable, str(MAIN), "--db", str(filled), "import", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        # The backup is made just before the writing starts; then the transaction's pages
        # spill into the WAL file as the product table grows. Kill it while that goes on.
        deadline = time.monotonic() + 120
        backups = filled.parent / "backups"
        while not any(backups.glob("*before-import*.db")) and process.poll() is None:
            assert time.monotonic() < deadline, "the import never started writing"
            time.sleep(0.02)
        start_size = wal.stat().st_size if wal.exists() else 0
        while (
            process.poll() is None
            and (wal.stat().st_size if wal.exists() else 0) <= start_size + 512 * 1024
        ):
            assert time.monotonic() < deadline, "the import never wrote"
            time.sleep(0.01)
        assert process.poll() is None, "the import ended before it could be killed: use more rows"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        assert process.stderr is not None
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    assert snapshot(filled) == before  # integrity_check ok, not one product or movement more
    conn = sqlite3.connect(filled)
    try:
        assert conn.execute("SELECT count(*) FROM product WHERE code LIKE 'K-%'").fetchone() == (0,)
    finally:
        conn.close()
