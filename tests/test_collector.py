"""An import holds Python's cycle collector back only while it runs: afterwards, whether it
imported, refused its file or was stopped, the collector runs as often as before and sees every
object again (a window left with it held back would keep its garbage for long)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from showcase.collector import NEW_OBJECTS, fewer_collections
from showcase.inventory.importing.apply import ImportRejected, import_sheet
from showcase.inventory.importing.files import read_sheet
from showcase.store.db import Database
from tests.helpers.import_fixtures import write_csv

HEADER = ["kode", "nama", "kategori", "harga", "stok"]


@pytest.fixture
def collector_as_python_sets_it() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    yield before
    gc.set_threshold(*before)


def test_an_import_and_a_refused_one_leave_the_collector_as_it_was(
    sqlite_db: Database, tmp_path: Path, collector_as_python_sets_it: tuple[int, int, int]
) -> None:
    seen: list[tuple[int, int, int]] = []
    good = write_csv(tmp_path / "good.csv", [HEADER, ["", "Kopi", "Kopi", "45.000", "3"]])
    result = import_sheet(
        sqlite_db, read_sheet(good), progress=lambda *_: seen.append(gc.get_threshold())
    )
    assert result.plan.added == 1
    assert seen and all(threshold[0] == NEW_OBJECTS for threshold in seen)
    assert gc.get_threshold() == collector_as_python_sets_it and gc.get_freeze_count() == 0

    bad = write_csv(tmp_path / "bad.csv", [HEADER, ["", "Teh", "Teh", "mahal", "1"]])
    with pytest.raises(ImportRejected):
        import_sheet(sqlite_db, read_sheet(bad))
    assert gc.get_threshold() == collector_as_python_sets_it and gc.get_freeze_count() == 0


def test_nested_steps_hold_it_back_until_the_outermost_ends(
    collector_as_python_sets_it: tuple[int, int, int],
) -> None:
    with fewer_collections():
        assert gc.get_freeze_count() > 0
        with fewer_collections():
            pass
        assert gc.get_threshold()[0] == NEW_OBJECTS and gc.get_freeze_count() > 0
    assert gc.get_threshold() == collector_as_python_sets_it and gc.get_freeze_count() == 0
