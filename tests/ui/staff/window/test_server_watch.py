"""The watch on a server showcase's connection: the server stopped while staff work is noticed
(once), its return too, without the window's thread waiting on the server. On the real server."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from showcase.store.db import Database
from showcase.ui.staff.window.server_watch import ServerWatch
from tests.helpers.postgres import PostgresServer


def test_the_server_stopped_and_started_again_is_noticed(
    qtbot: QtBot, pg_db: Database, postgres: PostgresServer
) -> None:
    watch = ServerWatch(pg_db)
    lost: list[str] = []
    watch.lost.connect(lost.append)
    with qtbot.waitSignal(watch._answered, timeout=10000):
        watch.check()
    assert not watch.is_lost and lost == []

    postgres.stop("immediate")
    try:
        with qtbot.waitSignal(watch.lost, timeout=20000):
            watch.check()
        assert watch.is_lost and len(lost) == 1
        with qtbot.waitSignal(watch._answered, timeout=20000):
            watch.check()
        assert len(lost) == 1  # said once, not at every try
    finally:
        postgres.start()
    with qtbot.waitSignal(watch.back, timeout=20000):
        watch.check()
    assert not watch.is_lost
    with pg_db.session() as s:  # the showcase's sessions work again by themselves
        assert s.connection().exec_driver_sql("SELECT 1").scalar() == 1
