"""Every writer of the command line on a full disk and on a write-protected disk (real tmpfs
mounts, root only): one line naming the disk and what to do, exit status 2, nothing left on
the disk, an existing file left as it was; an import whose safety backup does not fit, or whose
database fills its disk while SQLite writes, imports nothing and leaves nothing half-written."""

from __future__ import annotations

import csv
import gc
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from showcase import cli
from showcase.store.backup import backups_folder
from showcase.store.location import parse_server_url
from showcase.store.server_engine import local_stand_in
from tests.helpers.lan import desk_url, prepared_showcase
from tests.helpers.mounts import (
    FILLER,
    contents,
    fill,
    mounted_tmpfs,
    needs_root,
    write_protect,
)
from tests.helpers.paths import ROOT
from tests.helpers.plain import product_codes
from tests.helpers.postgres import PostgresServer

pytestmark = needs_root

WRITERS = {
    "backup": ["backup", "{disk}/b.db"],
    "backup into a folder": ["backup", "{disk}"],
    "export csv": ["export", "{disk}/x.csv"],
    "export xlsx": ["export", "{disk}/x.xlsx"],
    "labels": ["labels", "--all", "{disk}/l.pdf"],
    "catalogue": ["catalogue", "{disk}/c.pdf"],
    "report pdf": ["report", "{disk}/r.pdf"],
    "report xlsx": ["report", "{disk}/r.xlsx"],
    "website": ["website", "{disk}/site"],
    "website zip": ["website", "--zip", "{disk}/site"],
}


def full_message(folder: Path) -> str:
    return (
        f"etalase: error: the disk holding {folder} is full: "
        "free some space or choose another place"
    )


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """An empty 2 MiB disk (tmpfs), unmounted after the test."""
    with mounted_tmpfs(tmp_path / "disk", "2m") as folder:
        yield folder


