"""Changes to a server showcase reach kiosks: a NOTIFY and a change counter moved by every
statement that changes what kiosks show (migration 0006), and the kiosk login's rights on the
kiosks' status table."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from showcase.store.live import change_counter, drain, kiosk_connect, listen
from showcase.store.location import parse_server_url
from tests.helpers.lan import desk_url, kiosk_url, prepared_showcase
from tests.helpers.postgres import PostgresServer


@pytest.fixture
def showcase(postgres: PostgresServer) -> Iterator[str]:
    name = prepared_showcase(postgres)
    yield name
    postgres.drop_database(name)


def _desk(postgres: PostgresServer, name: str) -> Any:
    return psycopg.connect(desk_url(postgres, name), autocommit=True)


def test_a_desk_change_notifies_listening_kiosks_and_moves_the_counter(
    postgres: PostgresServer, showcase: str
) -> None:
    kiosk = kiosk_connect(parse_server_url(kiosk_url(postgres, showcase)), kiosk_name="hall")
    listen(kiosk)
    before = change_counter(kiosk)
    assert drain(kiosk) == 0
    with _desk(postgres, showcase) as desk, desk.transaction():
        desk.execute("INSERT INTO setting (key, value) VALUES ('center_name', 'A')")
        desk.execute("UPDATE setting SET value = 'B' WHERE key = 'center_name'")
    # One transaction, one notification (PostgreSQL folds identical ones), delivered at commit.
    assert list(kiosk.notifies(timeout=5, stop_after=1))
    assert drain(kiosk) == 0
    assert change_counter(kiosk) >= before + 2
    kiosk.close()


def test_the_kiosks_own_writes_notify_nobody(postgres: PostgresServer, showcase: str) -> None:
    location = parse_server_url(kiosk_url(postgres, showcase))
    watcher = kiosk_connect(location, kiosk_name="door")
    listen(watcher)
    kiosk = kiosk_connect(location, kiosk_name="hall")
    before = change_counter(kiosk)
    kiosk.execute(
        "INSERT INTO kiosk_visit (day, kind, ref, count) VALUES (current_date, 'product', '1', 1)"
    )
    kiosk.execute(
        "INSERT INTO kiosk_status (name, version, started_at, last_seen) "
        "VALUES ('hall', '1', now(), now())"
    )
    assert drain(watcher) == 0 and change_counter(kiosk) == before
    watcher.close()
    kiosk.close()


def test_the_kiosk_login_writes_only_its_own_status_row(
    postgres: PostgresServer, showcase: str
) -> None:
    location = parse_server_url(kiosk_url(postgres, showcase))
    hall = kiosk_connect(location, kiosk_name="hall")
    door = kiosk_connect(location, kiosk_name="door")
    row = "INSERT INTO kiosk_status (name, version, started_at, last_seen) VALUES (%s, '1', now(), now())"
    hall.execute(row, ("hall",))
    door.execute(row, ("door",))
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
        hall.execute(row, ("lobby",))
    # Another kiosk's row is invisible to UPDATE and DELETE: nothing changes.
    assert hall.execute("UPDATE kiosk_status SET version = 'x' WHERE name = 'door'").rowcount == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        hall.execute("DELETE FROM kiosk_status")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        hall.execute("UPDATE product SET price = 1")
    assert hall.execute("SELECT name, version FROM kiosk_status ORDER BY name").fetchall() == [
        ("door", "1"),
        ("hall", "1"),
    ]
    with _desk(postgres, showcase) as desk:
        assert desk.execute("DELETE FROM kiosk_status WHERE name = 'door'").rowcount == 1
    hall.close()
    door.close()
