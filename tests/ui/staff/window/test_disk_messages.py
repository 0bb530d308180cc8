"""The staff window says what the command line says (real mounts, root only): File → Back up
now onto a full disk (as a sentence: a capital and a full stop), and a showcase file on a
write-protected disk at start (a message box, no offer to restore a backup over the intact
file); the daily backup on a full disk too."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from showcase import cli
from showcase.store.backup import backups_folder
from showcase.store.db import Database
from showcase.ui.staff.data.damaged import DamagedDialog
from tests.helpers.factories import make_sample
from tests.helpers.mounts import contents, fill, mounted_tmpfs, needs_root, write_protect
from tests.helpers.staff_window import staff_window

pytestmark = needs_root

PREFIX = "etalase: error: "


@pytest.fixture
def full_backups(sqlite_db: Database) -> Iterator[Path]:
    """The backups folder beside the database, on a full disk."""
    with mounted_tmpfs(backups_folder(sqlite_db.path)) as folder:
        fill(folder, leave=100_000)  # room for SQLite to begin the copy
        yield folder


def test_back_up_now_onto_a_full_disk_says_what_the_command_line_says(
    qtbot: QtBot,
    sqlite_db: Database,
    full_backups: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_sample(sqlite_db)
    window = staff_window(qtbot, sqlite_db, shown=False)
    window.backup_now()
    box = window.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowTitle() == "Backup failed"
    assert contents(full_backups) == set()

    assert cli.main(["--db", str(sqlite_db.path), "backup"]) == 2
    line = capsys.readouterr().err.splitlines()
    full = f"the disk holding {full_backups} is full: free some space or choose another place"
    assert line == [PREFIX + full]
    assert box.text() == "T" + full[1:] + "."  # the same words, as a sentence on its own
    assert contents(full_backups) == set()


def _answer_when_shown(seen: list[tuple[str, str]]) -> None:
    """Note the title and text of the modal box the program is about to show, and close it."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        assert not isinstance(box, DamagedDialog), "offered a restore over an intact file"
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    QTimer.singleShot(0, answer)


def test_a_showcase_on_a_write_protected_disk_is_said_so_at_start(
    qtbot: QtBot, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with mounted_tmpfs(tmp_path / "stick", "16m") as stick:
        path = stick / "etalase.db"
        shutil.copyfile(demo_file, path)
        write_protect(stick)
        before = path.read_bytes()
        seen: list[tuple[str, str]] = []
        _answer_when_shown(seen)
        assert cli.main(["--db", str(path)]) == 2
        line = capsys.readouterr().err.splitlines()
        assert len(seen) == 1
        title, text = seen[0]
        assert title == "Etalase — the showcase file cannot be changed"
        assert line == [PREFIX + text]
        assert text.startswith(f"{path} is write-protected") and "not damaged" in text
        assert path.read_bytes() == before
        assert sorted(p.name for p in stick.iterdir()) == ["etalase.db"]


def test_the_daily_backup_onto_a_full_disk_says_so_and_leaves_nothing(
    qtbot: QtBot, sqlite_db: Database, full_backups: Path
) -> None:
    make_sample(sqlite_db)
    window = staff_window(qtbot, sqlite_db, shown=False)
    daily = window.daily_backup
    daily.clock = lambda: datetime(2026, 11, 22, 8, 0)
    with qtbot.waitSignal(daily.failed, timeout=10_000) as failed:
        daily.check()
    full = f"the disk holding {full_backups} is full: free some space or choose another place"
    assert failed.args == [full]
    box = daily.message_box
    assert box is not None and box.text() == f"The daily backup could not be made: {full}"
    assert contents(full_backups) == set()


def test_a_restore_onto_a_full_disk_says_the_disk_is_full_not_that_the_backup_is_damaged(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The copy of the backup is written beside the showcase: on a full disk the dialog and the
    command line name the disk, the intact backup is not called damaged, and the showcase file
    is left as it was with nothing beside it."""
    from showcase.store.backup import backup_database
    from showcase.store.opening import open_database
    from showcase.ui.staff.data.backup_dialog import RestoreDialog

    with mounted_tmpfs(tmp_path / "disk", "4m") as disk:
        path = disk / "etalase.db"
        database = open_database(path)
        make_sample(database)
        backup = backup_database(database.engine, path, reason="manual", dest=tmp_path / "b.db")
        database.close()
        database = open_database(path)
        fill(disk, leave=20_000)
        before = path.read_bytes()
        dialog = RestoreDialog(database)
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitSignal(dialog.restore_file(backup).finished, timeout=30_000):
            pass
        full = f"the disk holding {disk} is full: free some space or choose another place"
        assert dialog.status.isVisible()
        assert dialog.status.text() == f"Nothing was changed: {full}"
        assert dialog.result_of_restore is None
        dialog.close()
        database.close()
        assert path.read_bytes() == before
        assert contents(disk) == {"etalase.db"}

        assert cli.main(["--db", str(path), "restore", str(backup)]) == 2
        assert capsys.readouterr().err.splitlines() == [PREFIX + full]
        assert path.read_bytes() == before
        assert contents(disk) == {"etalase.db"}
