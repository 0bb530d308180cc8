"""Benchmark of the spreadsheet import and export: 10,000 products in one file.

    python tests/perf/bench_import.py [--rows N]

On a fresh database holding the demo showcase: write a semicolon CSV and an XLSX of N new
products (30 categories' worth of codes, 300 producers, stock figures), then time reading each
file, checking it (the preview / --dry-run), importing it (one transaction, through the
domain functions and the audit log), importing it again (nothing to change), and exporting the
products to CSV and XLSX. Prints a table and writes tests/perf/results/import.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "tests" / "perf" / "results"
sys.path.insert(0, str(ROOT))

KABUPATEN = ("Lampung Barat", "Tanggamus", "Pringsewu", "Way Kanan", "Kota Metro")
CATEGORIES = ("Kopi", "Makanan Ringan", "Kain Tapis", "Madu", "Rempah")
HEADER = [
    "kode", "nama", "nama_en", "deskripsi", "kategori", "produsen", "kabupaten", "telepon",
    "harga", "satuan", "stok", "stok_min", "unggulan", "kiosk", "sertifikat", "pasar_ekspor",
]  # fmt: skip


def _rows(count: int) -> list[list[Any]]:
    rows: list[list[Any]] = [HEADER]
    for n in range(count):
        rows.append(
            [
                f"IMP-{n:05d}", f"Produk uji {n}", f"Test product {n}", "Deskripsi " * 12,
                CATEGORIES[n % 5], f"UMKM {n % 300}", KABUPATEN[(n % 300) % 5],
                f"0812{n % 300:07d}", 10_000 + n, "pcs", n % 50, 2,
                "ya" if n % 7 == 0 else "tidak", "ya", "Halal; P-IRT", "Singapura",
            ]
        )  # fmt: skip
    return rows


def _timed(what: str, results: dict[str, Any], work: Callable[[], object]) -> object:
    """Wall time, and this process's CPU time: on a busy machine the wall time of the same work
    varies fourfold, its CPU time little (SQLite runs in this process)."""
    start, cpu = time.perf_counter(), time.process_time()
    value = work()
    results[what] = {
        "wall_s": round(time.perf_counter() - start, 2),
        "cpu_s": round(time.process_time() - cpu, 2),
    }
    print(
        f"{what:<34} {results[what]['wall_s']:>7.2f} s   CPU {results[what]['cpu_s']:>7.2f} s",
        flush=True,
    )
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    rows = parser.parse_args().rows

    from openpyxl import Workbook

    from showcase.inventory.demo.showcase import build_demo
    from showcase.inventory.export import export_table
    from showcase.inventory.importing.apply import check_file, import_sheet
    from showcase.inventory.importing.files import read_sheet
    from showcase.store.db import open_database

    work = RESULTS / "import-bench"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    data = _rows(rows)
    csv_path = work / "produk.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(data)
    xlsx_path = work / "produk.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Produk")
    for row in data:
        sheet.append(row)
    book.save(xlsx_path)

    results: dict[str, Any] = {}
    print(
        f"{rows:,} rows; CSV {csv_path.stat().st_size // 1024} KB, XLSX {xlsx_path.stat().st_size // 1024} KB"
    )
    _timed("read CSV", results, lambda: read_sheet(csv_path))
    _timed("read XLSX", results, lambda: read_sheet(xlsx_path))
    for label, path in (("CSV", csv_path), ("XLSX", xlsx_path)):
        database = open_database(work / f"showcase-{label}.db")
        with database.session() as session:
            build_demo(session, seed=1)
        _timed(
            f"check {label} (preview, dry run)",
            results,
            lambda db=database, p=path: check_file(db, p),
        )
        sheet_read = read_sheet(path)
        result: Any = _timed(
            f"import {label} (all new)",
            results,
            lambda db=database, s=sheet_read: import_sheet(db, s),
        )
        assert result.plan.added == rows
        again: Any = _timed(
            f"import {label} again (unchanged)",
            results,
            lambda db=database, s=sheet_read: import_sheet(db, s),
        )
        assert again.plan.unchanged == rows
        if label == "CSV":
            with database.session() as session:
                for suffix in (".csv", ".xlsx"):
                    _timed(
                        f"export products to {suffix}",
                        results,
                        lambda s=session, x=suffix: export_table(
                            s, "products", work / f"export{x}"
                        ),
                    )
        database.close()
    (RESULTS / "import.json").write_text(json.dumps({"rows": rows, "seconds": results}, indent=2))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
