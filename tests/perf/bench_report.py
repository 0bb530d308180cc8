"""Benchmark of the center's report on a 100,000-product showcase with a year of movements and
kiosk visits: the time and peak memory of the monthly report (the default) and of the report for
the whole year, as PDF and as XLSX.

    python tests/perf/bench_report.py [--products N] [--sales N]

The showcase is the synthetic one of the other benchmarks (5,000 producers), plus a year of
sales (`--sales` movements on 30,000 products, receipts before them), 3,000 price changes in
the change history, and a year of kiosk visits (about 250 rows a day). Built once into
tests/perf/results/ and reused. Each report is made in a fresh process, so its peak memory
(the process's maximum resident size) is its own. Prints a table and writes
tests/perf/results/report.json. Wall-clock seconds and CPU seconds are both given: on a
shared machine the first also counts the time spent waiting for a core.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "tests" / "perf" / "results"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

YEAR = (datetime.date(2025, 12, 1), datetime.date(2026, 11, 30))
MONTH = (datetime.date(2026, 11, 1), datetime.date(2026, 11, 30))
TODAY = datetime.date(2026, 12, 7)


def _moment(day: datetime.date, rng: random.Random) -> str:
    at = datetime.datetime.combine(day, datetime.time(1 + rng.randint(0, 10), rng.randint(0, 59)))
    return at.isoformat(sep=" ")


def build(products: int, sales: int) -> Path:
    from showcase.store.db import SCHEMA_HEAD, open_database

    path = RESULTS / f"report-v2-{products}-{sales}-{SCHEMA_HEAD}.db"
    if path.exists():
        return path
    RESULTS.mkdir(parents=True, exist_ok=True)
    from showcase.inventory.demo.synthetic import build_synthetic

    print(f"building a showcase of {products:,} products and a year of sales…", flush=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    database = open_database(partial)
    with database.session() as session:
        build_synthetic(session, products=products, seed=1, photos=False)
    database.close()
    rng = random.Random(7)
    conn = sqlite3.connect(partial)
    # The showcase was filled a year and a half ago; 2% of its products came in the last year.
    began = datetime.datetime.combine(YEAR[0] - datetime.timedelta(days=180), datetime.time(3))
    conn.execute("UPDATE producer SET created_at = ?", (began.isoformat(sep=" "),))
    conn.execute("UPDATE product SET created_at = ?", (began.isoformat(sep=" "),))
    days = (YEAR[1] - YEAR[0]).days + 1
    conn.executemany(
        "UPDATE product SET created_at = ? WHERE id = ?",
        [
            (_moment(YEAR[0] + datetime.timedelta(days=rng.randrange(days)), rng), pid)
            for pid in rng.sample(range(1, products + 1), products // 50)
        ],
    )
    ids = [row[0] for row in conn.execute("SELECT id FROM product")]
    categories = [row[0] for row in conn.execute("SELECT id FROM category")]
    sold = rng.sample(ids, min(30_000, len(ids)))
    before = _moment(YEAR[0] - datetime.timedelta(days=40), rng)
    conn.executemany(
        "INSERT INTO stock_movement (product_id, at, kind, quantity, note, by) "
        "VALUES (?, ?, 'receive', 1000, '', 'bench')",
        [(pid, before) for pid in sold],
    )
    moves = []
    for _ in range(sales):
        day = YEAR[0] + datetime.timedelta(days=rng.randrange(days))
        kind = "return" if rng.random() < 0.02 else "sale"
        quantity = rng.randint(1, 3)
        moves.append(
            (rng.choice(sold), _moment(day, rng), kind, quantity if kind == "return" else -quantity)
        )
    moves.sort(key=lambda m: m[1])
    conn.executemany(
        "INSERT INTO stock_movement (product_id, at, kind, quantity, note, by) "
        "VALUES (?, ?, ?, ?, '', 'bench')",
        moves,
    )
    changes = []
    for _ in range(3_000):
        day = YEAR[0] + datetime.timedelta(days=rng.randrange(days))
        pid = rng.choice(sold)
        old, new = rng.randint(5, 90) * 1000, rng.randint(5, 90) * 1000
        changes.append(
            (
                _moment(day, rng),
                "bench",
                "update",
                "product",
                str(pid),
                pid,
                f"P{pid}",
                json.dumps({"price": [old, new]}),
            )
        )
    conn.executemany(
        "INSERT INTO audit_entry (at, actor, action, entity, entity_id, product_id, summary, "
        "changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        changes,
    )
    visits = {}
    for n in range(days):
        day = (YEAR[0] + datetime.timedelta(days=n)).isoformat()
        for _ in range(200):
            visits[(day, "product", str(rng.choice(ids)))] = rng.randint(1, 9)
        for cid in categories:
            visits[(day, "category", str(cid))] = rng.randint(1, 30)
        for word in ("kopi", "keripik", "tapis", "madu", "lada"):
            visits[(day, "search", word)] = rng.randint(1, 12)
    conn.executemany(
        "INSERT INTO kiosk_visit (day, kind, ref, count) VALUES (?, ?, ?, ?)",
        [(*key, count) for key, count in visits.items()],
    )
    conn.commit()
    conn.close()
    partial.rename(path)
    return path


def one(db: Path, fmt: str, period: str, out_dir: Path) -> dict[str, Any]:
    """Make one report in this process; its time and this process's peak memory."""
    from showcase.inventory.report.period import Period
    from showcase.printing.report.document import write_report
    from showcase.store.db import open_database

    start, end = YEAR if period == "year" else MONTH
    database = open_database(db)
    out = out_dir / f"report-{period}.{fmt}"
    began, cpu = time.perf_counter(), time.process_time()
    summary = write_report(database, Period(start, end), out, today=TODAY)
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    database.close()
    return {
        "format": fmt,
        "period": period,
        "seconds": round(seconds, 2),
        # CPU time too: on a shared 2-core machine the wall clock also counts waiting.
        "cpu_seconds": round(cpu, 2),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "pages_or_sheets": summary.pages,
        "file_kb": round(out.stat().st_size / 1024),
        "producers_with_sales": len(summary.figures.sales.producers),
        "products_sold": len(summary.figures.sales.products),
    }


