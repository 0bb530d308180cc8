"""The label sheet editor as staff use it: built-ins read-only, a custom sheet measured and saved,
bad measurements refused under their fields, and nothing half-saved."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from showcase.printing.labels.sheets import BUILT_IN_SHEETS, Sheet, list_sheets, save_custom_sheet
from showcase.store.db import Database
from showcase.ui.staff.documents.sheet_editor import SheetEditor

Questions = list[tuple[str, str]]
A4_3X8 = BUILT_IN_SHEETS[0].name


@pytest.fixture
def questions() -> Questions:
    return []


@pytest.fixture
def make_editor(db: Database, qtbot: QtBot, questions: Questions) -> Callable[..., SheetEditor]:
    def make(answer: bool = True) -> SheetEditor:
        editor = SheetEditor(db)
        qtbot.addWidget(editor)

        def confirm(title: str, text: str) -> bool:
            questions.append((title, text))
            return answer

        editor.confirm = confirm
        return editor

    return make


@pytest.fixture
def editor(make_editor: Callable[..., SheetEditor]) -> SheetEditor:
    return make_editor()


def _stored(db: Database) -> list[str]:
    with db.session() as s:
        return [sheet.name for sheet in list_sheets(s)]


def _custom(db: Database, name: str = "Toko ATK 3×7", **changes: float) -> None:
    from dataclasses import replace

    sheet = replace(BUILT_IN_SHEETS[1], name=name)
    with db.session() as s:
        save_custom_sheet(s, replace(sheet, **changes))


def test_built_in_sheets_are_listed_read_only(editor: SheetEditor) -> None:
    assert editor.sheet_names() == [sheet.name for sheet in BUILT_IN_SHEETS]
    assert "(built-in)" in editor.model.index(0, 0).data()
    assert editor.name_edit.text() == A4_3X8
    assert editor.name_edit.isReadOnly()
    assert all(spin.isReadOnly() for spin in editor.spins.values())
    assert not editor.save_button.isEnabled()
    assert not editor.delete_button.isEnabled()
    assert editor.drawing.sheet() == BUILT_IN_SHEETS[0]


def test_duplicate_then_save_a_measured_sheet(editor: SheetEditor, db: Database) -> None:
    editor.duplicate()
    assert editor.name_edit.text() == f"{A4_3X8} (copy)"
    assert not editor.name_edit.isReadOnly() and editor.save_button.isEnabled()
    editor.name_edit.setText("Tom & Jerry <103> 64×32")
    editor.spins["label_width"].setValue(64)
    editor.spins["label_height"].setValue(32)
    editor.spins["margin_left"].setValue(6)
    editor.spins["margin_top"].setValue(10.5)
    editor.spins["gap_x"].setValue(3)
    editor.spins["corner_radius"].setValue(2)
    # The drawing follows the form as it is typed.
    assert editor.drawing.sheet() == editor.form_sheet()
    assert editor.drawing.sheet().label_width == 64  # type: ignore[union-attr]

    editor.save()

    assert editor.changed
    assert editor.status.text().startswith("Saved")
    assert _stored(db)[-1] == "Tom & Jerry <103> 64×32"
    with db.session() as s:
        saved = list_sheets(s)[-1]
    assert (saved.label_width, saved.margin_top, saved.gap_x, saved.corner_radius) == (
        64,
        10.5,
        3,
        2,
    )
    assert editor.editing == "Tom & Jerry <103> 64×32"
    assert editor.delete_button.isEnabled()


def test_bad_geometry_is_refused_under_its_fields(editor: SheetEditor, db: Database) -> None:
    before = _stored(db)
    editor.duplicate()
    editor.spins["columns"].setValue(4)  # 4 × 70 mm on a 210 mm page
    editor.save()
    assert "run off the page" in editor.form.error_text("columns")
    assert editor.form.error_text("rows") == ""
    assert "correct the fields" in editor.status.text()
    assert _stored(db) == before
    assert not editor.changed

    editor.spins["columns"].setValue(3)
    editor.spins["label_height"].setValue(0)
    editor.spins["rows"].setValue(0)
    editor.save()
    assert editor.form.error_text("columns") == ""
    assert "more than 0" in editor.form.error_text("label_height")
    assert "at least 1" in editor.form.error_text("rows")
    assert _stored(db) == before

    editor.spins["rows"].setValue(8)
    editor.spins["label_height"].setValue(37)
    editor.spins["corner_radius"].setValue(30)
    editor.save()
    assert editor.form.error_text("columns") == ""
    assert "half" in editor.form.error_text("corner_radius")
    assert _stored(db) == before


def test_a_built_in_name_or_a_taken_name_is_refused(editor: SheetEditor, db: Database) -> None:
    _custom(db)
    editor.reload()
    editor.duplicate()
    editor.name_edit.setText("a4 3x8 70x37")  # a built-in's name, written another way
    editor.save()
    assert "built-in" in editor.form.error_text("name")
    editor.name_edit.setText("Toko ATK 3×7")
    editor.save()
    assert "already exists" in editor.form.error_text("name")
    assert _stored(db).count("Toko ATK 3×7") == 1


def test_renaming_a_custom_sheet_keeps_one(editor: SheetEditor, db: Database) -> None:
    _custom(db)
    editor.reload()
    editor.select("Toko ATK 3×7")
    assert not editor.name_edit.isReadOnly()
    editor.name_edit.setText("Toko ATK, rak depan")
    editor.spins["margin_top"].setValue(0.3)
    editor.save()
    names = _stored(db)
    assert "Toko ATK, rak depan" in names and "Toko ATK 3×7" not in names
    with db.session() as s:
        assert list_sheets(s)[-1].margin_top == 0.3


def test_built_in_sheets_cannot_be_deleted(editor: SheetEditor, db: Database) -> None:
    before = _stored(db)
    editor.select(A4_3X8)
    assert not editor.delete_button.isEnabled()
    editor.delete()
    assert "cannot be deleted" in editor.status.text()
    assert _stored(db) == before


def test_deleting_a_custom_sheet_asks_first(
    make_editor: Callable[..., SheetEditor], db: Database, questions: Questions
) -> None:
    _custom(db)
    keep = make_editor(answer=False)
    keep.select("Toko ATK 3×7")
    keep.delete()
    assert questions and "Toko ATK 3×7" in questions[-1][1]
    assert "Toko ATK 3×7" in _stored(db)

    remove = make_editor(answer=True)
    remove.select("Toko ATK 3×7")
    remove.delete()
    assert "Toko ATK 3×7" not in _stored(db)
    assert remove.changed
    assert "Toko ATK 3×7" not in remove.sheet_names()


def test_switching_away_from_unsaved_changes_asks(
    make_editor: Callable[..., SheetEditor], questions: Questions
) -> None:
    editor = make_editor(answer=False)
    editor.duplicate()
    editor.list_view.setCurrentIndex(editor.model.index(2, 0))
    assert questions[-1][0] == "Unsaved changes"
    assert editor.name_edit.text().endswith("(copy)")  # kept: the answer was No


def test_roll_has_one_label_per_page(editor: SheetEditor) -> None:
    editor.duplicate()
    editor.roll_check.setChecked(True)
    assert editor.spins["columns"].value() == 1 and editor.spins["rows"].value() == 1
    assert not editor.spins["columns"].isEnabled()
    sheet: Sheet = editor.form_sheet()
    assert sheet.roll and sheet.per_page == 1


def test_editor_renders(editor: SheetEditor, tmp_path: object) -> None:
    import os

    editor.show()
    editor.duplicate()
    editor.spins["columns"].setValue(4)
    editor.save()
    image = editor.grab()
    assert not image.isNull()
    out = os.environ.get("ETALASE_SCREENSHOTS")
    if out:
        image.save(os.path.join(out, "sheet_editor.png"))
