"""File → Back up now, the daily backup and File → Restore from backup… for a showcase on a
server (the test server, through the desk login `server init` made): backups are Etalase files
in this PC's data folder, and a restore replaces the server's showcase.

The daily backup and the restore dialog are tested over a plain window, as the staff window
gives them theirs; Back up now in the staff window itself."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from showcase.inventory.products import ProductInput, create_product
from showcase.paths import user_data_dir
from showcase.store.backup import list_backups
from showcase.store.db import Database
from showcase.store.opening import backup_showcase, open_showcase
from showcase.store.product_order import DRIFT_THRESHOLD
from showcase.ui.staff.data.backup_dialog import RestoreDialog
from showcase.ui.staff.data.daily_backup import DailyBackup
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.lan import desk_url, prepared_showcase
from tests.helpers.plain import product_codes
from tests.helpers.postgres import PostgresServer
from tests.helpers.product_order import in_name_order
from tests.helpers.staff_window import staff_window

BACKUPS = ("servers", "backups")


@pytest.fixture
def name(postgres: PostgresServer, demo_template: Path) -> Iterator[str]:
    """A database prepared by `server init` holding the demo showcase."""
    name = prepared_showcase(postgres, demo_template)
    yield name
    postgres.drop_database(name)


@pytest.fixture
def desk(postgres: PostgresServer, name: str) -> Iterator[Database]:
    """The demo showcase on the server, opened with the desk login."""
    database = open_showcase(desk_url(postgres, name))
    yield database
    database.close()


@pytest.fixture
def window(qtbot: QtBot, desk: Database) -> MainWindow:
    return staff_window(qtbot, desk)


@pytest.fixture
def plain(qtbot: QtBot) -> QMainWindow:
    w = QMainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def _file_count(path: Path) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM product").fetchone()[0])
    finally:
        connection.close()


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_back_up_now_writes_a_file_into_this_pcs_data_folder(
    window: MainWindow, desk: Database
) -> None:
    window.backup_action.trigger()
    box = window.message_box
    assert box is not None and "backed up" in box.text()
    (written,) = [info.path for info in list_backups(desk.path)]
    assert written.parent == user_data_dir().joinpath(*BACKUPS)
    assert str(written) in box.text() and written.name.endswith("-manual.db")
    assert _file_count(written) == len(product_codes(desk))
    box.close()


def test_the_daily_backup_of_a_server_one_a_day(
    qtbot: QtBot, plain: QMainWindow, desk: Database
) -> None:
    daily = DailyBackup.for_window(plain, desk, lambda: None)
    clock = Clock(datetime(2026, 12, 7, 8, 0))
    daily.clock = clock
    with qtbot.waitSignal(daily.made, timeout=30_000) as made:
        assert daily.check()
    first = made.args[0]
    assert first.parent == user_data_dir().joinpath(*BACKUPS)
    assert first.name.endswith("-20261207-080000-daily.db")
    assert _file_count(first) == len(product_codes(desk))
    assert plain.statusBar().currentMessage() == "Daily backup made"
    clock.now = datetime(2026, 12, 7, 9, 0)
    assert not daily.check()  # one a day
    clock.now = datetime(2026, 12, 8, 0, 0)
    with qtbot.waitSignal(daily.made, timeout=30_000):
        assert daily.check()
    assert [info.reason for info in list_backups(desk.path)] == ["daily", "daily"]
    daily.stop()


def _daily_backup(qtbot: QtBot, plain: QMainWindow, desk: Database) -> Path:
    """The daily backup's run of 7 December 08.00, as the window's timer starts it; its file."""
    daily = DailyBackup.for_window(plain, desk, lambda: None)
    daily.clock = Clock(datetime(2026, 12, 7, 8, 0))
    with qtbot.waitSignal(daily.made, timeout=30_000) as made:
        assert daily.check()
    daily.stop()
    written: Path = made.args[0]
    assert _file_count(written) == len(product_codes(desk))
    return written


def _drift(postgres: PostgresServer, name: str) -> None:
    """Stock changed for a third of the products, and the statistics autovacuum would gather."""
    postgres.execute("UPDATE product SET stock = stock + 1 WHERE id % 3 = 0", name)
    postgres.execute("ANALYZE product", name)
    assert not in_name_order(postgres, name)


def _correlation(postgres: PostgresServer, name: str) -> object:
    rows = postgres.execute(
        "SELECT correlation FROM pg_stats WHERE tablename = 'product' AND attname = 'name_id'",
        name,
    )
    return rows[0][0] if rows else None


def _filenode(postgres: PostgresServer, name: str) -> object:
    return postgres.execute("SELECT pg_relation_filenode('product')", name)[0][0]


def test_the_daily_backup_puts_drifted_products_back_in_name_order(
    qtbot: QtBot, plain: QMainWindow, desk: Database, postgres: PostgresServer, name: str
) -> None:
    _drift(postgres, name)
    drifted = _correlation(postgres, name)
    assert isinstance(drifted, float) and drifted < DRIFT_THRESHOLD
    _daily_backup(qtbot, plain, desk)
    assert in_name_order(postgres, name)
    assert _correlation(postgres, name) == 1.0  # and the planner's statistics say so


def test_the_daily_backup_leaves_products_in_name_order_as_they_are(
    qtbot: QtBot, plain: QMainWindow, desk: Database, postgres: PostgresServer, name: str
) -> None:
    """Even with no statistics yet (a server that never analyzed the table): they are gathered,
    and the table is not rewritten, which would hold it from the other PCs for nothing."""
    assert in_name_order(postgres, name)
    postgres.execute("DELETE FROM pg_statistic WHERE starelid = 'product'::regclass", name)
    assert _correlation(postgres, name) is None
    before = _filenode(postgres, name)
    _daily_backup(qtbot, plain, desk)
    assert _filenode(postgres, name) == before
    assert _correlation(postgres, name) == 1.0


def test_the_daily_backup_is_made_when_another_pc_holds_the_products(
    qtbot: QtBot,
    plain: QMainWindow,
    desk: Database,
    postgres: PostgresServer,
    name: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _drift(postgres, name)
    before = _filenode(postgres, name)
    with postgres.connect(name) as other, caplog.at_level(logging.WARNING):
        other.execute("BEGIN")
        other.execute("SELECT count(*) FROM product").fetchone()
        written = _daily_backup(qtbot, plain, desk)
        other.execute("ROLLBACK")
    assert written.name.endswith("-20261207-080000-daily.db")
    assert plain.statusBar().currentMessage() == "Daily backup made"
    assert "could not be put in name order" in caplog.text
    assert _filenode(postgres, name) == before and not in_name_order(postgres, name)


def _restore_dialog(parent: QMainWindow, desk: Database) -> RestoreDialog:
    dialog = RestoreDialog(desk, parent)
    dialog.open()
    return dialog


def test_restore_from_the_list_replaces_the_servers_showcase(
    qtbot: QtBot, plain: QMainWindow, desk: Database
) -> None:
    backup_showcase(desk, reason="daily", now=datetime(2026, 11, 21, 8, 15))
    before = product_codes(desk)
    with desk.session() as session:
        create_product(session, ProductInput(code="BARU-1", name_id="Keripik Pisang Baru"))
    assert "BARU-1" in product_codes(desk)

    dialog = _restore_dialog(plain, desk)
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "21 November 2026 08.15"
    assert model.index(0, 3).data() == str(len(before))
    dialog.restore_button.click()
    box = dialog.confirm_box
    assert box is not None and "21 November 2026 08.15" in box.text()
    with qtbot.waitSignal(dialog.restored, timeout=60_000):
        next(b for b in box.buttons() if b.text() == "Restore").click()
    assert product_codes(desk) == before
    assert dialog.message_box is not None
    text = dialog.message_box.text()
    assert f"Restored the backup of 21 November 2026 08.15: {len(before)} products" in text
    kept = [info for info in list_backups(desk.path) if info.reason == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in text
    assert _file_count(kept[0].path) == len(before) + 1
    dialog.message_box.close()


def test_a_file_that_is_no_backup_changes_nothing_on_the_server(
    plain: QMainWindow, desk: Database, tmp_path: Path
) -> None:
    text = tmp_path / "daftar.db"
    text.write_text("kopi;lada\n", encoding="utf-8")
    before = product_codes(desk)
    dialog = _restore_dialog(plain, desk)
    assert dialog.empty_label.isVisible() and not dialog.restore_button.isEnabled()
    dialog.ask_restore_file(text)
    assert "cannot be restored" in dialog.status.text() and str(text) in dialog.status.text()
    assert dialog.confirm_box is None
    assert product_codes(desk) == before and list_backups(desk.path) == []
    dialog.reject()
