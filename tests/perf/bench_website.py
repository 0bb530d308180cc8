"""Benchmark of the website against DESIGN.md: 1,000 products with photos published, then
published again after one product changed (only that change rewritten).

    python tests/perf/bench_website.py [--products 1000] [--showcase FILE]

On a copy of a synthetic showcase (build_synthetic, photos 1200×900, one photo row per product;
built once into tests/perf/results/ and reused), into an empty folder:
1. first publish: every photo scaled to three widths, every page written;
2. again, nothing changed: nothing may be written;
3. one product's price changed: only the files that show it (its two pages, the pages that list
   it, the search index, the feeds) may be written; no photo is scaled again;
4. that product archived: its pages and photos removed.
Also the size of the biggest product page and of the site, and the .zip. Prints a table and
writes tests/perf/results/website.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "tests" / "perf" / "results"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BASE = "https://umkm.lampung.example/etalase"
PAGE_LIMIT = 200_000  # bytes of a product page with its style sheet, before photos


def _synthetic(products: int) -> Path:
    from showcase.store.db import SCHEMA_HEAD, open_database

    path = RESULTS / f"website-{products}-{SCHEMA_HEAD}.db"
    if path.exists():
        return path
    from showcase.inventory.demo.synthetic import build_synthetic

    print(f"building a synthetic showcase of {products:,} products with photos…", flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in RESULTS.glob(partial.name + "*"):
        leftover.unlink()
    database = open_database(partial)
    with database.session() as session:
        build_synthetic(session, products=products, seed=1, photos=True, photo_size=(1200, 900))
    database.close()
    partial.rename(path)
    return path


def _publish(
    database: Any, out: Path, *, make_zip: bool = False
) -> tuple[Any, tuple[float, float]]:
    """Publish; the summary, and the wall-clock and CPU seconds it took (CPU of all threads:
    on a shared machine the wall-clock time depends on what else runs, the CPU time does not)."""
    from showcase.printing.website import publish_website

    start, cpu = time.perf_counter(), time.process_time()
    summary = publish_website(database, out, base_url=BASE, make_zip=make_zip)
    return summary, (time.perf_counter() - start, time.process_time() - cpu)


def _row(summary: Any, timing: tuple[float, float]) -> dict[str, Any]:
    seconds, cpu = timing
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "ms_per_product": round(1000 * seconds / max(summary.products, 1), 2),
        "written": summary.written,
        "unchanged": summary.unchanged,
        "removed": summary.removed,
        "files": summary.files,
    }


def _measure(products: int, showcase: Path | None = None) -> dict[str, Any]:
    from sqlalchemy import select

    from showcase.inventory.products import ProductInput, set_archived, update_product
    from showcase.store.db import open_database
    from showcase.store.models import Product

    work = Path(tempfile.mkdtemp(prefix="etalase-bench-website-"))
    try:
        source = work / "showcase.db"
        shutil.copyfile(showcase or _synthetic(products), source)
        database = open_database(source)
        out = work / "site"
        first, first_s = _publish(database, out, make_zip=True)
        same, same_s = _publish(database, out)

        with database.session() as session:
            product = session.scalars(
                select(Product).where(Product.archived.is_(False), Product.on_kiosk.is_(True))
            ).first()
            assert product is not None
            code = product.code
            data = ProductInput.from_product(product)
            fields = {**data.__dict__, "price": product.price + 1000}
            update_product(session, product.id, ProductInput(**fields))
            product_id = product.id
        before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
        changed, changed_s = _publish(database, out)
        rewritten = sorted(
            str(p.relative_to(out))
            for p in out.rglob("*")
            if p.is_file() and p.stat().st_mtime_ns != before.get(p)
        )
        with database.session() as session:
            set_archived(session, product_id, True)
        removed, removed_s = _publish(database, out)
        database.close()

        page_sizes = [p.stat().st_size for p in out.glob("*/p/*/index.html")]
        css = (out / "site.css").stat().st_size
        site_bytes = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        zip_path = first.zip_path
        results: dict[str, Any] = {
            "products": first.products,
            "pages": first.pages,
            "photos": first.photos,
            "first": _row(first, first_s),
            "again_unchanged": _row(same, same_s),
            "after_one_change": {
                **_row(changed, changed_s),
                "product": code,
                "files_rewritten": [n for n in rewritten if not n.startswith(".")],
            },
            "after_one_archived": _row(removed, removed_s),
            "site_mb": round(site_bytes / 1e6, 1),
            "zip_mb": round(zip_path.stat().st_size / 1e6, 1) if zip_path else None,
            "largest_product_page_kb": round(max(page_sizes) / 1024, 1),
            "product_page_with_css_kb": round((max(page_sizes) + css) / 1024, 1),
            "search_index_kb": round((out / "search-index.js").stat().st_size / 1024, 1),
            "cpus": os.cpu_count(),
            "load_average_1_5_15": [round(x, 1) for x in os.getloadavg()],
            "machine": platform.machine(),
        }
        results["met"] = (
            same.written == 0
            and changed.written <= 16
            and not any(n.startswith("img/") for n in rewritten)
            and removed.removed >= 2
            and max(page_sizes) + css < PAGE_LIMIT
        )
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(products: int = 1000, showcase: Path | None = None) -> dict[str, Any]:
    """Measure (on a copy of `showcase` if given, else of the synthetic one), print the table,
    write results/website.json; the results."""
    results = _measure(products, showcase)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "website.json"
    out.write_text(json.dumps(results, indent=2))
    print()
    print(f"website: {results['products']:,} products, {results['pages']:,} pages, "
          f"{results['photos']:,} photos; site {results['site_mb']} MB, zip {results['zip_mb']} MB")  # fmt: skip
    print(f"{'publish':<22} {'seconds':>8} {'cpu s':>7} {'ms/product':>11} {'written':>8} {'unchanged':>10} {'removed':>8}")  # fmt: skip
    for name in ("first", "again_unchanged", "after_one_change", "after_one_archived"):
        row = results[name]
        print(f"{name:<22} {row['seconds']:>8} {row['cpu_seconds']:>7} {row['ms_per_product']:>11} {row['written']:>8} "
              f"{row['unchanged']:>10} {row['removed']:>8}")  # fmt: skip
    print("rewritten after one change:", ", ".join(results["after_one_change"]["files_rewritten"]))
    print(f"largest product page {results['largest_product_page_kb']} KB "
          f"(+ style sheet {results['product_page_with_css_kb']} KB; limit 200 KB); "
          f"search index {results['search_index_kb']} KB")  # fmt: skip
    print("target met" if results["met"] else "TARGET NOT MET")
    print(f"written to {out}")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=1000)
    parser.add_argument(
        "--showcase", type=Path, help="publish a copy of this showcase file instead"
    )
    args = parser.parse_args()
    return 0 if run(args.products, args.showcase)["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
