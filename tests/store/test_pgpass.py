"""The pgpass file as libpq reads it: its place, escaping, matching, and a remembered password
kept readable by its owner only, other lines kept."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from showcase.store.location import ServerLocation
from showcase.store.pgpass import (
    escape,
    password_known,
    pgpass_path,
    remember_password,
    split_line,
    stored_password,
)

DESK = ServerLocation("192.168.1.10", "etalase", "etalase_desk", None, 5432)


def test_the_file_is_where_libpq_looks(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PGPASSFILE", raising=False)
    assert pgpass_path() == Path.home() / ".pgpass"
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "elsewhere"))
    assert pgpass_path() == tmp_path / "elsewhere"


def test_colons_and_backslashes_are_escaped_and_read_back() -> None:
    assert escape("a:b\\c") == "a\\:b\\\\c"
    line = ":".join(escape(f) for f in ("h", "5432", "db", "u", "pa:ss\\w"))
    assert split_line(line) == ["h", "5432", "db", "u", "pa:ss\\w"]


def test_a_remembered_password_is_found_and_only_its_owner_may_read_it(tmp_path: Path) -> None:
    path = tmp_path / ".pgpass"
    path.write_text("# other servers\nother:5432:*:someone:secret\n")
    remember_password(DESK, "kata:sandi\\1", path)
    assert stored_password(DESK, path) == "kata:sandi\\1"
    remember_password(DESK, "baru", path)  # the login's line is replaced, the others kept
    lines = path.read_text().splitlines()
    assert lines == [
        "# other servers",
        "other:5432:*:someone:secret",
        "192.168.1.10:5432:etalase:etalase_desk:baru",
    ]
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_wildcards_match_and_the_first_line_wins(tmp_path: Path) -> None:
    path = tmp_path / ".pgpass"
    path.write_text("*:*:*:etalase_desk:pertama\n192.168.1.10:5432:etalase:etalase_desk:kedua\n")
    assert stored_password(DESK, path) == "pertama"
    assert stored_password(ServerLocation("h", "db", "other", None, 5432), path) is None


def test_a_password_is_known_from_the_url_the_environment_or_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("PGPASSFILE", raising=False)
    assert not password_known(DESK)
    assert password_known(ServerLocation("h", "db", "u", "rahasia", 5432))
    monkeypatch.setenv("PGPASSWORD", "rahasia")
    assert password_known(DESK)
    monkeypatch.delenv("PGPASSWORD")
    remember_password(DESK, "rahasia")
    assert password_known(DESK)
