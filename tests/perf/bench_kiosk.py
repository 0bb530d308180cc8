"""Benchmark of the visitors' kiosk against DESIGN.md: tap to product page, memory, idle CPU.

    python tests/perf/bench_kiosk.py [--changes N] [--taps T]

On the demo showcase (built once into tests/perf/results/, reused), the kiosk window at
1920×1080 (offscreen, windowed):
- tap to product page: a mouse click on a product tile of a category's grid until the product
  page has been loaded (one read transaction) and painted (a synchronous repaint of the whole
  window); the first view of each product and a second view (photos decoded either way: the kiosk
  keeps only what one tap from the screen shown can show), p50, p95 and max, target ≤ 100 ms,
  with the UI thread's CPU time a tap beside them (what is the kiosk's own on a busy machine);
  then Back to the grid, timed the same way (no target);
  and, for information, the next product's button on a product page looked at for 0.3 s (its
  photos decoded ahead meanwhile);
- soak: N page changes (home, a category, a product, the next products, Back, a kabupaten, a
  search; languages switched now and then) with the resident memory sampled: the growth after
  the first 1,000 changes (every photo seen once), target ≤ 20 MB, and the growth from the start
  for information;
- browsing: in a fresh process, the proportional set size (PSS: shared libraries counted by
  their share) on the attract screen and after 30 pages (home → a category → a product → the
  next products …, one category after another), target ≤ 120 MiB;
- idle: process CPU while the attract screen sleeps (and, for comparison, while its slideshow
  runs), target 0 (below 1 ms a second: Qt's own event loop).
Prints a table, writes tests/perf/results/kiosk.json and PNGs of the window in both
orientations (kiosk-*.png) next to it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "tests" / "perf" / "results"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TAP_TARGET_MS = 100.0
SOAK_TARGET_MB = 20.0
BROWSE_TARGET_MIB = 120.0
BROWSE_PAGES = 30
WARM_CHANGES = 1000


def showcase() -> Path:
    """The demo showcase (60 products with 96 photos), built once."""
    from showcase.store.db import SCHEMA_HEAD, open_database

    path = RESULTS / f"kiosk-demo-{SCHEMA_HEAD}.db"
    if path.exists():
        return path
    from showcase.inventory.demo.showcase import build_demo

    partial = path.with_suffix(".partial")
    for leftover in RESULTS.glob(partial.name + "*"):
        leftover.unlink()
    database = open_database(partial)
    with database.session() as session:
        build_demo(session)
    database.close()
    partial.rename(path)
    return path


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _summary(wall: list[float], cpu: list[float]) -> dict[str, Any]:
    """p50, p95 and max of `wall` (ms), and p50 and p95 of the UI thread's CPU time `cpu`
    (ms): the share of the work that is the kiosk's own, whatever else the machine runs."""
    return {
        "n": len(wall),
        "p50_ms": round(statistics.median(wall), 1),
        "p95_ms": round(_percentile(wall, 0.95), 1),
        "max_ms": round(max(wall), 1),
        "cpu_p50_ms": round(statistics.median(cpu), 1),
        "cpu_p95_ms": round(_percentile(cpu, 0.95), 1),
    }


