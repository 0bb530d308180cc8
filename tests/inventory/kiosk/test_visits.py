"""Visit counts: recorded by the kiosk in small batches on its own connection, without ever
holding up the staff window; reported per day with names, and exported as CSV."""

from __future__ import annotations

import csv
import datetime
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from showcase.errors import UserError
from showcase.inventory.kiosk.visits import (
    CSV_HEADER,
    VisitLog,
    VisitRow,
    visit_report,
    visit_totals,
    write_visits_csv,
)
from showcase.inventory.producers import CategoryInput, update_category
from showcase.inventory.products import ProductInput, create_product
from showcase.store.db import Database
from tests.helpers.factories import Sample, make_sample


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """The kiosk reads and counts on an SQLite file: its own, or its local copy of a server's
    showcase (a server's visit counts have their own tests)."""
    return sqlite_db


DAY = datetime.date(2026, 11, 22)


class Days:
    def __init__(self) -> None:
        self.today = DAY

    def __call__(self) -> datetime.date:
        return self.today


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


def _rows(db: Database) -> list[tuple[str, str, str, int]]:
    with db.read() as r:
        return [
            tuple(row)
            for row in r.execute("SELECT day, kind, ref, count FROM kiosk_visit ORDER BY 1, 2, 3")
        ]


def test_counts_add_up_per_day(db: Database) -> None:
    days = Days()
    log = VisitLog(db.path, clock=days)
    log.record("product", "7")
    log.record("product", "7")
    log.record("kabupaten", "Tanggamus")
    assert _rows(db) == []  # kept in memory until a flush
    assert log.flush() and log.pending == 0
    assert _rows(db) == [
        ("2026-11-22", "kabupaten", "Tanggamus", 1),
        ("2026-11-22", "product", "7", 2),
    ]
    log.record("product", "7")
    log.flush()
    days.today = DAY + datetime.timedelta(days=1)
    log.record("product", "7")
    log.close()
    assert _rows(db) == [
        ("2026-11-22", "kabupaten", "Tanggamus", 1),
        ("2026-11-22", "product", "7", 3),
        ("2026-11-23", "product", "7", 1),
    ]


def test_searches_are_counted_by_their_words_only(db: Database) -> None:
    log = VisitLog(db.path, clock=Days())
    log.record("search", "  Kopi   LUWAK ")
    log.record("search", "kopi luwak")
    log.record("search", "   ")  # nothing typed: nothing counted
    log.record("search", "x" * 500)
    log.close()
    assert _rows(db) == [
        ("2026-11-22", "search", "kopi luwak", 2),
        ("2026-11-22", "search", "x" * 100, 1),
    ]


def test_an_unknown_kind_is_a_programming_error(db: Database) -> None:
    with pytest.raises(ValueError, match="telephone"):
        VisitLog(db.path).record("telephone", "1")


def test_a_flush_never_holds_up_the_staff_and_keeps_counts_while_they_write(
    db: Database,
) -> None:
    log = VisitLog(db.path, clock=Days())
    log.record("category", "1")
    assert log.flush()
    # Right after a flush the staff can write at once: the kiosk holds no transaction.
    started = time.monotonic()
    with db.session() as s:
        s.execute(text("INSERT INTO setting (key, value) VALUES ('a', 'b')"))
    assert time.monotonic() - started < 1

    log.record("category", "1")
    with db.session() as s:
        s.execute(text("INSERT INTO setting (key, value) VALUES ('c', 'd')"))  # staff writing
        started = time.monotonic()
        assert not log.flush()  # gives up quickly rather than freezing the kiosk
        assert time.monotonic() - started < 2
    assert log.pending == 1
    assert log.flush()
    log.close()
    assert _rows(db) == [("2026-11-22", "category", "1", 2)]


def test_the_report_names_what_was_opened_most_opened_first(db: Database, sample: Sample) -> None:
    robusta, luwak = sample.products["KOP-0001"], sample.products["KOP-0002"]
    days = Days()
    log = VisitLog(db.path, clock=days)
    for kind, ref, times in [
        ("product", str(robusta), 1),
        ("product", str(luwak), 3),
        ("category", str(sample.coffee), 2),
        ("kabupaten", "Tanggamus", 1),
        ("producer", str(sample.rafins), 1),
        ("product", "99999", 1),
    ]:
        for _ in range(times):
            log.record(kind, ref)
    days.today = DAY + datetime.timedelta(days=1)
    for _ in range(5):
        log.record("product", str(robusta))
    log.close()
    with db.read() as r:
        report = visit_report(r)
        only_second_day = visit_report(r, since=DAY + datetime.timedelta(days=1))
        only_first_day = visit_report(r, until=DAY)
        totals = visit_totals(r)
    assert [(row.day, row.name, row.count) for row in report] == [
        (DAY, "KOP-0002 Kopi Luwak Tanggamus", 3),
        (DAY, "Kopi", 2),
        (DAY, "Tanggamus", 1),
        (DAY, "Rafins Snack", 1),
        (DAY, "KOP-0001 Kopi Robusta Lampung", 1),
        (DAY, "(deleted, id 99999)", 1),
        (DAY + datetime.timedelta(days=1), "KOP-0001 Kopi Robusta Lampung", 5),
    ]
    assert report[0] == VisitRow(DAY, "product", str(luwak), "KOP-0002 Kopi Luwak Tanggamus", 3)
    assert [row.count for row in only_second_day] == [5]
    assert len(only_first_day) == 6
    assert [(t.kind, t.name, t.count) for t in totals[:3]] == [
        ("product", "KOP-0001 Kopi Robusta Lampung", 6),
        ("product", "KOP-0002 Kopi Luwak Tanggamus", 3),
        ("category", "Kopi", 2),
    ]


@pytest.mark.parametrize("store", ["sqlite_db", "pg_db"])
def test_categories_are_named_in_the_language_asked(
    request: pytest.FixtureRequest, store: str
) -> None:
    database: Database = request.getfixturevalue(store)
    sample = make_sample(database)
    with database.session() as s:  # no English name: English staff read the Indonesian one
        update_category(s, sample.cloth, CategoryInput("Kain Tapis", ""))
        for ref, count in [(sample.coffee, 3), (sample.snacks, 2), (sample.cloth, 1)]:
            s.execute(
                text("INSERT INTO kiosk_visit (day, kind, ref, count) VALUES (:d, :k, :r, :c)"),
                {"d": DAY.isoformat(), "k": "category", "r": str(ref), "c": count},
            )
    with database.read() as r:
        english = visit_report(r, language="en")
        indonesian = visit_report(r)
        english_totals = visit_totals(r, language="en")
    assert [(row.name, row.count) for row in english] == [
        ("Coffee", 3),
        ("Snacks", 2),
        ("Kain Tapis", 1),
    ]
    assert [row.name for row in indonesian] == ["Kopi", "Makanan Ringan", "Kain Tapis"]
    assert [t.name for t in english_totals] == ["Coffee", "Snacks", "Kain Tapis"]


def test_csv_export_for_the_province(db: Database, sample: Sample, tmp_path: Path) -> None:
    with db.session() as s:
        odd = create_product(s, ProductInput(code="KAI-0009", name_id='Tapis "Siger", emas; 🧵')).id
    log = VisitLog(db.path, clock=Days())
    log.record("product", str(odd))
    log.record("product", str(odd))
    log.record("kabupaten", "Kota Metro")
    log.record("search", "@SUM(1+1)*cmd")  # a visitor's search, never a formula in Excel
    log.close()
    path = tmp_path / "kunjungan.csv"
    with db.read() as r:
        written = write_visits_csv(visit_report(r), path)
    assert written == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads it as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        list(CSV_HEADER),
        ["2026-11-22", "product", str(odd), 'KAI-0009 Tapis "Siger", emas; 🧵', "2"],
        ["2026-11-22", "kabupaten", "Kota Metro", "Kota Metro", "1"],
        ["2026-11-22", "search", "'@sum(1+1)*cmd", "'@sum(1+1)*cmd", "1"],
    ]
    assert rows[0][0] == "tanggal/date"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_csv_export_into_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "kunjungan.csv"
    with pytest.raises(UserError, match=r"the folder .*no such folder does not exist"):
        write_visits_csv([VisitRow(DAY, "kabupaten", "Mesuji", "Mesuji", 1)], target)
    assert not target.parent.exists()


@pytest.mark.parametrize(
    ("kind", "count"), [("telephone", 1), ("product", -1)], ids=["unknown kind", "negative"]
)
def test_the_table_refuses_unknown_kinds_and_negative_counts(
    db: Database, kind: str, count: int
) -> None:
    connection = sqlite3.connect(db.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            connection.execute(
                "INSERT INTO kiosk_visit (day, kind, ref, count) VALUES ('2026-01-01', ?, '1', ?)",
                (kind, count),
            )
    finally:
        connection.close()
