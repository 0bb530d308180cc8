"""`etalase report OUT.pdf|OUT.xlsx [--from] [--to] [--lang]`: the file it writes and its
one-line summary, and each mistake ending in one line on stderr, exit status 2 and no file."""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from showcase import cli
from showcase.inventory.report.period import last_full_month
from showcase.store.db import open_database
from tests.helpers.paths import run_etalase
from tests.helpers.report_showcase import make_report_showcase


@pytest.fixture
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The hand-made showcase in a database file of its own (the command names a file)."""
    database = open_database(tmp_path / "showcase.db")
    make_report_showcase(database, monkeypatch)
    database.close()
    return database.path


def _outputs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".pdf", ".xlsx", ".partial"))


def test_a_pdf_for_october(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "laporan.pdf"
    args = ["--db", str(filled), "report", str(out), "--from", "2026-10-01", "--to", "2026-10-31"]
    assert cli.main(args) == 0
    said = capsys.readouterr().out
    assert said.startswith("Report 2026-10-01 – 2026-10-31: ") and said.endswith(f"→ {out}\n")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Rp2.105.000" in " ".join(text.split())


def test_an_english_xlsx(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.xlsx"
    args = ["--db", str(filled), "report", str(out), "--from", "2026-10-01", "--to", "2026-10-31"]
    assert cli.main([*args, "--lang", "en"]) == 0
    assert "15 sheets" in capsys.readouterr().out
    summary = {
        r[0].value: r[1].value for r in load_workbook(out)["Summary"].iter_rows() if r[0].value
    }
    assert summary["Sales value"] == 2_105_000
    assert summary["Producers"] == 5


def test_the_default_period_is_the_last_full_month(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "laporan.xlsx"
    done = run_etalase("--db", str(filled), "report", str(out), home=tmp_path, timeout=120)
    assert (done.returncode, done.stderr) == (0, "")
    month = last_full_month(datetime.date.today())
    assert done.stdout.startswith(f"Report {month.start} – {month.end}: 15 sheets")
    summary = load_workbook(out)["Ringkasan"]
    assert summary["B4"].value == datetime.datetime.combine(month.start, datetime.time())


@pytest.mark.parametrize(
    ("name", "args", "message"),
    [
        (
            "laporan.pdf",
            ["--from", "2026-02-30"],
            "etalase: error: --from 2026-02-30: not a date that exists; write it as YYYY-MM-DD",
        ),
        (
            "laporan.pdf",
            ["--to", "31/10/2026"],
            "etalase: error: --to 31/10/2026: not a date that exists; write it as YYYY-MM-DD",
        ),
        (
            "laporan.pdf",
            ["--from", "0001-01-01", "--to", "0001-01-31"],  # the previous period is no date
            "etalase: error: --from 0001-01-01: the year is too early; write a date from 1970 on",
        ),
        (
            "laporan.pdf",
            ["--from", "0026-01-01", "--to", "2026-01-31"],  # 2026 typed without its 2
            "etalase: error: --from 0026-01-01: the year is too early; write a date from 1970 on",
        ),
        (
            "laporan.pdf",
            ["--from", "2026-10-31", "--to", "2026-10-01"],
            "etalase: error: the period starts (2026-10-31) after it ends (2026-10-01)",
        ),
        (
            "laporan.pdf",
            ["--from", "2099-01-01", "--to", "2099-01-31"],
            "etalase: error: the period 2099-01-01 to 2099-01-31 is wholly in the future: "
            "nothing to report",
        ),
        (
            "laporan.docx",
            [],
            "etalase: error: {out}: a report is a PDF or an XLSX file; give a name ending in "
            ".pdf or .xlsx",
        ),
        (
            "missing/laporan.pdf",
            [],
            "etalase: error: the folder {folder} does not exist",
        ),
        ("laporan.pdf", ["--lang", "fr"], "etalase: error: argument --lang: invalid choice: 'fr'"),
    ],
)
def test_mistakes_are_one_line_and_write_nothing(
    filled: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / name
    status = cli.main(["--db", str(filled), "report", str(out), *args])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1
    assert err.startswith(message.format(out=out, folder=out.parent))
    assert _outputs(tmp_path) == []
    assert not out.parent.exists() or not out.exists()
