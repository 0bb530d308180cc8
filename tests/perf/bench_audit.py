"""Benchmark of the change history (audit log) at 100,000 entries, and of what recording costs.

    python tests/perf/bench_audit.py [--entries N] [--changes N]

Reading: a database whose log holds N entries (five people, five kinds of record, a year and a
half of changes) is queried as the Change history dialog does (the newest page, a page deep in
the log, each filter, a word search, the people for the filter), then the dialog itself is
opened, searched and scrolled page by page. Best of five runs per query.

Recording: `--changes` products created and then changed through the domain functions, once
with sessions that record (Database.session) and once with a bare sessionmaker that does not;
the difference divided by the number of changes is what the log costs per change.

Prints a table and writes tests/perf/results/audit.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "tests" / "perf" / "results"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ACTORS = ("Sari", "Budi", "Dewi", "Rina", "command line (admin)")
ENTITIES = ("product", "stock", "photo", "producer", "setting")


def _fill(path: Path, entries: int) -> None:
    from showcase.store.db import open_database

    open_database(path).close()
    rng = random.Random(1)
    start = datetime(2025, 1, 1)
    rows = []
    for i in range(entries):
        pid = rng.randint(1, 10_000)
        changes = {"price": [rng.randint(1, 9) * 1000, rng.randint(1, 9) * 1000]}
        rows.append(
            (
                (start + timedelta(minutes=5 * i)).isoformat(sep=" "),
                rng.choice(ACTORS),
                rng.choice(("create", "update", "update", "archive")),
                rng.choice(ENTITIES),
                str(pid),
                pid,
                f"KOP-{pid:04d} Kopi Robusta {pid}",
                json.dumps(changes),
            )
        )
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO audit_entry (at, actor, action, entity, entity_id, product_id, summary, "
        "changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.commit()
    conn.close()


def _best_ms(run: Callable[[], object], times: int = 5) -> float:
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 2)


def bench_reading(path: Path) -> dict[str, Any]:
    from showcase.inventory.history.log import audit_actors, audit_entries
    from showcase.store.db import open_database

    database = open_database(path)
    result: dict[str, Any] = {}
    with database.read() as c:
        deep = max(0, int(c.execute("SELECT COUNT(*) FROM audit_entry").fetchone()[0]) - 200)
        queries: dict[str, Callable[[], object]] = {
            "newest page": lambda: audit_entries(c),
            "page at the end": lambda: audit_entries(c, offset=deep),
            "one person": lambda: audit_entries(c, actor="Dewi"),
            "one kind (settings)": lambda: audit_entries(c, entity="setting"),
            "one product": lambda: audit_entries(c, product_id=4242),
            "one day": lambda: audit_entries(c, since=date(2025, 6, 1), until=date(2025, 6, 1)),
            "words 'robusta 4242'": lambda: audit_entries(c, text="robusta 4242"),
            "a word found nowhere": lambda: audit_entries(c, text="zzzz"),
            "people for the filter": lambda: audit_actors(c),
        }
        for name, run in queries.items():
            result[name + " ms"] = _best_ms(run)

    from showcase.ui.qt_setup import application
    from showcase.ui.staff.records.audit_dialog import AuditDialog

    app = application([])
    start = time.perf_counter()
    dialog = AuditDialog(database)
    dialog.show()
    app.processEvents()
    result["dialog open and shown ms"] = round((time.perf_counter() - start) * 1000, 1)
    start = time.perf_counter()
    dialog.search.setText("4242")
    dialog.apply_filter()
    app.processEvents()
    result["dialog search ms"] = round((time.perf_counter() - start) * 1000, 1)
    dialog.search.clear()
    dialog.apply_filter()
    start = time.perf_counter()
    for _ in range(20):
        dialog.table.scrollToBottom()
        app.processEvents()
    result["20 more pages by scrolling ms"] = round((time.perf_counter() - start) * 1000, 1)
    result["rows read after scrolling"] = dialog.model.rowCount()
    dialog.close()
    database.close()
    return result


def bench_recording(folder: Path, changes: int) -> dict[str, Any]:
    from sqlalchemy.orm import sessionmaker

    from showcase.inventory.products import ProductInput, create_product, update_product
    from showcase.store.db import open_database

    timings: dict[str, float] = {}
    for audited in (False, True):
        database = open_database(folder / f"record-{audited}.db")
        database.actor = "Sari"
        start = time.perf_counter()
        unit = database.session() if audited else sessionmaker(database.engine).begin()
        with unit as session:
            for i in range(changes // 2):
                code = f"KOP-{i:05d}"
                pid = create_product(session, ProductInput(code, f"Kopi {i}", price=1000 + i)).id
                update_product(session, pid, ProductInput(code, f"Kopi {i} baru", price=2000 + i))
        timings["recorded" if audited else "not recorded"] = time.perf_counter() - start
        database.close()
    per_change = (timings["recorded"] - timings["not recorded"]) / changes * 1000
    return {
        "changes": changes,
        "without the log s": round(timings["not recorded"], 2),
        "with the log s": round(timings["recorded"], 2),
        "log cost per change ms": round(per_change, 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=2_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "log.db"
        _fill(log, args.entries)
        results = {
            "entries": args.entries,
            "reading": bench_reading(log),
            "recording": bench_recording(Path(folder), args.changes),
        }
    for section, values in results.items():
        if isinstance(values, dict):
            print(section)
            for name, value in values.items():
                print(f"  {name:34} {value}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "audit.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
