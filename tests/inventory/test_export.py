"""CSV export: every live product, read back unchanged with the csv module, written all or nothing."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from showcase.errors import UserError
from showcase.inventory import export as export_module
from showcase.inventory.export import COLUMNS, export_products_csv
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
)
from showcase.inventory.products import ProductInput, create_product, set_archived
from showcase.store.db import Database

TRICKY_NAME = 'Keripik "Pisang", Cokelat; pedas 🍌🔥'
TRICKY_DESCRIPTION = 'Baris satu,\nbaris dua; "kutip"\r\nbaris tiga\tdengan tab'


def _fill(db: Database) -> None:
    with db.session() as s:
        snacks = create_category(s, CategoryInput("Makanan Ringan", "Snacks")).id
        rafins = create_producer(
            s,
            ProducerInput(
                "Rafins Snack, Pringsewu",
                scale="kecil",
                kabupaten="pringsewu",
                phone="081277778888",
            ),
        ).id
        create_product(
            s,
            ProductInput(
                code="MAK-0001",
                name_id=TRICKY_NAME,
                name_en="Banana chips — chocolate",
                description_id=TRICKY_DESCRIPTION,
                category_id=snacks,
                producer_id=rafins,
                price="Rp 25.000",
                unit="pack 250 g",
                min_stock=5,
                featured=True,
                certificates=["Halal", "P-IRT"],
                export_markets=["Mesir", "Singapura"],
            ),
            initial_stock=12,
        )
        # No category, no producer, not on the kiosk: empty cells, not "None".
        create_product(s, ProductInput(code="LAD-0001", name_id="Lada Hitam", on_kiosk=False))
        gone = create_product(s, ProductInput(code="ARS-0001", name_id="Sudah diarsipkan"))
        set_archived(s, gone.id, True)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        return list(reader)


def test_export_round_trips_every_live_product(db: Database, tmp_path: Path) -> None:
    _fill(db)
    out = tmp_path / "produk.csv"
    with db.session() as s:
        assert export_products_csv(s, out) == 2
    assert out.read_bytes().startswith(b"\xef\xbb\xbfcode,name_id,")  # BOM for Excel
    rows = _read(out)
    assert [r["code"] for r in rows] == ["LAD-0001", "MAK-0001"]  # archived one left out
    lada, chips = rows
    assert chips == {
        "code": "MAK-0001",
        "name_id": TRICKY_NAME,
        "name_en": "Banana chips — chocolate",
        "description_id": TRICKY_DESCRIPTION.strip(),
        "description_en": "",
        "category": "Makanan Ringan",
        "producer": "Rafins Snack, Pringsewu",
        "kabupaten": "Pringsewu",
        "phone": "0812-7777-8888",  # as people write it: Excel would make 6281277778888 a float
        "price": "25000",
        "unit": "pack 250 g",
        "stock": "12",
        "min_stock": "5",
        "featured": "yes",
        "on_kiosk": "yes",
        "certificates": "Halal; P-IRT",
        "export_markets": "Mesir; Singapura",
    }
    assert (lada["category"], lada["producer"], lada["kabupaten"]) == ("", "", "")
    assert (lada["featured"], lada["on_kiosk"], lada["certificates"]) == ("no", "no", "")


def test_export_of_an_empty_showcase_is_just_the_header(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "kosong.csv"
    with db.session() as s:
        assert export_products_csv(s, out) == 0
    assert _read(out) == []


@pytest.mark.parametrize("name", ["produk.txt", "produk.xls", "produk"])
def test_only_csv_and_xlsx_names_are_accepted(db: Database, tmp_path: Path, name: str) -> None:
    with (
        db.session() as s,
        pytest.raises(UserError, match=r"export needs a \.csv or \.xlsx file name"),
    ):
        export_products_csv(s, tmp_path / name)
    assert not (tmp_path / name).exists()


def test_missing_folder_is_named(db: Database, tmp_path: Path) -> None:
    with db.session() as s, pytest.raises(UserError, match=r"folder .*nowhere does not exist"):
        export_products_csv(s, tmp_path / "nowhere" / "produk.csv")


def test_a_failure_part_way_leaves_the_old_file_and_no_partial_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(db)
    out = tmp_path / "produk.csv"
    out.write_text("the export of yesterday\n", encoding="utf-8")

    def failing_rows(session: Session) -> Iterator[list[str | int]]:
        yield ["MAK-0001", *[""] * (len(COLUMNS) - 1)]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "_rows", failing_rows)
    with db.session() as s, pytest.raises(UserError, match=r"the disk holding .* is full"):
        export_products_csv(s, out)
    assert out.read_text(encoding="utf-8") == "the export of yesterday\n"
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []
