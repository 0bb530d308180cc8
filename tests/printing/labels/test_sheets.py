"""Label sheets: positions on the numbers, the built-in library, validation, custom sheets, offsets."""

from __future__ import annotations

from dataclasses import replace

import pytest

from showcase.errors import NotFoundError, ValidationError
from showcase.inventory.setting_keys import CUSTOM_SHEETS_SETTING, PRINTER_OFFSETS_SETTING
from showcase.inventory.settings import get_setting, set_setting
from showcase.printing.labels.sheets import (
    BUILT_IN_SHEETS,
    Sheet,
    delete_custom_sheet,
    find_sheet,
    is_built_in,
    list_sheets,
    printer_offset,
    save_custom_sheet,
    set_printer_offset,
    validate_sheet,
)
from showcase.store.db import Database

A4_3X8 = BUILT_IN_SHEETS[0]
CUSTOM = Sheet("Tom & Jerry 103", 165.0, 100.0, 4, 3, 38.0, 25.0, 3.0, 6.0, 2.0, 7.0, 1.0)


def test_slot_counts_across_then_down_then_pages() -> None:
    assert A4_3X8.name == "A4 3×8 70×37 mm"
    assert A4_3X8.per_page == 24
    assert A4_3X8.slot(0) == (0, 0, 0)
    assert A4_3X8.slot(2) == (0, 0, 2)
    assert A4_3X8.slot(3) == (0, 1, 0)
    assert A4_3X8.slot(4) == (0, 1, 1)
    assert A4_3X8.slot(23) == (0, 7, 2)
    assert A4_3X8.slot(24) == (1, 0, 0)
    assert A4_3X8.slot(24 * 3 + 5) == (3, 1, 2)
    with pytest.raises(ValueError):
        A4_3X8.slot(-1)


def test_label_box_adds_margins_gaps_and_sizes() -> None:
    assert A4_3X8.label_box(0, 0) == (0.0, 0.5, 70.0, 37.0)
    assert A4_3X8.label_box(7, 2) == (140.0, 0.5 + 7 * 37.0, 70.0, 37.0)
    x, y, w, h = CUSTOM.label_box(2, 3)
    assert (x, y, w, h) == pytest.approx((3.0 + 3 * 40.0, 6.0 + 2 * 32.0, 38.0, 25.0))


def test_built_in_sheets_are_valid_unique_and_on_their_pages() -> None:
    names = [sheet.name for sheet in BUILT_IN_SHEETS]
    assert len(set(names)) == len(names)
    for sheet in BUILT_IN_SHEETS:
        validate_sheet(sheet)
        x, y, w, h = sheet.label_box(sheet.rows - 1, sheet.columns - 1)
        assert x + w <= sheet.page_width + 0.05 and y + h <= sheet.page_height + 0.05, sheet.name
        if sheet.roll:
            assert sheet.per_page == 1
            assert (sheet.page_width, sheet.page_height) == (sheet.label_width, sheet.label_height)
        else:
            assert (sheet.page_width, sheet.page_height) == (210.0, 297.0)
    rolls = {(s.label_width, s.label_height) for s in BUILT_IN_SHEETS if s.roll}
    assert rolls == {(40.0, 30.0), (50.0, 25.0), (58.0, 40.0)}


def _errors(sheet: Sheet) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        validate_sheet(sheet)
    return info.value.errors


def test_validation_names_each_bad_field() -> None:
    bad = replace(
        CUSTOM,
        name="  ",
        page_width=0.0,
        label_height=-3.0,
        columns=0,
        rows=2.5,  # type: ignore[arg-type]
        margin_left=-1.0,
        gap_y=float("nan"),
    )
    errors = _errors(bad)
    assert set(errors) == {
        "name",
        "page_width",
        "label_height",
        "columns",
        "rows",
        "margin_left",
        "gap_y",
    }
    assert "empty" in errors["name"]
    assert "more than 0" in errors["page_width"]
    assert "at least 1" in errors["columns"]
    assert "negative" in errors["margin_left"]


def test_labels_running_off_the_page_are_refused_with_the_sums() -> None:
    errors = _errors(replace(A4_3X8, margin_left=1.0, margin_top=2.0))
    assert set(errors) == {"columns", "rows"}
    assert "211 mm" in errors["columns"] and "210 mm wide" in errors["columns"]
    assert "298 mm" in errors["rows"] and "297 mm high" in errors["rows"]
    # The makers' rounded figures may end a hair past the edge, but not a millimetre.
    validate_sheet(replace(A4_3X8, margin_top=1.04))  # 297.04 mm
    assert set(_errors(replace(A4_3X8, margin_top=1.1))) == {"rows"}


def test_other_rules() -> None:
    assert set(_errors(replace(CUSTOM, name="x" * 81))) == {"name"}
    assert set(_errors(replace(CUSTOM, corner_radius=13.0))) == {"corner_radius"}
    assert set(_errors(replace(CUSTOM, columns=51))) == {"columns"}
    roll = BUILT_IN_SHEETS[-1]
    assert "one label per page" in _errors(replace(roll, columns=2, page_width=120.0))["columns"]