def run(products: int = 100_000, sales: int = 120_000) -> list[dict[str, Any]]:
    db = build(products, sales)
    results = []
    out_dir = RESULTS / "report-out"
    out_dir.mkdir(parents=True, exist_ok=True)
    print(f"{'report':<14}{'seconds':>9}{'CPU s':>9}{'peak MB':>9}{'pages':>7}{'KB':>8}")
    for period in ("month", "year"):
        for fmt in ("pdf", "xlsx"):
            done = subprocess.run(
                [sys.executable, __file__, "--one", fmt, period, str(db), str(out_dir)],
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                raise SystemExit(f"{period} {fmt} failed")
            result = json.loads(done.stdout.strip().splitlines()[-1])
            results.append(result)
            name = f"{period} {fmt}"
            print(
                f"{name:<14}{result['seconds']:>9}{result['cpu_seconds']:>9}{result['peak_mb']:>9}"
                f"{result['pages_or_sheets']:>7}{result['file_kb']:>8}",
                flush=True,
            )
    (RESULTS / "report.json").write_text(
        json.dumps({"products": products, "sales": sales, "reports": results}, indent=2)
    )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--sales", type=int, default=120_000)
    parser.add_argument("--one", nargs=4, metavar=("FMT", "PERIOD", "DB", "OUTDIR"))
    args = parser.parse_args()
    if args.one:
        fmt, period, db, out_dir = args.one
        print(json.dumps(one(Path(db), fmt, period, Path(out_dir))))
        return 0
    run(args.products, args.sales)
    return 0


if __name__ == "__main__":
    sys.exit(main())
