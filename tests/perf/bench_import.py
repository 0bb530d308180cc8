"""Benchmark of the spreadsheet import at its documented maximum: 100,000 rows, as staff run it.

    python tests/perf/bench_import.py [--rows N] [--stores sqlite postgresql] [--formats csv xlsx]

A product list like the Dinas' (Indonesian headers, codes, names and descriptions from the
demo's Lampung vocabularies, 5,000 producers, prices and stock), written as a semicolon CSV and
as an XLSX, and the same list with every price and stock changed. For each store (an SQLite
file, and a throwaway PostgreSQL server) and each format, on a fresh demo showcase, each step is
the command line in a process of its own, so that its time and peak memory (the process's
resident high-water mark) are the step's alone:
- check: `etalase import FILE --dry-run` (read and checked; what the window's preview does);
- import: `etalase import FILE` (read, checked again in the writing transaction, the safety
  backup, then every product, stock count and change history entry written; on a server, then
  the product table rewritten in name order, as an import writing a tenth of it or more is);
- again: the same file imported again (every row unchanged: nothing written);
- changed: the list with every price and stock changed (100,000 updates and stock counts; on
  a server, the rewrite again).
CPU is the command's; on a server, the server's own CPU for the step is given beside it (its
triggers and indexes do much of an import's work there).
Target: check + import under 60 s on this 2-core machine. Prints a table with the load
(`uptime`) and writes tests/perf/results/import.json.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "tests" / "perf" / "results"
sys.path.insert(0, str(ROOT))

TARGET_S = 60.0  # check + import of the documented maximum
HEADER = [
    "No", "Kode", "Nama Produk", "Nama Inggris", "Deskripsi", "Kategori", "Nama UMKM",
    "Kabupaten/Kota", "No. HP/WA", "Harga (Rp)", "Satuan", "Stok", "Stok Minimal", "Unggulan",
    "Sertifikat", "Pasar Ekspor",
]  # fmt: skip
STEPS = ("check", "import", "again", "changed")


def dinas_rows(count: int, *, seed: int = 1, bump: int = 0) -> list[list[Any]]:
    """The Dinas' product list of `count` rows; `bump` is added to every price and stock."""
    from showcase.inventory.demo.data import (
        BRANDS,
        CATEGORIES,
        PLACES,
        PRODUCER_PREFIXES,
        VOCABULARY,
    )

    rng = random.Random(seed)
    categories = {category.key: category.name_id for category in CATEGORIES}
    makers = []
    for number in range(max(20, min(5_000, count // 20))):
        kabupaten = rng.choice(tuple(PLACES))
        place = rng.choice(PLACES[kabupaten])
        name = f"{rng.choice(PRODUCER_PREFIXES)} {rng.choice(BRANDS)} {place} {number + 1}"
        phone = f"0812{rng.randint(0, 9_999_999):07d}"
        makers.append((name, place, kabupaten, phone, rng.choice(list(categories))))
    rows: list[list[Any]] = [HEADER]
    for number in range(1, count + 1):
        name, place, kabupaten, phone, key = rng.choice(makers)
        words = VOCABULARY[key]
        (base_id, base_en), (variant_id, variant_en) = (
            rng.choice(words.bases),
            rng.choice(words.variants),
        )
        price = rng.randint(words.price[0] // 500, words.price[1] // 500) * 500
        rows.append(
            [
                number, f"LPG-{number:06d}", f"{base_id} {variant_id} {place}",
                f"{base_en}, {variant_en}",
                f"{base_id} {variant_id.lower()} buatan {name}, {kabupaten}. {words.sentence_id}",
                categories[key], name, kabupaten, phone, price + bump, rng.choice(words.units),
                rng.randint(0, 200) + bump, rng.choice((0, 5, 10)),
                "ya" if rng.random() < 0.05 else "tidak",
                "Halal; P-IRT" if rng.random() < 0.5 else "",
                "Singapura" if rng.random() < 0.03 else "",
            ]
        )  # fmt: skip
    return rows


def write_file(path: Path, rows: list[list[Any]]) -> Path:
    """A CSV as Excel saves it where the decimal mark is a comma, or an XLSX by openpyxl (its
    text as inline strings: slower to read than the shared strings Excel writes)."""
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, delimiter=";").writerows(rows)
        return path
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Produk")
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _command(location: str, path: Path, dry_run: bool, home: Path) -> dict[str, Any]:
    """`etalase --db LOCATION import PATH` in a process of its own: wall and CPU time, peak
    memory, the exit status and the summary line."""
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, str(ROOT / "main.py"), "--db", location, "import", str(path)]
    start = time.perf_counter()
    process = subprocess.Popen(
        [*command, *(["--dry-run"] if dry_run else [])],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out, err = process.communicate()
    wall = time.perf_counter() - start
    # This process runs only this child (see _isolated): RUSAGE_CHILDREN is the child's own.
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    first = next((line for line in out.splitlines() if line.strip()), "")
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} ended with {process.returncode}: {err}")
    return {
        "wall_s": round(wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "said": first.strip(),
        "load": [round(x, 2) for x in os.getloadavg()],
    }


def _server_cpu(data: Path) -> float:
    """CPU seconds the throwaway server in `data` has used so far: its postmaster, the children
    alive (checkpointer, autovacuum…) and those it has reaped (each step's backend)."""
    ticks = os.sysconf("SC_CLK_TCK")
    postmaster = int((data / "postmaster.pid").read_text().split()[0])

    def fields(pid: int | str) -> list[str]:  # after `pid (name)`: state, ppid, … utime at [11]
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()

    total = sum(int(value) for value in fields(postmaster)[11:15])  # own and reaped children's
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            child = fields(entry.name)
        except OSError:  # ended meanwhile
            continue
        if int(child[1]) == postmaster:
            total += int(child[11]) + int(child[12])
    return total / ticks


@contextmanager
def _showcases(stores: list[str], work: Path) -> Iterator[tuple[Callable[[str], str], Path | None]]:
    """Makes a fresh demo showcase on a store (a file, or a database on a throwaway server);
    also the throwaway server's data folder, for its CPU time."""
    from showcase.inventory.demo.showcase import build_demo
    from showcase.store.opening import open_showcase

    with ExitStack() as stack:
        server = None
        if "postgresql" in stores:
            from tests.helpers.postgres import running_server

            print("starting a throwaway PostgreSQL server…", flush=True)
            server = stack.enter_context(running_server())
        names = itertools.count(1)

        def fresh(store: str) -> str:
            if store == "sqlite":
                location = str(work / f"showcase-{next(names)}.db")
            else:
                assert server is not None
                location = server.url(server.create_database(name=f"bench_{next(names)}"))
            database = open_showcase(location)
            with database.session() as session:
                build_demo(session, seed=1)
            database.close()
            return location

        yield fresh, (server.data if server is not None else None)


def run(
    rows: int = 100_000, stores: list[str] | None = None, formats: list[str] | None = None
) -> dict[str, Any]:
    """Every step on every store and format; the results (also in results/import.json)."""
    stores = stores or ["sqlite", "postgresql"]
    formats = formats or ["csv", "xlsx"]
    RESULTS.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="etalase-bench-import-"))
    results: dict[str, Any] = {"rows": rows, "target_s": TARGET_S, "cases": []}
    try:
        files: dict[str, dict[str, Path]] = {}
        plain, changed = dinas_rows(rows), dinas_rows(rows, bump=500)
        for suffix in formats:
            files[suffix] = {
                "list": write_file(work / f"produk.{suffix}", plain),
                "changed": write_file(work / f"produk-berubah.{suffix}", changed),
            }
        del plain, changed
        print(f"{rows:,} rows: " + ", ".join(
            f"{s.upper()} {files[s]['list'].stat().st_size / 1e6:.1f} MB" for s in formats
        ), flush=True)  # fmt: skip
        with _showcases(stores, work) as (fresh, server_data):
            for store in stores:
                for suffix in formats:
                    location = fresh(store)
                    case: dict[str, Any] = {"store": store, "format": suffix}
                    for step in STEPS:
                        path = files[suffix]["changed" if step == "changed" else "list"]
                        on_server = server_data if store == "postgresql" else None
                        before = _server_cpu(on_server) if on_server else 0.0
                        case[step] = _isolated(location, path, step == "check", work)
                        figures = case[step]
                        extra = ""
                        if on_server is not None:
                            figures["server_cpu_s"] = round(_server_cpu(on_server) - before, 1)
                            extra = f" + server {figures['server_cpu_s']:>5.1f} s"
                        print(
                            f"{store:<10} {suffix:<4} {step:<8} {figures['wall_s']:>6.1f} s  "
                            f"CPU {figures['cpu_s']:>6.1f} s{extra}  "
                            f"peak {figures['peak_rss_mb']:>5} MB"
                            f"  load {figures['load'][0]}  {figures['said'][:70]}",
                            flush=True,
                        )
                    total = case["check"]["wall_s"] + case["import"]["wall_s"]
                    case["check_plus_import_s"] = round(total, 1)
                    case["met"] = total < TARGET_S
                    results["cases"].append(case)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results["met"] = all(case["met"] for case in results["cases"])
    (RESULTS / "import.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return results


def _isolated(location: str, path: Path, dry_run: bool, work: Path) -> dict[str, Any]:
    """One step in a fresh child of a fresh process, so that RUSAGE_CHILDREN's peak memory is
    that step's own (it is the largest of all children waited for)."""
    script = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); import bench_import as b; "
        "from pathlib import Path; "
        "print(json.dumps(b._command(sys.argv[2], Path(sys.argv[3]), sys.argv[4] == '1', "
        "Path(sys.argv[5]))))"
    )
    home = work / "home"
    home.mkdir(exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent), location, str(path),
         "1" if dry_run else "0", str(home)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--stores", nargs="+", choices=("sqlite", "postgresql"))
    parser.add_argument("--formats", nargs="+", choices=("csv", "xlsx"))
    args = parser.parse_args()
    print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    results = run(args.rows, args.stores, args.formats)
    print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    for case in results["cases"]:
        print(
            f"{case['store']:<10} {case['format']:<4} check + import "
            f"{case['check_plus_import_s']} s: {'met' if case['met'] else 'MISSED'} (< {TARGET_S:.0f} s)"
        )


if __name__ == "__main__":
    main()
