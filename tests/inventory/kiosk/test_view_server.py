"""The kiosk's read model on a server shows what it shows on a file: the demo showcase copied
to the test PostgreSQL server reads the same tiles, cards, search results, product pages and
attract products through the kiosk login as through the file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from showcase.inventory.kiosk import view
from showcase.inventory.kiosk.settings import kiosk_settings
from showcase.store.live import kiosk_connect
from showcase.store.location import parse_server_url
from showcase.store.reader import PgConnection
from tests.helpers.lan import kiosk_url, prepared_showcase
from tests.helpers.postgres import PostgresServer


@pytest.fixture(scope="module")
def server_demo(postgres: PostgresServer, demo_template: Path) -> Iterator[PgConnection]:
    name = prepared_showcase(postgres, demo_template)
    connection = kiosk_connect(parse_server_url(kiosk_url(postgres, name)))
    yield PgConnection(connection)
    connection.close()
    postgres.drop_database(name)


@pytest.fixture
def file_demo(demo_template: Path) -> Iterator[sqlite3.Connection]:
    connection = view.open_kiosk_reader(demo_template)
    yield connection
    connection.close()


def _both(read: Any, file_demo: sqlite3.Connection, server_demo: PgConnection) -> Any:
    on_file, on_server = read(file_demo), read(server_demo)
    assert on_file == on_server
    return on_file


def test_tiles_cards_and_pages_are_alike(
    file_demo: sqlite3.Connection, server_demo: PgConnection
) -> None:
    categories = _both(view.category_tiles, file_demo, server_demo)
    assert categories
    _both(view.kabupaten_tiles, file_demo, server_demo)
    _both(view.producer_tiles, file_demo, server_demo)
    _both(lambda r: view.producer_tiles(r, kabupaten="Lampung Barat"), file_demo, server_demo)
    _both(view.featured_cards, file_demo, server_demo)
    _both(view.attract_cards, file_demo, server_demo)
    _both(kiosk_settings, file_demo, server_demo)
    found = _both(
        lambda r: view.cards(r, category_id=int(categories[0].ref)), file_demo, server_demo
    )
    for card in found[:5]:
        page = _both(lambda r, c=card: view.product(r, c.id, "whatsapp"), file_demo, server_demo)
        assert page is not None
        for photo in page.photo_ids[:1]:
            _both(lambda r, p=photo: view.photo_bytes(r, p, thumbnail=True), file_demo, server_demo)


@pytest.mark.parametrize("typed", ["kopi", "kop robu", "KOP-00", "keripik pis", '"<b>*', ""])
def test_search_as_typed_finds_the_same(
    typed: str, file_demo: sqlite3.Connection, server_demo: PgConnection
) -> None:
    found = _both(lambda r: view.cards(r, text=typed), file_demo, server_demo)
    if typed in ("kopi", "KOP-00"):
        assert found
