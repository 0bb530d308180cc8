"""Which kiosks there are and whether they are online: each kiosk reports itself, the desk reads.

A kiosk on a server writes its own row of `kiosk_status` (`report_kiosk`): when it connects,
then every half minute, with the time of the server (PCs' clocks disagree; the server's is the
one every kiosk and desk shares). The desk (`etalase kiosks`, the staff window's Kiosks… dialog)
reads them all (`kiosk_states`): a kiosk not seen for more than OFFLINE_AFTER is offline since
it was last seen.
"""

from __future__ import annotations

import datetime
import socket
from dataclasses import dataclass

from showcase.i18n import translate
from showcase.store.db import Reader, sqlite_connection
from showcase.store.reader import POSTGRESQL, SqlConnection, dialect

# A kiosk reports every REPORT_INTERVAL; one not seen for OFFLINE_AFTER is offline.
REPORT_INTERVAL = datetime.timedelta(seconds=30)
OFFLINE_AFTER = datetime.timedelta(minutes=2)
MAX_NAME = 100


@dataclass(frozen=True)
class KioskState:
    """A kiosk as the desk sees it. Times are UTC; `since` is when it came online (online) or
    when it was last seen (offline)."""

    name: str
    version: str
    online: bool
    since: datetime.datetime | None
    last_seen: datetime.datetime
    copy_made_at: datetime.datetime | None

    def copy_age(self, now: datetime.datetime) -> datetime.timedelta | None:
        return None if self.copy_made_at is None else now - self.copy_made_at


def default_kiosk_name() -> str:
    """The PC's host name: what a kiosk is called unless `--name` says otherwise."""
    return (socket.gethostname().split(".")[0] or "kiosk")[:MAX_NAME]


def _server_now(connection: SqlConnection) -> datetime.datetime:
    if dialect(connection) == POSTGRESQL:
        # The session's time zone is UTC (server_engine.connect_arguments).
        (now,) = connection.execute("SELECT LOCALTIMESTAMP").fetchone()
        return _parse(now) or _utcnow()
    return _utcnow()


def _utcnow() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC).replace(tzinfo=None)


def _parse(value: object) -> datetime.datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.replace(tzinfo=None)
    return datetime.datetime.fromisoformat(str(value))


def _text(moment: datetime.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(sep=" ", timespec="microseconds")


def report_kiosk(
    connection: SqlConnection,
    *,
    name: str,
    version: str,
    started_at: datetime.datetime,
    online_since: datetime.datetime | None,
    copy_made_at: datetime.datetime | None,
) -> datetime.datetime:
    """Write this kiosk's row (last seen: now, by the server's clock); return that time.

    On a server, `connection` must name this kiosk (store.live.kiosk_connect's kiosk_name): the
    kiosk login may write only its own row."""
    # On a server the time is the server's own, in the same statement (one query a report).
    server = dialect(connection) == POSTGRESQL
    now = None if server else _utcnow()
    stamp = "LOCALTIMESTAMP" if server else "?"
    (seen,) = connection.execute(
        f"""INSERT INTO kiosk_status
               (name, version, started_at, online_since, last_seen, copy_made_at)
           VALUES (?, ?, ?, COALESCE(?, {stamp}), {stamp}, ?)
           ON CONFLICT (name) DO UPDATE SET version = excluded.version,
               started_at = excluded.started_at, online_since = excluded.online_since,
               last_seen = excluded.last_seen, copy_made_at = excluded.copy_made_at
           RETURNING last_seen""",
        (
            name[:MAX_NAME],
            version,
            _text(started_at),
            _text(online_since),
            *([] if server else [_text(now), _text(now)]),
            _text(copy_made_at),
        ),
    ).fetchone()
    found = _parse(seen)
    assert found is not None
    return found


def kiosk_states(
    reader: Reader, *, now: datetime.datetime | None = None
) -> tuple[datetime.datetime, list[KioskState]]:
    """(now by the store's clock, every kiosk that ever reported, by name)."""
    connection = sqlite_connection(reader)
    now = now or _server_now(connection)
    rows = connection.execute(
        "SELECT name, version, online_since, last_seen, copy_made_at FROM kiosk_status "
        "ORDER BY name"
    ).fetchall()
    states = []
    for name, version, online_since, last_seen, copy_made_at in rows:
        seen = _parse(last_seen)
        assert seen is not None
        online = now - seen <= OFFLINE_AFTER
        states.append(
            KioskState(
                name=name,
                version=version,
                online=online,
                since=_parse(online_since) if online else seen,
                last_seen=seen,
                copy_made_at=_parse(copy_made_at),
            )
        )
    return now, states


def _ago(delta: datetime.timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 90:
        return translate("Kiosks", "{n} s ago").format(n=seconds)
    if seconds < 90 * 60:
        return translate("Kiosks", "{n} min ago").format(n=round(seconds / 60))
    if seconds < 36 * 3600:
        return translate("Kiosks", "{n} h ago").format(n=round(seconds / 3600))
    return translate("Kiosks", "{n} days ago").format(n=round(seconds / 86400))


def describe_state(state: KioskState, now: datetime.datetime) -> dict[str, str]:
    """The words the desk shows for `state`: status, since, last seen, copy (times in UTC)."""
    since = "" if state.since is None else f"{state.since:%Y-%m-%d %H:%M} UTC"
    copy_age = state.copy_age(now)
    return {
        "status": translate("Kiosks", "online") if state.online else translate("Kiosks", "offline"),
        "since": since,
        "last_seen": _ago(now - state.last_seen),
        "copy": translate("Kiosks", "no copy yet") if copy_age is None else _ago(copy_age),
    }


def kiosk_line(state: KioskState, now: datetime.datetime) -> str:
    """One line for `etalase kiosks`: NAME online|offline since …, last seen …, version, copy."""
    words = describe_state(state, now)
    return translate(
        "Kiosks",
        "{name}  {status} since {since}  last seen {seen}  Etalase {version}  copy {copy}",
    ).format(
        name=state.name,
        status="online" if state.online else "offline",
        since=words["since"] or "?",
        seen=words["last_seen"],
        version=state.version,
        copy=words["copy"],
    )
