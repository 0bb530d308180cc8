"""A kiosk on a server, apart from its window: the settings staff save once at a desk are what
every kiosk reads through the kiosk login; visit counts made while the server is away wait in
the kiosk's outbox (across a restart) and reach the server once, when it is back."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest

from showcase.inventory.kiosk.server_visits import ServerVisitLog
from showcase.inventory.kiosk.settings import (
    check_kiosk_pin,
    kiosk_settings,
    save_kiosk_settings,
    set_kiosk_pin,
)
from showcase.store.live import kiosk_connect
from showcase.store.location import parse_server_url
from showcase.store.opening import open_showcase
from showcase.store.reader import PgConnection
from tests.helpers.lan import desk_url, kiosk_url, prepared_showcase
from tests.helpers.postgres import PostgresServer

TODAY = datetime.date(2026, 12, 7)


@pytest.fixture
def showcase(postgres: PostgresServer) -> Iterator[str]:
    name = prepared_showcase(postgres)
    yield name
    postgres.drop_database(name)


@pytest.fixture
def kiosk(postgres: PostgresServer, showcase: str) -> Iterator[PgConnection]:
    connection = kiosk_connect(parse_server_url(kiosk_url(postgres, showcase)), kiosk_name="hall")
    yield PgConnection(connection)
    connection.close()


def test_settings_saved_at_a_desk_are_every_kiosks(
    postgres: PostgresServer, showcase: str, kiosk: PgConnection
) -> None:
    desk = open_showcase(desk_url(postgres, showcase))
    with desk.session() as session:
        save_kiosk_settings(
            session,
            center_name="Galeri UMKM Lampung",
            idle_seconds="120",
            attract_product_ids=[],
            qr_kind="code",
        )
        set_kiosk_pin(session, "2468")
    desk.close()
    settings = kiosk_settings(kiosk)
    assert (settings.center_name, settings.idle_seconds, settings.qr_kind) == (
        "Galeri UMKM Lampung",
        120,
        "code",
    )
    assert settings.has_pin and check_kiosk_pin(kiosk, "2468") and not check_kiosk_pin(kiosk, "1")
    # The kiosk login reads them and cannot change them: the row policy hides them from UPDATE.
    changed = kiosk.execute("UPDATE setting SET value = '30' WHERE key = 'kiosk_idle_seconds'")
    assert changed.rowcount == 0 and kiosk_settings(kiosk).idle_seconds == 120


def test_visits_wait_in_the_outbox_across_a_restart_and_arrive_once(
    postgres: PostgresServer, showcase: str, kiosk: PgConnection, tmp_path: Path
) -> None:
    outbox = tmp_path / "kiosk" / "copy-visits.json"
    away = ServerVisitLog(lambda: None, outbox, clock=lambda: TODAY)
    for _ in range(3):
        away.record("product", "7")
    away.record("search", "Kopi  Robusta")
    assert not away.flush() and outbox.exists()
    away.close()  # the kiosk switched off while the server is away
    back = ServerVisitLog(lambda: kiosk, outbox, clock=lambda: TODAY)
    assert back.pending == 4
    back.record("product", "7")
    assert back.flush() and back.pending == 0 and not outbox.exists()
    rows = postgres.execute(
        "SELECT day::text, kind, ref, count FROM kiosk_visit ORDER BY kind", showcase
    )
    assert rows == [("2026-12-07", "product", "7", 4), ("2026-12-07", "search", "kopi robusta", 1)]
    assert back.flush()  # nothing again: counted once
    again = ServerVisitLog(lambda: kiosk, outbox, clock=lambda: TODAY)
    assert again.pending == 0
