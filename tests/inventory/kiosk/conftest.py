"""Fixtures the tests of the kiosk's local copy share: the demo showcase on the test PostgreSQL
server as a kiosk logs in to it, and the kiosk's refresh of its copy from there."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from showcase.inventory.kiosk.local_copy import install_copy, write_copy
from showcase.inventory.staff.pins import hash_pin
from showcase.store.live import kiosk_connect
from showcase.store.location import parse_server_url
from showcase.store.reader import PgConnection
from tests.helpers.lan import kiosk_url, prepared_showcase
from tests.helpers.postgres import PostgresServer


@pytest.fixture(scope="module")
def server_demo_url(postgres: PostgresServer, demo_template: Path) -> Iterator[str]:
    """The kiosk login's URL of the demo showcase on the test server, its kiosk PIN 2468."""
    name = prepared_showcase(postgres, demo_template)
    postgres.execute(
        f"INSERT INTO setting (key, value) VALUES ('kiosk_pin', '{hash_pin('2468')}')", name
    )
    yield kiosk_url(postgres, name)
    postgres.drop_database(name)


@pytest.fixture
def refresh_copy(server_demo_url: str) -> Callable[[Path], None]:
    """The kiosk's refresh of its copy at a path: one read-only snapshot of server_demo_url written
    beside the copy, then renamed over it, as the kiosk does."""

    def refresh(path: Path) -> None:
        connection = kiosk_connect(parse_server_url(server_demo_url))
        try:
            connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            partial = write_copy(PgConnection(connection), path)
            connection.rollback()
        finally:
            connection.close()
        install_copy(partial, path)

    return refresh
