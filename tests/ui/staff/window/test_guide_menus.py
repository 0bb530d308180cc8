"""Every menu path the staff guide names (**Berkas → Cadangkan sekarang**) is a real menu of
the staff window in Indonesian, so the guide cannot drift from the program."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from showcase.store.db import Database
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.factories import make_account
from tests.helpers.language import translated
from tests.helpers.paths import ROOT

GUIDE = ROOT / "assets" / "help" / "panduan.md"


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    with translated(qapp, "id"):
        yield


def _menu_paths(window: MainWindow) -> set[str]:
    def plain(text: str) -> str:
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&")

    paths = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if isinstance(action, QAction) and not action.isSeparator():
                paths.add(f"{plain(top.text())} → {plain(action.text())}")
    return paths


@pytest.mark.usefixtures("indonesian")
def test_every_menu_path_in_the_guide_is_a_real_menu(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db, user=make_account(db))  # after the translator, as at start-up
    qtbot.addWidget(window)
    guide = GUIDE.read_text(encoding="utf-8")
    named = {" ".join(m.split()) for m in re.findall(r"\*\*([^*]+ → [^*]+)\*\*", guide)}
    assert len(named) >= 10
    assert named - _menu_paths(window) == set()
