"""The command line on a PostgreSQL server: `server init`, `copy`, `--db postgresql://…` for
every command, and what goes wrong with a server said on one line with exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from showcase import cli
from showcase.inventory.products import ProductInput, create_product
from showcase.store.db import open_database
from tests.helpers.postgres import PostgresServer, free_port


def _last_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    return err[-1] if err else ""


def test_server_init_prints_the_logins_once(
    postgres: PostgresServer, capsys: pytest.CaptureFixture[str]
) -> None:
    name = postgres.new_name("cli")
    status = cli.main(
        [
            "server",
            "init",
            postgres.url(name),
            "--desk-password",
            "d-pw",
            "--kiosk-password",
            "k-pw",
        ]
    )
    out = capsys.readouterr().out
    assert status == 0
    assert f"--db postgresql://etalase_desk@127.0.0.1:{postgres.port}/{name}" in out
    assert f"--db postgresql://etalase_kiosk@127.0.0.1:{postgres.port}/{name}" in out
    assert "d-pw" in out and "k-pw" in out
    assert cli.main(["server", "init", postgres.url(name)]) == 0  # again: upgrade, nothing else
    again = capsys.readouterr().out
    assert "d-pw" not in again and "password:" not in again
    postgres.drop_database(name)


def test_copy_and_commands_on_a_server(
    postgres: PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.db"
    database = open_database(source)
    with database.session() as session:
        create_product(session, ProductInput(code="KOP-0001", name_id="Kopi Robusta", price=25000))
    database.close()
    name = postgres.create_database()
    url = postgres.url(name)
    assert cli.main(["copy", str(source), url]) == 0
    assert "copied 1 products" in _last_line(capsys)
    export = tmp_path / "products.csv"
    assert cli.main(["--db", url, "export", str(export)]) == 0
    assert "KOP-0001" in export.read_text(encoding="utf-8-sig")
    capsys.readouterr()
    backup_folder = tmp_path / "backups"
    backup_folder.mkdir()
    assert cli.main(["--db", url, "backup", str(backup_folder)]) == 0
    written = Path(capsys.readouterr().out.strip())
    copied = open_database(written)
    with copied.read() as connection:
        assert connection.execute("SELECT code FROM product").fetchall() == [("KOP-0001",)]
    copied.close()
    # A second copy into the same database is refused, and it keeps its one product.
    assert cli.main(["copy", str(source), url]) == 2
    assert "already holds a showcase" in _last_line(capsys)
    postgres.drop_database(name)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        (lambda s: f"postgresql://x:y@127.0.0.1:{free_port()}/db", "cannot be reached"),
        (lambda s: s.url("postgres", password="wrong"), "refused the login"),
        (lambda s: s.url("no_such_db"), "has no database no_such_db"),
    ],
)
def test_a_server_problem_is_one_line_and_status_2(
    postgres: PostgresServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    url: object,
    words: str,
) -> None:
    target = url(postgres)  # type: ignore[operator]
    status = cli.main(["--db", target, "export", str(tmp_path / "x.csv")])
    line = _last_line(capsys)
    assert status == 2
    assert line.startswith("etalase: error: ") and words in line
    assert "Traceback" not in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
