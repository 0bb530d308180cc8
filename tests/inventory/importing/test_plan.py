"""Checking and importing product spreadsheets into a real showcase database.

Each kind of bad row is reported as staff read it (row as the spreadsheet numbers it, column as
headed in the file, reason) and a file with any bad row changes nothing at all. Good files add
and update by code, find or make producers and categories, and turn stock figures into stock
counts, all in one transaction, after a backup.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from showcase.errors import Cancelled
from showcase.inventory.importing.apply import (
    ImportRejected,
    check_file,
    import_sheet,
)
from showcase.inventory.importing.files import read_sheet
from showcase.inventory.importing.plan import change_lines, summary_line
from showcase.store.db import Database
from tests.helpers.import_fixtures import (
    fill,
    snapshot,
    stock_is_sum_of_movements,
    write_csv,
    write_xlsx,
)
from tests.helpers.plain import plain_connection

HEADER = ["kode", "nama", "harga", "stok", "kategori", "produsen", "kabupaten", "telepon"]


def _rejected(db: Database, path: Path) -> list[str]:
    """Import `path`, expecting a refusal; return the report's lines. Checks nothing changed."""
    before = snapshot(db)
    with pytest.raises(ImportRejected) as caught:
        import_sheet(db, read_sheet(path))
    assert snapshot(db) == before
    assert not (db.path.parent / "backups").exists()  # refused before the backup
    return [str(problem) for problem in caught.value.plan.problems]


@pytest.fixture
def filled(db: Database) -> Database:
    fill(db)
    return db


# --- bad rows: one test per kind, each checking the report line and an unchanged database ----


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (["KOP-0009", "", "20000"], "Row 3, column nama: Name is required"),
        (
            ["KOP-0009", "Kopi", "abc"],
            "Row 3, column harga: Price “abc” is not an amount in rupiah",
        ),
        (["KOP-0009", "Kopi", "Rp 12.500,50"], "Row 3, column harga: Price must be whole rupiah"),
        (["KOP-0009", "Kopi", "-5000"], "Row 3, column harga: Price cannot be negative"),
        (["KOP-0009", "Kopi", "20000", "-3"], "Row 3, column stok: Stock cannot be negative"),
        (["KOP-0009", "Kopi", "20000", "dua"], "Row 3, column stok: Stock must be a whole number"),
        (["KOP-0009", "Kopi", "20000", "2,5"], "Row 3, column stok: Stock must be a whole number"),
        (
            ["KOP-0009", "Kopi", "20000", "1", "", "Kopi Siger", "Jakarta Selatan"],
            "Row 3, column kabupaten: Jakarta Selatan is not one of Lampung's 15 kabupaten/kota",
        ),
        (
            ["KOP-0009", "Kopi", "20000", "1", "", "Kopi Siger", "", "bukan nomor"],
            "Row 3, column telepon: “bukan nomor” holds characters that are not part of a phone",
        ),
        (
            ["KOP-0009", "Kopi", "20000", "1", "", "Kopi Siger", "", "+1 555 123 4567"],
            "Row 3, column telepon: “+1 555 123 4567” is not an Indonesian number (+62)",
        ),
        (
            ["KOP 0009!", "Kopi", "20000"],
            "Row 3, column kode: Code may hold only letters, digits and - _ . / (at most 40)",
        ),
        (
            ["BARU-1", "Kopi", "20000", "1", "", "UMKM Baru Sekali"],
            "Row 3, column kabupaten: UMKM Baru Sekali is a new producer and needs its kabupaten/kota",
        ),
        (["KOP-0009", "K" * 201, "20000"], "Row 3, column nama: Name is too long (at most 200"),
    ],
)
def test_each_kind_of_bad_row_is_reported_and_nothing_is_imported(
    filled: Database, tmp_path: Path, row: list[str], expected: str
) -> None:
    path = write_csv(
        tmp_path / "produk.csv",
        [HEADER, ["KOP-0100", "Kopi yang baik", "30000", "5"], row],
        delimiter=";",
        bom=True,
    )
    lines = _rejected(filled, path)
    assert len(lines) == 1, lines
    assert lines[0].startswith(expected), lines


