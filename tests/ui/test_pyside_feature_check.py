"""PySide6's look at each module imported after it (does its source name PySide6?), answered
from the file's bytes: the same answers as PySide6's own, and its __feature__ options still
work in a module that asks for them."""

from __future__ import annotations

import importlib
import inspect
import sys
import types
from pathlib import Path

import pytest

import showcase.store.db
import showcase.ui.staff.window.main_window
from showcase.ui.pyside_feature_check import CHECK, FEATURE_MODULE, uses_pyside


def test_pyside6_asks_the_cheap_question_once_the_ui_is_imported() -> None:
    assert getattr(sys.modules[FEATURE_MODULE], CHECK) is uses_pyside


@pytest.mark.parametrize(
    "module",
    [showcase.ui.staff.window.main_window, showcase.store.db, inspect, types],
    ids=lambda m: m.__name__,
)
def test_the_answer_is_pyside6s_own(module: types.ModuleType) -> None:
    try:
        own = "PySide6" in inspect.getsource(module)
    except (OSError, TypeError):
        own = False
    assert uses_pyside(module) is own


def test_a_module_without_a_source_file_does_not_use_pyside(tmp_path: Path) -> None:
    assert uses_pyside(sys) is False
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")
    assert uses_pyside(gone) is False


def test_a_module_asking_for_snake_case_gets_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "snake_module.py").write_text(
        "from PySide6.QtCore import QObject\n"
        "from __feature__ import snake_case  # noqa\n"
        "def name_of(obj):\n"
        "    obj.set_object_name('etalase')\n"
        "    return obj.object_name()\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("snake_module")
    from PySide6.QtCore import QObject

    assert module.name_of(QObject()) == "etalase"
    assert QObject().objectName() == ""  # here, the usual names
