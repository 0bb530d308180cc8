"""Backups with SQLite's backup API: consistent, complete (WAL included), never over a good file."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from showcase.errors import UserError
from showcase.inventory.producers import ProducerInput, create_producer
from showcase.inventory.products import ProductInput, create_product
from showcase.store import backup as backup_module
from showcase.store.backup import backup_database, backups_folder
from showcase.store.db import Database, configure_connection
from tests.helpers.paths import ROOT
from tests.helpers.plain import product_codes


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """These tests are about the SQLite file itself (its bytes, its WAL, its backups)."""
    return sqlite_db


def _add_products(db: Database, codes: list[str]) -> None:
    with db.session() as s:
        producer = create_producer(s, ProducerInput(f"Produsen {codes[0]}", kabupaten="Mesuji"))
        for code in codes:
            create_product(
                s,
                ProductInput(code=code, name_id=f"Produk {code}", producer_id=producer.id),
                initial_stock=3,
            )


def test_backup_holds_rows_that_are_still_only_in_the_wal(db: Database, tmp_path: Path) -> None:
    _add_products(db, ["A-1", "A-2"])
    # A second reader stays open, as the staff window would: nothing checkpoints the WAL.
    reader = sqlite3.connect(db.path)
    try:
        reader.execute("PRAGMA wal_autocheckpoint = 0")
        _add_products(db, ["B-1", "B-2", "B-3"])
        reader.execute("SELECT count(*) FROM product").fetchone()
        wal = db.path.with_name(db.path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0

        # Proof that the rows are in the -wal only: a copy of the .db file alone lacks them,
        # which is exactly what a plain file copy as "backup" would lose.
        lone = tmp_path / "lone" / "copy.db"
        lone.parent.mkdir()
        shutil.copyfile(db.path, lone)
        conn = sqlite3.connect(lone)
        try:
            has_products = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'product'"
            ).fetchone()
            lone_codes = (
                [c for (c,) in conn.execute("SELECT code FROM product")] if has_products else []
            )
        finally:
            conn.close()
        assert "B-1" not in lone_codes

        written = backup_database(db.engine, db.path, reason="test", dest=tmp_path / "b.db")
    finally:
        reader.close()
    assert written == tmp_path / "b.db"
    assert product_codes(written) == ["A-1", "A-2", "B-1", "B-2", "B-3"]
    conn = sqlite3.connect(written)
    try:
        stock = conn.execute("SELECT sum(stock) FROM product").fetchone()[0]
        moved = conn.execute("SELECT sum(quantity) FROM stock_movement").fetchone()[0]
    finally:
        conn.close()
    assert stock == moved == 15
    assert not list(tmp_path.glob("*.partial"))


def test_default_destination_is_the_backups_folder(db: Database) -> None:
    _add_products(db, ["K-1"])
    written = backup_database(db.engine, db.path, reason="manual")
    assert written.parent == backups_folder(db.path) == db.path.parent / "backups"
    assert written.name.startswith("showcase-") and written.name.endswith("-manual.db")
    assert product_codes(written) == ["K-1"]


def test_two_backups_in_the_same_second_into_a_folder_keep_both(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FrozenClock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> FrozenClock:
            return cls(2026, 11, 22, 9, 30, 0)

    monkeypatch.setattr(backup_module, "datetime", FrozenClock)
    folder = tmp_path / "usb"
    folder.mkdir()
    _add_products(db, ["F-1"])
    first = backup_database(db.engine, db.path, reason="manual", dest=folder)
    _add_products(db, ["F-2"])
    second = backup_database(db.engine, db.path, reason="manual", dest=folder)
    assert first != second
    assert first.name == "showcase-20261122-093000.db"
    assert product_codes(first) == ["F-1"]
    assert product_codes(second) == ["F-1", "F-2"]


def test_backup_over_the_database_itself_is_refused(db: Database) -> None:
    before = db.path.read_bytes()
    with pytest.raises(UserError, match="over the database itself"):
        backup_database(db.engine, db.path, reason="manual", dest=db.path)
    assert db.path.read_bytes() == before


def test_unwritable_destination_is_a_user_error_and_leaves_no_partial_file(
    db: Database, tmp_path: Path
) -> None:
    # A folder where the partial file would go: SQLite cannot open it as a database,
    # whoever runs the test (root ignores file permissions).
    dest = tmp_path / "out.db"
    (tmp_path / "out.db.partial").mkdir()
    with pytest.raises(UserError, match="cannot write the backup"):
        backup_database(db.engine, db.path, reason="manual", dest=dest)
    assert not dest.exists()


# --- rotation ------------------------------------------------------------------------------


def _touch(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"SQLite format 3\x00" + name.encode())
    return path


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def test_rotation_keeps_seven_days_four_weeks_five_of_each_safety_reason_and_all_manual(
    tmp_path: Path,
) -> None:
    database = tmp_path / "etalase.db"
    folder = backups_folder(database)
    folder.mkdir()
    # Two daily backups a day (the program was restarted after a power cut), Thursday
    # 1 October 2026 to Sunday 22 November 2026.
    start = datetime(2026, 10, 1)
    for day in range(53):
        for hour in (8, 14):
            moment = start.replace(hour=hour) + timedelta(days=day)
            _touch(folder, f"etalase-{_stamp(moment)}-daily.db")
    for number in range(8):
        _touch(folder, f"etalase-2026111{number}-090000-before-import.db")
    _touch(folder, "etalase-20260101-090000-before-upgrade.db")
    _touch(folder, "etalase-20260101-090000-before-upgrade-2.db")
    manual = [_touch(folder, f"etalase-202601{day:02}-100000-manual.db") for day in range(1, 21)]
    strangers = [
        _touch(folder, "catatan.txt"),
        _touch(folder, "lain-20261001-080000-daily.db"),  # another database's backup
        _touch(folder, "etalase-20261001-080000-daily.db.bak"),
        _touch(folder, "etalase-20261001-080000-weekly.db"),  # not a reason of ours
        _touch(folder, "etalase-20261001-080000-daily-copy.db"),
        _touch(folder, "etalase-20261399-080000-daily.db"),  # no such date
        _touch(folder, "Salinan etalase-20261001-080000-daily.db"),
    ]

    removed = backup_module.rotate_backups(database, now=datetime(2026, 11, 22, 15, 0))

    left = {p.name for p in folder.iterdir()}
    strange = {p.name for p in strangers}
    daily = sorted(name for name in left - strange if name.endswith("-daily.db"))
    # The newest of each of the last seven days (16–22 November), and the newest of each of
    # the four newest ISO weeks: weeks 47 (16–22 Nov, already kept), 46, 45, 44 → their Sundays.
    assert daily == [
        "etalase-20261101-140000-daily.db",
        "etalase-20261108-140000-daily.db",
        "etalase-20261115-140000-daily.db",
        *(f"etalase-202611{d}-140000-daily.db" for d in range(16, 23)),
    ]
    assert sorted(name for name in left if "before-import" in name) == [
        f"etalase-2026111{n}-090000-before-import.db" for n in range(3, 8)
    ]
    assert {p.name for p in manual} <= left
    assert {p.name for p in strangers} <= left
    assert "etalase-20260101-090000-before-upgrade.db" in left
    assert all(p.name not in left for p in removed)
    assert "etalase-20260101-090000-before-upgrade-2.db" in left
    assert len(removed) == 106 - 10 + 3
    assert all(backup_module.parse_backup_name(database, p.name) for p in removed)


def test_rotation_counts_days_that_have_a_backup_not_calendar_days(tmp_path: Path) -> None:
    """The PC was off for three weeks: the seven newest backups are kept, however old."""
    database = tmp_path / "etalase.db"
    folder = backups_folder(database)
    folder.mkdir()
    days = [datetime(2026, 9, d, 8) for d in range(1, 11)]
    for moment in days:
        _touch(folder, f"etalase-{_stamp(moment)}-daily.db")
    backup_module.rotate_backups(database, now=datetime(2026, 11, 22, 8))
    left = sorted(p.name for p in folder.iterdir())
    # 4–10 September are the seven newest days. The weeks add nothing: 1–6 September are in
    # ISO week 36, whose newest (the 6th) is kept already, and 7–10 in week 37.
    assert left == [f"etalase-202609{d:02}-080000-daily.db" for d in range(4, 11)]


def test_rotation_removes_only_stale_partial_files_of_its_own(tmp_path: Path) -> None:
    database = tmp_path / "etalase.db"
    folder = backups_folder(database)
    folder.mkdir()
    stale = _touch(folder, "etalase-20261120-080000-daily.db.partial")
    stale_journal = _touch(folder, "etalase-20261120-080000-daily.db.partial-journal")
    fresh = _touch(folder, "etalase-20261122-080000-daily.db.partial")  # a backup being written
    foreign = _touch(folder, "foto.db.partial")
    old = datetime(2026, 11, 20, 8).timestamp()
    for path in (stale, stale_journal, foreign):
        os.utime(path, (old, old))
    now = datetime(2026, 11, 22, 8, 0, 30)
    os.utime(fresh, (now.timestamp(), now.timestamp()))
    backup_module.rotate_backups(database, now=now)
    assert sorted(p.name for p in folder.iterdir()) == sorted([fresh.name, foreign.name])


def test_automatic_backup_is_named_with_date_time_and_reason_and_rotates(db: Database) -> None:
    _add_products(db, ["R-1"])
    folder = backups_folder(db.path)
    folder.mkdir()
    for number in range(6):
        _touch(folder, f"showcase-2026111{number}-090000-before-import.db")
    written = backup_database(
        db.engine, db.path, reason="before-import", now=datetime(2026, 11, 22, 8, 15, 2)
    )
    assert written.name == "showcase-20261122-081502-before-import.db"
    assert product_codes(written) == ["R-1"]
    assert sorted(p.name for p in folder.iterdir()) == [
        *(f"showcase-2026111{n}-090000-before-import.db" for n in range(2, 6)),
        "showcase-20261122-081502-before-import.db",
    ]


def test_backup_to_a_folder_the_user_chose_is_never_rotated(db: Database, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    for day in range(1, 10):
        _touch(usb, f"showcase-202611{day:02}-090000-before-import.db")
    before = sorted(p.name for p in usb.iterdir())
    written = backup_database(db.engine, db.path, reason="manual", dest=usb)
    assert sorted(p.name for p in usb.iterdir()) == sorted([*before, written.name])


def test_list_backups_newest_first_with_reason_size_and_date(db: Database) -> None:
    first = backup_database(db.engine, db.path, reason="daily", now=datetime(2026, 11, 21, 8))
    second = backup_database(db.engine, db.path, reason="manual", now=datetime(2026, 11, 22, 9))
    _touch(backups_folder(db.path), "bukan-cadangan.db")
    listed = backup_module.list_backups(db.path)
    assert [(b.path, b.taken_at, b.reason, b.size) for b in listed] == [
        (second, datetime(2026, 11, 22, 9), "manual", second.stat().st_size),
        (first, datetime(2026, 11, 21, 8), "daily", first.stat().st_size),
    ]
    assert backup_module.has_backup_on(db.path, datetime(2026, 11, 21).date())
    assert not backup_module.has_backup_on(db.path, datetime(2026, 11, 22).date())


def test_a_backup_is_one_self_contained_file_opened_read_only(db: Database, tmp_path: Path) -> None:
    _add_products(db, ["S-1"])
    written = backup_module.backup_file(db.path, reason="daily")
    conn = sqlite3.connect(f"{written.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("SELECT code FROM product").fetchall() == [("S-1",)]
    finally:
        conn.close()
    assert sorted(p.name for p in written.parent.iterdir()) == [written.name]


# --- consistency while another connection writes -------------------------------------------


def _writer(path: Path, stop: threading.Event, commits: list[int]) -> None:
    """Each transaction adds a stock movement and counts it in a setting: a consistent copy
    has exactly as many movements as the count says."""
    conn = sqlite3.connect(path, timeout=10)
    configure_connection(conn)
    try:
        conn.execute("INSERT INTO setting (key, value) VALUES ('writes', '0')")
        for number in range(1, 100_000):
            if stop.is_set():
                break
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO stock_movement (product_id, at, kind, quantity, note, by)"
                " VALUES (1, '2026-11-22 08:00:00', 'receive', 1, ?, '')",
                ("x" * 2000,),
            )
            conn.execute("UPDATE setting SET value = ? WHERE key = 'writes'", (str(number),))
            conn.execute("COMMIT")
            commits.append(number)
    finally:
        conn.close()


def test_backup_while_another_connection_writes_is_a_committed_state(db: Database) -> None:
    _add_products(db, ["W-1"])
    stop = threading.Event()
    commits: list[int] = []
    thread = threading.Thread(target=_writer, args=(db.path, stop, commits))
    thread.start()
    seen: list[int] = []
    try:
        for number in range(6):
            while len(commits) < 50 * (number + 1):  # let the writer move on between backups
                if not thread.is_alive():
                    break
                time.sleep(0.001)
            if number % 2:
                written = backup_module.backup_file(db.path, reason="manual")
            else:
                written = backup_database(db.engine, db.path, reason="manual")
            conn = sqlite3.connect(written)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                movements = conn.execute(
                    "SELECT count(*) FROM stock_movement WHERE length(note) = 2000"
                ).fetchone()[0]
                counted = int(
                    conn.execute("SELECT value FROM setting WHERE key = 'writes'").fetchone()[0]
                )
                stock = conn.execute("SELECT stock FROM product").fetchone()[0]
            finally:
                conn.close()
            assert movements == counted and stock == 3 + counted
            seen.append(counted)
    finally:
        stop.set()
        thread.join()
    assert seen == sorted(seen) and len(set(seen)) == len(seen)  # taken while writes went on
    assert seen[-1] < commits[-1]


WRITER = """
import sqlite3, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from showcase.store.db import configure_connection
path, stop = Path(sys.argv[1]), Path(sys.argv[2])
conn = sqlite3.connect(path, timeout=10)
configure_connection(conn)
conn.execute("INSERT INTO setting (key, value) VALUES ('writes', '0')")
deadline = time.monotonic() + 60
for number in range(1, 1_000_000):
    if stop.exists() or time.monotonic() > deadline:
        break
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO stock_movement (product_id, at, kind, quantity, note, by)"
        " VALUES (1, '2026-11-22 08:00:00', 'receive', 1, ?, '')",
        ("x" * 2000,),
    )
    conn.execute("UPDATE setting SET value = ? WHERE key = 'writes'", (str(number),))
    conn.execute("COMMIT")
