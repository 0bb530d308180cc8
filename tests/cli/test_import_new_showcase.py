"""`etalase --db new.db import products.csv`, a newcomer's first move: a file that does not
exist yet is made an empty showcase (the categories of the first start's "empty" choice)
holding the import, and the command says so; a refused import, a dry run and a missing folder
make nothing; the other commands keep saying the file does not exist."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from showcase import cli
from showcase.inventory.new_showcase import NewShowcase, create_showcase_file

HEADER = "code,name_id,category,producer,kabupaten,price,stock\n"
ROWS = (
    "KOP-1,Kopi Robusta Liwa,Kopi,Kopi Liwa Jaya,Lampung Barat,45000,12\n"
    "KRP-1,Keripik Pisang Coklat,Makanan Ringan,Keripik Mak Ita,Kota Bandar Lampung,18000,30\n"
)


def _read(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _names(folder: Path) -> set[str]:
    """What is in `folder`, but the home folder (where the log is written)."""
    return {p.name for p in folder.rglob("*") if p.relative_to(folder).parts[0] != "home"}


@pytest.fixture
def products(tmp_path: Path) -> Path:
    path = tmp_path / "products.csv"
    path.write_text(HEADER + ROWS, encoding="utf-8")
    return path


def test_an_import_into_a_missing_file_makes_an_empty_showcase_holding_it(
    tmp_path: Path, products: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = tmp_path / "new.db"
    assert cli.main(["--db", str(new), "import", str(products)]) == 0
    # One whole file: no half-made one beside it, no safety backup of an empty showcase.
    assert _names(tmp_path) == {"new.db", "products.csv"}
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{new} did not exist: an empty showcase was made there"
    assert out[1] == "Imported products.csv: 2 added, 0 changed, 0 unchanged"
    assert _read(new, "SELECT code, name_id, price FROM product ORDER BY code") == [
        ("KOP-1", "Kopi Robusta Liwa", 45000),
        ("KRP-1", "Keripik Pisang Coklat", 18000),
    ]
    # The categories the first start's "empty" choice makes: the same code, not a copy.
    reference = create_showcase_file(tmp_path / "reference.db", NewShowcase(demo=False))
    reference.close()
    categories = "SELECT name_id, name_en, icon FROM category ORDER BY name_id"
    assert _read(new, categories) == _read(tmp_path / "reference.db", categories)


def test_a_refused_import_into_a_missing_file_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "KOP-1,,Kopi,Kopi Liwa Jaya,Lampung Barat,mahal,1\n", encoding="utf-8")
    before = _names(tmp_path)
    assert cli.main(["--db", str(tmp_path / "new.db"), "import", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "etalase: error: bad.csv has 2 problems: nothing was imported"
    assert _names(tmp_path) == before


def test_a_dry_run_into_a_missing_file_checks_the_file_and_makes_nothing(
    tmp_path: Path, products: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _names(tmp_path)
    new = tmp_path / "new.db"
    assert cli.main(["--db", str(new), "import", str(products), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [
        f"{new} does not exist: the import would first make an empty showcase there; "
        "the dry run made nothing",
        "Dry run of products.csv: would add 2, change 0, leave 0 unchanged; nothing was changed",
    ]
    assert _names(tmp_path) == before


def test_a_missing_folder_stays_an_error(
    tmp_path: Path, products: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _names(tmp_path)
    target = tmp_path / "no such folder" / "new.db"
    assert cli.main(["--db", str(target), "import", str(products)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"etalase: error: the folder {target.parent} does not exist"
    ]
    assert _names(tmp_path) == before


@pytest.mark.parametrize(
    "command", [["export", "{t}/out.csv"], ["backup"], ["report", "{t}/r.pdf"]]
)
def test_other_commands_keep_saying_the_file_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    before = _names(tmp_path)
    new = tmp_path / "new.db"
    argv = [part.format(t=tmp_path) for part in command]
    assert cli.main(["--db", str(new), *argv]) == 2
    assert capsys.readouterr().err.splitlines() == [f"etalase: error: {new} does not exist"]
    assert _names(tmp_path) == before