def _run(capfd: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    """Exit status and the lines on stderr, after any late complaint a destructor would print."""
    capfd.readouterr()
    status = cli.main(list(argv))
    gc.collect()
    return status, capfd.readouterr().err.splitlines()


def _args(name: str, disk: Path) -> list[str]:
    return [part.format(disk=disk) for part in WRITERS[name]]


@pytest.mark.parametrize("name", list(WRITERS))
@pytest.mark.parametrize("room", [0, 8_000], ids=["no room", "room for a little"])
def test_each_writer_on_a_full_disk_says_so_and_leaves_nothing(
    demo_file: Path, disk: Path, capfd: pytest.CaptureFixture[str], name: str, room: int
) -> None:
    fill(disk, leave=room)
    status, err = _run(capfd, "--db", str(demo_file), *_args(name, disk))
    assert (status, err) == (2, [full_message(disk)])
    assert contents(disk) == set()


def test_a_backup_that_fills_the_usb_stick_halfway_leaves_no_journal(
    demo_file: Path, disk: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    fill(disk, leave=300_000)  # room for SQLite to start the copy and its journal
    status, err = _run(capfd, "--db", str(demo_file), "backup", str(disk / "b.db"))
    assert (status, err) == (2, [full_message(disk)])
    assert contents(disk) == set()


@pytest.mark.parametrize("name", ["export csv", "export xlsx", "report pdf", "labels"])
def test_an_existing_file_on_a_full_disk_is_left_as_it_was(
    demo_file: Path, disk: Path, capfd: pytest.CaptureFixture[str], name: str
) -> None:
    target = Path(_args(name, disk)[-1])
    target.write_bytes(b"the one from last week")
    fill(disk)
    status, err = _run(capfd, "--db", str(demo_file), *_args(name, disk))
    assert (status, err) == (2, [full_message(disk)])
    assert target.read_bytes() == b"the one from last week"
    assert contents(disk) == {target.name}


def test_an_xlsx_export_to_a_full_disk_prints_its_message_and_no_traceback(
    demo_file: Path, disk: Path, tmp_path: Path
) -> None:
    """The program as staff run it: the late complaint of openpyxl's zip file would come at exit."""
    fill(disk, leave=8_000)
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(demo_file),
            "export",
            str(disk / "x.xlsx"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert (done.returncode, done.stderr.splitlines()) == (2, [full_message(disk)])
    assert contents(disk) == set()


@pytest.mark.parametrize("name", ["backup", "export xlsx", "labels", "report xlsx", "website"])
def test_each_writer_on_a_write_protected_disk_says_so(
    demo_file: Path, disk: Path, capfd: pytest.CaptureFixture[str], name: str
) -> None:
    write_protect(disk)
    status, err = _run(capfd, "--db", str(demo_file), *_args(name, disk))
    assert (status, err) == (
        2,
        [
            f"etalase: error: {disk} is on a write-protected disk: remove the write "
            "protection or choose another place"
        ],
    )
    assert contents(disk) == set()


# --- an import on a full disk ------------------------------------------------------------


def _new_products_csv(demo_file: Path, out: Path, count: int) -> Path:
    """A CSV of `count` new products (the demo's, under new codes, with long descriptions)."""
    exported = out.with_name("demo-export.csv")
    assert cli.main(["--db", str(demo_file), "export", str(exported)]) == 0
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        for number in range(count):
            row = dict(rows[number % len(rows)])
            row["code"] = f"NEW-{number:05d}"
            row["description_id"] = (row["description_id"] + " ") * 3
            writer.writerow(row)
    return out


@pytest.mark.parametrize("room", [0, 300_000], ids=["no room", "room for a little"])
def test_an_import_whose_safety_backup_does_not_fit_imports_nothing(
    demo_file: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str], room: int
) -> None:
    source = _new_products_csv(demo_file, tmp_path / "new.csv", 20)
    before = product_codes(demo_file)
    with mounted_tmpfs(demo_file.parent / "backups") as backups:
        fill(backups, leave=room)
        status, err = _run(capfd, "--db", str(demo_file), "import", str(source))
        assert (status, err) == (2, [full_message(backups)])
        assert contents(backups) == set()
    assert product_codes(demo_file) == before


def test_an_import_that_fills_the_database_disk_imports_nothing(
    demo_file: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """SQLite itself meets the full disk (SQLITE_FULL) while it writes the import: the same
    message, the transaction rolled back, the file whole."""
    source = _new_products_csv(demo_file, tmp_path / "many.csv", 2000)
    with mounted_tmpfs(tmp_path / "data", "16m") as data:
        database = data / "etalase.db"
        shutil.copyfile(demo_file, database)
        before = product_codes(database)
        # The safety backup has room elsewhere: the database's own disk is the one that fills.
        with mounted_tmpfs(data / "backups", "32m"):
            fill(data, leave=48_000)
            status, err = _run(capfd, "--db", str(database), "import", str(source))
            assert (status, err) == (2, [full_message(data)])
            (data / FILLER).unlink()
            assert product_codes(database) == before
            connection = sqlite3.connect(database)
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            connection.close()
            assert {p.name for p in data.iterdir()} == {"etalase.db", "backups"}


def test_a_backup_of_a_server_showcase_to_a_full_disk_says_so(
    postgres: PostgresServer,
    demo_template: Path,
    disk: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    url = desk_url(postgres, prepared_showcase(postgres, demo_template))
    fill(disk, leave=200_000)
    status, err = _run(capfd, "--db", url, "backup", str(disk / "b.db"))
    assert (status, err) == (2, [full_message(disk)])
    assert contents(disk) == set()


def test_an_import_into_a_server_showcase_whose_safety_backup_does_not_fit_imports_nothing(
    postgres: PostgresServer,
    demo_template: Path,
    demo_file: Path,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """The safety backup of a server showcase is a file in this PC's data folder: that disk."""
    url = desk_url(postgres, prepared_showcase(postgres, demo_template))
    source = _new_products_csv(demo_file, tmp_path / "new.csv", 20)
    stand_in = local_stand_in(parse_server_url(url))
    before = product_codes(url)
    with mounted_tmpfs(backups_folder(stand_in)) as backups:
        fill(backups, leave=200_000)
        status, err = _run(capfd, "--db", url, "import", str(source))
        assert (status, err) == (2, [full_message(backups)])
        assert contents(backups) == set()
    assert product_codes(url) == before
