"""The user's pgpass file, as libpq reads it: where it is, whether it holds a password for a
server showcase, and remembering one there (the staff window offers to, after asking for it).

One line per login, `host:port:database:user:password`, `*` matching anything in the first
four fields, `:` and `\\` escaped with a backslash. On Linux it is ~/.pgpass and libpq ignores it
unless only its owner may read it (mode 0600); on Windows %APPDATA%\\postgresql\\pgpass.conf;
PGPASSFILE names another place on either.
"""

from __future__ import annotations

import os
from getpass import getuser
from pathlib import Path

from showcase.files import replaced_when_complete
from showcase.store.location import ServerLocation


def pgpass_path() -> Path:
    """Where libpq looks for the pgpass file on this PC, for this user."""
    named = os.environ.get("PGPASSFILE")
    if named:
        return Path(named)
    if os.name == "nt":
        appdata = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(appdata) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def escape(field: str) -> str:
    """A field as the file holds it: backslash and colon escaped."""
    return field.replace("\\", "\\\\").replace(":", "\\:")


def split_line(line: str) -> list[str]:
    """The fields of one line, escapes undone (libpq's reading)."""
    fields: list[str] = []
    current: list[str] = []
    chars = iter(line.rstrip("\r\n"))
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == ":" and len(fields) < 4:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def _keys(location: ServerLocation) -> list[str]:
    # A URL without a user logs in as this PC's user name, as libpq does.
    return [location.host, str(location.port), location.dbname, location.user or getuser()]


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []


def stored_password(location: ServerLocation, path: Path | None = None) -> str | None:
    """The password the pgpass file gives for `location`'s login (the first matching line)."""
    keys = _keys(location)
    for line in _lines(path or pgpass_path()):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = split_line(line)
        if len(fields) != 5:
            continue
        if all(field in ("*", key) for field, key in zip(fields[:4], keys, strict=True)):
            return fields[4]
    return None


def password_known(location: ServerLocation) -> bool:
    """Whether libpq will have a password for `location` (the URL's, PGPASSWORD, pgpass)."""
    return (
        location.password is not None
        or bool(os.environ.get("PGPASSWORD"))
        or stored_password(location) is not None
    )


def remember_password(location: ServerLocation, password: str, path: Path | None = None) -> Path:
    """Keep `password` for `location`'s login in the pgpass file (replacing a line for exactly
    that login, keeping every other), readable by its owner only. Returns the file's path;
    OSError when it cannot be written (FileAccessError, worded, for a full or write-protected
    disk)."""
    path = path or pgpass_path()
    keys = _keys(location)
    kept = [
        line
        for line in _lines(path)
        if not (len(fields := split_line(line)) == 5 and fields[:4] == keys)
    ]
    kept.append(":".join(escape(field) for field in (*keys, password)))
    path.parent.mkdir(parents=True, exist_ok=True)
    with replaced_when_complete(path) as handle:
        if os.name != "nt":
            os.fchmod(handle.fileno(), 0o600)  # before the password is in it
        handle.write("\n".join(kept) + "\n")
    return path
