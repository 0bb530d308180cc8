"""Where --db points: a file path or a postgresql:// URL, told apart without SQLAlchemy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from showcase.errors import ServerError
from showcase.store.location import ServerLocation, parse_location, parse_server_url


def test_a_path_is_a_file() -> None:
    assert parse_location("showcase.db") == Path("showcase.db")
    assert parse_location(Path("/x/y.db")) == Path("/x/y.db")


def test_a_url_names_user_password_host_port_and_database() -> None:
    location = parse_location("postgresql://desk:s%40cret@10.0.0.5:5433/etalase?sslmode=disable")
    assert location == ServerLocation(
        host="10.0.0.5",
        dbname="etalase",
        user="desk",
        password="s@cret",
        port=5433,
        options=(("sslmode", "disable"),),
    )
    assert isinstance(location, ServerLocation)
    assert location.connect_arguments()["password"] == "s@cret"


def test_without_password_or_port_libpq_fills_them_in() -> None:
    location = parse_server_url("postgres://etalase_desk@frontdesk/etalase")
    assert (location.user, location.password, location.port) == ("etalase_desk", None, 5432)
    assert "password" not in location.connect_arguments()


def test_printed_form_hides_the_password() -> None:
    location = parse_server_url("postgresql://desk:topsecret@host/db")
    assert "topsecret" not in str(location)
    assert "topsecret" not in repr(location)
    assert "topsecret" in location.url()


@pytest.mark.parametrize(
    "url", ["postgresql://host", "postgresql://host/", "postgresql:///db", "postgresql://h:xx/db"]
)
def test_incomplete_urls_are_refused_with_what_is_missing(url: str) -> None:
    with pytest.raises(ServerError) as caught:
        parse_server_url(url)
    assert "postgresql://" in str(caught.value) or "server" in str(caught.value)


def test_a_refused_url_does_not_print_its_password() -> None:
    with pytest.raises(ServerError) as caught:
        parse_server_url("postgresql://desk:topsecret@host/")
    assert "topsecret" not in str(caught.value)


def test_opening_a_file_loads_neither_sqlalchemy_nor_psycopg(tmp_path: Path) -> None:
    """Start-up on a file stays as fast as before the server store: the location is parsed and
    a current file read without SQLAlchemy or the PostgreSQL driver."""
    from showcase.store.db import open_database

    path = tmp_path / "s.db"
    open_database(path).close()
    code = (
        "import sys\n"
        "from showcase.store.db import open_database\n"
        "from showcase.store.location import parse_location\n"
        f"db = open_database(parse_location({str(path)!r}))\n"
        "with db.read() as c: c.execute('SELECT COUNT(*) FROM product').fetchone()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'psycopg', 'alembic')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
