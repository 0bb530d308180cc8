"""Values a spreadsheet cell can hold that the showcase cannot: numbers beyond the largest price
or count the store keeps, and the spreadsheet's short form of long numbers (`1E+20`). Each is a
problem naming the row and the column, in the check as in the import, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from showcase.inventory.importing.apply import ImportRejected, check_file, import_sheet
from showcase.inventory.importing.files import read_sheet
from showcase.store.db import Database
from tests.helpers.import_fixtures import fill, snapshot, write_csv, write_xlsx

HEADER = ["kode", "nama", "harga", "stok", "stok_min"]
TWENTY_DIGITS = "12345678901234567890"


@pytest.fixture
def filled(db: Database) -> Database:
    fill(db)
    return db


def _refused(db: Database, path: Path) -> list[str]:
    """The problems of the check (the dry run), the same as the import's; nothing changed."""
    before = snapshot(db)
    _sheet, plan = check_file(db, path)
    checked = [str(problem) for problem in plan.problems]
    with pytest.raises(ImportRejected) as caught:
        import_sheet(db, read_sheet(path))
    assert [str(problem) for problem in caught.value.plan.problems] == checked
    assert snapshot(db) == before
    assert not (db.path.parent / "backups").exists()
    return checked


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            ["", "Kopi Baru", TWENTY_DIGITS, "1", "0"],
            "Row 2, column harga: Price must be at most Rp1.000.000.000",
        ),
        (
            ["", "Kopi Baru", "1.000.000.001", "1", "0"],
            "Row 2, column harga: Price must be at most Rp1.000.000.000",
        ),
        (
            ["", "Kopi Baru", "20000", TWENTY_DIGITS, "0"],
            "Row 2, column stok: Stock must be at most 1.000.000.000",
        ),
        (
            ["", "Kopi Baru", "20000", "1", TWENTY_DIGITS],
            "Row 2, column stok_min: Minimum stock must be at most 1.000.000.000",
        ),
        (  # a counted stock of a product already in the showcase
            ["KOP-0001", "Kopi Robusta Lampung", "", "1" + "0" * 19, ""],
            "Row 2, column stok: Stock must be at most 1.000.000.000",
        ),
        (
            ["", "Kopi Baru", "1E+20", "1", "0"],
            "Row 2, column harga: Price “1E+20” is a number in short form: write it out in "
            "full digits",
        ),
        (
            ["", "Kopi Baru", "20000", "1,5e3", "0"],
            "Row 2, column stok: Stock “1,5e3” is a number in short form: write it out in "
            "full digits",
        ),
        (  # thousands of digits: refused as too large, not converted
            ["", "Kopi Baru", "9" * 5000, "1", "0"],
            "Row 2, column harga: Price must be at most Rp1.000.000.000",
        ),
    ],
)
def test_numbers_beyond_the_store_in_csv(
    filled: Database, tmp_path: Path, row: list[str], expected: str
) -> None:
    path = write_csv(tmp_path / "besar.csv", [HEADER, row], delimiter=";")
    assert _refused(filled, path) == [expected]


def test_1e20_in_xlsx_cells(filled: Database, tmp_path: Path) -> None:
    """openpyxl reads a number cell of 1e20 as a float; each column is named."""
    path = write_xlsx(
        tmp_path / "besar.xlsx",
        [
            ["Kode", "Nama", "Harga", "Stok", "Stok Min"],
            ["", "Kopi Baru", 1e20, 1.0, 0.0],
            ["", "Teh Baru", 20000.0, 1e20, 1e20],
        ],
    )
    assert _refused(filled, path) == [
        "Row 2, column Harga: Price must be at most Rp1.000.000.000",
        "Row 3, column Stok: Stock must be at most 1.000.000.000",
        "Row 3, column Stok Min: Minimum stock must be at most 1.000.000.000",
    ]


def test_the_largest_values_import(filled: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "batas.csv",
        [HEADER, ["BESAR-1", "Perahu Kayu", "Rp1.000.000.000", "1.000.000.000", "1000000000"]],
    )
    import_sheet(filled, read_sheet(path))
    rows = {row[0]: row for row in snapshot(filled)["product"]}
    assert (rows["BESAR-1"][4], rows["BESAR-1"][6], rows["BESAR-1"][7]) == (10**9, 10**9, 10**9)
