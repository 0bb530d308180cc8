"""`backup [DEST|--list]` and `restore SRC` with `--db postgresql://…`, on the test server through
the desk login: backups are Etalase files in this PC's data folder, listed as a file's are, and a
restore onto the server says what it did, or refuses a bad file in one line, exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from showcase import cli
from showcase.inventory.products import ProductInput, create_product
from showcase.paths import user_data_dir
from showcase.store.opening import open_showcase
from tests.helpers.lan import desk_url, prepared_showcase
from tests.helpers.plain import product_codes
from tests.helpers.postgres import PostgresServer


def test_backup_list_and_restore_of_a_server_showcase(
    postgres: PostgresServer,
    demo_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    name = prepared_showcase(postgres, demo_template)
    url = desk_url(postgres, name)
    before = product_codes(url)
    assert cli.main(["--db", url, "backup"]) == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == user_data_dir() / "servers" / "backups"
    assert written.name.endswith("-manual.db")
    assert product_codes(written) == before

    assert cli.main(["--db", url, "backup", "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and "manual" in listed[0] and str(written) in listed[0]

    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli.main(["--db", url, "backup", str(usb)]) == 0
    on_usb = Path(capsys.readouterr().out.strip())
    assert on_usb.parent == usb and on_usb.is_file()

    database = open_showcase(url)
    with database.session() as session:
        create_product(session, ProductInput(code="BARU-1", name_id="Produk baru"))
    database.close()
    assert "BARU-1" in product_codes(url)

    assert cli.main(["--db", url, "restore", str(written)]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"Restored {written} (a backup of ")
    assert f"{len(before)} products" in line and "before-restore" in line
    assert product_codes(url) == before
    assert cli.main(["--db", url, "backup", "--list"]) == 0
    assert "before-restore" in capsys.readouterr().out

    bad = tmp_path / "bad.db"
    bad.write_text("not a backup")
    assert cli.main(["--db", url, "restore", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("etalase: error: ") and "bad.db" in err[0]
    assert product_codes(url) == before
    postgres.drop_database(name)