def _tap(widget: Any, window: Any) -> tuple[float, float]:
    """A mouse click in the middle of `widget` until the window is painted again: wall clock
    and UI-thread CPU time, in ms."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    start, cpu = time.perf_counter(), time.thread_time()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    window.repaint()
    return (time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000


def _settle(app: Any) -> None:
    """What the event loop does between two taps: posted events, then deferred deletes
    (processEvents alone never deletes what deleteLater() marked, so outside exec() the
    widgets of every list shown would pile up)."""
    from PySide6.QtCore import QEvent

    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _window(path: Path, **options: Any) -> Any:
    from showcase.ui.kiosk.window import KioskWindow
    from showcase.ui.qt_setup import application

    app = application()
    window = KioskWindow(path, windowed=True, **options)
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    return app, window


def bench_taps(path: Path, taps: int) -> dict[str, Any]:

    from showcase.ui.kiosk.screens.base import Route
    from showcase.ui.kiosk.screens.tiles import Tile

    app, window = _window(path)
    window.navigate(Route("home"))
    categories = [t.route for t in window.home.findChildren(Tile) if t.route.name == "category"]
    assert categories, "the home screen shows no categories"
    timings: dict[str, list[float]] = {"first": [], "cached": [], "back": []}
    cpu: dict[str, list[float]] = {kind: [] for kind in timings}
    seen: set[str] = set()
    done = 0
    while done < taps:
        for category in categories:
            window.navigate(Route("home"))
            window.navigate(category)
            _settle(app)
            tiles = [t for t in window.browse.findChildren(Tile) if t.route.name == "product"]
            for index in range(len(tiles)):
                tile = [t for t in window.browse.findChildren(Tile) if t.route.name == "product"][
                    index
                ]
                kind = "cached" if tile.route.ref in seen else "first"
                seen.add(tile.route.ref)
                wall, used = _tap(tile, window)
                assert window.current_screen is window.product_page, "the tap missed"
                timings[kind].append(wall)
                cpu[kind].append(used)
                done += 1
                _settle(app)
                wall, used = _tap(window.product_page.bar.back_button, window)
                assert window.current_screen is window.browse, "Back missed the grid"
                timings["back"].append(wall)
                cpu["back"].append(used)
                _settle(app)
                if done >= taps:
                    break
            if done >= taps:
                break
    window.leave()
    app.processEvents()
    everything = timings["first"] + timings["cached"]
    result: dict[str, Any] = {"taps": len(everything)}
    for kind in ("first", "cached"):
        if timings[kind]:
            result[kind] = _summary(timings[kind], cpu[kind])
    result["back_to_grid"] = _summary(timings["back"], cpu["back"])
    result["cpu_p50_ms"] = round(statistics.median(cpu["first"] + cpu["cached"]), 1)
    p95 = _percentile(everything, 0.95)
    result.update(
        {"p95_ms": round(p95, 1), "target_ms": TAP_TARGET_MS, "met": p95 <= TAP_TARGET_MS}
    )
    return result


def bench_next(path: Path, taps: int, dwell: float = 0.3) -> dict[str, Any]:
    """The next product's button on a product page opened from a category's grid, each page
    looked at for `dwell` seconds with the event loop running (as a visitor reads it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from showcase.ui.kiosk.screens.base import Route
    from showcase.ui.kiosk.screens.tiles import Tile

    app, window = _window(path)
    window.navigate(Route("home"))
    categories = [t.route for t in window.home.findChildren(Tile) if t.route.name == "category"]
    timings: list[float] = []

    def look() -> None:
        end = time.perf_counter() + dwell
        while time.perf_counter() < end:
            _settle(app)
            time.sleep(0.02)

    cycle = 0
    while len(timings) < taps:
        window.navigate(categories[cycle % len(categories)])
        _settle(app)
        tiles = window.browse.grid.tiles()
        cycle += 1
        if not tiles or len(tiles[0].route.context) < 2:
            continue
        window.navigate(tiles[0].route)
        window.repaint()
        for _ in range(3):
            look()
            start = time.perf_counter()
            QTest.mouseClick(window.product_page.next_button, Qt.MouseButton.LeftButton)
            window.repaint()
            timings.append((time.perf_counter() - start) * 1000)
    window.leave()
    app.processEvents()
    return {
        "n": len(timings),
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(_percentile(timings, 0.95), 1),
        "max_ms": round(max(timings), 1),
    }


def bench_soak(path: Path, changes: int) -> dict[str, Any]:
    import psutil

    from showcase.ui.kiosk.screens.base import Route
    from showcase.ui.kiosk.screens.tiles import Tile

    process = psutil.Process()
    app, window = _window(path)
    window.navigate(Route("home"))
    categories = [t.route for t in window.home.findChildren(Tile) if t.route.name == "category"]
    places = [
        t.route
        for t in window.home.findChildren(Tile)
        if t.route.name == "kabupaten" and t.isEnabled()
    ]
    words = ["kopi", "keripik", "tapis", "madu", "lada"]
    rss_start = process.memory_info().rss / 2**20
    samples: list[tuple[int, float]] = []
    count = 0
    cycle = 0

    def change(route: Route) -> None:
        nonlocal count
        window.navigate(route)
        _settle(app)
        count += 1
        if count % 250 == 0:
            samples.append((count, process.memory_info().rss / 2**20))

    start = time.perf_counter()
    while count < changes:
        change(Route("home"))
        change(categories[cycle % len(categories)])
        product_route = window.browse.grid.tiles()[0].route if window.browse.grid.tiles() else None
        if product_route is not None:
            change(product_route)
            for step in range(1, min(4, len(product_route.context))):
                context = product_route.context
                change(Route("product", ref=str(context[step]), context=context))
            change(Route("back"))
        change(places[cycle % len(places)])
        change(Route("search", ref=words[cycle % len(words)]))
        if cycle % 10 == 9:
            window.set_language("en" if window.language == "id" else "id")
        cycle += 1
    seconds = time.perf_counter() - start
    window.leave()
    app.processEvents()
    warm = next(rss for n, rss in samples if n >= WARM_CHANGES)
    after_warm = [rss for n, rss in samples if n >= WARM_CHANGES]
    growth_after_warm = max(after_warm) - warm
    growth_total = max(rss for _, rss in samples) - rss_start
    return {
        "changes": count,
        "seconds": round(seconds, 1),
        "ms_per_change": round(seconds * 1000 / count, 2),
        "rss_start_mb": round(rss_start, 1),
        "rss_after_warmup_mb": round(warm, 1),
        "rss_end_mb": round(samples[-1][1], 1),
        "rss_max_mb": round(max(rss for _, rss in samples), 1),
        "growth_after_warmup_mb": round(growth_after_warm, 1),
        "growth_from_start_mb": round(growth_total, 1),
        "image_cache_mb": round(window.images.size_bytes / 2**20, 1),
        "rss_every_1000_mb": [round(rss, 1) for n, rss in samples if n % 1000 == 0],
        "target_mb": SOAK_TARGET_MB,
        # Growth from the start includes what the first pages load once (fonts, styles, the
        # photos of the screen shown and one tap away); what must stay flat is after that.
        "met": growth_after_warm <= SOAK_TARGET_MB,
    }


def browse_pss(path: Path, pages: int = BROWSE_PAGES) -> dict[str, Any]:
    """PSS on the attract screen and after `pages` pages; run in a process of its own."""
    import psutil

    from showcase.ui.kiosk.screens.base import Route
    from showcase.ui.kiosk.screens.tiles import Tile

    process = psutil.Process()
    app, window = _window(path)
    _settle(app)
    window.repaint()
    attract = process.memory_full_info().pss / 2**20
    shown = 0

    def show(route: Route) -> None:
        nonlocal shown
        window.navigate(route)
        _settle(app)
        window.repaint()  # painted, as on screen: the photos are decoded
        shown += 1

    show(Route("home"))
    categories = [t.route for t in window.home.findChildren(Tile) if t.route.name == "category"]
    cycle = 0
    while shown < pages:
        show(categories[cycle % len(categories)])
        tiles = window.browse.grid.tiles()
        if tiles and shown < pages:
            first = tiles[0].route
            show(first)
            for step in range(1, len(first.context)):
                if shown >= pages or step > 4:
                    break
                show(Route("product", ref=str(first.context[step]), context=first.context))
        if shown < pages:
            show(Route("home"))
        cycle += 1
    after = process.memory_full_info().pss / 2**20
    return {
        "pages": shown,
        "pss_attract_mib": round(attract, 1),
        "pss_after_mib": round(after, 1),
        "growth_mib": round(after - attract, 1),
        "image_cache_mib": round(window.images.size_bytes / 2**20, 1),
        "target_mib": BROWSE_TARGET_MIB,
        "met": after <= BROWSE_TARGET_MIB,
    }


def bench_browse(path: Path) -> dict[str, Any]:
    """browse_pss in a fresh process (this one has run the other benchmarks)."""
    import subprocess

    out = subprocess.run(
        [sys.executable, __file__, "--browse-only"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def _cpu_over(app: Any, seconds: float) -> float:
    """Process CPU seconds spent while the event loop runs for `seconds`."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    cpu = time.process_time()
    loop.exec()
    return time.process_time() - cpu


def bench_idle(path: Path, seconds: float) -> dict[str, Any]:
    from PySide6.QtCore import QTimer

    app, window = _window(path, attract_sleep_seconds=2.0)
    app.processEvents()
    awake_cpu = _cpu_over(app, 2.0)  # the slideshow runs (a fade every 8 s)
    deadline = time.monotonic() + 10
    while not window.idle.asleep and time.monotonic() < deadline:
        _cpu_over(app, 0.2)
    asleep = window.idle.asleep
    timers = [t.objectName() for t in window.findChildren(QTimer) if t.isActive()]
    asleep_cpu = _cpu_over(app, seconds)
    window.leave()
    app.processEvents()
    per_second_ms = asleep_cpu * 1000 / seconds
    return {
        "asleep": asleep,
        "active_timers_asleep": timers,
        "seconds": seconds,
        "cpu_ms_per_s_asleep": round(per_second_ms, 3),
        "cpu_ms_per_s_slideshow": round(awake_cpu * 1000 / 2.0, 2),
        "target": "no CPU when idle and still (< 1 ms a second)",
        "met": asleep and not timers and per_second_ms < 1.0,
    }


def render(path: Path) -> list[str]:
    """PNGs of the window on the home screen and a product page, landscape and portrait."""
    from showcase.ui.kiosk.screens.base import Route
    from showcase.ui.kiosk.screens.tiles import Tile

    app, window = _window(path)
    written = []

    def shoot(name: str, width: int, height: int) -> None:
        _settle(app)
        out = RESULTS / f"kiosk-{name}-{width}x{height}.png"
        window.grab().save(str(out))
        written.append(str(out.relative_to(ROOT)))

    for width, height in ((1920, 1080), (1080, 1920)):
        window.resize(width, height)
        window.navigate(Route("home"))
        shoot("home", width, height)
        tiles = window.home.findChildren(Tile)
        window.navigate(next(t.route for t in tiles if t.route.name == "category"))
        window.navigate(window.browse.grid.tiles()[0].route)
        shoot("product", width, height)
    window.leave()
    _settle(app)
    return written


def run(changes: int = 10_000, taps: int = 120, idle_seconds: float = 5.0) -> dict[str, Any]:
    """Run the benchmark, print its table, write kiosk.json; return the results."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = showcase()
    results: dict[str, Any] = {
        "showcase": "demo (60 products, 96 photos), 1920×1080",
        "tap_to_product": bench_taps(path, taps),
        "next_product": bench_next(path, max(3, taps // 3)),
        "soak": bench_soak(path, changes),
        "browse": bench_browse(path),
        "idle": bench_idle(path, idle_seconds),
        "pngs": render(path),
    }
    t, s, i = results["tap_to_product"], results["soak"], results["idle"]
    b, n = results["browse"], results["next_product"]
    first, cached, back = t.get("first", {}), t.get("cached", {}), t["back_to_grid"]
    rows = [
        (
            "tap→page",
            f"{t['taps']} taps: first view p50 {first.get('p50_ms')} / p95 {first.get('p95_ms')}"
            f" ms, second p50 {cached.get('p50_ms')} / p95 {cached.get('p95_ms')} ms"
            f" (UI CPU p50 {t['cpu_p50_ms']} ms)",
            t["met"],
        ),
        (
            "back",
            f"Back from each of those pages to its grid: p50 {back['p50_ms']}"
            f" / p95 {back['p95_ms']} ms (UI CPU p50 {back['cpu_p50_ms']} ms; no target)",
            None,
        ),
        (
            "next",
            f"{n['n']} taps on the next product after 0.3 s on a page: p50 {n['p50_ms']}"
            f" / p95 {n['p95_ms']} ms",
            n["p95_ms"] <= TAP_TARGET_MS,
        ),
        (
            "soak",
            f"{s['changes']:,} changes ({s['ms_per_change']} ms each): RSS {s['rss_start_mb']}"
            f" -> {s['rss_end_mb']} MB, growth {s['growth_from_start_mb']} MB"
            f" ({s['growth_after_warmup_mb']} after warm-up)",
            s["met"],
        ),
        (
            "browse",
            f"PSS {b['pss_attract_mib']} MiB on the attract screen, {b['pss_after_mib']} MiB"
            f" after {b['pages']} pages (photo cache {b['image_cache_mib']} MiB)",
            b["met"],
        ),
        (
            "idle",
            f"asleep {i['cpu_ms_per_s_asleep']} ms CPU/s, timers {i['active_timers_asleep']};"
            f" slideshow {i['cpu_ms_per_s_slideshow']} ms CPU/s",
            i["met"],
        ),
    ]
    print()
    print(f"{'kiosk':<10} {'figures':<92} target met")
    for name, figures, met in rows:
        print(f"{name:<10} {figures:<92} {'-' if met is None else 'yes' if met else 'NO'}")
    out = RESULTS / "kiosk.json"
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"\nwritten to {out}; PNGs: {', '.join(results['pngs'])}")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--taps", type=int, default=120)
    parser.add_argument("--idle-seconds", type=float, default=5.0)
    parser.add_argument("--browse-only", action="store_true", help="print browse_pss as JSON")
    args = parser.parse_args()
    if args.browse_only:
        print(json.dumps(browse_pss(showcase())), flush=True)
        os._exit(0)
    results = run(args.changes, args.taps, args.idle_seconds)
    sys.stdout.flush()
    ok = all(results[key]["met"] for key in ("tap_to_product", "soak", "browse", "idle"))
    os._exit(0 if ok else 1)  # no Qt teardown object by object: the results are written


if __name__ == "__main__":
    sys.exit(main())