def test_duplicate_codes_in_the_file_name_the_first_row(filled: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "dobel.csv",
        [HEADER, ["A-1", "Satu", "1000"], ["B-1", "Dua", "1000"], ["a-1", "Tiga", "1000"]],
    )
    assert _rejected(filled, path) == ["Row 4, column kode: Code a-1 is also in row 2"]


def test_every_problem_of_a_row_is_reported_in_column_order(
    filled: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "banyak.csv",
        [HEADER, ["X-1", "", "abc", "-1", "", "Produsen Baru", "Jakarta", "12"]],
    )
    assert _rejected(filled, path) == [
        "Row 2, column nama: Name is required",
        "Row 2, column harga: Price “abc” is not an amount in rupiah (for example 25000 or Rp25.000)",
        "Row 2, column stok: Stock cannot be negative",
        "Row 2, column kabupaten: Jakarta is not one of Lampung's 15 kabupaten/kota",
        "Row 2, column telepon: “12” does not look like an Indonesian number (08… or +62…)",
    ]


def test_new_producer_without_a_kabupaten_column(filled: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv", [["nama", "harga", "produsen"], ["Madu Hutan", "0", "Lebah Makmur"]]
    )
    assert _rejected(filled, path) == [
        "Row 2, column produsen: Lebah Makmur is a new producer and needs its kabupaten/kota: "
        "add a kabupaten column"
    ]


def test_one_new_producer_given_two_kabupaten(filled: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            ["nama", "harga", "produsen", "kabupaten"],
            ["Madu", "65000", "Lebah Makmur", "Way Kanan"],
            ["Madu Klanceng", "90000", "lebah makmur", "Mesuji"],
        ],
    )
    assert _rejected(filled, path) == [
        "Row 3, column kabupaten: Lebah Makmur was given Way Kanan in row 2"
    ]


def test_two_columns_for_one_field(filled: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["Nama", "Harga", "Price"], ["Kopi", "1000", "2000"]])
    assert _rejected(filled, path) == [
        "Row 1, column Price: means the same as column Harga: keep only one"
    ]


def test_wrong_yes_no(filled: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["nama", "harga", "unggulan"], ["Kopi", "0", "mungkin"]])
    assert _rejected(filled, path) == [
        "Row 2, column unggulan: “mungkin” is not yes or no (write ya/yes or tidak/no)"
    ]


# --- good files ------------------------------------------------------------------------------


def test_new_products_get_codes_producers_and_categories(filled: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "baru.csv",
        [
            [*HEADER, "unggulan", "kiosk", "sertifikat", "Catatan"],
            [
                "",
                "Kopi Lanang",
                "Rp 60.000",
                "7",
                "KOPI",
                "kopi siger",
                "",
                "",
                "ya",
                "tidak",
                "Halal, P-IRT",
                "x",
            ],
            [
                "",
                "Lada Hitam",
                "35.000",
                "",
                "Rempah",
                "Tani Lada Jaya",
                "Kab. Way Kanan",
                "+62 812 1111 2222",
                "",
                "",
                "",
                "",
            ],
            ["", "Lada Putih", "40000", "3", "rempah", "TANI LADA JAYA", "", "", "", "", "", ""],
        ],
    )
    sheet, plan = check_file(filled, path)
    assert plan.ok, plan.problems
    assert summary_line(plan) == "3 to add, 0 to change, 0 unchanged"
    # The editor's codes: the category's first letters, the next free number.
    assert [p.code for p in plan.products] == ["KOP-0003", "REM-0001", "REM-0002"]
    assert plan.new_categories == {"rempah": "Rempah"}
    assert [(n.name, n.kabupaten, n.phone) for n in plan.new_producers.values()] == [
        ("Tani Lada Jaya", "Way Kanan", "6281211112222")
    ]
    assert plan.ignored_columns == ["Catatan"]

    result = import_sheet(filled, sheet)
    assert result.backup is not None and result.backup.exists()
    with plain_connection(filled) as conn:
        rows = conn.execute(
            "SELECT p.code, p.name_id, p.price, p.stock, c.name_id, pr.name, p.featured, p.on_kiosk,"
            " p.certificates FROM product AS p LEFT JOIN category AS c ON c.id = p.category_id"
            " LEFT JOIN producer AS pr ON pr.id = p.producer_id WHERE p.code IN"
            " ('KOP-0003', 'REM-0001', 'REM-0002') ORDER BY p.code"
        ).fetchall()
        assert rows == [
            ("KOP-0003", "Kopi Lanang", 60000, 7, "Kopi", "Kopi Siger", 1, 0, '["Halal", "P-IRT"]'),
            ("REM-0001", "Lada Hitam", 35000, 0, "Rempah", "Tani Lada Jaya", 0, 1, "[]"),
            ("REM-0002", "Lada Putih", 40000, 3, "Rempah", "Tani Lada Jaya", 0, 1, "[]"),
        ]
        producer = conn.execute(
            "SELECT kind, scale, kabupaten, phone FROM producer WHERE name = 'Tani Lada Jaya'"
        ).fetchone()
        assert producer == ("umkm", "mikro", "Way Kanan", "6281211112222")
        # An opening stock is a stock count naming the file, so stock stays the sum of movements.
        notes = conn.execute(
            "SELECT m.kind, m.quantity, m.note FROM stock_movement AS m JOIN product AS p"
            " ON p.id = m.product_id WHERE p.code = 'KOP-0003'"
        ).fetchall()
    assert notes == [("adjust", 7, "Stock count from the import of baru.csv")]
    assert stock_is_sum_of_movements(filled)


