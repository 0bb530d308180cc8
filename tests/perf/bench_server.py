"""Benchmarks of the shared store: the same work on an SQLite file and on a PostgreSQL server,
in one run. A throwaway server is started for them (tests/helpers/postgres.py), on this PC, so
the figures hold no LAN; the server's own CPU time is in the wall-clock times only.

    python tests/perf/bench_server.py [--products N] [--startup-products N] [--edits N]

- search while typing at N products, per keystroke: the staff window's product model and table
  (ProductTableModel under a ProductTable, as in the window) given each prefix of 8 queries, the
  ids read, the model reset and the visible rows painted; p50/p95/max on each store (target
  p95 ≤ 50 ms for results on screen, DESIGN.md);
- the staff window's start with 10,000 products: `etalase --db FILE` and `--db postgresql://…`,
  each a fresh process, against a bare PySide6 window, alternated (median of runs);
- `copy` of the N-product showcase file → server and server → file (wall and this process's
  CPU time, rows a second);
- an edit seen by a second connection: a desk saves a product's price; the time until another
  connection sees the new price: on a file, a connection watching `PRAGMA data_version`; on the
  server, a kiosk's LISTEN connection woken by the notification, then reading the row
  (p50/p95/max over the edits).

Prints a table and writes tests/perf/results/server.json.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PERF = ROOT / "tests" / "perf"
RESULTS = PERF / "results"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(PERF))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_startup import alternated, paired_ratio, probe_env  # noqa: E402  (this folder, after sys.path)
from run_benchmarks import QUERIES, synthetic_db  # noqa: E402

SEARCH_TARGET_P95_MS = 50  # results on screen after the last keystroke (DESIGN.md)


def _percentiles(values_s: list[float]) -> dict[str, float]:
    ms = sorted(v * 1000 for v in values_s)
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 2),
        "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 2),
        "max_ms": round(ms[-1], 2),
    }


@contextmanager
def _server() -> Iterator[Any]:
    from tests.helpers.postgres import running_server

    print("starting a throwaway PostgreSQL server…", flush=True)
    with running_server() as server:
        yield server


def _timed(work: Callable[[], object]) -> tuple[object, float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    value = work()
    return value, time.perf_counter() - start, time.process_time() - cpu


# --- copy, each way ---------------------------------------------------------------------------


def bench_copy(server: Any, source: Path, work: Path) -> tuple[dict[str, Any], str]:
    """`copy` FILE → server, then server → FILE; returns the figures and the server's URL."""
    from showcase.store.copy import copy_showcase

    name = server.create_database(name="bench_copy")
    url = server.url(name)
    result, wall, cpu = _timed(lambda: copy_showcase(source, url))
    rows = sum(result.rows.values())  # type: ignore[attr-defined]
    to_server = {"rows": rows, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1)}
    to_server["rows_per_s"] = round(rows / wall)
    print(f"copy file → server: {rows:,} rows in {wall:.1f} s (CPU {cpu:.1f} s)", flush=True)
    back = work / "back.db"
    result, wall, cpu = _timed(lambda: copy_showcase(url, back))
    to_file = {
        "rows": sum(result.rows.values()),  # type: ignore[attr-defined]
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "rows_per_s": round(rows / wall),
        "file_mb": round(back.stat().st_size / 1e6, 1),
    }
    print(f"copy server → file: {to_file['rows']:,} rows in {wall:.1f} s (CPU {cpu:.1f} s)")
    return {"file_to_server": to_server, "server_to_file": to_file}, url


# --- search while typing ----------------------------------------------------------------------


