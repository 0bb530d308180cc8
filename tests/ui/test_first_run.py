"""The first-start question: demo or empty showcase and the center's name, made whole or not at all."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.inventory.demo.data import CATEGORIES, PRODUCTS
from showcase.ui.first_run import FirstRunDialog
from tests.helpers.language import translated


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "Etalase" / "etalase.db"


def _dialog(qtbot: QtBot, path: Path, *, demo_default: bool = True) -> FirstRunDialog:
    path.parent.mkdir(exist_ok=True)
    dialog = FirstRunDialog(path, demo_default=demo_default)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    with translated(qapp, "id"):
        yield


@pytest.mark.usefixtures("indonesian")
def test_it_asks_in_indonesian_with_english_alongside(qtbot: QtBot, path: Path) -> None:
    dialog = _dialog(qtbot, path)
    assert dialog.demo.text() == "Buka etalase contoh · Open the demo showcase"
    assert dialog.empty.text() == (
        "Mulai etalase kosong untuk pusat ini · Start an empty showcase for this center"
    )
    assert dialog.start_button.text() == "Mulai · Start"
    assert dialog.quit_button.text() == "Keluar · Quit"
    assert dialog.findChild(type(dialog.name_error), "path").text() == f"Berkas · File: {path}"
    dialog.grab().save("/tmp/shots/first_run.png")


def test_enter_opens_the_demo_with_the_center_name(qtbot: QtBot, path: Path) -> None:
    dialog = _dialog(qtbot, path)
    assert dialog.demo.isChecked() and not dialog.empty.isChecked()
    assert dialog.name.text() == "UMKM Center Bakauheni"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.database is not None
    dialog.database.close()
    assert _files(path) == ["etalase.db"]  # no half-made file, no leftover WAL
    assert _rows(path, "SELECT count(*) FROM product WHERE from_demo = 1") == [(len(PRODUCTS),)]
    assert _rows(path, "SELECT value FROM setting WHERE key = 'center_name'") == [
        ("UMKM Center Bakauheni",)
    ]


def test_an_empty_showcase_gets_the_name_and_the_usual_categories(qtbot: QtBot, path: Path) -> None:
    dialog = _dialog(qtbot, path)
    qtbot.mouseClick(dialog.empty, Qt.MouseButton.LeftButton)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "  UMKM Center   Lampung Selatan  ")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.database is not None
    dialog.database.close()
    assert _rows(path, "SELECT count(*) FROM product") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM producer") == [(0,)]
    assert _rows(path, "SELECT name_id, from_demo FROM category ORDER BY position") == [
        (c.name_id, 0) for c in CATEGORIES
    ]
    assert _rows(path, "SELECT value FROM setting WHERE key = 'center_name'") == [
        ("UMKM Center Lampung Selatan",)
    ]


def test_a_named_new_file_starts_with_the_empty_choice(qtbot: QtBot, path: Path) -> None:
    dialog = _dialog(qtbot, path, demo_default=False)
    assert dialog.empty.isChecked() and not dialog.demo.isChecked()


@pytest.mark.parametrize("how", ["quit button", "escape", "close"])
def test_quitting_makes_nothing(qtbot: QtBot, path: Path, how: str) -> None:
    dialog = _dialog(qtbot, path)
    with qtbot.waitSignal(dialog.rejected):
        if how == "quit button":
            qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
        elif how == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            dialog.close()
    assert dialog.database is None
    assert _files(path) == []


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "The center's name is required"),
        ("    ", "The center's name is required"),
        ("Pusat " * 14, "The name is too long: 83 characters, at most 80"),
    ],
)
def test_a_bad_name_is_named_under_the_field_and_nothing_is_made(
    qtbot: QtBot, path: Path, typed: str, message: str
) -> None:
    dialog = _dialog(qtbot, path)
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, typed)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.database is None
    assert dialog.name_error.isVisible() and dialog.name_error.text() == message
    assert _files(path) == []
    # Typing again takes the message away; a good name then starts.
    qtbot.keyClicks(dialog.name, "x")
    assert not dialog.name_error.isVisible()


def test_a_folder_that_went_away_is_said_in_the_dialog(qtbot: QtBot, path: Path) -> None:
    dialog = _dialog(qtbot, path)
    qtbot.mouseClick(dialog.empty, Qt.MouseButton.LeftButton)
    path.parent.rmdir()  # a USB stick pulled out while the question was open
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.database is None
    assert dialog.status.isVisible() and "does not exist" in dialog.status.text()
    assert dialog.start_button.isEnabled()  # staff may quit or try again
    assert not path.parent.exists()


def test_a_file_made_meanwhile_is_left_alone(qtbot: QtBot, path: Path) -> None:
    dialog = _dialog(qtbot, path)
    kiosk = sqlite3.connect(path)  # the kiosk's first start made the file while staff read
    kiosk.execute("CREATE TABLE made_by_the_kiosk (x)")
    kiosk.close()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.database is None and dialog.isVisible()
    assert "was made meanwhile" in dialog.status.text()
    assert _rows(path, "SELECT name FROM sqlite_master") == [("made_by_the_kiosk",)]
    assert _files(path) == ["etalase.db"]
