"""`python main.py labels …`: the PDF it writes scans right, and every mistake is one line, exit 2,
and no file.

Most cases run in-process through cli.main (a process start costs ~0.3 s); the commonest run as a
real `python main.py` as well.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp

from showcase import cli
from showcase.inventory.setting_keys import (
    DEFAULT_QR_SETTING,
    DEFAULT_SHEET_SETTING,
    URL_TEMPLATE_SETTING,
)
from showcase.inventory.settings import set_setting
from showcase.printing.labels.sheets import Sheet, save_custom_sheet
from showcase.store.db import Database, open_database
from tests.helpers.factories import make_sample
from tests.helpers.folders import folder_snapshot
from tests.helpers.paths import ROOT


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """The command line is run here on a file it moves, copies or names by path."""
    return sqlite_db


MAIN = ROOT / "main.py"
TIMEOUT = 60
A4 = "A4 3×8 70×37 mm"


@pytest.fixture
def folder(db: Database, tmp_path: Path) -> Path:
    """A folder of its own holding a closed database with the sample's six products."""
    make_sample(db)
    db.close()
    case = tmp_path / "case"
    case.mkdir()
    shutil.move(db.path, case / "showcase.db")
    return case


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def labels(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[..., Result]:
    monkeypatch.chdir(folder)

    def run(*args: str) -> Result:
        code = cli.main(["--db", str(folder / "showcase.db"), "labels", *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def _codes_by_page(pdf: Path) -> list[list[str]]:
    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            image = page.render(scale=300 / 72).to_pil().convert("L")
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            # Reading order: top to bottom, then left to right.
            found = sorted(
                found, key=lambda r: (r.position.top_left.y // 50, r.position.top_left.x)
            )
            pages.append([r.text for r in found])
        return pages
    finally:
        document.close()


def _settings(folder: Path, **values: str) -> None:
    database = open_database(folder / "showcase.db")
    try:
        with database.session() as s:
            for key, value in values.items():
                set_setting(s, key, value)
    finally:
        database.close()


# --- what it writes -----------------------------------------------------------------------


def test_all_products_in_a_real_process(folder: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SHOWCASE_DB"}
    done = subprocess.run(
        [sys.executable, str(MAIN), "--db", "showcase.db", "labels", "rak.pdf", "--all"],
        capture_output=True,
        encoding="utf-8",
        env=dict(env, PYTHONIOENCODING="utf-8"),
        cwd=folder,
        timeout=TIMEOUT,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == (
        f"Labels: 6 labels on 1 page ({A4}) → rak.pdf; 4 with text instead of WhatsApp "
        "(the producer has no phone)\n"
    )
    (page,) = _codes_by_page(folder / "rak.pdf")
    assert len(page) == 6
    whatsapp = [text for text in page if text.startswith("https://wa.me/6281234567890?text=")]
    assert len(whatsapp) == 2 and any("KOP-0001" in t for t in whatsapp)
    assert "Kerupuk Kemplang\nRp30.000 / pcs\nRafins Snack, Pringsewu" in page


def test_codes_copies_start_sheet_and_kind(labels: Callable[..., Result], folder: Path) -> None:
    result = labels(
        "rak.pdf",
        "--code",
        "KOP-0001:3",
        "--code",
        "mak-0002",
        "--start",
        "23",
        "--sheet",
        "a4 3x8 70x37",
        "--qr",
        "code",
    )
    assert (result.code, result.err) == (0, "")
    assert result.out == f"Labels: 4 labels on 2 pages ({A4}) → rak.pdf\n"
    assert _codes_by_page(folder / "rak.pdf") == [
        ["KOP-0001", "KOP-0001"],
        ["KOP-0001", "MAK-0002"],
    ]


def test_defaults_come_from_the_settings(labels: Callable[..., Result], folder: Path) -> None:
    _settings(
        folder,
        **{
            DEFAULT_SHEET_SETTING: "Thermal 50×25 mm",
            DEFAULT_QR_SETTING: "url",
            URL_TEMPLATE_SETTING: "https://umkm-lampung.example/p/{code}",
        },
    )
    result = labels("rak.pdf", "--code", "KAI-0002")
    assert result.out == "Labels: 1 label on 1 page (Thermal 50×25 mm) → rak.pdf\n"
    assert _codes_by_page(folder / "rak.pdf") == [["https://umkm-lampung.example/p/KAI-0002"]]
    # A default sheet that no longer exists gives way to the first built-in sheet.
    _settings(folder, **{DEFAULT_SHEET_SETTING: "Rak lama (dihapus)", DEFAULT_QR_SETTING: "?"})
    result = labels("rak.pdf", "--code", "KOP-0002")
    assert result.out == f"Labels: 1 label on 1 page ({A4}) → rak.pdf\n"
    assert _codes_by_page(folder / "rak.pdf")[0][0].startswith("https://wa.me/62")


# --- mistakes ---------------------------------------------------------------------------------

MISTAKES: dict[str, tuple[list[str], str]] = {
    "unknown codes": (
        ["rak.pdf", "--code", "KOP-9999", "--code", "KOP-0001", "--code", "ZZZ-1"],
        "No products have the codes KOP-9999, ZZZ-1",
    ),
    "unknown sheet": (
        ["rak.pdf", "--all", "--sheet", "A5 2x2"],
        f"there is no label sheet called “A5 2x2”; the sheets are: {A4}, A4 3×7 70×42.3 mm",
    ),
    "start past the sheet": (
        ["rak.pdf", "--all", "--start", "25"],
        f"--start 25 is past the end of the sheet {A4}: it has 24 labels",
    ),
    "start past a roll": (
        ["rak.pdf", "--all", "--start", "2", "--sheet", "thermal 40x30"],
        "--start 2 is past the end of the sheet Thermal 40×30 mm: it has 1 labels",
    ),
    "start 0": (["rak.pdf", "--all", "--start", "0"], "argument --start: must be a whole number"),
    "copies 0": (
        ["rak.pdf", "--code", "KOP-0001:0"],
        "argument --code: copies must be a whole number of at least 1, not '0'",
    ),
    "copies abc": (["rak.pdf", "--code", "KOP-0001:abc"], "not 'abc' (in 'KOP-0001:abc')"),
    "copies 501": (["rak.pdf", "--code", "KOP-0001:501"], "--code KOP-0001:501: at most 500"),
    "code missing": (["rak.pdf", "--code", ":3"], "a product code is missing in ':3'"),
    "neither --all nor --code": (["rak.pdf"], "labels needs --all or at least one --code"),
    "both --all and --code": (
        ["rak.pdf", "--all", "--code", "KOP-0001"],
        "argument --code: not allowed with argument --all",
    ),
    "no output": (["--all"], "the following arguments are required: OUT.pdf"),
    "not .pdf": (["rak.txt", "--all"], "labels need a .pdf file name, not rak.txt"),
    "missing folder": (["usb/rak.pdf", "--all"], "the folder usb does not exist"),
    "a folder": (["arsip.pdf", "--all"], "arsip.pdf is a folder"),
    "unknown kind": (["rak.pdf", "--all", "--qr", "barcode"], "argument --qr: invalid choice"),
    "url without a template": (
        ["rak.pdf", "--all", "--qr", "url"],
        "--qr url needs the URL template (such as https://…/{code}), and none is saved",
    ),
}


@pytest.mark.parametrize("name", list(MISTAKES))
def test_mistakes_are_one_line_exit_2_and_write_nothing(
    name: str, labels: Callable[..., Result], folder: Path
) -> None:
    args, expect = MISTAKES[name]
    (folder / "arsip.pdf").mkdir()
    (folder / "rak.pdf").write_bytes(b"%PDF- the labels printed yesterday")
    before = folder_snapshot(folder)
    result = labels(*args)
    assert result.code == 2, result.err
    assert result.out == ""
    assert result.err.startswith("etalase: error: ") and result.err.count("\n") == 1
    assert expect in result.err, result.err
    assert "Traceback" not in result.err
    assert folder_snapshot(folder) == before


@pytest.mark.parametrize(
    ("name", "setup", "args", "expect"),
    [
        (
            "a saved template that is not an address",
            {URL_TEMPLATE_SETTING: "umkm.example/{code}"},
            ["--all", "--qr", "url"],
            "the saved URL template umkm.example/{code} cannot be used: must start with http://",
        ),
        (
            "a sheet too small for the code",
            {},
            ["--all", "--qr", "code", "--sheet", "mini 20x12"],
            "the QR code for KAI-0001 (Kain Tapis Motif Siger) does not fit a label of Mini 20×12",
        ),
    ],
)
def test_mistakes_found_in_the_database(
    name: str,
    setup: dict[str, str],
    args: list[str],
    expect: str,
    labels: Callable[..., Result],
    folder: Path,
) -> None:
    _settings(folder, **setup)
    database = open_database(folder / "showcase.db")
    with database.session() as s:
        save_custom_sheet(s, Sheet("Mini 20×12", 20.0, 12.0, 1, 1, 20.0, 12.0, 0.0, 0.0, roll=True))
    database.close()
    before = folder_snapshot(folder)
    result = labels(str(folder / "rak.pdf"), *args)
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith(f"etalase: error: {expect}"), result.err
    assert result.err.count("\n") == 1
    assert folder_snapshot(folder) == before


def test_an_empty_showcase_and_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "kosong.db"
    open_database(empty).close()
    assert cli.main(["--db", str(empty), "labels", str(tmp_path / "rak.pdf"), "--all"]) == 2
    assert capsys.readouterr().err == (
        "etalase: error: there are no products to print labels for\n"
    )
    missing = tmp_path / "tidak-ada.db"
    assert cli.main(["--db", str(missing), "labels", str(tmp_path / "rak.pdf"), "--all"]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "kosong.db"]


@pytest.mark.skipif(not os.path.isdir("/sys/kernel"), reason="needs a folder nobody may write")
def test_an_unwritable_folder(labels: Callable[..., Result]) -> None:
    before = set(os.listdir("/sys"))
    result = labels("/sys/rak.pdf", "--all")
    assert result.code == 2
    assert result.err == (
        "etalase: error: no permission to use /sys/rak.pdf: choose another place, or ask "
        "whoever looks after this PC\n"
    )
    assert set(os.listdir("/sys")) == before


def test_version_and_export_do_not_load_printing(folder: Path) -> None:
    for args in (["--version"], ["--db", "showcase.db", "export", "o.csv"]):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", str(MAIN), *args],
            capture_output=True,
            encoding="utf-8",
            cwd=folder,
            timeout=TIMEOUT,
        )
        assert done.returncode == 0, done.stderr
        imported = {
            line.split("|")[-1].strip()
            for line in done.stderr.splitlines()
            if line.startswith("import time:")
        }
        assert not {
            m for m in imported if m.startswith(("reportlab", "qrcode", "showcase.printing"))
        }
