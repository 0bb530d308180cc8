"""File → Restore from backup…, the daily backup while the window runs, and the dialog shown
instead of the window when the database file is damaged."""

from __future__ import annotations

import inspect
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase import cli
from showcase.store.backup import backup_database, backups_folder, list_backups
from showcase.store.db import Database
from showcase.ui.staff.data.backup_dialog import RestoreDialog
from showcase.ui.staff.data.daily_backup import DailyBackup
from showcase.ui.staff.data.damaged import DamagedDialog
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.factories import Sample, make_sample


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM product").fetchone()[0])
    finally:
        conn.close()


def _shown(window: MainWindow) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """These are about the database file (its backups folder beside it, its damage, the SQLite
    backup API): the file store only. A server's: test_backup_dialog_server.py."""
    return sqlite_db


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


def _main_window(db: Database) -> MainWindow:
    # Staff accounts (being added meanwhile) make the window ask for who is signed in.
    if "user" in inspect.signature(MainWindow.__init__).parameters:
        from tests.helpers import factories

        return MainWindow(db, user=factories.make_account(db))  # type: ignore[attr-defined, call-arg, unused-ignore]
    return MainWindow(db)


@pytest.fixture
def window(qtbot: QtBot, db: Database, sample: Sample) -> MainWindow:
    w = _main_window(db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _confirm(dialog: RestoreDialog, answer: str) -> None:
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    button = next(b for b in box.buttons() if b.text() == answer)
    button.click()


def test_restore_from_the_list_replaces_the_data_and_the_window_shows_it(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    backup_database(db.engine, db.path, reason="daily", now=datetime(2026, 11, 21, 8, 15))
    backup_database(db.engine, db.path, reason="before-import", now=datetime(2026, 11, 20, 14, 2))
    with db.session() as s:  # after the backups: products the restore takes away
        from showcase.inventory.products import ProductInput, create_product

        create_product(s, ProductInput(code="BARU-1", name_id="Keripik Pisang Baru"))
    window.refresh()
    assert "BARU-1" in _shown(window)

    window.restore_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows[0][:2] == ["21 November 2026 08.15", "Daily backup"]
    assert rows[1][:2] == ["20 November 2026 14.02", "Before an import"]
    assert rows[0][2].endswith("B") and rows[0][3] == "6"
    assert dialog.restore_button.isEnabled()  # the newest is chosen already

    dialog.restore_button.click()
    box = dialog.confirm_box
    assert box is not None
    assert "21 November 2026 08.15" in box.text()
    assert "replaced" in box.informativeText() and "6 products" in box.informativeText()
    assert "made first" in box.informativeText()
    assert box.defaultButton().text() == "Cancel"  # Enter does not replace the data
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        _confirm(dialog, "Restore")  # the restore runs in a worker thread, under a progress bar
        assert dialog.job is not None and dialog.job.progress.isVisible()
    assert not dialog.job.progress.isVisible()

    qtbot.waitUntil(lambda: "BARU-1" not in _shown(window))
    assert len(_shown(window)) == 6
    assert dialog.message_box is not None
    assert "Restored the backup of 21 November 2026 08.15: 6 products" in dialog.message_box.text()
    kept = [b for b in list_backups(db.path) if b.reason == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in dialog.message_box.text()
    assert _count(kept[0].path) == 7
    dialog.message_box.close()
    # The window keeps working on the restored file.
    window.backup_action.trigger()
    assert window.message_box is not None and "backed up" in window.message_box.text()
    window.message_box.close()


def test_cancel_in_the_question_changes_nothing(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    backup_database(db.engine, db.path, reason="daily")
    before = len(list_backups(db.path))
    window.restore_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.restore_button.click()
    _confirm(dialog, "Cancel")
    assert dialog.isVisible() and dialog.result_of_restore is None
    assert len(list_backups(db.path)) == before
    dialog.reject()


def test_another_file_that_is_no_backup_is_named_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    text = usb / "daftar.db"
    text.write_text("kopi;lada\n", encoding="utf-8")
    window.restore_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog)
    assert dialog.empty_label.isVisible() and not dialog.restore_button.isEnabled()
    dialog.other_button.click()
    assert dialog.file_dialog is not None
    dialog.file_dialog.fileSelected.emit(str(text))
    assert dialog.status.isVisible()
    assert "cannot be restored" in dialog.status.text() and str(text) in dialog.status.text()
    assert dialog.confirm_box is None
    assert not backups_folder(db.path).exists()
    dialog.file_dialog.close()
    dialog.reject()


def test_another_good_file_is_restored_after_the_question(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = backup_database(db.engine, db.path, reason="manual", dest=usb / "cadangan.db")
    with db.session() as s:
        from showcase.inventory.products import ProductInput, create_product

        create_product(s, ProductInput(code="BARU-2", name_id="Madu Baru"))
    window.restore_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog)
    dialog.choose_file()
    assert dialog.file_dialog is not None
    dialog.file_dialog.fileSelected.emit(str(copy))
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        _confirm(dialog, "Restore")
    assert dialog.result_of_restore is not None and dialog.result_of_restore.products == 6
    assert "BARU-2" not in _shown(window)
    assert dialog.message_box is not None
    dialog.message_box.close()


# --- the daily backup -----------------------------------------------------------------------


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_daily_backup_makes_one_backup_a_day(qtbot: QtBot, db: Database) -> None:
    clock = Clock(datetime(2026, 11, 22, 8, 0))
    daily = DailyBackup(db.path, clock=clock)
    with qtbot.waitSignal(daily.made, timeout=10_000) as made:
        assert daily.check()
    first = made.args[0]
    assert first.name == "showcase-20261122-080000-daily.db" and _count(first) == 0
    for hour in range(9, 24):  # the hourly checks of the rest of the day
        clock.now = datetime(2026, 11, 22, hour, 0)
        assert not daily.check()
    clock.now = datetime(2026, 11, 23, 0, 0)
    with qtbot.waitSignal(daily.made, timeout=10_000):
        assert daily.check()
    assert [b.path.name for b in list_backups(db.path)] == [
        "showcase-20261123-000000-daily.db",
        "showcase-20261122-080000-daily.db",
    ]
    daily.stop()


def test_the_window_says_so_in_the_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    window.daily_backup.clock = Clock(datetime(2026, 11, 22, 8, 0))
    with qtbot.waitSignal(window.daily_backup.made, timeout=10_000):
        window.daily_backup.check()
    assert window.statusBar().currentMessage() == "Daily backup made"
    assert not window.count_label.isVisible()
    window.statusBar().clearMessage()
    assert window.count_label.isVisible()


def test_a_message_as_the_window_opens_is_not_covered_by_the_product_count(
    qtbot: QtBot, db: Database, sample: Sample
) -> None:
    """Qt hides the count under a message, then shows it again when the status bar makes its
    first layout: the two texts were drawn over each other."""
    w = _main_window(db)
    qtbot.addWidget(w)
    w.show()
    w.statusBar().showMessage("Daily backup made", 10_000)
    qtbot.wait(50)
    assert not w.count_label.isVisible()
    w.statusBar().clearMessage()
    assert w.count_label.isVisible()


def test_a_failing_daily_backup_is_shown_once_not_every_hour(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    backups_folder(db.path).write_text("not a folder")  # the backups cannot be written
    clock = Clock(datetime(2026, 11, 22, 8, 0))
    window.daily_backup.clock = clock
    with qtbot.waitSignal(window.daily_backup.failed, timeout=10_000):
        window.daily_backup.check()
    first = window.daily_backup.message_box
    assert first is not None and first.isVisible()
    assert "could not be made" in first.text()
    clock.now += timedelta(hours=1)
    with qtbot.waitSignal(window.daily_backup.failed, timeout=10_000):
        window.daily_backup.check()
    assert window.daily_backup.message_box is first  # no second message
    first.close()


def test_the_hourly_timer_is_started_with_the_window_by_run_staff(window: MainWindow) -> None:
    assert not window.daily_backup.timer.isActive()  # tests make windows without backups
    window.daily_backup.start()
    assert window.daily_backup.timer.isActive()
    assert window.daily_backup.timer.interval() == 60 * 60 * 1000
    window.close()
    assert not window.daily_backup.timer.isActive()


# --- a damaged database at start ------------------------------------------------------------


def _damage(path: Path, start: int | None = None, count: int = 4096) -> None:
    """Flip `count` bytes from `start` (default: the middle of the file)."""
    data = bytearray(path.read_bytes())
    first = len(data) // 2 if start is None else start
    for offset in range(first, first + count):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(db: Database) -> tuple[Path, Path]:
    """A showcase of 300 products whose file is damaged, with a good backup and a newer
    damaged one. Returns (database, good backup)."""
    from showcase.inventory.products import ProductInput, create_product

    with db.session() as s:
        for n in range(300):
            create_product(
                s,
                ProductInput(code=f"K-{n:04}", name_id=f"Kopi {n}", description_id="Kopi. " * 300),
            )
    good = backup_database(db.engine, db.path, reason="daily", now=datetime(2026, 11, 21, 8, 15))
    bad = backup_database(db.engine, db.path, reason="daily", now=datetime(2026, 11, 22, 8, 15))
    db.close()
    _damage(bad)
    # The first page (the schema): damage that start-up's quick look already sees.
    _damage(db.path, start=100, count=900)
    return db.path, good


def test_damaged_dialog_offers_the_newest_good_backup(
    qtbot: QtBot, damaged: tuple[Path, Path]
) -> None:
    from showcase.store.damage import find_damage
    from showcase.store.restore import newest_good_backup

    path, good = damaged
    problem = find_damage(path)
    assert problem is not None
    dialog = DamagedDialog(path, problem, newest_good_backup(path))
    qtbot.addWidget(dialog)
    assert dialog.backup is not None and dialog.backup.path == good
    assert "21 November 2026 08.15" in dialog.offer.text()
    assert "300 products" in dialog.offer.text()
    assert str(path) in dialog.where.text()
    assert "the contents of the file are broken (database disk image is malformed)" in (
        dialog.where.text()
    )
    assert "showcase.db.damaged-" in dialog.offer.text()
    assert dialog.restore_button.isVisibleTo(dialog)
    damaged_bytes = path.read_bytes()
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.restore_button.click()
    assert dialog.restored is not None
    assert _count(path) == 300
    (aside,) = [
        p
        for p in path.parent.glob("showcase.db.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert aside.read_bytes() == damaged_bytes


def _click_when_shown(qtbot: QtBot, button_text: str) -> None:
    """Click a button of the modal dialog the program is about to show (its exec() blocks)."""

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, click)
            return
        from PySide6.QtWidgets import QPushButton

        for button in dialog.findChildren(QPushButton):
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no {button_text} in {dialog}")

    QTimer.singleShot(0, click)


def test_staff_window_on_a_damaged_file_restores_then_opens(
    qtbot: QtBot, damaged: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import showcase.ui.staff.window.start

    path, _good = damaged
    opened: list[int] = []

    def run_staff(database: Database, argv: list[str]) -> int:
        with database.read() as conn:
            opened.append(int(conn.execute("SELECT count(*) FROM product").fetchone()[0]))
        return 0

    monkeypatch.setattr(showcase.ui.staff.window.start, "run_staff", run_staff)
    _click_when_shown(qtbot, "Restore this backup")
    assert cli.main(["--db", str(path)]) == 0
    assert opened == [300]
    assert (
        len(
            [
                p
                for p in path.parent.glob("showcase.db.damaged-*")
                if p.suffix == ".db" or "-" in p.name[-7:]
            ]
        )
        >= 1
    )


def test_quitting_the_damaged_dialog_changes_nothing_and_says_what_to_run(
    qtbot: QtBot,
    damaged: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, good = damaged
    before = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    _click_when_shown(qtbot, "Quit")
    assert cli.main(["--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"etalase: error: {path} is damaged") and err.count("\n") == 1
    assert f'restore "{good}"' in err
    after = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    assert after == before


def test_damage_found_after_start_offers_the_restore_over_the_window(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    """Start-up reads only the schema; the whole file is checked in the worker thread."""
    from showcase.inventory.products import ProductInput, create_product

    with db.session() as s:
        for n in range(300):
            create_product(
                s,
                ProductInput(code=f"K-{n:04}", name_id=f"Kopi {n}", description_id="Kopi. " * 300),
            )
    good = backup_database(db.engine, db.path, reason="manual", now=datetime(2026, 11, 22, 7, 0))
    db.close()  # the window's connections; they reopen on the next read
    _damage(db.path)  # the middle: table data that the window has not read
    damaged_bytes = db.path.read_bytes()
    daily = window.daily_backup
    daily.clock = Clock(datetime(2026, 11, 22, 9, 0))
    with qtbot.waitSignal(daily.damaged, timeout=10_000) as found:
        assert daily.check()
    assert found.args[1].path == good
    dialog = daily.dialog
    assert isinstance(dialog, DamagedDialog) and dialog.isVisible()
    assert dialog.quit_button.text() == "Not now"
    assert not (backups_folder(db.path) / "showcase-20261122-090000-daily.db").exists()
    assert not daily.check()  # no daily backup of a damaged file, no second dialog

    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.model.total() == 306)
    (aside,) = [
        p
        for p in db.path.parent.glob("showcase.db.damaged-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert aside.read_bytes() == damaged_bytes
    with qtbot.waitSignal(daily.made, timeout=10_000):  # backups go on after the restore
        assert daily.check()


def test_a_restore_from_the_menu_starts_the_checks_and_backups_again(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    """Damage found, "Not now", then a restore chosen from the File menu: backups go on."""
    good = backup_database(db.engine, db.path, reason="manual", now=datetime(2026, 11, 22, 7, 0))
    daily = window.daily_backup
    daily.found_damage = True  # as after "Not now" in the damaged-file dialog
    daily.clock = Clock(datetime(2026, 11, 22, 9, 0))
    assert not daily.check()
    window.restore_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog)
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        dialog.restore_file(good)
    assert not daily.found_damage
    with qtbot.waitSignal(daily.made, timeout=10_000):
        assert daily.check()
    assert dialog.message_box is not None
    dialog.message_box.close()
