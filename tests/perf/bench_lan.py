"""Benchmark of kiosks on the LAN against DESIGN.md ("several PCs"), on a throwaway PostgreSQL
server and the demo showcase:

    python tests/perf/bench_lan.py [--kiosks 10] [--changes 20] [--outages 10]

- change to kiosk: 10 kiosk processes (offscreen) on one server; the desk renames the center
  N times; the time from the desk's commit to each kiosk printing the screen it loaded again
  with the new name (ETALASE_KIOSK_TRACE): p50, p95, max; target p95 ≤ 2 s;
- the server's load from idle kiosks: the same 10 kiosks on their attract screens for a minute
  (after their copies were refreshed): transactions per minute on the showcase's database from
  pg_stat_database (every statement a kiosk sends outside a read snapshot is one; a snapshot
  is one), and connections open;
- soak with outages: one kiosk while the server is stopped and started again N times, a change
  made after each return; its resident memory after each cycle; the growth after the first two
  cycles (warm-up), target ≤ 20 MB; and the time from the server's start to the kiosk online
  (target ≤ 5 s).
Prints a table and writes tests/perf/results/lan.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "tests" / "perf" / "results"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LATENCY_TARGET_S = 2.0
GROWTH_TARGET_MB = 20.0
CATCH_UP_TARGET_S = 5.0


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _xacts(server: Any, name: str) -> int:
    (row,) = server.execute(
        "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()",
        name,
    )
    return int(row[0])


def _center_is(value: str) -> Callable[[dict[str, Any]], bool]:
    """Whether a kiosk's event shows the center named `value` (a desk's change arrived)."""
    return lambda event: event.get("center") == value


def _demo() -> Path:
    sys.path.insert(0, str(ROOT / "tests" / "perf"))
    from bench_kiosk import showcase  # same folder as this script

    return Path(showcase())


def run(kiosk_count: int = 10, changes: int = 20, outages: int = 10) -> dict[str, Any]:
    from tests.helpers.lan import (
        Kiosk,
        center_name_sql,
        desk_sql,
        kiosk_url,
        prepared_showcase,
        write_pgpass,
    )
    from tests.helpers.postgres import running_server

    RESULTS.mkdir(parents=True, exist_ok=True)
    demo = _demo()
    results: dict[str, Any] = {"showcase": "demo (60 products, 96 photos)", "kiosks": kiosk_count}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with running_server() as server, tempfile.TemporaryDirectory() as scratch:
        name = prepared_showcase(server, demo)
        url = kiosk_url(server, name, password=False)
        kiosks: list[Kiosk] = []
        try:
            for number in range(kiosk_count):
                home = Path(scratch) / f"kiosk-{number}"
                write_pgpass(home, server)
                kiosks.append(Kiosk(env, url, home, name=f"kiosk-{number}"))
            for kiosk in kiosks:
                kiosk.wait("a kiosk online", lambda e: e["event"] == "online", timeout=60)
            time.sleep(3)  # their first copies
            # --- change to kiosk --------------------------------------------------------------
            latencies: list[float] = []
            missed = 0
            for change in range(changes):
                value = f"Bench {change}"
                committed = desk_sql(server, name, center_name_sql(value))
                for kiosk in kiosks:
                    try:
                        event = kiosk.wait(value, _center_is(value), timeout=10)
                        latencies.append(event["at"] - committed)
                    except AssertionError:
                        missed += 1
                time.sleep(0.5)
            results["latency"] = {
                "changes": changes,
                "samples": len(latencies),
                "missed": missed,
                "p50_s": round(statistics.median(latencies), 3),
                "p95_s": round(_percentile(latencies, 0.95), 3),
                "max_s": round(max(latencies), 3),
                "met": missed == 0 and _percentile(latencies, 0.95) <= LATENCY_TARGET_S,
            }
            # --- idle load ------------------------------------------------------------------
            time.sleep(40)  # the copies refreshed after the last change (30 s later)
            before, started = _xacts(server, name), time.monotonic()
            time.sleep(60)
            minutes = (time.monotonic() - started) / 60
            after = _xacts(server, name)
            (connections,) = server.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()", name
            )
            per_minute = (after - before - 2) / minutes  # our own two reads of the counter
            results["idle_load"] = {
                "kiosks": kiosk_count,
                "transactions_per_minute": round(per_minute, 1),
                "per_kiosk_per_minute": round(per_minute / kiosk_count, 2),
                "connections": int(connections[0]),  # type: ignore[call-overload]
            }
        finally:
            for kiosk in kiosks[1:]:
                kiosk.stop()
        # --- soak with outages ----------------------------------------------------------------
        kiosk = kiosks[0]
        try:
            samples: list[float] = []
            catch_up: list[float] = []
            for cycle in range(outages):
                server.stop("fast")
                kiosk.wait("offline", lambda e: e["event"] == "offline", timeout=20)
                time.sleep(1)
                server.start()
                restarted = time.monotonic()
                event = kiosk.wait("online", lambda e: e["event"] == "online", timeout=30)
                catch_up.append(event["at"] - restarted)
                value = f"Soak {cycle}"
                desk_sql(server, name, center_name_sql(value))
                kiosk.wait(value, _center_is(value), timeout=10)
                samples.append(_rss_mb(kiosk.process.pid))
            warm = samples[1] if len(samples) > 1 else samples[0]
            results["soak"] = {
                "outages": outages,
                "rss_mb": [round(s, 1) for s in samples],
                "growth_after_warm_up_mb": round(max(samples[2:] or samples) - warm, 1),
                "catch_up_s_max": round(max(catch_up), 2),
                "catch_up_s_p50": round(statistics.median(catch_up), 2),
            }
            results["soak"]["met"] = (
                results["soak"]["growth_after_warm_up_mb"] <= GROWTH_TARGET_MB
                and max(catch_up) <= CATCH_UP_TARGET_S
            )
        finally:
            kiosk.stop()
    lat, idle, soak = results["latency"], results["idle_load"], results["soak"]
    print()
    print("Kiosks on the LAN")
    print(
        f"  change → {kiosk_count} kiosks: {lat['samples']} samples, p50 {lat['p50_s']} s, "
        f"p95 {lat['p95_s']} s, max {lat['max_s']} s, missed {lat['missed']} "
        f"(target p95 ≤ {LATENCY_TARGET_S} s): {'met' if lat['met'] else 'MISSED'}"
    )
    print(
        f"  idle load: {idle['transactions_per_minute']} transactions/min for {kiosk_count} "
        f"kiosks ({idle['per_kiosk_per_minute']} each), {idle['connections']} connections"
    )
    print(
        f"  soak, {outages} outages: RSS {soak['rss_mb'][0]} → {soak['rss_mb'][-1]} MB, growth "
        f"after warm-up {soak['growth_after_warm_up_mb']} MB (target ≤ {GROWTH_TARGET_MB}); "
        f"back online ≤ {soak['catch_up_s_max']} s after the start (target ≤ "
        f"{CATCH_UP_TARGET_S}): {'met' if soak['met'] else 'MISSED'}"
    )
    (RESULTS / "lan.json").write_text(json.dumps(results, indent=2))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kiosks", type=int, default=10)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--outages", type=int, default=10)
    args = parser.parse_args()
    run(args.kiosks, args.changes, args.outages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
