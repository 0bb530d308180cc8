"""`python main.py catalogue OUT.pdf …`: the PDF it writes, its one-line summary, and every
mistake ending in one line on stderr, exit status 2 and no file.

Mistakes run in-process through cli.main (a process start costs about 0.3 s); the common
successful use runs once as a real process too.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from showcase import cli
from showcase.store.db import Database
from tests.helpers.factories import make_sample
from tests.helpers.paths import run_etalase


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """The command line is run here on a file it moves, copies or names by path."""
    return sqlite_db


@pytest.fixture
def filled(db: Database) -> Path:
    make_sample(db)
    db.close()
    return db.path


def _text(path: Path) -> str:
    pdf = pdfium.PdfDocument(path)
    try:
        return " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in pdf)
    finally:
        pdf.close()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".pdf", ".partial"))


def test_catalogue_as_a_real_process(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "katalog.pdf"
    done = run_etalase("--db", str(filled), "catalogue", str(out), home=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"Catalogue: 5 products on 5 pages → {out}\n"
    text = _text(out)
    assert "Kopi Robusta Lampung" in text and "Rp45.000" in text and "Daftar Isi" in text


@pytest.mark.parametrize(
    ("args", "present", "absent"),
    [
        (["--featured"], ["Kopi Luwak Tanggamus", "Kain Tapis Motif Siger"], ["Keripik Pisang"]),
        (["--category", "Kopi", "--category", "snacks"], ["Keripik Pisang"], ["Kain Tapis Motif"]),
        (
            ["--lang", "en", "--layout", "pricelist"],
            ["Civet coffee", "Contents", "PRICE"],
            ["Daftar Isi"],
        ),
        (
            ["--lang", "both", "--layout", "feature", "--in-stock"],
            ["Civet coffee", "Kopi Luwak Tanggamus"],
            [],
        ),
    ],
)
def test_options_choose_what_is_printed(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    present: list[str],
    absent: list[str],
) -> None:
    out = tmp_path / "c.pdf"
    assert cli.main(["--db", str(filled), "catalogue", str(out), *args]) == 0
    assert capsys.readouterr().out.startswith("Catalogue: ")
    text = _text(out)
    for word in present:
        assert word in text
    for word in absent:
        assert word not in text


def test_one_product_is_said_in_the_singular(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.pdf"
    assert (
        cli.main(
            ["--db", str(filled), "catalogue", str(out), "--category", "Kain Tapis", "--featured"]
        )
        == 0
    )
    assert capsys.readouterr().out == f"Catalogue: 1 product on 3 pages → {out}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--category", "Kopii"],
            "etalase: error: there is no category “Kopii” (categories: Kopi, Makanan Ringan, Kain Tapis)",
        ),
        (
            ["--category", "Makanan Ringan", "--featured"],
            "etalase: error: the filter matches no product",
        ),
        (["--layout", "poster"], "etalase: error: argument --layout: invalid choice: 'poster'"),
        (["--lang", "fr"], "etalase: error: argument --lang: invalid choice: 'fr'"),
    ],
)
def test_mistakes_are_one_line_status_2_and_no_file(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "c.pdf"
    assert cli.main(["--db", str(filled), "catalogue", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("c.txt", "a catalogue is a PDF file; give a name ending in .pdf"),
        ("missing/c.pdf", "does not exist"),
        ("folder.pdf", "is a folder"),
    ],
)
def test_an_output_that_cannot_be_written_is_named(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    (tmp_path / "folder.pdf").mkdir()
    out = tmp_path / name
    assert cli.main(["--db", str(filled), "catalogue", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("etalase: error: ") and message in err and err.count("\n") == 1
    assert _leftovers(tmp_path) == ["folder.pdf"]


def test_an_unwritable_folder_is_a_user_error(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("needs POSIX permissions that bind (not root)")
        assert cli.main(["--db", str(filled), "catalogue", str(locked / "c.pdf")]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"etalase: error: cannot write {locked / 'c.pdf'}: Permission denied")
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_missing_database_is_not_made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.db"
    assert cli.main(["--db", str(missing), "catalogue", str(tmp_path / "c.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists() and _leftovers(tmp_path) == []