def bench_search(location: str) -> dict[str, Any]:
    """Each keystroke as the staff window handles it: the model's filter set (ids read, model
    reset) and the table's visible rows painted (their rows and thumbnails read)."""
    from PySide6.QtWidgets import QApplication, QWidget

    from showcase.inventory.listing import ProductFilter
    from showcase.store.opening import open_showcase
    from showcase.ui.staff.window.product_model import ProductTableModel
    from showcase.ui.staff.window.product_table import ProductTable

    app = QApplication.instance() or QApplication([])
    database = open_showcase(location)
    holder = QWidget()
    holder.resize(1280, 760)
    model = ProductTableModel(database, holder)
    table = ProductTable(model, holder)
    table.resize(1280, 700)
    holder.show()
    model.reload()
    app.processEvents()
    keystrokes: list[float] = []
    try:
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                start = time.perf_counter()
                model.set_filter(ProductFilter(text=query[:end]))
                table.viewport().repaint()
                keystrokes.append(time.perf_counter() - start)
            model.set_filter(ProductFilter())
            app.processEvents()
    finally:
        holder.close()
        holder.deleteLater()
        database.close()
    figures = _percentiles(keystrokes)
    figures.update(
        target_p95_ms=SEARCH_TARGET_P95_MS, met=figures["p95_ms"] <= SEARCH_TARGET_P95_MS
    )
    return figures


# --- the staff window's start -----------------------------------------------------------------


def bench_startup(file: Path, url: str, runs: int) -> dict[str, Any]:
    commands = {
        "bare": [sys.executable, str(PERF / "bare_window.py")],
        "file": [sys.executable, str(ROOT / "main.py"), "--db", str(file)],
        "server": [sys.executable, str(ROOT / "main.py"), "--db", url],
    }
    times, errors = alternated(commands, probe_env(), runs)
    figures: dict[str, Any] = {"runs": runs}
    for key in commands:
        values = times.get(key)
        figures[f"{key}_ms"] = round(statistics.median(values) * 1000, 1) if values else None
    for key in ("file", "server"):
        ran = times.get(key) and times.get("bare")
        figures[f"{key}_ratio"] = paired_ratio(times[key], times["bare"]) if ran else None
    if errors:
        figures["errors"] = errors
    return figures


# --- an edit seen by a second connection ------------------------------------------------------


def _first_product(database: Any) -> tuple[int, int]:
    with database.read() as connection:
        row = connection.execute("SELECT id, price FROM product ORDER BY id LIMIT 1").fetchone()
    return int(row[0]), int(row[1])


def _save_price(database: Any, product_id: int, price: int) -> None:
    """What a desk's save is: one ORM transaction changing the product (its edit version too)."""
    from showcase.store.models import Product

    with database.session() as session:
        product = session.get(Product, product_id)
        assert product is not None
        product.price = price


def bench_edit_seen_file(file: Path, edits: int) -> dict[str, Any]:
    """A second connection on the same file, as the kiosk on the desk's PC: it polls
    `PRAGMA data_version` (which moves when another connection commits) every millisecond."""
    from showcase.store.opening import open_showcase

    database = open_showcase(file)
    watcher = sqlite3.connect(file, isolation_level=None)
    product_id, price = _first_product(database)
    seen: list[float] = []
    try:
        for n in range(edits):
            version = watcher.execute("PRAGMA data_version").fetchone()[0]
            new_price = price + n + 1
            start = time.perf_counter()
            _save_price(database, product_id, new_price)
            while watcher.execute("PRAGMA data_version").fetchone()[0] == version:
                time.sleep(0.001)
            read = watcher.execute("SELECT price FROM product WHERE id = ?", (product_id,))
            assert read.fetchone()[0] == new_price
            seen.append(time.perf_counter() - start)
        _save_price(database, product_id, price)
    finally:
        watcher.close()
        database.close()
    return _percentiles(seen)


