"""Staff see Indonesian: every string shown has an Indonesian translation, the window uses it,
English has its plural forms, and the compiled translations are those of the current sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.store.db import Database
from tests.helpers.language import translated
from tests.helpers.paths import ROOT

sys.path.insert(0, str(ROOT / "tools"))

import i18n  # tools/i18n.py: the same lupdate call as `i18n.py update`

FOLDER = ROOT / "assets" / "translations"
TS = FOLDER / "etalase_id.ts"
TS_EN = FOLDER / "etalase_en.ts"
# `%Ln` in a translation is `%n` written in the language's way (10.000 / 10,000).
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")


def _placeholders(text: str) -> list[str]:
    return sorted(p.replace("%Ln", "%n") for p in PLACEHOLDER.findall(text))


def _messages(path: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation or "" when unfinished); the first form of a plural."""
    return [(c, s, forms[0] if forms else "") for c, s, forms in _entries(path)]


def _entries(path: Path) -> list[tuple[str, str, list[str]]]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                forms = []
            out.append((name, message.findtext("source", ""), forms))
    return out


def test_every_string_has_an_indonesian_translation() -> None:
    missing = [(c, s) for c, s, t in _messages(TS) if not t.strip()]
    assert missing == []


def test_translations_keep_placeholders_and_accelerators() -> None:
    wrong = []
    for path in (TS, FOLDER / "qtbase_id.ts"):
        for context, source, text in _messages(path):
            if not text:
                continue
            if _placeholders(source) != _placeholders(text):
                wrong.append((context, source, text))
            if source.replace("&&", "").count("&") - source.count(" & ") != text.replace(
                "&&", ""
            ).count("&") - text.count(" & "):
                wrong.append((context, source, text))
    assert wrong == []


def test_counts_in_translations_follow_the_language() -> None:
    """A count written `%n` in a translation would show 10000 in both languages."""
    bare = [
        (c, s)
        for path in (TS, TS_EN)
        for c, s, forms in _entries(path)
        for form in forms
        if re.search(r"(?<!%L)%n", form)
    ]
    assert bare == []


def test_english_has_both_plural_forms_of_every_count() -> None:
    """English is the source language: only its plurals are in etalase_en.ts, each with "1
    product" and "6 products"; a plural with no English forms would show "6 product(s)"."""
    english = _plural_forms(TS_EN)
    assert {s for _, s, _ in _messages(TS) if "%n" in s} <= {s for _, s in english}
    wrong = [
        (key, forms)
        for key, forms in english.items()
        if len(forms) != 2 or not all(f.strip() for f in forms) or "(s)" in "".join(forms)
    ]
    assert wrong == []


def _plural_forms(path: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → the numerus forms, finished or not (`update` fills English ones)."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                key = (context.findtext("name", ""), message.findtext("source", ""))
                out[key] = [f.text or "" for f in message.iter("numerusform")]
    return out


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_translation_file_holds_every_string_in_the_code(tmp_path: Path, language: str) -> None:
    """Run lupdate on a copy: a string added to the code but not to the .ts shows up as new."""
    ts = FOLDER / f"etalase_{language}.ts"
    copy = tmp_path / ts.name
    shutil.copyfile(ts, copy)
    options = dict(i18n.EXTRACTED)[language]
    result = subprocess.run(
        i18n.lupdate_command(copy, language, options),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    if not options:  # with -pluralonly lupdate counts every string as new, then strips them
        assert "(0 new and" in result.stdout, result.stdout
    assert {s for _, s, _ in _messages(copy)} == {s for _, s, _ in _messages(ts)}


def test_update_is_safe_to_run_again(tmp_path: Path) -> None:
    """A second `update` right after the first changes nothing, and keeps every translation."""
    for language, options in i18n.EXTRACTED:
        copy = tmp_path / f"etalase_{language}.ts"
        shutil.copyfile(FOLDER / copy.name, copy)
        before = {(c, s): t for c, s, t in _messages(copy) if t}
        first = i18n._extract(copy, language, options)
        copy.write_text(first, encoding="utf-8")
        assert i18n._extract(copy, language, options) == first
        after = {(c, s): t for c, s, t in _messages(copy)}
        kept = {key: text for key, text in before.items() if key in after}
        assert all(after[key] == text for key, text in kept.items())


def test_english_plurals_are_filled_from_the_source() -> None:
    text = (
        "<source>%n product(s) have no producer</source>\n"
        '        <translation type="unfinished">\n'
        "            <numerusform></numerusform>\n"
        "            <numerusform></numerusform>\n"
    )
    filled = i18n.english_plurals(text)
    assert "<numerusform>%Ln product have no producer</numerusform>" in filled
    assert "<numerusform>%Ln products have no producer</numerusform>" in filled
    assert "<source>%n product(s) have no producer</source>" in filled


@pytest.mark.parametrize("ts", sorted(FOLDER.glob("*.ts")), ids=lambda p: p.name)
def test_compiled_translations_are_current(ts: Path, tmp_path: Path) -> None:
    """The .qm the program loads is not older than its .ts, and is what lrelease makes of it."""
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} is missing: run python tools/build.py"
    assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is older than {ts.name}"
    fresh = tmp_path / qm.name
    i18n.lrelease(ts, fresh)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} differs from its {ts.name}"


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    with translated(qapp, "id") as translators:
        assert len(translators) == 2, "the compiled Indonesian translations were not found"
        yield


