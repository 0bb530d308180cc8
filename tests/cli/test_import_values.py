"""`etalase import` of numbers beyond what the store holds, on a file and on a server: the
dry run and the import both stop with status 2, naming the row and column, and change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from showcase import cli
from showcase.store.db import Database
from tests.helpers.import_fixtures import fill, snapshot, write_csv, write_xlsx


def _target(db: Database) -> str:
    return db.server.url() if db.server is not None else str(db.path)


@pytest.mark.parametrize("dry_run", [True, False], ids=["dry-run", "import"])
def test_20_digits_and_1e20_are_refused_with_status_2(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], dry_run: bool
) -> None:
    fill(db)
    csv_file = write_csv(
        tmp_path / "besar.csv",
        [["kode", "nama", "harga", "stok"], ["", "Kopi Baru", "12345678901234567890", "1"]],
    )
    xlsx_file = write_xlsx(
        tmp_path / "besar.xlsx", [["Kode", "Nama", "Harga", "Stok"], ["", "Teh Baru", 1e20, 1e20]]
    )
    before = snapshot(db)
    flags = ["--dry-run"] if dry_run else []
    assert cli.main(["--db", _target(db), "import", str(csv_file), *flags]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "Row 2, column harga: Price must be at most Rp2.000.000.000",
        "etalase: error: besar.csv has 1 problem: nothing was imported",
    ]
    assert cli.main(["--db", _target(db), "import", str(xlsx_file), *flags]) == 2
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        "Row 2, column Harga: Price must be at most Rp2.000.000.000",
        "Row 2, column Stok: Stock must be at most 1.000.000.000",
        "etalase: error: besar.xlsx has 2 problems: nothing was imported",
    ]
    assert snapshot(db) == before


def test_a_new_product_without_a_price_is_refused_with_status_2(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(db)
    path = write_csv(
        tmp_path / "baru.csv", [["Nama", "Harga", "Stok"], ["Madu Hutan", "", "4"]], delimiter=";"
    )
    before = snapshot(db)
    for flags in (["--dry-run"], []):
        assert cli.main(["--db", _target(db), "import", str(path), *flags]) == 2
        out, err = capsys.readouterr()
        assert (out, err.splitlines()) == (
            "",
            [
                "Row 2, column Harga: A new product needs a price: write it, or 0 for "
                "“price on request”",
                "etalase: error: baru.csv has 1 problem: nothing was imported",
            ],
        )
    assert snapshot(db) == before
