"""Staff see Indonesian: every string shown has an Indonesian translation, and the window uses it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.store.db import Database
from showcase.ui.app import install_translators

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "assets" / "translations" / "etalase_id.ts"
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def _messages(path: Path) -> list[tuple[str, str, str]]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = forms[0] if forms else (translation.text or "")
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                text = ""
            out.append((name, message.findtext("source", ""), text))
    return out


def test_every_string_has_an_indonesian_translation() -> None:
    missing = [(c, s) for c, s, t in _messages(TS) if not t.strip()]
    assert missing == []


def test_translations_keep_placeholders_and_accelerators() -> None:
    wrong = []
    for context, source, text in _messages(TS):
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append((context, source, text))
        if source.replace("&&", "").count("&") - source.count(" & ") != text.replace(
            "&&", ""
        ).count("&") - text.count(" & "):
            wrong.append((context, source, text))
    assert wrong == []


def test_the_translation_file_holds_every_string_in_the_code(tmp_path: Path) -> None:
    """Run lupdate on a copy: a string added to the code but not to the .ts shows up as new."""
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "showcase").rglob("*.py"))
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in result.stdout, result.stdout
    assert {s for _, s, _ in _messages(copy)} == {s for _, s, _ in _messages(TS)}


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "id")
    assert translators, "the compiled Indonesian translation was not found"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("indonesian")
def test_staff_window_speaks_indonesian(qtbot: QtBot, db: Database) -> None:
    from showcase.ui.staff.main_window import MainWindow
    from tests.factories import make_account, make_sample

    make_sample(db)
    window = MainWindow(db, user=make_account(db))
    qtbot.addWidget(window)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Berkas", "Produk", "Data", "Kios", "Bantuan"]
    assert window.new_action.text().replace("&", "") == "Produk baru"
    assert window.count_label.text() == "6 produk"
    assert "Cari" in window.filters.search.placeholderText()
    assert window.filters.low_stock.text() == "Stok menipis"
    from PySide6.QtCore import Qt

    header = window.model.headerData(6, Qt.Orientation.Horizontal)
    assert header == "Harga"


@pytest.mark.usefixtures("indonesian")
def test_domain_messages_reach_staff_in_indonesian(db: Database) -> None:
    from showcase.errors import ValidationError
    from showcase.inventory.products import ProductInput, create_product

    with pytest.raises(ValidationError) as info, db.session() as s:
        create_product(s, ProductInput(code="A-1", name_id="", price="abc"))
    assert "Nama" in info.value.errors["name_id"]
    assert "Harga" in info.value.errors["price"]
