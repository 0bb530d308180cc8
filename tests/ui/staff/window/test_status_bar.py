"""The staff window's status bar as staff read it: a passing message (saved, archived, the
server back…) is written where the product count was, so its words do not jump sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QSizeGrip
from pytestqt.qtbot import QtBot

from showcase.inventory.formats import Language
from showcase.store.db import Database
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.factories import make_sample
from tests.helpers.language import translated
from tests.helpers.staff_window import staff_window

COUNT = {"id": "6 produk", "en": "6 products"}


def _words(window: MainWindow) -> QRect:
    """The box of the dark pixels (the words) in the left half of the status bar, as the
    window is painted now."""
    bar = window.statusBar().geometry()
    image: QImage = window.grab().toImage()
    dark = [
        (x, y)
        for x in range(bar.left(), bar.left() + bar.width() // 2)
        for y in range(bar.top(), bar.bottom() + 1)
        if image.pixelColor(x, y).lightness() < 100
    ]
    assert dark, "no words in the status bar"
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_passing_message_starts_where_the_count_does(
    qtbot: QtBot, qapp: QApplication, db: Database, language: Language
) -> None:
    make_sample(db)
    with translated(qapp, language):
        window = staff_window(qtbot, db)
        bar, grip = window.statusBar(), window.findChild(QSizeGrip)
        assert grip is not None
        qtbot.waitUntil(lambda: grip.geometry().right() == bar.width() - 1)  # laid out
        qtbot.waitUntil(lambda: window.count_label.text() == COUNT[language])
        count = _words(window)

        # The count's own words as the message: the same first letter, so the same first
        # dark column when both start at the same x (the message's was 2 px to the left).
        bar.showMessage(COUNT[language], 5000)
        assert not window.count_label.isVisible()
        message = _words(window)
        assert message.left() == count.left()
        assert message == count  # on the same line too (it was 1 px higher)

        bar.clearMessage()
        assert window.count_label.isVisible()
        assert _words(window) == count
