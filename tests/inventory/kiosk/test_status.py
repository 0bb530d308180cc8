"""Kiosks report themselves and the desk sees them: online, or offline since they were last
seen (more than two minutes ago), on both stores; `etalase kiosks` says so on one line each."""

from __future__ import annotations

import datetime

import pytest

from showcase import cli
from showcase.inventory.kiosk.status import (
    OFFLINE_AFTER,
    kiosk_line,
    kiosk_states,
    report_kiosk,
)
from showcase.store.db import Database
from showcase.store.live import kiosk_connect
from showcase.store.location import parse_server_url
from showcase.store.reader import PgConnection
from tests.helpers.lan import kiosk_url, prepared_showcase
from tests.helpers.postgres import PostgresServer

START = datetime.datetime(2026, 12, 7, 1, 0)


def test_kiosks_online_and_offline(db: Database) -> None:
    with db.session() as session:
        from showcase.store.reader import sql_connection

        connection = sql_connection(session)
        seen = report_kiosk(
            connection,
            name="lobby",
            version="0.1.0",
            started_at=START,
            online_since=START,
            copy_made_at=START,
        )
        report_kiosk(
            connection, name="hall", version="0.1.0", started_at=START, online_since=None,
            copy_made_at=None,
        )  # fmt: skip
    with db.reading() as reader:
        now, states = kiosk_states(reader, now=seen + datetime.timedelta(seconds=30))
    assert [(s.name, s.online) for s in states] == [("hall", True), ("lobby", True)]
    lobby = states[1]
    assert lobby.since == START and lobby.copy_made_at == START
    line = kiosk_line(lobby, now)
    assert line.startswith("lobby  online since 2026-12-07 01:00 UTC")
    assert "Etalase 0.1.0" in line
    assert "no copy yet" in kiosk_line(states[0], now)
    with db.reading() as reader:
        later = seen + OFFLINE_AFTER + datetime.timedelta(seconds=1)
        now, states = kiosk_states(reader, now=later)
    assert [s.online for s in states] == [False, False]
    assert states[1].since == states[1].last_seen
    assert " offline since " in kiosk_line(states[1], now)


def test_etalase_kiosks_lists_what_kiosks_reported(
    postgres: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    name = prepared_showcase(postgres)
    url = kiosk_url(postgres, name)
    assert cli.main(["--db", url, "kiosks"]) == 0
    assert "no kiosk has reported" in capsys.readouterr().err
    connection = kiosk_connect(parse_server_url(url), kiosk_name="lobby-pc")
    report_kiosk(
        PgConnection(connection), name="lobby-pc", version="0.1.0", started_at=START,
        online_since=None, copy_made_at=None,
    )  # fmt: skip
    connection.close()
    assert cli.main(["--db", url, "kiosks"]) == 0
    (line,) = capsys.readouterr().out.strip().splitlines()
    assert line.startswith("lobby-pc  online since ") and "last seen" in line
    postgres.execute("UPDATE kiosk_status SET last_seen = last_seen - interval '3 minutes'", name)
    assert cli.main(["--db", url, "kiosks"]) == 0
    (line,) = capsys.readouterr().out.strip().splitlines()
    assert line.startswith("lobby-pc  offline since ") and "3 min ago" in line
    postgres.drop_database(name)
