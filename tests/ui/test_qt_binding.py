"""Guards against faults of the Qt binding itself that would crash the program after a while."""

from __future__ import annotations

import sys

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot


def test_empty_qvariants_do_not_lose_references_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12.0 dropped a reference to None each time Qt handed an empty QVariant to
    Python (combo.currentData(), index.data() of an unset role). The staff window does that on
    every keystroke, so after some thousands of them the interpreter aborted
    ("none_dealloc: deallocating None")."""
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("Semua kategori")
    model = QStringListModel(["Kopi"])
    before = sys.getrefcount(None)
    for _ in range(200):
        assert combo.currentData() is None
        assert model.index(0).data(Qt.ItemDataRole.UserRole) is None
    assert sys.getrefcount(None) >= before - 20  # other code may release a few; not 400
