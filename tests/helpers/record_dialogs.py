"""Record dialogs (categories, producers) for tests: made on the test's database, their
confirm(title, text) answered as the test chose, each question noted in order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pytestqt.qtbot import QtBot

from showcase.store.db import Database
from showcase.ui.widgets.record_editor import RecordEditorDialog

Questions = list[tuple[str, str]]
DialogT = TypeVar("DialogT", bound=RecordEditorDialog[Any, Any])


def open_record_dialog(
    qtbot: QtBot,
    db: Database,
    kind: Callable[[Database], DialogT],
    questions: Questions,
    answer: bool = True,
) -> DialogT:
    """A `kind` dialog on `db` that notes each question in `questions` and answers `answer`."""
    dialog = kind(db)
    qtbot.addWidget(dialog)

    def confirm(title: str, text: str) -> bool:
        questions.append((title, text))
        return answer

    dialog.confirm = confirm
    return dialog
