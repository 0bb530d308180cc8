"""Assets are compiled into the program: every file resources.qrc names exists and loads as :/…"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from showcase.ui.app import load_resources

ROOT = Path(__file__).resolve().parents[1]


def test_every_file_in_the_qrc_exists() -> None:
    files = [f.text or "" for f in ET.parse(ROOT / "resources.qrc").getroot().iter("file")]
    assert files and all((ROOT / f).is_file() for f in files)


def test_the_window_icon_loads_from_the_compiled_resources(qtbot: QtBot) -> None:
    assert load_resources()
    icon = QIcon(":/icons/etalase.svg")
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    assert image.pixelColor(32, 6).alpha() == 255  # the drawn tile, not an empty pixmap
