"""The Import products dialog, given hostile files, shows the very line the command line
prints (without its "etalase: error: " prefix), keeps Import off and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from showcase.inventory.importing.files import FileFormatError, read_sheet
from showcase.store.db import Database
from showcase.ui.staff.data.import_dialog import ImportDialog
from tests.helpers.hostile_files import HOSTILE_FILES, HostileFile
from tests.helpers.import_fixtures import fill, snapshot

WAIT_MS = 60_000


@pytest.mark.parametrize("hostile", HOSTILE_FILES, ids=lambda hostile: hostile.name)
def test_the_dialog_shows_the_command_line_s_message(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    hostile: HostileFile,
) -> None:
    from showcase import cli

    fill(db)
    path = hostile.write(tmp_path)
    with pytest.raises(FileFormatError) as caught:
        read_sheet(path)
    before = snapshot(db)
    dialog = ImportDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check(path)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert dialog.status.isVisible()
    assert dialog.status.text() == str(caught.value) == hostile.message
    assert not dialog.import_button.isEnabled()
    assert snapshot(db) == before
    if db.server is None:  # the command line, on the same file: the same line
        db.close()
        assert cli.main(["--db", str(db.path), "import", str(path)]) == 2
        assert capsys.readouterr().err == f"etalase: error: {dialog.status.text()}\n"