def test_reimport_updates_by_code_and_empty_cells_keep_values(
    filled: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "ulang.csv",
        [
            ["Kode", "Nama", "Nama EN", "Harga", "Stok", "Stok Min", "Kategori"],
            ["kop-0001", "Kopi Robusta Lampung", "", "Rp 47.500", "18", "", ""],  # lower-case code
            ["KOP-0002", "Kopi Luwak", "", "150000", "2", "", ""],
            ["LAIN-1", "Gula Aren Asli", "Palm sugar", "20.000", "", "4", "Kerajinan"],
        ],
    )
    sheet, plan = check_file(filled, path)
    assert (plan.added, plan.changed, plan.unchanged) == (0, 2, 1)
    assert change_lines(plan) == [
        "KOP-0001 Kopi Robusta Lampung: Price Rp45.000 → Rp47.500; Stock 20 → 18",
        "LAIN-1 Gula Aren Asli: Name Gula Aren → Gula Aren Asli; English name — → Palm sugar; "
        "Minimum stock 0 → 4; Category — → Kerajinan",
    ]
    before_count = len(snapshot(filled)["product"])
    import_sheet(filled, sheet)
    after = {row[0]: row for row in snapshot(filled)["product"]}
    assert len(after) == before_count  # updated, not duplicated
    kopi = after["KOP-0001"]
    assert (kopi[1], kopi[2], kopi[3], kopi[4], kopi[6], kopi[7]) == (
        "Kopi Robusta Lampung",
        "Lampung Robusta Coffee",  # empty cell: kept
        "Biji kopi sangrai",  # no column: kept
        47500,
        18,
        5,
    )
    with plain_connection(filled) as conn:
        moves = conn.execute(
            "SELECT m.kind, m.quantity FROM stock_movement AS m JOIN product AS p"
            " ON p.id = m.product_id WHERE p.code = 'KOP-0001' ORDER BY m.id"
        ).fetchall()
        assert moves == [("receive", 20), ("adjust", -2)]
        audited = conn.execute(
            "SELECT entity, action FROM audit_entry WHERE entity_id IN"
            " (SELECT CAST(id AS TEXT) FROM product WHERE code = 'LAIN-1') AND entity = 'product'"
            " ORDER BY id"
        ).fetchall()
    assert audited[-1] == ("product", "update")  # through the ORM: the audit log saw it
    assert stock_is_sum_of_movements(filled)

    # The same file again: nothing to do, no backup.
    again = import_sheet(filled, read_sheet(path))
    assert (again.plan.changed, again.plan.unchanged, again.backup) == (0, 3, None)