conn.close()
"""


def test_backup_while_another_process_writes_is_a_committed_state(
    db: Database, tmp_path: Path
) -> None:
    """The kiosk (another process) commits visit counts while the window backs up."""
    import subprocess
    import sys

    _add_products(db, ["P-1"])
    stop = tmp_path / "stop"
    root = ROOT
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db.path), str(stop), str(root)])

    def written() -> int:
        with db.read() as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = 'writes'").fetchone()
        return int(row[0]) if row else 0

    seen: list[int] = []
    try:
        for number in range(4):
            deadline = time.monotonic() + 30
            while written() < 40 * (number + 1) and time.monotonic() < deadline:
                time.sleep(0.005)
            backup = backup_module.backup_file(db.path, reason="manual")
            conn = sqlite3.connect(backup)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                movements = conn.execute(
                    "SELECT count(*) FROM stock_movement WHERE length(note) = 2000"
                ).fetchone()[0]
                counted = int(
                    conn.execute("SELECT value FROM setting WHERE key = 'writes'").fetchone()[0]
                )
            finally:
                conn.close()
            assert movements == counted
            seen.append(counted)
        last = written()
    finally:
        stop.touch()
        writer.wait(timeout=60)
    assert seen == sorted(seen) and len(set(seen)) == len(seen) and seen[0] > 0
    assert writer.returncode == 0 and last >= seen[-1]  # never more than was committed