def test_custom_sheets_are_saved_listed_replaced_and_deleted(db: Database) -> None:
    with db.session() as s:
        assert list_sheets(s) == list(BUILT_IN_SHEETS)
        save_custom_sheet(s, CUSTOM)
        save_custom_sheet(s, replace(CUSTOM, name="Rak kecil", columns=2))
    with db.session() as s:
        sheets = list_sheets(s)
        assert sheets[: len(BUILT_IN_SHEETS)] == list(BUILT_IN_SHEETS)
        assert [x.name for x in sheets[len(BUILT_IN_SHEETS) :]] == ["Tom & Jerry 103", "Rak kecil"]
        assert find_sheet(s, "tom & jerry 103") == CUSTOM
        # Saving under the same name (any case) replaces it in place.
        save_custom_sheet(s, replace(CUSTOM, name="TOM & JERRY 103", rows=2))
    with db.session() as s:
        customs = list_sheets(s)[len(BUILT_IN_SHEETS) :]
        assert [(x.name, x.rows) for x in customs] == [("TOM & JERRY 103", 2), ("Rak kecil", 3)]
        delete_custom_sheet(s, "Rak Kecil")
        assert [x.name for x in list_sheets(s)[len(BUILT_IN_SHEETS) :]] == ["TOM & JERRY 103"]
        with pytest.raises(NotFoundError, match="Rak kecil"):
            delete_custom_sheet(s, "Rak kecil")


def test_built_in_names_cannot_be_replaced_or_deleted(db: Database) -> None:
    with db.session() as s, pytest.raises(ValidationError) as info:
        save_custom_sheet(s, replace(CUSTOM, name="a4 3x8 70x37"))
    assert set(info.value.errors) == {"name"}
    assert "built-in" in info.value.errors["name"]
    with db.session() as s:
        with pytest.raises(ValidationError) as deleting:
            delete_custom_sheet(s, A4_3X8.name)
        assert set(deleting.value.errors) == {"name"}
        assert list_sheets(s) == list(BUILT_IN_SHEETS)
    assert is_built_in("Thermal 50x25") and not is_built_in("Thermal 50x26")


def test_an_invalid_custom_sheet_is_not_saved(db: Database) -> None:
    with db.session() as s, pytest.raises(ValidationError):
        save_custom_sheet(s, replace(CUSTOM, label_width=0.0))
    with db.session() as s:
        assert get_setting(s, CUSTOM_SHEETS_SETTING) == ""


def test_find_sheet_is_forgiving_about_spelling_and_lists_the_names(db: Database) -> None:
    with db.session() as s:
        assert find_sheet(s, "A4 3x8 70x37") == A4_3X8
        assert find_sheet(s, " a4 3 × 8  70 × 37 MM ") == A4_3X8
        assert find_sheet(s, "thermal 40x30").label_width == 40.0
        with pytest.raises(NotFoundError) as info:
            find_sheet(s, "A5 2×2")
    message = str(info.value)
    assert "A5 2×2" in message
    assert all(sheet.name in message for sheet in BUILT_IN_SHEETS)


def test_stored_sheets_that_are_damaged_are_skipped(db: Database) -> None:
    with db.session() as s:
        set_setting(s, CUSTOM_SHEETS_SETTING, "not json")
        assert list_sheets(s) == list(BUILT_IN_SHEETS)
        set_setting(
            s,
            CUSTOM_SHEETS_SETTING,
            '[{"name": "ok", "page_width": 100, "page_height": 50, "columns": 1, "rows": 1,'
            ' "label_width": 90, "label_height": 40, "margin_left": 5, "margin_top": 5},'
            ' {"name": "half"}, 7, {"name": "bad", "columns": "x"}]',
        )
        assert [x.name for x in list_sheets(s)[len(BUILT_IN_SHEETS) :]] == ["ok"]


def test_printer_offsets_round_trip_and_limits(db: Database) -> None:
    with db.session() as s:
        assert printer_offset(s, "HP LaserJet") == (0.0, 0.0)
        set_printer_offset(s, "HP LaserJet", 1.5, -0.75)
        set_printer_offset(s, "Thermal XP-420B", -10.0, 10.0)
    with db.session() as s:
        assert printer_offset(s, "HP LaserJet") == (1.5, -0.75)
        assert printer_offset(s, "Thermal XP-420B") == (-10.0, 10.0)
        assert printer_offset(s, "Epson") == (0.0, 0.0)
        with pytest.raises(ValidationError) as info:
            set_printer_offset(s, "HP LaserJet", 10.5, float("inf"))
        assert set(info.value.errors) == {"dx", "dy"}
        assert printer_offset(s, "HP LaserJet") == (1.5, -0.75)
        set_setting(s, PRINTER_OFFSETS_SETTING, '{"HP LaserJet": "nonsense"}')
        assert printer_offset(s, "HP LaserJet") == (0.0, 0.0)
