"""Starting the staff window: a real `etalase` process opens it and, under the start-up probe,
says so once and ends with 0; StaffApp shows the window with the daily backup running."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.store.db import Database
from showcase.ui.staff.window.main_window import MainWindow
from showcase.ui.staff.window.staff_app import StaffApp
from showcase.ui.staff.window.start import WINDOW_SHOWN, run_staff
from tests.helpers.factories import make_account
from tests.helpers.paths import ROOT


def test_the_staff_window_reports_when_shown_and_exits(sqlite_db: Database, tmp_path: Path) -> None:
    db = sqlite_db  # the program is started on its file
    path = db.path
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env["ETALASE_STARTUP_PROBE"] = "1"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [WINDOW_SHOWN]


def test_the_staff_app_shows_its_window_with_the_daily_backup(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    user = make_account(db)
    staff = StaffApp(qapp, db, user)
    qtbot.addWidget(staff.window)
    assert not staff.window.daily_backup.timer.isActive()
    staff.show()
    qtbot.waitExposed(staff.window)
    assert staff.window.daily_backup.timer.isActive()
    assert staff.window.user.id == user.id and staff.window.isVisible()
    staff.window.close()
    assert not staff.window.daily_backup.timer.isActive()


def test_the_collector_paused_to_start_is_on_once_the_window_is_painted(
    qapp: QApplication,
    sqlite_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """main.py pauses the garbage collector while the program starts; the staff window turns
    it on after its first paint (the probe then quits the window's event loop)."""
    monkeypatch.setenv("ETALASE_STARTUP_PROBE", "1")
    gc.disable()
    try:
        assert run_staff(sqlite_db, []) == 0
        assert gc.isenabled()
    finally:
        gc.enable()
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()  # stops its daily backup
                widget.deleteLater()
    assert capsys.readouterr().out.splitlines() == [WINDOW_SHOWN]
