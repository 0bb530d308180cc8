"""A new showcase file: made whole or not at all, never over a file that is already there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from showcase.errors import DatabaseFileError, ValidationError
from showcase.inventory.new_showcase import (
    NewShowcase,
    _move_without_replacing,
    check_center_name,
    create_showcase_file,
    prepare_folder,
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of its own (tmp_path also holds the test's home folder)."""
    made = tmp_path / "data"
    made.mkdir()
    return made


def _tables(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    finally:
        conn.close()


def test_an_empty_showcase_without_a_name_keeps_the_default_name(folder: Path) -> None:
    path = folder / "pusat.db"
    database = create_showcase_file(path, NewShowcase(demo=False))
    database.close()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM setting WHERE key = 'center_name'").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM category WHERE from_demo = 0").fetchone() == (9,)
    conn.close()
    assert sorted(p.name for p in folder.iterdir()) == ["pusat.db"]


def test_an_existing_file_is_never_replaced(folder: Path) -> None:
    path = folder / "pusat.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE milik_pusat (x)")
    conn.close()
    with pytest.raises(DatabaseFileError, match="was made meanwhile"):
        create_showcase_file(path, NewShowcase(demo=False, center_name="Pusat"))
    assert _tables(path) == ["milik_pusat"]
    assert sorted(p.name for p in folder.iterdir()) == ["pusat.db"]


def test_the_finished_file_does_not_go_over_one_made_meanwhile(folder: Path) -> None:
    fresh, path = folder / "pusat.db.new", folder / "pusat.db"
    fresh.write_bytes(b"the new showcase")
    path.write_bytes(b"the kiosk's showcase, made a moment earlier")
    with pytest.raises(DatabaseFileError, match="was made meanwhile"):
        _move_without_replacing(fresh, path)
    assert path.read_bytes() == b"the kiosk's showcase, made a moment earlier"
    assert not fresh.exists()
    fresh.write_bytes(b"the new showcase")
    other = folder / "lain.db"
    _move_without_replacing(fresh, other)
    assert other.read_bytes() == b"the new showcase" and not fresh.exists()


def test_a_bad_name_makes_no_file(folder: Path) -> None:
    path = folder / "pusat.db"
    with pytest.raises(ValidationError) as caught:
        create_showcase_file(path, NewShowcase(demo=False, center_name="x" * 81))
    assert caught.value.errors == {"center_name": "The name is too long: 81 characters, at most 80"}
    assert list(folder.iterdir()) == []
    assert check_center_name("  UMKM   Center\tMetro ") == "UMKM Center Metro"


def test_a_missing_folder_is_named_and_only_the_default_one_is_made(folder: Path) -> None:
    named = folder / "tidak-ada" / "pusat.db"
    with pytest.raises(DatabaseFileError, match="does not exist"):
        prepare_folder(named, make=False)
    assert not named.parent.exists()
    prepare_folder(named, make=True)
    assert named.parent.is_dir()
    blocked = folder / "berkas"
    blocked.write_text("not a folder")
    with pytest.raises(DatabaseFileError, match="cannot make the folder"):
        prepare_folder(blocked / "Etalase" / "etalase.db", make=True)
