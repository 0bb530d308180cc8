"""Inputs from the hostile corpus (tools/hostile_corpus.py) that cut across the commands: each
ends with one line and status 2 and changes nothing, or is stored as the file means it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from showcase import cli
from showcase.inventory.new_showcase import NewShowcase, create_showcase_file
from showcase.inventory.products import ProductInput, create_product


def _showcase(path: Path) -> Path:
    """A showcase of one product, made as the first start makes one."""

    def fill(session: Session) -> None:
        create_product(session, ProductInput(code="KOP-1", name_id="Kopi", price=1000))

    create_showcase_file(path, NewShowcase(demo=False), fill=fill).close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("database", "command"),
    [
        ("toko.csv", ["export", "toko.csv"]),
        ("toko.xlsx", ["export", "toko.xlsx", "--what", "producers"]),
        ("toko.pdf", ["labels", "toko.pdf", "--all"]),
        ("toko.pdf", ["catalogue", "toko.pdf"]),
        ("toko.xlsx", ["report", "toko.xlsx"]),
    ],
)
def test_a_document_is_never_written_over_the_database(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    database: str,
    command: list[str],
) -> None:
    """A showcase file named like a document (`--db toko.csv export toko.csv`) would be
    replaced by the export and every product lost: refused by name instead."""
    monkeypatch.chdir(tmp_path)
    path = _showcase(tmp_path / database)
    before = _digest(path)
    assert cli.main(["--db", database, *command]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        f"etalase: error: {database} is a database (a showcase or a backup of one), not "
        "written over: choose another name"
    ]
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [database]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_an_export_over_a_backup_is_refused_and_over_another_file_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _showcase(tmp_path / "toko.db")
    assert cli.main(["--db", str(path), "backup", str(tmp_path / "cadangan.db")]) == 0
    (tmp_path / "cadangan.db").rename(tmp_path / "cadangan.csv")
    capsys.readouterr()
    assert cli.main(["--db", str(path), "export", str(tmp_path / "cadangan.csv")]) == 2
    assert "is a database" in capsys.readouterr().err
    (tmp_path / "lama.csv").write_text("kode,nama\n")
    assert cli.main(["--db", str(path), "export", str(tmp_path / "lama.csv")]) == 0
    assert (tmp_path / "lama.csv").read_text(encoding="utf-8-sig").startswith("code,name_id")
