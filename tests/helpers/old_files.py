"""Showcase files as older releases wrote them, for the tests of upgrading (migrations, restore)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from showcase.store import migrations
from showcase.store.db import make_engine


def make_file_at(path: Path, revision: str) -> None:
    """An empty showcase file at schema `revision`, as the release that made it left it."""
    engine = make_engine(path)
    migrations.upgrade(engine, revision)
    engine.dispose()


def make_0001_file(path: Path) -> None:
    """A showcase as the first release wrote it: no FTS, no triggers, a stock column that
    nothing kept in step with the movements."""
    make_file_at(path, "0001")
    now = "2026-01-05 10:00:00.000000"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO producer (id, name, kind, scale, kabupaten, address, contact_person,"
            " phone, nib, story_id, story_en, created_at, updated_at) VALUES"
            " (1, 'Koperasi Tani Hijau Makmur', 'koperasi', NULL, 'Tanggamus', '', '', '', '',"
            " '', '', ?, ?)",
            (now, now),
        )
        for pid, code, name, stock in [
            (1, "KOP-0001", "Kopi Robusta Tanggamus", 999),
            (2, "LAD-0001", "Lada Hitam Way Kanan", 0),
            (3, "MAD-0001", "Madu Hutan", 7),
        ]:
            conn.execute(
                "INSERT INTO product (id, code, name_id, name_en, description_id, description_en,"
                " category_id, producer_id, price, unit, stock, min_stock, featured, on_kiosk,"
                " archived, certificates, export_markets, created_at, updated_at) VALUES"
                " (?, ?, ?, '', 'Biji pilihan', '', NULL, 1, 25000, 'pcs', ?, 0, 0, 1, 0,"
                " '[\"Halal\"]', '[]', ?, ?)",
                (pid, code, name, stock, now, now),
            )
        for product_id, kind, quantity in [
            (1, "receive", 10),
            (1, "sale", -3),
            (2, "receive", 5),
            (2, "damaged", -1),
        ]:
            conn.execute(
                "INSERT INTO stock_movement (product_id, at, kind, quantity, note, by)"
                " VALUES (?, ?, ?, ?, '', '')",
                (product_id, now, kind, quantity),
            )
    conn.close()


def make_0003_file(
    path: Path, categories: list[tuple[str, str]], *, product_on_kiosk: bool = True
) -> None:
    """A showcase as Etalase wrote it before the kiosk (schema 0003): `categories` (Indonesian
    and English names, ids and positions 1, 2, …) and one product, KOP-0001 Kopi Robusta at
    Rp45.000 in the first, shown on the kiosk or not."""
    make_file_at(path, "0003")
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO category (id, name_id, name_en, position, icon) VALUES (?, ?, ?, ?, '')",
            [(n, name_id, name_en, n) for n, (name_id, name_en) in enumerate(categories, 1)],
        )
        conn.execute(
            "INSERT INTO product (id, code, name_id, name_en, description_id, description_en,"
            " category_id, producer_id, price, unit, stock, min_stock, featured, on_kiosk,"
            " archived, certificates, export_markets, created_at, updated_at) VALUES"
            " (1, 'KOP-0001', 'Kopi Robusta', '', '', '', 1, NULL, 45000, 'pcs', 0, 0, 1, ?, 0,"
            " '[]', '[]', '2026-01-05 10:00:00', '2026-01-05 10:00:00')",
            (int(product_on_kiosk),),
        )
    conn.close()
