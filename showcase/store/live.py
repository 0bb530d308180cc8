"""Noticing changes to a showcase on a PostgreSQL server: the change counter and notifications.

Migration 0006 advances the sequence `showcase_change` and sends `NOTIFY etalase_changed` from
every statement that changes what a kiosk shows. A kiosk LISTENs on a connection of its own
(`listen`), in autocommit (a notification is delivered between transactions only) and never
from a pool; it drains what arrived with `drain` when the socket is readable, and now and then
compares `change_counter` with the value it last saw, because a notification sent while it was
disconnected is lost.

Kiosk connections (`kiosk_connect`) give up sooner than the staff's: a visitor must never wait
for a server that is gone; the kiosk falls back to its local copy instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from showcase.store.kiosk_grants import NAME_SETTING
from showcase.store.location import ServerLocation

if TYPE_CHECKING:
    import psycopg

CHANNEL = "etalase_changed"
CHANGE_SEQUENCE = "showcase_change"
KIOSK_CONNECT_TIMEOUT_S = 3
KIOSK_STATEMENT_TIMEOUT_MS = 5000


def kiosk_connect(location: ServerLocation, *, kiosk_name: str | None = None) -> Any:
    """An autocommit psycopg connection for a kiosk: short timeouts, and (given `kiosk_name`)
    the session setting that names the kiosk's own row of kiosk_status. Raises psycopg.Error."""
    import psycopg

    from showcase.store.server_engine import connect_arguments

    arguments = connect_arguments(location)
    arguments.update(
        connect_timeout=KIOSK_CONNECT_TIMEOUT_S,
        keepalives_idle=5,
        keepalives_interval=2,
        keepalives_count=2,
        tcp_user_timeout=6000,
        application_name="Etalase kiosk",
        options=f"-c statement_timeout={KIOSK_STATEMENT_TIMEOUT_MS} -c lock_timeout=2000 "
        "-c TimeZone=UTC",
    )
    connection = psycopg.connect(autocommit=True, **arguments)
    if kiosk_name is not None:
        connection.execute("SELECT set_config(%s, %s, false)", (NAME_SETTING, kiosk_name))
    return connection


def listen(connection: psycopg.Connection[Any]) -> None:
    """Start receiving the change notifications on the autocommit `connection`."""
    connection.execute(f"LISTEN {CHANNEL}")


def drain(connection: psycopg.Connection[Any]) -> int:
    """How many change notifications arrived on `connection`, taking them all without waiting.

    Raises psycopg.OperationalError when the connection is gone (the server stopped, the LAN cut).
    """
    count = 0
    for _notify in connection.notifies(timeout=0, stop_after=None):
        count += 1
    return count


def change_counter(connection: psycopg.Connection[Any]) -> int:
    """The change counter now: it moves with every statement that changes what kiosks show."""
    row = connection.execute(f"SELECT last_value, is_called FROM {CHANGE_SEQUENCE}").fetchone()
    assert row is not None
    last_value, is_called = row
    return int(last_value) if is_called else 0
