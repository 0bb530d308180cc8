"""A showcase on the test PostgreSQL server as kiosks on the LAN meet it: prepared by `server
init` (the desk and kiosk logins), with the demo showcase in it when asked."""

from __future__ import annotations

from pathlib import Path

from showcase.store.copy import copy_showcase
from showcase.store.server import init_server
from tests.helpers.postgres import PostgresServer

DESK_PASSWORD = "desk-pw"
KIOSK_PASSWORD = "kiosk-pw"


def prepared_showcase(postgres: PostgresServer, demo: Path | None = None) -> str:
    """A new database made by `server init` (holding a copy of the file `demo` if given)."""
    name = postgres.new_name("lan")
    init_server(postgres.url(name), desk_password=DESK_PASSWORD, kiosk_password=KIOSK_PASSWORD)
    if demo is not None:
        copy_showcase(demo, postgres.url(name))
    return name


def desk_url(postgres: PostgresServer, name: str) -> str:
    return postgres.url(name, user="etalase_desk", password=DESK_PASSWORD)


def kiosk_url(postgres: PostgresServer, name: str, *, password: bool = True) -> str:
    """The kiosk login's URL (without its password when a pgpass file is to give it)."""
    if password:
        return postgres.url(name, user="etalase_kiosk", password=KIOSK_PASSWORD)
    return f"postgresql://etalase_kiosk@127.0.0.1:{postgres.port}/{name}"
