"""The audit log: each kind of change recorded with who, old and new values; secrets never in it."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from showcase.inventory.history.log import audit_actors, audit_entries, changes_text
from showcase.inventory.kiosk.choices import set_category_on_kiosk
from showcase.inventory.kiosk.settings import clear_kiosk_pin, set_kiosk_pin
from showcase.inventory.photos import add_photo, remove_photo
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
    delete_category,
    update_producer,
)
from showcase.inventory.products import ProductInput, create_product, set_archived, update_product
from showcase.inventory.settings import set_setting
from showcase.inventory.staff.accounts import change_pin, create_account, rename, sign_in
from showcase.inventory.stock import record_movement
from showcase.store.db import Database
from tests.helpers.factories import Sample, make_sample
from tests.helpers.plain import plain_connection


def entries(db: Database, **where: Any) -> list[dict[str, Any]]:
    """The rows of audit_entry, oldest first, read straight from the store."""
    return entries_at(db, **where)


def entries_at(where_from: Path | Database, **where: Any) -> list[dict[str, Any]]:
    sql = "SELECT * FROM audit_entry"
    if where:
        sql += " WHERE " + " AND ".join(f"{key} = ?" for key in where)
    with plain_connection(where_from) as conn:
        cursor = conn.execute(sql + " ORDER BY id", list(where.values()))
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    for row in rows:
        row["changes"] = json.loads(row["changes"])
    return rows


def everything_stored(db: Database) -> str:
    with plain_connection(db) as conn:
        return " ".join(
            f"{r}"
            for r in conn.execute("SELECT actor, summary, entity_id, changes FROM audit_entry")
        )


@pytest.fixture
def sample(db: Database) -> Sample:
    db.actor = "Sari"
    return make_sample(db)


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "orange").save(buffer, "JPEG")
    return buffer.getvalue()


def test_product_create_update_archive_restore(db: Database, sample: Sample) -> None:
    db.actor = "Budi"
    with db.session() as s:
        pid = create_product(
            s,
            ProductInput("LAD-0001", "Lada Hitam", category_id=sample.coffee, price="Rp 40.000"),
        ).id
    with db.session() as s:
        update_product(
            s,
            pid,
            ProductInput("LAD-0001", "Lada Hitam Lampung", category_id=sample.snacks, price=42000),
        )
    with db.session() as s:
        set_archived(s, pid, True)
    with db.session() as s:
        set_archived(s, pid, False)
    rows = entries(db, entity="product", product_id=pid)
    assert [(r["action"], r["actor"]) for r in rows] == [
        ("create", "Budi"),
        ("update", "Budi"),
        ("archive", "Budi"),
        ("restore", "Budi"),
    ]
    created, updated, archived, _restored = rows
    assert created["summary"] == "LAD-0001 Lada Hitam"
    assert created["entity_id"] == str(pid)
    assert created["changes"]["price"] == [None, 40000]
    assert created["changes"]["category"] == [None, "Kopi"]
    assert updated["summary"] == "LAD-0001 Lada Hitam Lampung"
    assert updated["changes"] == {
        "name_id": ["Lada Hitam", "Lada Hitam Lampung"],
        "category": ["Kopi", "Makanan Ringan"],
        "price": [40000, 42000],
    }
    assert archived["changes"] == {"archived": [False, True]}
    assert archived["at"] >= created["at"]


def test_producer_and_category_changes(db: Database, sample: Sample) -> None:
    db.actor = "Dewi"
    with db.session() as s:
        update_producer(
            s,
            sample.rafins,
            ProducerInput("Rafins Snack", kind="umkm", scale="menengah", kabupaten="Pringsewu"),
        )
        cid = create_category(s, CategoryInput("Madu", "Honey")).id
        honey = create_producer(
            s, ProducerInput("Madu Way Kanan", kind="koperasi", scale=None, kabupaten="Way Kanan")
        ).id
    with db.session() as s:
        set_category_on_kiosk(s, [cid], False)
    with db.session() as s:
        delete_category(s, cid)
    made = entries(db, entity="producer", entity_id=str(honey))
    assert [(r["action"], r["actor"], r["summary"]) for r in made] == [
        ("create", "Dewi", "Madu Way Kanan")
    ]
    assert made[0]["changes"]["kabupaten"] == [None, "Way Kanan"]
    assert "scale" not in made[0]["changes"]  # nothing to say about an empty field
    producer = entries(db, entity="producer", action="update")
    assert len(producer) == 1
    assert producer[0]["actor"] == "Dewi" and producer[0]["summary"] == "Rafins Snack"
    assert producer[0]["changes"] == {"scale": ["kecil", "menengah"]}
    category = entries(db, entity="category", entity_id=str(cid))
    assert [r["action"] for r in category] == ["create", "update", "delete"]
    assert category[0]["changes"]["name_en"] == [None, "Honey"]
    assert category[1]["changes"] == {"on_kiosk": [True, False]}
    assert category[2]["changes"]["name_id"] == ["Madu", None]


def test_stock_movement_names_the_person_and_the_stock_before_and_after(
    db: Database, sample: Sample
) -> None:
    db.actor = "Budi"
    pid = sample.products["KOP-0001"]
    with db.session() as s:
        movement = record_movement(s, product_id=pid, kind="sale", quantity=3, note="Bu Ani")
        assert movement.by == "Budi"  # the stock history says who, too
    row = entries(db, entity="stock", product_id=pid)[-1]
    assert row["actor"] == "Budi"
    assert row["summary"] == "KOP-0001 Kopi Robusta Lampung"
    assert row["changes"]["kind"] == [None, "sale"]
    assert row["changes"]["quantity"] == [None, -3]
    assert row["changes"]["stock"] == [20, 17]
    assert row["changes"]["by"] == [None, "Budi"]


def test_photo_added_and_removed_without_image_bytes(db: Database, sample: Sample) -> None:
    pid = sample.products["KAI-0001"]
    db.actor = "Rina"
    with db.session() as s:
        photo_id = add_photo(s, pid, _jpeg(), name="tapis.jpg").id
    with db.session() as s:
        remove_photo(s, photo_id)
    rows = entries(db, entity="photo", product_id=pid)
    assert [(r["action"], r["actor"], r["entity_id"]) for r in rows] == [
        ("create", "Rina", str(photo_id)),
        ("delete", "Rina", str(photo_id)),
    ]
    assert rows[0]["summary"] == "KAI-0001 Kain Tapis Motif Siger"
    assert rows[0]["changes"]["width"] == [None, 64]
    assert "image" not in rows[0]["changes"] and "thumbnail" not in rows[0]["changes"]
    assert rows[1]["changes"]["position"] == [0, None]


def test_settings_recorded_and_the_kiosk_pin_never_shown(db: Database, sample: Sample) -> None:
    db.actor = "Sari"
    with db.session() as s:
        set_setting(s, "label_sheet", "A4 3×8")
    with db.session() as s:
        set_setting(s, "label_sheet", "Thermal 50×30")
        set_kiosk_pin(s, "86420")
    with db.session() as s:
        set_kiosk_pin(s, "97531")
    with db.session() as s:
        clear_kiosk_pin(s)
    sheet = entries(db, entity="setting", entity_id="label_sheet")
    assert [r["changes"] for r in sheet] == [
        {"value": [None, "A4 3×8"]},
        {"value": ["A4 3×8", "Thermal 50×30"]},
    ]
    pin = entries(db, entity="setting", entity_id="kiosk_pin")
    assert [(r["action"], r["changes"]) for r in pin] == [
        ("create", {"value": [None, "(changed)"]}),
        ("update", {"value": ["(changed)", "(changed)"]}),
        ("delete", {"value": ["(changed)", None]}),
    ]
    stored = everything_stored(db)
    assert "scrypt" not in stored and "86420" not in stored and "97531" not in stored


def test_accounts_recorded_without_pin_hashes(db: Database, sample: Sample) -> None:
    db.actor = "Sari"
    with db.session() as s:
        aid = create_account(s, "Budi", "staff", "13579").id
    with db.session() as s:
        rename(s, aid, "Budi Santoso")
        change_pin(s, aid, "24680")
    db.actor = ""
    with db.session() as s:
        sign_in(s, aid, "24680")
    rows = entries(db, entity="account")
    assert [(r["action"], r["actor"], r["summary"]) for r in rows] == [
        ("create", "Sari", "Budi"),
        ("update", "Sari", "Budi Santoso"),
        ("update", "Sari", "Budi Santoso"),
        ("sign-in", "Budi Santoso", "Budi Santoso"),
    ]
    assert rows[0]["changes"]["role"] == [None, "staff"]
    assert rows[0]["changes"]["pin"] == [None, "(changed)"]
    assert rows[1]["changes"] == {"name": ["Budi", "Budi Santoso"]}
    assert rows[2]["changes"] == {"pin": [None, "(changed)"]}
    assert rows[3]["changes"] == {}
    stored = everything_stored(db)
    assert "scrypt" not in stored and "13579" not in stored and "24680" not in stored


def test_a_change_rolled_back_leaves_no_entry(db: Database, sample: Sample) -> None:
    before = len(entries(db))
    with pytest.raises(RuntimeError), db.session() as s:
        set_setting(s, "label_sheet", "A4")
        raise RuntimeError("power cut")
    assert len(entries(db)) == before


def test_bulk_statements_are_counted(db: Database) -> None:
    from showcase.inventory.demo.synthetic import build_synthetic

    db.actor = "command line (sari)"
    with db.session() as s:
        build_synthetic(s, products=30, seed=3, photos=False)
    bulk = {(r["entity"], r["action"]): r for r in entries(db) if r["action"].startswith("bulk")}
    assert bulk, "the demo's bulk inserts are in the log"
    for row in bulk.values():
        assert row["actor"] == "command line (sari)"
        assert row["changes"]["rows"][1] > 0
    assert bulk[("product", "bulk-create")]["changes"]["rows"] == [None, 30]


def test_the_log_cannot_be_edited(db: Database, sample: Sample) -> None:
    for statement in ("UPDATE audit_entry SET actor = 'someone else'", "DELETE FROM audit_entry"):
        with pytest.raises(Exception, match="the audit log cannot be changed"), db.session() as s:
            s.connection().exec_driver_sql(statement)
    assert all(row["actor"] != "someone else" for row in entries(db))


def test_query_filters_newest_first(db: Database, sample: Sample) -> None:
    pid = sample.products["KOP-0001"]
    db.actor = "Budi"
    with db.session() as s:
        record_movement(s, product_id=pid, kind="receive", quantity=5)
        set_setting(s, "label_sheet", "A4")
    with db.read() as c:
        everything = audit_entries(c)
        by_budi = audit_entries(c, actor="Budi")
        product = audit_entries(c, product_id=pid)
        stock = audit_entries(c, entity="stock", product_id=pid)
        found = audit_entries(c, text="robusta")
        found_two_words = audit_entries(c, text="kopi luwak")
        percent = audit_entries(c, text="100%")
        today = audit_entries(c, since=date.today(), until=date.today())
        tomorrow = audit_entries(c, since=date.today() + timedelta(days=1))
        yesterday = audit_entries(c, until=date.today() - timedelta(days=1))
        page = audit_entries(c, limit=3, offset=2)
        actors = audit_actors(c)
    assert [r.id for r in everything] == sorted((r.id for r in everything), reverse=True)
    assert [r.entity for r in by_budi] == ["setting", "stock"]
    assert {r.entity for r in product} == {"product", "stock"}
    assert [r.changes["quantity"][1] for r in stock] == [5, 20]
    assert {r.summary for r in found} == {"KOP-0001 Kopi Robusta Lampung"}
    assert {r.summary for r in found_two_words} == {"KOP-0002 Kopi Luwak Tanggamus"}
    assert percent == []
    assert len(today) == len(everything) and tomorrow == [] and yesterday == []
    assert [r.id for r in page] == [r.id for r in everything[2:5]]
    assert actors == ["Budi", "Sari"]
    assert changes_text(stock[0]) == "Kind: Received; Quantity: 5; By: Budi; …"
    assert changes_text(stock[0], limit=9).endswith("Stock: 20 → 25")


def test_command_line_changes_name_the_command_line(tmp_path: Path) -> None:
    from showcase.cli import main
    from showcase.inventory.history.recorder import command_line_actor

    path = tmp_path / "cli.db"
    assert main(["--db", str(path), "demo", "--products", "5"]) == 0
    actors = {row["actor"] for row in entries_at(path)}
    assert actors == {command_line_actor()}
    assert command_line_actor().startswith("command line (")
    assert Database.default_actor == ""  # the next database opened in this process is no one's


def test_every_database_opened_records(sqlite_db: Database, tmp_path: Path) -> None:
    """Databases opened one after another (a restore, tests, the CLI) each get the recorder."""
    import gc
    import shutil

    db = sqlite_db
    db.close()
    for n in range(25):
        copy = tmp_path / f"copy{n}.db"
        shutil.copyfile(db.path, copy)
        other = Database(copy)
        other.actor = f"person {n}"
        with other.session() as s:
            set_setting(s, "label_sheet", f"sheet {n}")
        other.close()
        del other
        gc.collect()  # a collected session class's id() may come back for the next one
        assert [(r["actor"], r["changes"]) for r in entries_at(copy)] == [
            (f"person {n}", {"value": [None, f"sheet {n}"]})
        ]


def test_a_program_that_loads_only_the_domain_records_its_first_change(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """In a process of its own that imports only `showcase.inventory` (as the staff window
    does, whose start reads without sessions and leaves the recorder unloaded), a change made
    through a session is recorded all the same."""
    import subprocess
    import sys

    from tests.helpers.paths import ROOT

    path = sqlite_db.path
    sqlite_db.close()
    script = (
        "import sys\n"
        "import showcase.inventory\n"
        "from showcase.inventory.settings import set_setting\n"
        "from showcase.store.db import Database\n"
        "print('showcase.inventory.history.recorder' in sys.modules)\n"
        "db = Database(sys.argv[1])\n"
        "db.actor = 'Sari'\n"
        "with db.session() as s:\n"
        "    set_setting(s, 'label_sheet', 'A4 3x8')\n"
        "db.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        cwd=ROOT,
        capture_output=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False"]  # not loaded until a session was made
    assert [(r["actor"], r["changes"]) for r in entries_at(path)] == [
        ("Sari", {"value": [None, "A4 3x8"]})
    ]


def test_who_as_shown() -> None:
    from showcase.inventory.history.log import actor_label

    assert actor_label("Budi") == "Budi"
    assert actor_label("command line (sari)") == "command line (sari)"
    assert actor_label("") == "Etalase (automatic)"
