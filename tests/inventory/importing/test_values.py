"""Values as spreadsheet cells hold them. Numbers beyond the largest price or count the store
keeps, and the spreadsheet's short form of long numbers (`1E+20`), are each a problem naming the
row and the column, in the check as in the import, and nothing is written. Digits of other
scripts and odd spaces are read as the numbers and phone numbers they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from showcase.inventory.importing.apply import ImportRejected, check_file, import_sheet
from showcase.inventory.importing.files import read_sheet
from showcase.inventory.qr_payloads import QrKind, qr_payload
from showcase.printing.labels.payloads import label_items
from showcase.store.db import Database
from showcase.store.models import Product
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
            "Row 2, column harga: Price must be at most Rp2.000.000.000",
        ),
        (
            ["", "Kopi Baru", "2.000.000.001", "1", "0"],
            "Row 2, column harga: Price must be at most Rp2.000.000.000",
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
            "Row 2, column harga: Price must be at most Rp2.000.000.000",
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
        "Row 2, column Harga: Price must be at most Rp2.000.000.000",
        "Row 3, column Stok: Stock must be at most 1.000.000.000",
        "Row 3, column Stok Min: Minimum stock must be at most 1.000.000.000",
    ]


def test_the_largest_values_import(filled: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "batas.csv",
        [HEADER, ["BESAR-1", "Perahu Kayu", "Rp2.000.000.000", "1.000.000.000", "1000000000"]],
    )
    import_sheet(filled, read_sheet(path))
    rows = {row[0]: row for row in snapshot(filled)["product"]}
    assert (rows["BESAR-1"][4], rows["BESAR-1"][6], rows["BESAR-1"][7]) == (2 * 10**9, 10**9, 10**9)


def test_digits_of_other_scripts_are_stored_as_numbers_and_the_whatsapp_label_works(
    filled: Database, tmp_path: Path
) -> None:
    """A file typed on an Arabic or a Japanese keyboard, or pasted from a web page."""
    path = write_csv(
        tmp_path / "digit.csv",
        [
            ["kode", "nama", "harga", "stok", "stok_min", "produsen", "kabupaten", "telepon"],
            # Arabic-Indic digits with the Arabic thousands separator and direction marks.
            [
                "MDU-1",
                "Madu Hutan",
                "Rp ٧٥٬٠٠٠",
                "١٢",
                "٣",
                "Lebah Way Kanan",
                "Way Kanan",
                "\u200f٠٨١٢-٣٤٥٦-٧٨٩٠",
            ],
            # Full-width digits and plus, an ideographic space, no-break and thin spaces.
            [
                "MDU-2",
                "Madu Klanceng",
                "１２０\u00a0０００",
                "1\u2009200",
                "１０",
                "Klanceng Mesuji",
                "Mesuji",
                "＋６２\u3000８１２\u00a0１１１１\u2009２２２２",
            ],
            # Extended Arabic-Indic (Persian, Urdu keyboards).
            ["MDU-3", "Madu Pahit", "۹۵۰۰۰", "۷", "۰", "Lebah Way Kanan", "Way Kanan", ""],
        ],
    )
    _sheet, plan = check_file(filled, path)
    assert plan.ok, plan.problems
    import_sheet(filled, read_sheet(path))
    rows = {row[0]: row for row in snapshot(filled)["product"]}
    assert [(rows[c][4], rows[c][6], rows[c][7]) for c in ("MDU-1", "MDU-2", "MDU-3")] == [
        (75000, 12, 3),
        (120000, 1200, 10),
        (95000, 7, 0),
    ]
    phones = {name: phone for name, *_, phone in snapshot(filled)["producer"]}
    assert phones["Lebah Way Kanan"] == "6281234567890"
    assert phones["Klanceng Mesuji"] == "6281211112222"
    with filled.session() as s:
        ids = list(s.scalars(select(Product.id).where(Product.code.in_(["MDU-1", "MDU-2"]))))
        items = sorted(label_items(s, ids), key=lambda item: item.code)
    assert [qr_payload(item, QrKind.WHATSAPP) for item in items] == [
        "https://wa.me/6281234567890?text=Halo%2C%20saya%20tertarik%20dengan%20MDU-1%20%28Madu"
        "%20Hutan%29%20di%20UMKM%20Center%20Bakauheni",
        "https://wa.me/6281211112222?text=Halo%2C%20saya%20tertarik%20dengan%20MDU-2%20%28Madu"
        "%20Klanceng%29%20di%20UMKM%20Center%20Bakauheni",
    ]


def test_codes_pasted_with_invisible_marks_or_typed_full_width_are_the_codes_they_show(
    filled: Database, tmp_path: Path
) -> None:
    """A zero-width space from a web page, a byte order mark left where two files were joined,
    full-width letters from a Chinese or Japanese input method: the stored product is updated
    (and a new one gets the code as shown), instead of 'Code may hold only letters…' for a code
    that looks right."""
    path = write_csv(
        tmp_path / "tempel.csv",
        [
            ["kode", "nama", "harga", "stok"],
            ["KOP\u200b-0001", "Kopi Robusta Lampung", "46000", "20"],
            ["\ufeffKOP-0002", "Kopi Luwak", "150000", "2"],
            ["ＭＤＵ－１", "Madu Hutan", "75000", "1"],
        ],
    )
    _sheet, plan = check_file(filled, path)
    assert plan.ok, plan.problems
    import_sheet(filled, read_sheet(path))
    rows = {row[0]: (row[1], row[4]) for row in snapshot(filled)["product"]}
    assert rows == {
        "KOP-0001": ("Kopi Robusta Lampung", 46000),
        "KOP-0002": ("Kopi Luwak", 150000),
        "LAIN-1": ("Gula Aren", 20000),
        "MDU-1": ("Madu Hutan", 75000),
    }


def test_a_new_product_needs_a_price_and_an_existing_one_keeps_its_own(
    filled: Database, tmp_path: Path
) -> None:
    """An empty price cell would have made a new product Rp0 ("price on request") unasked."""
    path = write_csv(
        tmp_path / "harga.csv",
        [
            ["kode", "nama", "harga"],
            ["KOP-0001", "Kopi Robusta Lampung", ""],  # in the showcase: keeps Rp45.000
            ["", "Madu Hutan", ""],
            ["BARU-1", "Gula Semut", " "],
            ["BARU-2", "Kopi Bubuk", "0"],  # an explicit 0: price on request, as written
        ],
    )
    assert _refused(filled, path) == [
        "Row 3, column harga: A new product needs a price: write it, or 0 for “price on request”",
        "Row 4, column harga: A new product needs a price: write it, or 0 for “price on request”",
    ]
    fixed = write_csv(
        tmp_path / "harga.csv",
        [
            ["kode", "nama", "harga"],
            ["KOP-0001", "Kopi Robusta Lampung", ""],
            ["BARU-2", "Kopi Bubuk", "0"],
        ],
    )
    import_sheet(filled, read_sheet(fixed))
    rows = {row[0]: row for row in snapshot(filled)["product"]}
    assert (rows["KOP-0001"][4], rows["BARU-2"][4]) == (45000, 0)


def test_a_file_without_a_price_column_adds_no_product(filled: Database, tmp_path: Path) -> None:
    """Updating products needs no price column; adding them does, row by row."""
    path = write_csv(
        tmp_path / "stok.csv",
        [["kode", "nama", "stok"], ["KOP-0001", "Kopi Robusta Lampung", "25"], ["", "Madu", "3"]],
    )
    assert _refused(filled, path) == [
        "Row 3, column Price: A new product needs a price: add a price column (harga), with 0 "
        "for “price on request”",
    ]
    only_update = write_csv(
        tmp_path / "stok.csv",
        [["kode", "nama", "stok"], ["KOP-0001", "Kopi Robusta Lampung", "25"]],
    )
    import_sheet(filled, read_sheet(only_update))
    rows = {row[0]: row for row in snapshot(filled)["product"]}
    assert (rows["KOP-0001"][4], rows["KOP-0001"][6]) == (45000, 25)