def test_xlsx_with_indonesian_headers_imports_formatted_numbers(
    filled: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "dinas.xlsx",
        [
            [
                "Kode Produk",
                "Nama Produk",
                "Harga Jual",
                "Stok",
                "Produsen",
                "Kabupaten/Kota",
                "No HP",
            ],
            [
                "KOP-0001",
                "Kopi Robusta Lampung",
                45000.0,
                25.0,
                "Kopi Siger",
                "Lampung Barat",
                81234567890,
            ],
            ["KRJ-7", "Tas Anyaman", 125000.0, 4.0, "Koperasi Tapis Jaya", "Pesawaran", None],
        ],
        formats={2: "Rp #,##0", 3: "#,##0"},
    )
    sheet, plan = check_file(filled, path)
    assert plan.ok, plan.problems
    assert change_lines(plan) == ["KOP-0001 Kopi Robusta Lampung: Stock 20 → 25"]
    import_sheet(filled, sheet)
    rows = {row[0]: row for row in snapshot(filled)["product"]}
    assert (rows["KRJ-7"][4], rows["KRJ-7"][6]) == (125000, 4)
    assert rows["KOP-0001"][6] == 25


def test_a_known_producer_is_not_changed_by_a_product_file(
    filled: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            ["kode", "nama", "produsen", "kabupaten"],
            ["KOP-0001", "Kopi Robusta Lampung", "KOPI SIGER", "Tanggamus"],
        ],
    )
    sheet, plan = check_file(filled, path)
    assert plan.notes == [
        "Row 2: Kopi Siger stays in Lampung Barat, not Tanggamus; change producers in Data → Producers"
    ]
    import_sheet(filled, sheet)
    assert ("Kopi Siger", "umkm", "mikro", "Lampung Barat", "6281234567890") in snapshot(filled)[
        "producer"
    ]


def test_dry_run_changes_nothing(filled: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv", [HEADER, ["", "Produk Baru", "1000", "9", "Baru", "", "", ""]]
    )
    before = snapshot(filled)
    _sheet, plan = check_file(filled, path)
    assert plan.added == 1
    assert snapshot(filled) == before
    assert not (filled.path.parent / "backups").exists()


def test_cancel_in_the_middle_leaves_the_database_as_it_was(
    filled: Database, tmp_path: Path
) -> None:
    rows = [["kode", "nama", "harga", "stok"]] + [
        [f"C-{n:04d}", f"Produk {n}", "1000", "3"] for n in range(450)
    ]
    sheet = read_sheet(write_csv(tmp_path / "banyak.csv", rows))
    before = snapshot(filled)
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)

    with pytest.raises(Cancelled):
        import_sheet(filled, sheet, progress=progress, cancelled=lambda: len(seen) >= 2)
    assert seen and seen[-1] < 450  # it had written products when it stopped
    assert snapshot(filled) == before


def test_remarks_columns_are_not_read_as_descriptions(filled: Database, tmp_path: Path) -> None:
    """`Keterangan` in a Dinas sheet holds remarks ("stok habis"), not the product's description."""
    path = write_csv(
        tmp_path / "p.csv",
        [["kode", "nama", "Keterangan"], ["KOP-0001", "Kopi Robusta Lampung", "stok habis"]],
    )
    _sheet, plan = check_file(filled, path)
    assert plan.ignored_columns == ["Keterangan"]
    assert plan.unchanged == 1


def test_a_file_without_codes_imported_again_warns_before_it_adds_twice(
    filled: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "dinas.csv", [["nama", "harga"], ["Madu Hutan", "80000"]])
    first = import_sheet(filled, read_sheet(path))
    assert first.plan.notes == []
    _sheet, again = check_file(filled, path)
    assert again.added == 1  # a row without a code is a new product, as the brief of the file
    assert again.notes == [
        "Row 2: Madu Hutan is already in the showcase as PRD-0001; this row adds another one "
        "(write the code PRD-0001 in the file to update it instead)"
    ]


@pytest.mark.parametrize("heading", ["No. HP/WA", "No Telp/WA", "Nomor HP/WA"])
def test_a_phone_column_headed_as_dinas_lists_head_it_is_read(
    filled: Database, tmp_path: Path, heading: str
) -> None:
    header = ["Kode", "Nama Produk", "Nama UMKM", "Kabupaten/Kota", heading, "Harga (Rp)"]
    row = ["", "Kopi Luwak", "Tani Kopi Baru", "Lampung Barat", "0812-1111-3333", "90.000"]
    sheet, plan = check_file(filled, write_csv(tmp_path / "dinas.csv", [header, row]))
    assert plan.ok and plan.ignored_columns == []
    import_sheet(filled, sheet)
    with plain_connection(filled) as conn:
        phone = conn.execute("SELECT phone FROM producer WHERE name = 'Tani Kopi Baru'").fetchone()
    assert phone == ("6281211113333",)
