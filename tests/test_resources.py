"""Assets are compiled into the program: every file resources.qrc names exists, the compiled
module is that of the current files, and icons, fonts, translations and branding load as :/…"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QFile
from PySide6.QtGui import QFontDatabase, QIcon
from pytestqt.qtbot import QtBot

from showcase.ui.qt_setup import (
    FONT_FILES,
    TRANSLATIONS,
    load_font_resources,
    load_fonts,
    load_resources,
)
from tests.helpers.paths import ROOT

sys.path.insert(0, str(ROOT / "tools"))

import build  # tools/build.py


def test_every_file_in_the_qrc_exists() -> None:
    entries = build.qrc_entries()
    assert entries
    assert [str(path) for _, path in entries if not path.is_file()] == []


def test_the_qrc_holds_icons_fonts_translations_and_branding() -> None:
    names = {name for name, _ in build.qrc_entries()}
    for font in FONT_FILES:
        assert f"fonts/{font}" in names
    for ts in (ROOT / "assets" / "translations").glob("*.ts"):
        assert f"translations/{ts.stem}.qm" in names
    assert "branding/kiosk-attract.svg" in names
    svg = sorted(p.name for p in (ROOT / "assets" / "icons" / "actions").glob("*.svg"))
    assert svg and all(f"icons/{name}" in names for name in svg)


@pytest.mark.parametrize("qrc, module", build.COMPILED, ids=lambda p: p.name)
def test_the_compiled_module_is_that_of_the_current_files(qrc: Path, module: Path) -> None:
    """The digest of the sources written into rc_resources.py (rc_fonts.py) when it was made
    equals the digest of the files now: a changed icon or translation without a rebuild fails."""
    assert build.recorded_digest(module) == build.sources_digest(qrc), "run python tools/build.py"


def test_a_changed_source_makes_the_build_compile_again(tmp_path: Path) -> None:
    out = tmp_path / "rc.py"
    assert build.compile_resources(output=out)
    assert build.recorded_digest(out) == build.sources_digest()
    assert not build.compile_resources(output=out)  # current: nothing to do
    out.write_text(out.read_text().replace(build.sources_digest(), "0" * 64))
    assert build.compile_resources(output=out)


def test_every_listed_file_is_in_the_compiled_resources() -> None:
    assert load_resources() and load_font_resources()
    missing = [name for name, _ in build.qrc_entries() if not QFile.exists(f":/{name}")]
    assert missing == []
    assert QFile(f":/{build.qrc_entries()[0][0]}").size() > 0


def test_the_window_icon_loads_from_the_compiled_resources(qtbot: QtBot) -> None:
    assert load_resources()
    icon = QIcon(":/icons/etalase.svg")
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    assert image.pixelColor(32, 6).alpha() == 255  # the drawn tile, not an empty pixmap


@pytest.mark.parametrize(
    "name", sorted(p.name for p in (ROOT / "assets" / "icons" / "actions").glob("*.svg"))
)
def test_action_icons_draw_in_one_colour_on_a_24px_grid(qtbot: QtBot, name: str) -> None:
    text = (ROOT / "assets" / "icons" / "actions" / name).read_text()
    assert 'viewBox="0 0 24 24"' in text
    assert set(re.findall(r"#[0-9a-fA-F]{6}", text)) == {"#7a1f1f"}
    load_resources()
    image = QIcon(f":/icons/{name}").pixmap(24, 24).toImage()
    drawn = [
        image.pixelColor(x, y)
        for x in range(24)
        for y in range(24)
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert len(drawn) > 20  # something is drawn, not an empty or broken file


def test_the_fonts_load_into_qt_from_the_resources(qtbot: QtBot) -> None:
    families = load_fonts()
    assert any(f.startswith("DejaVu Sans") for f in families), families
    family = next(f for f in families if f.startswith("DejaVu Sans"))
    assert QFontDatabase.hasFamily(family)
    assert "Bold" in QFontDatabase.styles(family)


def test_translations_and_branding_are_read_from_the_resources_only() -> None:
    assert load_resources()
    assert TRANSLATIONS.startswith(":/")
    assert QFile.exists(f"{TRANSLATIONS}/etalase_id.qm")
    assert QFile.exists(f"{TRANSLATIONS}/etalase_en.qm")
    # No widget code opens icons, translations, fonts or branding from the assets folder.
    ui = ROOT / "showcase" / "ui"
    on_disk = re.compile(r"[\"']assets[/\"'].{0,8}(icons|translations|fonts|branding)")
    loose = [
        str(p.relative_to(ROOT))
        for p in ui.rglob("*.py")
        if p.name not in ("rc_resources.py", "rc_fonts.py") and on_disk.search(p.read_text())
    ]
    assert loose == []


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)  # the kiosk reads an SQLite file
def test_an_empty_showcase_attracts_with_the_default_branding(qtbot: QtBot, db: object) -> None:
    """A new center with no products yet: the kiosk's attract screen shows the default picture
    (from :/branding) above the prompt, not an empty red screen."""
    from showcase.store.db import Database
    from tests.helpers.kiosk import open_kiosk

    assert isinstance(db, Database)
    kiosk = open_kiosk(qtbot, db.path)
    assert kiosk.attract.isVisible() and kiosk.attract.cards == []
    image = kiosk.attract.grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2 - 40)
    assert centre.name() in ("#fff7e6", "#c9842b", "#4a7c59", "#f2c14e")  # the shop front
