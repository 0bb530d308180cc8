"""Benchmarks of the staff window against the targets in DESIGN.md. Run: python3 run.py --bench

Prints a table and writes tests/perf/results/benchmarks.json:
- start-up: the staff window with 10,000 products shown, against a bare PySide6 window, both
  started as fresh processes in the same run, alternately (median of 5; ratio, target ≤ 1.5);
- search while typing at 100,000 products: each keystroke's query plus model update plus the
  repaint that reads the visible rows (p50/p95, target p95 ≤ 16 ms);
- memory while scrolling the product table to the end at 100,000 products (target: flat);
- then QR shelf labels (bench_labels.py: 1,000 labels, ms and KB a label, every QR decoded),
  the kiosk (bench_kiosk.py: tap to product page, 10,000 page changes, idle CPU), the
  website (bench_website.py: 1,000 products with photos published, then after one change) and
  the report for the province (bench_report.py: a year of 100,000 products, month and year,
  PDF and XLSX: time, CPU time and peak memory), and the shared store (bench_server.py: the
  same search, the window's start, `copy` each way and an edit seen by a second connection, on
  a file and on a throwaway PostgreSQL server).

Synthetic databases are built once into tests/perf/results/ and reused.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "tests" / "perf" / "results"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = [
    "kopi robusta",
    "keripik pisang",
    "lada hitam",
    "KOP-00012",
    "madu hutan",
    "tapis siger",
    "gula semut aren",
    "tanggamus",
]


def synthetic_db(products: int) -> Path:
    from showcase.store.db import SCHEMA_HEAD, open_database

    path = RESULTS / f"synthetic-{products}-{SCHEMA_HEAD}.db"
    if path.exists():
        return path
    from showcase.inventory.demo.synthetic import build_synthetic

    print(f"building a synthetic showcase of {products:,} products…", flush=True)
    partial = path.with_suffix(".partial")
    for leftover in RESULTS.glob(partial.name + "*"):
        leftover.unlink()
    database = open_database(partial)
    with database.session() as session:
        build_synthetic(session, products=products, seed=1, photos=True, photo_size=(160, 120))
    database.close()
    partial.rename(path)
    return path


def _time_to_window(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, cwd=ROOT, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "etalase-window-shown":
            elapsed = time.perf_counter() - start
            process.wait(timeout=30)
            return elapsed
    raise RuntimeError(f"{command} ended without showing a window (exit {process.wait()})")


def bench_startup(db: Path, runs: int) -> dict[str, Any]:
    env = dict(os.environ, ETALASE_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    bare_cmd = [sys.executable, str(ROOT / "tests" / "perf" / "bare_window.py")]
    staff_cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
    _time_to_window(bare_cmd, env)  # warm the disk cache for both
    _time_to_window(staff_cmd, env)
    bare, staff = [], []
    for _ in range(runs):
        bare.append(_time_to_window(bare_cmd, env))
        staff.append(_time_to_window(staff_cmd, env))
    ratio = statistics.median(staff) / statistics.median(bare)
    return {
        "bare_ms": round(statistics.median(bare) * 1000, 1),
        "staff_ms": round(statistics.median(staff) * 1000, 1),
        "ratio": round(ratio, 2),
        "target_ratio": 1.5,
        "met": ratio <= 1.5,
    }


def _window(db: Path) -> Any:
    from PySide6.QtWidgets import QApplication

    from showcase.store.db import open_database
    from showcase.ui.staff.window.main_window import MainWindow
    from showcase.ui.staff.window.signed_in import PROBE_ACCOUNT

    app = QApplication.instance() or QApplication([])
    window = MainWindow(open_database(db), user=PROBE_ACCOUNT)
    window.resize(1280, 760)
    window.show()
    app.processEvents()
    return app, window


def bench_search(db: Path) -> dict[str, Any]:
    app, window = _window(db)
    timings: list[float] = []
    counts: list[float] = []
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            window.filters.search.setText(query[:end])
            window.apply_filter()
            window.table.viewport().repaint()  # the view reads the visible rows, as on screen
            timings.append(time.perf_counter() - start)
        # The status bar's count runs once typing pauses; timed apart from the keystrokes.
        start = time.perf_counter()
        window.model.total()
        counts.append(time.perf_counter() - start)
        window.filters.search.clear()
        window.apply_filter()
        app.processEvents()
    timings_ms = sorted(t * 1000 for t in timings)
    p95 = timings_ms[int(0.95 * (len(timings_ms) - 1))]
    window.close()
    return {
        "keystrokes": len(timings_ms),
        "p50_ms": round(statistics.median(timings_ms), 2),
        "p95_ms": round(p95, 2),
        "max_ms": round(timings_ms[-1], 2),
        "count_after_pause_max_ms": round(max(counts) * 1000, 2),
        "target_p95_ms": 16,
        "met": p95 <= 16,
    }


def bench_scroll(db: Path) -> dict[str, Any]:
    import psutil

    process = psutil.Process()
    app, window = _window(db)
    bar = window.table.verticalScrollBar()
    model = window.model
    samples: list[float] = []
    step = 250  # rows per step: about 400 steps through 100,000 rows
    while True:
        bar.setValue(min(bar.value() + step, bar.maximum()))
        window.table.viewport().repaint()
        app.processEvents()  # lets the view fetch the next window of ids at the bottom
        samples.append(process.memory_info().rss / 2**20)
        if bar.value() == bar.maximum() and not model.canFetchMore():
            break
    rows = model.rowCount()
    window.close()
    warm = samples[len(samples) // 10]  # after the caches have filled once
    growth = max(samples[len(samples) // 10 :]) - warm
    return {
        "rows": rows,
        "steps": len(samples),
        "rss_start_mb": round(samples[0], 1),
        "rss_after_warmup_mb": round(warm, 1),
        "rss_end_mb": round(samples[-1], 1),
        "growth_after_warmup_mb": round(growth, 1),
        "target": "flat (growth after warm-up < 10 MB)",
        "met": growth < 10,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--startup-products", type=int, default=10_000)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    small = synthetic_db(args.startup_products)
    large = synthetic_db(args.products)
    results = {
        "startup": {"products": args.startup_products, **bench_startup(small, args.runs)},
        "search": {"products": args.products, **bench_search(large)},
        "scroll": {"products": args.products, **bench_scroll(large)},
    }
    print()
    print(f"{'benchmark':<10} {'figures':<70} target met")
    s, q, m = results["startup"], results["search"], results["scroll"]
    rows = [
        (
            "start-up",
            f"bare {s['bare_ms']} ms, staff {s['staff_ms']} ms, ratio {s['ratio']}",
            s["met"],
        ),
        (
            "search",
            f"{q['keystrokes']} keystrokes: p50 {q['p50_ms']} ms, p95 {q['p95_ms']} ms, "
            f"max {q['max_ms']} ms; count {q['count_after_pause_max_ms']} ms",
            q["met"],
        ),
        (
            "scroll",
            f"RSS {m['rss_after_warmup_mb']} -> {m['rss_end_mb']} MB, "
            f"growth {m['growth_after_warmup_mb']} MB",
            m["met"],
        ),
    ]
    for name, figures, met in rows:
        print(f"{name:<10} {figures:<70} {'yes' if met else 'NO'}")
    out = RESULTS / "benchmarks.json"
    out.write_text(json.dumps(results, indent=2))
    print(f"\nwritten to {out}")
    # QR shelf labels have a benchmark of their own (it writes results/labels.json).
    from bench_labels import run as bench_labels  # same folder as this script

    bench_labels()
    # So has the visitors' kiosk (results/kiosk.json): tap to product page, soak, idle CPU.
    from bench_kiosk import run as bench_kiosk

    bench_kiosk()
    # And the website (results/website.json): 1,000 products published, then after one change.
    from bench_website import run as bench_website

    bench_website()
    # And the report for the province (results/report.json): a year of a 100,000-product
    # showcase, month and year, PDF and XLSX, each in a process of its own for its peak memory.
    from bench_report import run as bench_report

    bench_report()
    # And the shared store (results/server.json), on the file and on a throwaway PostgreSQL
    # server in the same run: search while typing, the window's start, copy each way, an edit
    # seen by a second connection.
    from bench_server import run as bench_server

    bench_server(args.products, args.startup_products)
    sys.stdout.flush()
    # Leave without tearing Qt down object by object (the result is written; nothing is lost).
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
