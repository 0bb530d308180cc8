"""The import writes in batches, and what it writes is what the editor writes: the same change
history entries (a new category, a new producer, a new product, its stock count, a changed
product and its new count), stock the sum of its movements, codes as the editor gives them, and
nothing at all for a file that changes nothing. On both stores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from showcase.inventory.importing.apply import import_sheet
from showcase.inventory.importing.files import read_sheet
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
)
from showcase.inventory.products import ProductInput, create_product, update_product
from showcase.inventory.stock import record_movement
from showcase.store.db import Database
from tests.helpers.import_fixtures import stock_is_sum_of_movements, write_csv
from tests.helpers.plain import plain_connection

HEADER = ["kode", "nama", "nama_en", "deskripsi", "kategori", "produsen", "kabupaten",
          "telepon", "harga", "satuan", "stok", "stok_min", "unggulan", "sertifikat"]  # fmt: skip


def _history(db: Database, after: int = 0) -> list[dict[str, Any]]:
    with plain_connection(db) as conn:
        rows = conn.execute(
            "SELECT id, actor, action, entity, entity_id, product_id, summary, changes "
            f"FROM audit_entry WHERE id > {after} ORDER BY id"
        ).fetchall()
    keys = ("id", "actor", "action", "entity", "entity_id", "product_id", "summary", "changes")
    entries = [dict(zip(keys, row, strict=True)) for row in rows]
    for entry in entries:
        if isinstance(entry["changes"], str):
            entry["changes"] = json.loads(entry["changes"])
    return entries


def _last_id(db: Database) -> int:
    with plain_connection(db) as conn:
        return int(conn.execute("SELECT coalesce(max(id), 0) FROM audit_entry").fetchone()[0])


def _shape(entries: list[dict[str, Any]], names: dict[str, str]) -> list[str]:
    """The entries with this run's names (codes, category, producer) and ids left out, so that
    what the editor wrote and what the import wrote can be compared."""
    shapes = []
    for entry in entries:
        if entry["entity"] == "category":  # a category made later comes later in the list
            entry["changes"].pop("position")
        text = json.dumps(
            {k: v for k, v in entry.items() if k not in ("id", "entity_id", "product_id")},
            sort_keys=False,
            ensure_ascii=False,
        )
        for name, placeholder in names.items():
            text = text.replace(name, placeholder)
        shapes.append(text)
    return shapes


def test_an_import_writes_the_history_the_editor_writes(db: Database, tmp_path: Path) -> None:
    db.actor = "Siti"
    note = "Stock count from the import of {file}"
    # The editor: a category, a producer, a product and its count; then a new price, a count.
    start = _last_id(db)
    with db.session() as s:
        category = create_category(s, CategoryInput("Kopi")).id
        producer = create_producer(
            s, ProducerInput("Tani Kopi", kabupaten="Tanggamus", phone="081234567890")
        ).id
        data = ProductInput(
            "KOP-0001", "Robusta Sangrai", name_en="Roasted Robusta", description_id="Enak",
            category_id=category, producer_id=producer, price=45000, unit="pack 250 g",
            min_stock=5, featured=True, certificates=["Halal", "P-IRT"],
        )  # fmt: skip
        product = create_product(s, data, by="Siti").id
        record_movement(
            s, product_id=product, kind="adjust", quantity=7, note=note.format(file="a.csv")
        )
    with db.session() as s:
        data.price = 50000
        update_product(s, product, data)
        record_movement(
            s, product_id=product, kind="adjust", quantity=3, note=note.format(file="b.csv")
        )
    by_editor = _history(db, start)

    # The same through two files: a new category, producer and product; then price and stock.
    start = _last_id(db)
    row = ["", "Robusta Sangrai", "Roasted Robusta", "Enak", "Madu", "Tani Madu", "Tanggamus",
           "0812-3456-7890", "45.000", "pack 250 g", "7", "5", "ya", "Halal; P-IRT"]  # fmt: skip
    result = import_sheet(db, read_sheet(write_csv(tmp_path / "a.csv", [HEADER, row])))
    assert result.plan.added == 1
    row[0], row[8], row[10] = "MAD-0001", "50.000", "3"
    result = import_sheet(db, read_sheet(write_csv(tmp_path / "b.csv", [HEADER, row])))
    assert result.plan.changed == 1
    by_import = _history(db, start)

    names = {"KOP": "@", "MAD": "@", "Kopi": "#", "Madu": "#"}
    assert _shape(by_import, names) == _shape(by_editor, names)
    # Each entry about the product names the product it was about.
    products = {e["product_id"] for e in by_import if e["entity"] in ("product", "stock")}
    assert len(products) == 1 and None not in products
    assert [e["action"] for e in by_import] == ["create"] * 4 + ["update", "create"]
    assert stock_is_sum_of_movements(db)


def _state(db: Database) -> tuple[list[tuple[object, ...]], ...]:
    with plain_connection(db) as conn:
        return tuple(
            [tuple(row) for row in conn.execute(sql).fetchall()]
            for sql in (
                "SELECT id, code, name_id, price, stock, version, updated_at, category_id,"
                " producer_id FROM product ORDER BY id",
                "SELECT id, product_id, kind, quantity FROM stock_movement ORDER BY id",
                "SELECT id, name_id FROM category ORDER BY id",
                "SELECT id, name, kabupaten, phone FROM producer ORDER BY id",
                "SELECT count(*) FROM audit_entry",
            )
        )


def test_a_large_import_in_batches_then_again_and_changed(db: Database, tmp_path: Path) -> None:
    count = 2500  # several batches
    rows = [
        ["" if n % 10 == 0 else f"LPG-{n:05d}", f"Produk {n}", "", f"Deskripsi {n}",
         f"Kategori {n % 3}", f"UMKM {n % 40}", "Pringsewu", "", str(1000 + n), "pcs",
         str(n % 20), "0", "tidak", ""]
        for n in range(count)
    ]  # fmt: skip
    path = write_csv(tmp_path / "banyak.csv", [HEADER, *rows])
    seen: list[tuple[int, int]] = []
    result = import_sheet(db, read_sheet(path), progress=lambda d, t: seen.append((d, t)))
    assert result.plan.added == count
    assert seen[-1] == (count, count) and len(seen) > 1  # progress as the batches are written
    with plain_connection(db) as conn:
        products = conn.execute(
            "SELECT p.code, p.name_id, p.price, p.stock, c.name_id, r.name FROM product p"
            " JOIN category c ON c.id = p.category_id JOIN producer r ON r.id = p.producer_id"
        ).fetchall()
        movements = conn.execute("SELECT count(*) FROM stock_movement").fetchone()[0]
        created = conn.execute(
            "SELECT entity, count(*) FROM audit_entry WHERE action = 'create' GROUP BY entity"
        ).fetchall()
    by_name = {row[1]: row for row in products}
    assert len(by_name) == count
    assert by_name["Produk 7"][2:] == (1007, 7, "Kategori 1", "UMKM 7")
    # Rows without a code got the next free codes of their category, as the editor gives them.
    assert [by_name[f"Produk {n}"][0] for n in range(0, count, 10)] == [
        f"KAT-{number:04d}" for number in range(1, count // 10 + 1)
    ]
    assert movements == sum(1 for n in range(count) if n % 20)
    assert dict(created) == {"category": 3, "producer": 40, "product": count, "stock": movements}
    assert stock_is_sum_of_movements(db)

    coded = [row for row in rows if row[0]]  # a row without a code would be added again
    path = write_csv(tmp_path / "berkode.csv", [HEADER, *coded])
    before = _state(db)
    again = import_sheet(db, read_sheet(path))
    assert again.plan.unchanged == len(coded) and again.backup is None
    assert _state(db) == before  # nothing written: no row, no version, no history entry

    for row in coded:
        row[8], row[10] = str(int(row[8]) + 500), str(int(row[10]) + 1)
    changed = import_sheet(db, read_sheet(write_csv(tmp_path / "berubah.csv", [HEADER, *coded])))
    assert changed.plan.changed == len(coded)
    with plain_connection(db) as conn:
        ident, price, stock, version = conn.execute(
            "SELECT id, price, stock, version FROM product WHERE code = 'LPG-00007'"
        ).fetchone()
        updates = conn.execute(
            f"SELECT changes FROM audit_entry WHERE action = 'update' AND product_id = {ident}"
        ).fetchall()
    assert (price, stock, version) == (1507, 8, 2)
    assert [json.loads(u[0]) if isinstance(u[0], str) else u[0] for u in updates] == [
        {"price": [1007, 1507]}
    ]
    assert stock_is_sum_of_movements(db)


def test_a_changed_product_stores_every_changed_column(db: Database, tmp_path: Path) -> None:
    # Names, a list of certificates, a flag and a unit changed at once (one UPDATE a group of
    # rows on a server): stored as the file says, the list as a list, with their history.
    row = ["TEH-0001", "Teh Hijau", "", "Daun teh", "Teh", "Kebun Teh", "Lampung Barat", "",
           "20.000", "pack", "4", "0", "tidak", "Halal"]  # fmt: skip
    import_sheet(db, read_sheet(write_csv(tmp_path / "a.csv", [HEADER, row])))
    row[1], row[3], row[9], row[12], row[13] = (
        "Teh Hijau Kebun",
        "Pucuk",
        "kotak",
        "ya",
        "Halal; P-IRT",
    )
    result = import_sheet(db, read_sheet(write_csv(tmp_path / "b.csv", [HEADER, row])))
    assert result.plan.changed == 1
    with plain_connection(db) as conn:
        stored = conn.execute(
            "SELECT id, name_id, description_id, unit, featured, certificates, version"
            " FROM product WHERE code = 'TEH-0001'"
        ).fetchone()
    ident, *values, certificates, version = stored
    if isinstance(certificates, str):
        certificates = json.loads(certificates)
    assert (values, certificates, version) == (
        ["Teh Hijau Kebun", "Pucuk", "kotak", True],
        ["Halal", "P-IRT"],
        2,
    )
    update = [e for e in _history(db) if e["action"] == "update" and e["product_id"] == ident]
    assert [sorted(e["changes"]) for e in update] == [
        ["certificates", "description_id", "featured", "name_id", "unit"]
    ]
    assert update[0]["changes"]["certificates"] == [["Halal"], ["Halal", "P-IRT"]]
