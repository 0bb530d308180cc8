"""Help → Guide (F1): the staff guide from the compiled resources, with working section links."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QFile, Qt, QUrl
from pytestqt.qtbot import QtBot

from showcase.store.db import Database
from showcase.ui.qt_setup import load_resources
from showcase.ui.staff.window.help_dialog import HelpDialog, anchor_name, guide_markdown
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.paths import ROOT
from tests.helpers.staff_window import staff_window

GUIDE = ROOT / "assets" / "help" / "panduan.md"


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    return staff_window(qtbot, db)


def test_the_guide_comes_from_the_compiled_resources() -> None:
    assert load_resources()
    assert QFile.exists(":/help/panduan.md")
    assert guide_markdown() == GUIDE.read_text(encoding="utf-8")


def test_f1_opens_the_guide_with_its_sections(qtbot: QtBot, window: MainWindow) -> None:
    assert window.help_action.shortcut().toString() == "F1"
    window.help_action.trigger()
    dialog = window.help_window
    assert isinstance(dialog, HelpDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.isModal()
    sections = re.findall(r"^## (.+)$", GUIDE.read_text(encoding="utf-8"), re.MULTILINE)
    assert dialog.headings_shown() == sections
    listed = [dialog.contents.index(row).data() for row in range(dialog.contents.rowCount())]
    assert listed == sections
    text = dialog.browser.toPlainText()
    assert text.startswith("Panduan Etalase untuk petugas")
    assert "Mencetak label" in text and "##" not in text  # shown formatted, not as source
    # Readable: larger than the interface's text.
    assert dialog.browser.document().defaultFont().pointSizeF() >= 11
    # F1 again brings the same window forward rather than opening a second one.
    window.help_action.trigger()
    assert window.help_window is dialog
    assert dialog.width() <= 1366 and dialog.height() <= 728 - 30  # a desk PC's screen
    dialog.resize(1100, 800)  # resizable
    assert dialog.size().width() == 1100
    dialog.grab().save("/tmp/shots/help.png")


def test_links_and_the_contents_list_go_to_their_section(qtbot: QtBot) -> None:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bar = dialog.browser.verticalScrollBar()
    assert bar.value() == 0
    dialog.browser.anchorClicked.emit(QUrl("#cadangan-dan-pemulihan"))
    assert bar.value() > 0
    top = dialog.browser.cursorForPosition(dialog.browser.viewport().rect().topLeft())
    assert top.block().text() == "Cadangan dan pemulihan"
    row = dialog.headings_shown().index("Mencetak label")
    qtbot.mouseClick(
        dialog.sections.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.sections.visualRect(dialog.contents.index(row)).center(),
    )
    top = dialog.browser.cursorForPosition(dialog.browser.viewport().rect().topLeft())
    assert top.block().text() == "Mencetak label"
    assert anchor_name("Menjalankan dan keluar dari kios") == "menjalankan-dan-keluar-dari-kios"
