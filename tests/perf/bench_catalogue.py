"""Benchmark of printable catalogues against DESIGN.md: 1,000 products with photos,
≤ 20 ms per product and ≤ 60 KB of PDF per product on average.

    python tests/perf/bench_catalogue.py [--products 1000]

Each case runs twice on a fresh copy of the database: first with no print-size photos kept
(cache cold: every photo is scaled and encoded), then again (cache warm: the copies kept by
the first run are read). Time is the whole of write_catalogue: reading, photos, layout, file.

Two showcases, built once into tests/perf/results/ and reused:
- `synthetic`: build_synthetic(products=N, photos=True, photo_size=(1200, 900)). Its products
  share a few pictures per category (each product has its own photo row, so every photo is
  still scaled once), and identical pictures become one image in the PDF: the file is
  smaller than a real catalogue's.
- `unique`: the same, with every product's photo made different (its code drawn on it), so
  the PDF holds one picture per product, as a real showcase's would.

Prints a table and writes tests/perf/results/catalogue.json.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
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

TARGET_MS = 20.0
TARGET_KB = 60.0


def _synthetic(products: int) -> Path:
    from showcase.store.db import SCHEMA_HEAD, open_database

    path = RESULTS / f"catalogue-{products}-{SCHEMA_HEAD}.db"
    if path.exists():
        return path
    from showcase.inventory.demo.synthetic import build_synthetic

    print(f"building a synthetic showcase of {products:,} products with photos…", flush=True)
    partial = path.with_suffix(".partial")
    for leftover in RESULTS.glob(partial.name + "*"):
        leftover.unlink()
    database = open_database(partial)
    with database.session() as session:
        build_synthetic(session, products=products, seed=1, photos=True, photo_size=(1200, 900))
    database.close()
    partial.rename(path)
    return path


def _unique(products: int) -> Path:
    """The synthetic showcase with a different picture for every product."""
    from PIL import Image, ImageDraw

    from showcase.store.db import SCHEMA_HEAD, open_database

    path = RESULTS / f"catalogue-{products}-unique-{SCHEMA_HEAD}.db"
    if path.exists():
        return path
    print("making every product's photo different…", flush=True)
    partial = path.with_suffix(".partial")
    shutil.copyfile(_synthetic(products), partial)
    database = open_database(partial)
    rng = random.Random(1)
    with database.read() as connection:
        rows = connection.execute(
            "SELECT ph.id, ph.image, p.code FROM photo ph JOIN product p ON p.id = ph.product_id"
        ).fetchall()
    changed = []
    for photo_id, image, code in rows:
        with Image.open(io.BytesIO(image)) as picture:
            picture = picture.convert("RGB")
            draw = ImageDraw.Draw(picture)
            x, y = rng.randint(40, 700), rng.randint(40, 500)
            colour = tuple(rng.randint(0, 255) for _ in range(3))
            draw.rectangle((x, y, x + 420, y + 260), fill=colour)
            draw.text((x + 30, y + 30), code, fill="white", font_size=90)
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=85)
        changed.append((out.getvalue(), photo_id))
    with database.session() as session:
        connection = session.connection().connection.driver_connection
        connection.executemany("UPDATE photo SET image = ? WHERE id = ?", changed)
    database.close()
    partial.rename(path)
    return path


def _run(source: Path, folder: Path, layout: str, per_page: int = 4) -> dict[str, Any]:
    from showcase.printing.catalogue.document import (
        CatalogueLayout,
        CatalogueOptions,
        CatalogueSelection,
        select_products,
        write_catalogue,
    )
    from showcase.store.db import open_database

    database = open_database(source)
    try:
        with database.session() as session:
            ids = select_products(session, CatalogueSelection())
        out = folder / f"{layout}-{per_page}.pdf"
        options = CatalogueOptions(layout=CatalogueLayout(layout), cards_per_page=per_page)
        start = time.perf_counter()
        summary = write_catalogue(database, ids, options, out)
        seconds = time.perf_counter() - start
    finally:
        database.close()
    size = out.stat().st_size
    return {
        "products": summary.products,
        "pages": summary.pages,
        "seconds": round(seconds, 3),
        "ms_per_product": round(1000 * seconds / summary.products, 2),
        "bytes": size,
        "kb_per_product": round(size / 1024 / summary.products, 1),
        "photos_scaled": summary.photos_scaled,
        "photos_reused": summary.photos_reused,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=1000)
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    showcases = {"synthetic": _synthetic(args.products), "unique": _unique(args.products)}
    cases = [("cards", 4), ("cards", 2), ("cards", 6), ("feature", 4), ("pricelist", 4)]
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, template in showcases.items():
            for layout, per_page in cases:
                if name == "unique" and layout == "pricelist":
                    continue  # a price list has no product photos: same as synthetic
                copy = folder / f"{name}.db"
                shutil.copyfile(template, copy)  # a fresh copy: no print photos kept yet
                for cache in ("cold", "warm"):
                    result = _run(copy, folder, layout, per_page)
                    label = f"{layout} {per_page}" if layout == "cards" else layout
                    rows.append({"showcase": name, "layout": label, "cache": cache, **result})
                    print(
                        f"  {name:<9} {label:<9} {cache:<4} {result['ms_per_product']:>6.2f} ms"
                        f" {result['kb_per_product']:>6.1f} KB/product",
                        flush=True,
                    )
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{copy}{suffix}").unlink(missing_ok=True)
    print()
    print(
        f"{'showcase':<10}{'layout':<11}{'cache':<7}{'products':>9}{'pages':>7}"
        f"{'ms/product':>12}{'KB/product':>12}{'scaled':>8}{'reused':>8}  target met"
    )
    for row in rows:
        met = row["ms_per_product"] <= TARGET_MS and row["kb_per_product"] <= TARGET_KB
        print(
            f"{row['showcase']:<10}{row['layout']:<11}{row['cache']:<7}{row['products']:>9}"
            f"{row['pages']:>7}{row['ms_per_product']:>12.2f}{row['kb_per_product']:>12.1f}"
            f"{row['photos_scaled']:>8}{row['photos_reused']:>8}  {'yes' if met else 'NO'}"
        )
    report = {
        "targets": {"ms_per_product": TARGET_MS, "kb_per_product": TARGET_KB},
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
        "products_built": args.products,
        "results": rows,
    }
    (RESULTS / "catalogue.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {RESULTS / 'catalogue.json'}")
    return (
        0
        if all(r["ms_per_product"] <= TARGET_MS and r["kb_per_product"] <= TARGET_KB for r in rows)
        else 1
    )


if __name__ == "__main__":
    sys.exit(main())
