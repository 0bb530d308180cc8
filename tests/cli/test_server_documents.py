"""Every command that makes something from the showcase works on a server as on a file.

The demo showcase is copied onto a throwaway PostgreSQL server; then labels, the catalogue, the
report, the website, each export, an import and the kiosks' list are made with `--db
postgresql://…`, and what they write is read back as its user would: the PDF's text, the
site's pages, the spreadsheet's rows.
"""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from showcase import cli
from showcase.store.db import open_database
from tests.helpers.postgres import PostgresServer


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def server_demo(postgres: PostgresServer, demo_file: Path) -> Iterator[tuple[str, list[str]]]:
    """The demo on a server: its URL, and the codes and Indonesian names of its products."""
    name = postgres.create_database()
    url = postgres.url(name)
    assert cli.main(["copy", str(demo_file), url]) == 0
    database = open_database(demo_file)
    with database.read() as connection:
        rows = connection.execute(
            "SELECT code, name_id FROM product WHERE NOT archived ORDER BY code"
        ).fetchall()
    database.close()
    yield url, [f"{code}\t{name}" for code, name in rows]
    postgres.drop_database(name)


def test_documents_from_a_server_showcase(
    server_demo: tuple[str, list[str]],
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, products = server_demo
    first_code, first_name = products[0].split("\t")

    labels = tmp_path / "labels.pdf"
    assert cli.main(["--db", url, "labels", str(labels), "--code", f"{first_code}:2"]) == 0
    assert _pdf_text(labels).count(first_code) == 2

    catalogue = tmp_path / "catalogue.pdf"
    assert cli.main(["--db", url, "catalogue", str(catalogue), "--layout", "pricelist"]) == 0
    assert first_code in _pdf_text(catalogue)

    # The report from the server says what the report from the file says, figure for figure.
    texts = {}
    for kind, db in (("file", demo_file), ("server", url)):
        report = tmp_path / f"report-{kind}.pdf"
        period = ["--from", "2026-11-01", "--to", "2026-11-30"]
        assert cli.main(["--db", str(db), "report", str(report), *period]) == 0
        texts[kind] = _pdf_text(report)
    assert texts["server"] == texts["file"]
    assert "Lampung Selatan" in texts["server"]

    # The site made from the server is the site made from the file it was copied from.
    sites = {}
    for kind, db in (("file", demo_file), ("server", url)):
        sites[kind] = tmp_path / f"site-{kind}"
        assert cli.main(["--db", str(db), "website", str(sites[kind])]) == 0
    written = {
        kind: {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")}
        for kind, site in sites.items()
    }
    assert written["server"] == written["file"]
    assert any(first_name in page.decode() for page in written["server"].values())
    capsys.readouterr()


def test_exports_and_an_import_on_a_server_showcase(
    server_demo: tuple[str, list[str]], tmp_path: Path
) -> None:
    url, products = server_demo
    for what in ("products", "producers", "movements", "visits"):
        out = tmp_path / f"{what}.csv"
        assert cli.main(["--db", url, "export", str(out), "--what", what]) == 0
        assert out.read_text(encoding="utf-8-sig").strip()
    with (tmp_path / "products.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";" if ";" in handle.readline() else ","))
    assert len(rows) == len(products)  # the header line was read above: one row a product

    # The exported file imports back onto the server: nothing is new, nothing changes.
    assert cli.main(["--db", url, "import", str(tmp_path / "products.csv"), "--dry-run"]) == 0
    assert cli.main(["--db", url, "import", str(tmp_path / "products.csv")]) == 0
    again = tmp_path / "again.csv"
    assert cli.main(["--db", url, "export", str(again), "--what", "products"]) == 0
    assert again.read_bytes() == (tmp_path / "products.csv").read_bytes()


def test_kiosks_list_on_a_server_with_none_yet(
    server_demo: tuple[str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _products = server_demo
    assert cli.main(["--db", url, "kiosks"]) == 0
    assert "Traceback" not in capsys.readouterr().err