@pytest.mark.usefixtures("indonesian")
def test_staff_window_speaks_indonesian(qtbot: QtBot, db: Database) -> None:
    from showcase.ui.staff.window.main_window import MainWindow
    from tests.helpers.factories import make_account, make_sample

    make_sample(db)
    window = MainWindow(db, user=make_account(db))
    qtbot.addWidget(window)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[:4] == ["Berkas", "Produk", "Data", "Kios"]
    assert "Pengaturan" in menus and menus[-1] == "Bantuan"
    assert window.new_action.text().replace("&", "") == "Produk baru"
    assert window.count_label.text() == "6 produk"
    assert "Cari" in window.filters.search.placeholderText()
    assert window.filters.low_stock.text() == "Stok menipis"
    from PySide6.QtCore import Qt

    header = window.model.headerData(6, Qt.Orientation.Horizontal)
    assert header == "Harga"


@pytest.mark.usefixtures("indonesian")
def test_qt_own_buttons_speak_indonesian(qtbot: QtBot) -> None:
    """Qt ships no Indonesian: Etalase's qtbase_id gives its buttons ("Yes" → "Ya")."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "t",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    yes = box.button(QMessageBox.StandardButton.Yes)
    no = box.button(QMessageBox.StandardButton.No)
    assert yes is not None and no is not None
    assert yes.text().replace("&", "") == "Ya"
    assert no.text().replace("&", "") == "Tidak"


@pytest.mark.usefixtures("indonesian")
def test_counts_are_written_the_indonesian_way() -> None:
    text = QCoreApplication.translate("MainWindow", "%n product(s)", "", 12500)
    assert text == "12.500 produk"


def test_counts_are_written_the_english_way(qapp: QApplication) -> None:
    with translated(qapp, "en"):
        assert QCoreApplication.translate("MainWindow", "%n product(s)", "", 1) == "1 product"
        assert (
            QCoreApplication.translate("MainWindow", "%n product(s)", "", 12500)
            == "12,500 products"
        )


@pytest.mark.usefixtures("indonesian")
def test_domain_messages_reach_staff_in_indonesian(db: Database) -> None:
    from showcase.errors import ValidationError
    from showcase.inventory.products import ProductInput, create_product

    with pytest.raises(ValidationError) as info, db.session() as s:
        create_product(s, ProductInput(code="A-1", name_id="", price="abc"))
    assert "Nama" in info.value.errors["name_id"]
    assert "Harga" in info.value.errors["price"]


def test_a_file_lupdate_cannot_read_keeps_its_translations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Someone is halfway through editing a file (unbalanced brackets): `update` must not throw
    away the translations of that file's strings as if they had left the code."""
    source = tmp_path / "showcase"
    source.mkdir()
    (source / "good.py").write_text('t = QCoreApplication.translate("Ctx", "Save")\n')
    (source / "editing.py").write_text(
        't = QCoreApplication.translate("Ctx", "Close"\nx = [1, (2]\n'
    )
    ts = tmp_path / "etalase_id.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="id_ID">\n<context>\n    <name>Ctx</name>\n'
        "    <message>\n        <source>Save</source>\n        <translation>Simpan</translation>\n"
        "    </message>\n    <message>\n        <source>Close</source>\n"
        "        <translation>Tutup</translation>\n    </message>\n</context>\n</TS>\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "ROOT", tmp_path)
    monkeypatch.setattr(i18n, "SOURCES", source)
    text = i18n._extract(ts, "id", ())
    kept = tmp_path / "kept.ts"
    kept.write_text(text, encoding="utf-8")
    found = {s: t for _, s, t in _messages(kept)}
    assert found["Save"] == "Simpan"
    assert "Tutup" in text  # kept (marked vanished) until the file can be read again
    # Once the file is whole again, its string is back with its translation.
    (source / "editing.py").write_text('t = QCoreApplication.translate("Ctx", "Close")\n')
    ts.write_text(text, encoding="utf-8")
    again = tmp_path / "again.ts"
    again.write_text(i18n._extract(ts, "id", ()), encoding="utf-8")
    assert {s: t for _, s, t in _messages(again)} == {"Save": "Simpan", "Close": "Tutup"}
