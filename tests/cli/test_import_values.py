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


def test_prices_as_price_tags_and_english_spreadsheets_write_them_are_read_as_meant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`Rp 25.000,-` (the tag's "no cents"), `IDR 25,000.00` and `25000.00` (a currency format
    saved as shown) are the whole amounts; cents that are there are refused, not rounded."""
    path = tmp_path / "toko.db"
    prices = ["Rp 25.000,-", "Rp. 1.250.000,-", "IDR 25,000.00", "25000.00", "7.500.-", "-0"]
    rows = [["kode", "nama", "harga", "stok"]]
    rows += [[f"TAG-{i}", f"Produk {i}", price, "1"] for i, price in enumerate(prices, 1)]
    good = write_csv(tmp_path / "harga.csv", rows)
    assert cli.main(["--db", str(path), "import", str(good)]) == 0
    stored = {row[0]: row[4] for row in snapshot(path)["product"]}
    assert stored == {
        "TAG-1": 25000,
        "TAG-2": 1250000,
        "TAG-3": 25000,
        "TAG-4": 25000,
        "TAG-5": 7500,
        "TAG-6": 0,  # a spreadsheet's rounding of a small negative, as LibreOffice writes it
    }
    capsys.readouterr()
    cents = write_csv(
        tmp_path / "sen.csv", [["kode", "nama", "harga"], ["TAG-9", "Produk 9", "25,000.50"]]
    )
    before = snapshot(path)
    assert cli.main(["--db", str(path), "import", str(cents)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "Row 2, column harga: Price must be whole rupiah (no cents)",
        "etalase: error: sen.csv has 1 problem: nothing was imported",
    ]
    assert snapshot(path) == before


def test_a_totals_row_at_the_bottom_of_a_list_is_refused_not_added_as_a_product(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Dinas lists end with `JUMLAH` (or `Total`) summing the prices and stocks: without a code
    it was added as a product named JUMLAH at Rp55.000. A product named with the word is not
    refused."""
    path = tmp_path / "toko.db"
    rows = [
        ["No", "Nama Produk", "Harga", "Stok"],
        ["1", "Kopi Total Robusta", "25000", "12"],
        ["2", "Kopi Luwak", "30000", "3"],
        ["", "JUMLAH", "55000", "15"],
        ["", "Grand Total:", "55000", "15"],
    ]
    dinas = write_csv(tmp_path / "dinas.csv", rows)
    for flags in (["--dry-run"], []):
        assert cli.main(["--db", str(path), "import", str(dinas), *flags]) == 2
        assert capsys.readouterr().err.splitlines() == [
            "Row 4, column Nama Produk: “JUMLAH” is a totals row, not a product: delete the "
            "row from the file",
            "Row 5, column Nama Produk: “Grand Total:” is a totals row, not a product: delete "
            "the row from the file",
            "etalase: error: dinas.csv has 2 problems: nothing was imported",
        ]
        assert not path.exists()
    assert cli.main(["--db", str(path), "import", str(write_csv(dinas, rows[:3]))]) == 0
    names = sorted(row[1] for row in snapshot(path)["product"])
    assert names == ["Kopi Luwak", "Kopi Total Robusta"]


def test_kabupaten_in_the_short_names_of_a_dinas_list_are_stored_by_their_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`Lamsel`, `Kab.Lampung Timur`: refused before as not one of Lampung's 15."""
    path = tmp_path / "toko.db"
    dinas = write_csv(
        tmp_path / "dinas.csv",
        [
            ["Nama Produk", "Harga", "Nama UMKM", "Kab/Kota"],
            ["Keripik Pisang", "20000", "Keripik Bakauheni", "Lamsel"],
            ["Kopi Bubuk", "30000", "Kopi Sekampung", "Kab.Lampung Timur"],
            ["Tapis Mini", "90000", "Tapis Tubaba", "TUBABA"],
        ],
    )
    assert cli.main(["--db", str(path), "import", str(dinas)]) == 0
    regions = {name: kabupaten for name, _, _, kabupaten, _ in snapshot(path)["producer"]}
    assert regions == {
        "Keripik Bakauheni": "Lampung Selatan",
        "Kopi Sekampung": "Lampung Timur",
        "Tapis Tubaba": "Tulang Bawang Barat",
    }
