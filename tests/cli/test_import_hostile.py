"""`import FILE` given hostile or odd spreadsheets: one line naming the file, what is wrong and
what to do, exit status 2, the database untouched and no file left behind; or, for a file in
two encodings, the products stored with their letters as meant."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from showcase import cli
from showcase.store.db import Database
from tests.helpers.hostile_files import HOSTILE_FILES, HostileFile
from tests.helpers.import_fixtures import fill


@pytest.fixture
def filled(sqlite_db: Database) -> Path:
    fill(sqlite_db)
    sqlite_db.close()
    return sqlite_db.path


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if "home" not in p.relative_to(folder).parts)


@pytest.mark.parametrize("hostile", HOSTILE_FILES, ids=lambda hostile: hostile.name)
def test_hostile_files_are_one_line_and_exit_2(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], hostile: HostileFile
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    path = hostile.write(files)
    # The program's own log folder (under the test's home) aside, no file may appear.
    before, listed = filled.read_bytes(), _files(tmp_path)
    code = cli.main(["--db", str(filled), "import", str(path)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == f"etalase: error: {hostile.message}\n"
    assert filled.read_bytes() == before
    assert _files(tmp_path) == listed


def test_a_file_in_two_encodings_is_stored_as_meant(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "campur.csv"
    path.write_bytes(
        "kode;nama;harga\r\nC-1;Café Siger;25000\r\n".encode()
        + "C-2;Café Piñata;30000\r\n".encode("cp1252")
    )
    assert cli.main(["--db", str(filled), "import", str(path)]) == 0
    capsys.readouterr()
    with sqlite3.connect(filled) as conn:
        names = conn.execute(
            "SELECT name_id FROM product WHERE code IN ('C-1', 'C-2') ORDER BY code"
        ).fetchall()
    assert names == [("Café Siger",), ("Café Piñata",)]