def bench_edit_seen_server(server: Any, url: str, edits: int) -> dict[str, Any]:
    """A second connection as a kiosk's on the LAN: LISTEN on its own autocommit connection,
    woken by the notification the desk's commit sends, then reading the row."""
    from showcase.store import live
    from showcase.store.location import parse_location
    from showcase.store.opening import open_showcase

    database = open_showcase(url)
    kiosk = live.kiosk_connect(parse_location(url))  # type: ignore[arg-type]
    live.listen(kiosk)
    product_id, price = _first_product(database)
    seen: list[float] = []
    try:
        for n in range(edits):
            live.drain(kiosk)
            new_price = price + n + 1
            start = time.perf_counter()
            _save_price(database, product_id, new_price)
            while not live.drain(kiosk):
                select.select([kiosk.fileno()], [], [], 5.0)
            row = kiosk.execute("SELECT price FROM product WHERE id = %s", (product_id,))
            assert row.fetchone()[0] == new_price
            seen.append(time.perf_counter() - start)
        _save_price(database, product_id, price)
    finally:
        kiosk.close()
        database.close()
    return _percentiles(seen)


# --- the run ----------------------------------------------------------------------------------


def run(
    products: int = 100_000, startup_products: int = 10_000, edits: int = 100, runs: int = 5
) -> dict[str, Any]:
    RESULTS.mkdir(parents=True, exist_ok=True)
    large = synthetic_db(products)
    small = synthetic_db(startup_products)
    results: dict[str, Any] = {"products": products, "startup_products": startup_products}
    with _server() as server, tempfile.TemporaryDirectory(prefix="etalase-bench-") as folder:
        work = Path(folder)
        copies, large_url = bench_copy(server, large, work)
        results["copy"] = copies
        small_name = server.create_database(name="bench_startup")
        from showcase.store.copy import copy_showcase

        copy_showcase(small, server.url(small_name))
        print("search while typing, file…", flush=True)
        results["search_file"] = bench_search(str(large))
        print("search while typing, server…", flush=True)
        results["search_server"] = bench_search(large_url)
        print("the staff window's start…", flush=True)
        results["startup"] = {
            "products": startup_products,
            **bench_startup(small, server.url(small_name), runs),
        }
        print("an edit seen by a second connection…", flush=True)
        edit_file = work / "edits.db"
        edit_file.write_bytes(small.read_bytes())
        results["edit_seen_file"] = bench_edit_seen_file(edit_file, edits)
        results["edit_seen_server"] = bench_edit_seen_server(server, server.url(small_name), edits)
    _print(results)
    out = RESULTS / "server.json"
    out.write_text(json.dumps(results, indent=2))
    print(f"\nwritten to {out}")
    return results


def _print(r: dict[str, Any]) -> None:
    def search(key: str) -> str:
        s = r[key]
        return f"p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms, max {s['max_ms']} ms ({s['n']} keys)"

    def seen(key: str) -> str:
        s = r[key]
        return f"p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms, max {s['max_ms']} ms"

    c, st = r["copy"], r["startup"]
    lines = [
        (f"search {r['products']:,}, file", search("search_file")),
        (f"search {r['products']:,}, server", search("search_server")),
        (
            f"start {st['products']:,}",
            f"bare {st['bare_ms']} ms, file {st['file_ms']} ms ({st['file_ratio']}×), "
            f"server {st['server_ms']} ms ({st['server_ratio']}×)",
        ),
        (
            "copy file → server",
            f"{c['file_to_server']['rows']:,} rows, {c['file_to_server']['wall_s']} s "
            f"(CPU {c['file_to_server']['cpu_s']} s)",
        ),
        (
            "copy server → file",
            f"{c['server_to_file']['rows']:,} rows, {c['server_to_file']['wall_s']} s "
            f"(CPU {c['server_to_file']['cpu_s']} s), {c['server_to_file']['file_mb']} MB",
        ),
        ("edit seen, file", seen("edit_seen_file")),
        ("edit seen, server", seen("edit_seen_server")),
    ]
    print()
    for name, figures in lines:
        print(f"{name:<28} {figures}")
    if st.get("errors"):
        for key, error in st["errors"].items():
            print(f"  start on {key} failed: {error}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--startup-products", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    run(args.products, args.startup_products, args.edits, args.runs)
    sys.stdout.flush()
    os._exit(0)  # no Qt teardown object by object: the results are written


if __name__ == "__main__":
    sys.exit(main())
