"""`python main.py website OUTDIR [--base-url URL] [--zip]`: the folder it writes, its summary
lines, publishing again, and every mistake ending in one line on stderr, exit status 2 and
nothing written.

Mistakes run in-process through cli.main; the common use runs once as a real process too.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from showcase import cli
from showcase.printing.website.choices import save_website_choices
from showcase.store.db import Database
from tests.helpers.factories import make_sample
from tests.helpers.paths import run_etalase


def _location(db: Database) -> str:
    """The showcase as --db names it: a file, or a server's address."""
    return db.server.url() if db.server is not None else str(db.path)


@pytest.fixture
def filled(db: Database) -> str:
    make_sample(db)
    db.close()
    return _location(db)


def test_website_as_a_real_process(filled: str, tmp_path: Path) -> None:
    out = tmp_path / "situs"
    done = run_etalase(
        "--db",
        filled,
        "website",
        str(out),
        "--base-url",
        "https://umkm.example/etalase/",
        "--zip",
        home=tmp_path,
    )
    assert (done.returncode, done.stderr) == (0, "")
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Website: 5 products, ") and f"→ {out} (" in lines[0]
    assert "0 unchanged, 0 removed)" in lines[0]
    assert lines[1:] == ["Address: https://umkm.example/etalase/", f"Zip: {tmp_path / 'situs.zip'}"]
    page = (out / "en" / "p" / "KOP-0001" / "index.html").read_text(encoding="utf-8")
    assert "Lampung robusta coffee" in page
    assert "https://umkm.example/etalase/en/p/KOP-0001/" in page
    assert (out / "sitemap.xml").is_file()
    with zipfile.ZipFile(tmp_path / "situs.zip") as archive:
        assert "id/p/KOP-0001/index.html" in archive.namelist()


def test_publishing_again_writes_nothing_new(
    filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "site"
    assert cli.main(["--db", filled, "website", str(out)]) == 0
    capsys.readouterr()
    assert cli.main(["--db", filled, "website", str(out)]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert "(0 files written," in line and "0 removed)" in line


def test_without_base_url_the_address_saved_by_staff_is_used(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_sample(db)
    with db.session() as s:
        save_website_choices(s, folder="", base_url="https://saved.example/site")
    db.close()
    filled = _location(db)
    out = tmp_path / "site"
    assert cli.main(["--db", filled, "website", str(out)]) == 0
    assert "Address: https://saved.example/site/" in capsys.readouterr().out
    assert "https://saved.example/site/id/p/KOP-0001/" in (out / "sitemap.xml").read_text()


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (["--base-url", "ftp://files.example"], "--base-url ftp://files.example: must start with"),
        (["--base-url", "https://a b.example"], "cannot contain spaces"),
        (["--base-url", "umkm.example"], "must start with http:// or https://"),
    ],
)
def test_a_bad_address_is_one_line_and_writes_nothing(
    filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], expect: str
) -> None:
    out = tmp_path / "site"
    assert cli.main(["--db", filled, "website", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expect in err, err
    assert not out.exists()


def test_a_folder_of_other_files_is_refused_untouched(
    filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "letter.txt").write_text("keep")
    assert cli.main(["--db", filled, "website", str(mine), "--zip"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("etalase: error: ") and err.count("\n") == 1
    assert "did not write" in err and "letter.txt" in err
    assert [p.name for p in mine.iterdir()] == ["letter.txt"]
    assert not (tmp_path / "mine.zip").exists()


def test_a_missing_database_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", str(tmp_path / "none.db"), "website", str(tmp_path / "s")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "s").exists()


def test_the_command_is_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    assert "website" in capsys.readouterr().out
    assert cli.main(["website", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--base-url URL" in out and "--zip" in out
