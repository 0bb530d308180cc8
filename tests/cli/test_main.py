"""The command line as scripts and staff use it: `python main.py …` in a real process.

Mistakes end with exit status 2 and one line on stderr, never a traceback, and leave every file
as it was. Each process start costs about 0.3 s (SQLAlchemy's import), so every mistake case
runs in-process through cli.main, and the ones the command line is most often given run as a
real `python main.py` process as well. The staff window is replaced by a stand-in that records
what it would have been given.
"""

from __future__ import annotations

import csv
import gc
import logging
import os
import re
import sqlite3
import subprocess
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from showcase import __version__, cli
from showcase.cli import data as cli_data
from showcase.cli import parser as cli_parser
from showcase.cli.parser import parse_command_line
from showcase.inventory.new_showcase import NewShowcase
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
)
from showcase.inventory.products import ProductInput, create_product
from showcase.logs import rotate_log, setup_logging
from showcase.store.db import Database, open_database
from tests.helpers.folders import folder_snapshot
from tests.helpers.paths import ROOT
from tests.helpers.plain import product_codes


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """The command line is run here on a file it moves, copies or names by path."""
    return sqlite_db


MAIN = ROOT / "main.py"
TIMEOUT = 60  # a window opened by mistake would otherwise hang the suite

TRICKY = 'Keripik "Pisang", Cokelat 🍌'
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SHOWCASE_DB"}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
    )
    env.update(extra)
    return env


def _command(*args: str) -> list[str]:
    return [sys.executable, str(MAIN), *args]


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def run(tmp_path: Path) -> Callable[..., Run]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)

    def run(*args: str, env: dict[str, str] | None = None) -> Run:
        done = subprocess.run(
            _command(*args),
            capture_output=True,
            encoding="utf-8",
            env=_env(home, **(env or {})),
            cwd=tmp_path,
            timeout=TIMEOUT,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    return run


def _fill(db: Database) -> None:
    with db.session() as s:
        coffee = create_category(s, CategoryInput("Kopi", "Coffee")).id
        siger = create_producer(
            s, ProducerInput("Kopi Siger", kabupaten="Lampung Barat", phone="0812-3456-7890")
        ).id
        create_product(
            s,
            ProductInput(
                code="KOP-0001",
                name_id=TRICKY,
                name_en="Robusta, dark roast",
                category_id=coffee,
                producer_id=siger,
                price=45000,
                certificates=["Halal", "SNI"],
            ),
            initial_stock=20,
        )
        create_product(s, ProductInput(code="KOP-0002", name_id="Kopi Luwak"), initial_stock=2)


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def filled(db: Database) -> Path:
    """A closed database file holding two products."""
    _fill(db)
    db.close()
    return db.path


# --- version and start-up cost ---------------------------------------------------------------


def test_version(run: Callable[..., Run]) -> None:
    result = run("--version")
    assert (result.code, result.out, result.err) == (0, f"Etalase {__version__}\n", "")
    assert __version__ == "0.1.0"


@pytest.mark.parametrize(
    "argv", [[], ["--db", "pusat.db"], ["--db=pusat.db"], ["--db", "export"], ["--db=-x.db"]]
)
def test_the_staff_windows_command_line_is_read_without_the_commands(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No command (the staff window): read as the whole parser reads it, without building the
    commands' parsers, which the window's start would wait for."""
    whole = vars(cli.build_parser().parse_args(argv))

    def not_built(commands: object) -> None:
        raise AssertionError("the commands' parsers were built")

    monkeypatch.setattr(cli_data, "register", not_built)
    assert vars(parse_command_line(argv)) == whole
    assert whole["command"] is None and whole["run"].__name__ == "staff_window"


@pytest.mark.parametrize("argv", [[], ["--db", "pusat.db"], ["--db", "C:\\Toko\\pusat.db"]])
def test_the_staff_windows_usual_command_lines_are_read_without_a_parser(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`etalase` and `etalase --db FILE` give what the whole parser gives, without building
    one (its help formatter and gettext's look-ups are time the window's start waits for)."""
    whole = vars(cli.build_parser().parse_args(argv))

    def not_built(*, commands: bool = True) -> None:
        raise AssertionError("a parser was built")

    monkeypatch.setattr(cli_parser, "build_parser", not_built)
    assert vars(parse_command_line(argv)) == whole


def test_a_database_name_like_an_option_is_left_to_argparse(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--db` followed by what looks like an option is argparse's to refuse, as before: exit 2
    and one line saying what is wrong."""
    with pytest.raises(SystemExit) as stopped:
        parse_command_line(["--db", "--help"])
    assert stopped.value.code == 2
    assert "--db: expected one argument" in capsys.readouterr().err


def test_commands_start_without_loading_qt(filled: Path) -> None:
    home = filled.parent / "home"
    for args, heavy in (
        (["--version"], ("PySide6", "sqlalchemy", "platformdirs")),
        # A database already at the newest schema needs no Alembic either.
        (["--db", str(filled), "export", str(filled.parent / "o.csv")], ("PySide6", "alembic")),
    ):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", str(MAIN), *args],
            capture_output=True,
            encoding="utf-8",
            env=_env(home),
            timeout=TIMEOUT,
        )
        assert done.returncode == 0, done.stderr
        imported = {
            line.split("|")[-1].strip().split(".")[0]
            for line in done.stderr.splitlines()
            if line.startswith("import time:")
        }
        assert not imported & set(heavy), args


# --- demo ------------------------------------------------------------------------------------

SUMMARY = re.compile(
    r"^Demo showcase: (\d+) categories, (\d+) producers, (\d+) products, (\d+) photos\n$"
)


def test_demo_fills_a_new_file_once(run: Callable[..., Run], tmp_path: Path) -> None:
    path = tmp_path / "baru.db"
    result = run("--db", str(path), "demo")
    assert result.code == 0, result.err
    match = SUMMARY.match(result.out)
    assert match, result.out
    categories, producers, products, photos = map(int, match.groups())
    assert products > 0 and categories > 0 and producers > 0
    assert _count(path, "product") == products
    assert _count(path, "producer") == producers
    assert _count(path, "category") == categories
    assert _count(path, "photo") == photos

    again = run("--db", str(path), "demo")
    assert again.code == 2
    assert again.err.startswith("etalase: error: ") and again.err.count("\n") == 1
    assert "not empty" in again.err
    assert _count(path, "product") == products


def test_demo_with_products_builds_a_synthetic_showcase(
    run: Callable[..., Run], tmp_path: Path
) -> None:
    path = tmp_path / "sintetis.db"
    result = run("--db", str(path), "demo", "--products", "30", "--seed", "7")
    assert result.code == 0, result.err
    match = SUMMARY.match(result.out)
    assert match and int(match.group(3)) == 30
    assert _count(path, "product") == 30


def test_demo_refuses_a_database_with_products(run: Callable[..., Run], filled: Path) -> None:
    before = filled.read_bytes()
    result = run("--db", str(filled), "demo")
    assert result.code == 2
    assert result.err == (
        f"etalase: error: {filled} is not empty (products: 2, producers: 1, categories: 1): "
        "a demo goes only into an empty database\n"
    )
    assert filled.read_bytes() == before
    assert product_codes(filled) == ["KOP-0001", "KOP-0002"]


# --- export ----------------------------------------------------------------------------------


def test_export_round_trip(run: Callable[..., Run], filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "produk unggulan.csv"
    result = run("--db", str(filled), "export", str(out))
    assert (result.code, result.err) == (0, "")
    assert result.out == f"Exported 2 products to {out}\n"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["code"], r["name_id"], r["name_en"]) for r in rows] == [
        ("KOP-0001", TRICKY, "Robusta, dark roast"),
        ("KOP-0002", "Kopi Luwak", ""),
    ]
    assert (rows[0]["producer"], rows[0]["kabupaten"], rows[0]["price"]) == (
        "Kopi Siger",
        "Lampung Barat",
        "45000",
    )
    assert (rows[0]["stock"], rows[0]["certificates"]) == ("20", "Halal; SNI")


def test_showcase_db_variable_names_the_file_and_db_option_wins(
    run: Callable[..., Run], filled: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dari-env.csv"
    result = run("export", str(out), env={"SHOWCASE_DB": str(filled)})
    assert result.code == 0, result.err
    assert out.exists()

    # --db beats SHOWCASE_DB (here a file that would be refused).
    text = tmp_path / "catatan.txt"
    text.write_text("bukan database\n", encoding="utf-8")
    result = run("--db", str(filled), "export", str(out), env={"SHOWCASE_DB": str(text)})
    assert result.code == 0, result.err


def test_db_option_may_follow_the_command(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "o.csv"
    assert cli.main(["export", str(out), "--db", str(filled)]) == 0
    assert capsys.readouterr().out == f"Exported 2 products to {out}\n"


# --- backup ----------------------------------------------------------------------------------


def test_backup_without_dest_goes_to_the_backups_folder(
    run: Callable[..., Run], filled: Path
) -> None:
    result = run("--db", str(filled), "backup")
    assert result.code == 0, result.err
    written = Path(result.out.strip())
    assert written.parent == filled.parent / "backups"
    assert product_codes(written) == ["KOP-0001", "KOP-0002"]


def test_backup_into_a_folder_and_to_a_file_name(
    run: Callable[..., Run], filled: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    first = run("--db", str(filled), "backup", str(usb))
    second = run("--db", str(filled), "backup", str(usb))
    assert first.code == second.code == 0
    assert len({first.out, second.out}) == 2  # two backups, neither replaced
    assert sorted(p.name for p in usb.iterdir()) == sorted(
        Path(r.out.strip()).name for r in (first, second)
    )
    named = tmp_path / "cadangan 22 November.db"
    result = run("--db", str(filled), "backup", str(named))
    assert (result.code, result.out) == (0, f"{named}\n")
    assert product_codes(named) == ["KOP-0001", "KOP-0002"]


def test_backup_holds_rows_still_in_the_wal(
    run: Callable[..., Run], db: Database, tmp_path: Path
) -> None:
    _fill(db)  # db stays open: its pooled connection keeps the WAL from being checkpointed
    wal = db.path.with_name(db.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    dest = tmp_path / "wal.db"
    result = run("--db", str(db.path), "backup", str(dest))
    assert result.code == 0, result.err
    assert product_codes(dest) == ["KOP-0001", "KOP-0002"]


# --- every mistake: exit 2, one line, nothing changed ----------------------------------------


@dataclass
class Case:
    args: list[str]
    expect: str  # a fragment of the one line on stderr
    env: dict[str, str] | None = None


@dataclass
class Files:
    """The files a mistake is made with, in one case's own folder."""

    folder: Path
    text: Path  # a text file named like a database
    png: Path
    good: Path  # a real, empty showcase database
    existing: Path  # a file a backup must not overwrite
    foreign: Path  # another program's SQLite database
    newer: Path  # a showcase database from a newer Etalase

    @property
    def missing(self) -> str:
        return str(self.folder / "tidak-ada" / "x.db")


def _make_files(folder: Path, template: Path) -> Files:
    files = Files(
        folder=folder,
        text=folder / "catatan.db",
        png=folder / "foto.png",
        good=folder / "etalase.db",
        existing=folder / "sudah-ada.db",
        foreign=folder / "lain.sqlite",
        newer=folder / "baru.db",
    )
    files.text.write_text("Daftar produk: kopi, lada\n", encoding="utf-8")
    files.png.write_bytes(PNG)
    files.good.write_bytes(template.read_bytes())
    files.existing.write_bytes(b"a backup from yesterday")
    files.newer.write_bytes(template.read_bytes())
    for path, sql in (
        (files.foreign, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
        (files.newer, "UPDATE alembic_version SET version_num = 'zzzz'"),
    ):
        conn = sqlite3.connect(path)
        with conn:
            conn.execute(sql)
        conn.close()
    return files


NOT_OURS = "is not an Etalase database"
CASES: dict[str, Callable[[Files], Case]] = {
    "text file, staff window": lambda f: Case(["--db", str(f.text)], NOT_OURS),
    "text file, demo": lambda f: Case(["--db", str(f.text), "demo"], NOT_OURS),
    "text file, export": lambda f: Case(
        ["--db", str(f.text), "export", str(f.folder / "o.csv")], NOT_OURS
    ),
    "text file, backup": lambda f: Case(["--db", str(f.text), "backup"], NOT_OURS),
    "png, staff window": lambda f: Case(["--db", str(f.png)], NOT_OURS),
    "png, demo": lambda f: Case(["--db", str(f.png), "demo"], NOT_OURS),
    "SHOWCASE_DB names a text file": lambda f: Case(
        ["backup"], NOT_OURS, env={"SHOWCASE_DB": str(f.text)}
    ),
    "missing folder, staff window": lambda f: Case(["--db", f.missing], "does not exist"),
    "missing folder, demo": lambda f: Case(["--db", f.missing, "demo"], "does not exist"),
    "missing file, export": lambda f: Case(
        ["--db", str(f.folder / "x.db"), "export", str(f.folder / "o.csv")], "does not exist"
    ),
    "missing file, backup": lambda f: Case(
        ["--db", str(f.folder / "x.db"), "backup"], "does not exist"
    ),
    "directory, staff window": lambda f: Case(["--db", str(f.folder)], "is a folder"),
    "directory, demo": lambda f: Case(["--db", str(f.folder), "demo"], "is a folder"),
    "another program's SQLite file": lambda f: Case(
        ["--db", str(f.foreign), "demo"], "another program"
    ),
    "file of a newer Etalase": lambda f: Case(["--db", str(f.newer)], "newer version of Etalase"),
    "empty --db": lambda f: Case(["--db", "", "demo"], "--db needs a file name"),
    "unknown command": lambda f: Case(["--db", str(f.good), "katalog"], "invalid choice"),
    "unknown option": lambda f: Case(["--db", str(f.good), "--kiosk"], "unrecognized argument"),
    "unknown demo option": lambda f: Case(
        ["--db", str(f.good), "demo", "--fast"], "unrecognized argument"
    ),
    "--products abc": lambda f: Case(
        ["--db", str(f.good), "demo", "--products", "abc"],
        "argument --products: must be a whole number of at least 1, not 'abc'",
    ),
    "--products -1": lambda f: Case(
        ["--db", str(f.good), "demo", "--products", "-1"], "at least 1, not '-1'"
    ),
    "--products=0": lambda f: Case(["--db", str(f.good), "demo", "--products=0"], "at least 1"),
    "--seed x": lambda f: Case(["--db", str(f.good), "demo", "--seed", "x"], "argument --seed"),
    "export without a file": lambda f: Case(["--db", str(f.good), "export"], "required"),
    "export into a missing folder": lambda f: Case(
        ["--db", str(f.good), "export", str(f.folder / "tidak-ada" / "o.csv")], "does not exist"
    ),
    "export to .txt": lambda f: Case(
        ["--db", str(f.good), "export", str(f.folder / "o.txt")],
        "export needs a .csv or .xlsx file name, not o.txt",
    ),
    "export to .pdf": lambda f: Case(
        ["--db", str(f.good), "export", str(f.folder / "o.pdf")], "export needs a .csv or .xlsx"
    ),
    "backup over an existing file": lambda f: Case(
        ["--db", str(f.good), "backup", str(f.existing)], "already exists"
    ),
    "backup over the database": lambda f: Case(
        ["--db", str(f.good), "backup", str(f.good)], "already exists"
    ),
    "backup into a missing folder": lambda f: Case(
        ["--db", str(f.good), "backup", str(f.folder / "usb" / "b.db")], "does not exist"
    ),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "t.db"
    open_database(path).close()
    return path


def _check_mistake(case: Case, code: int, out: str, err: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err
    assert err.startswith("etalase: error: ")
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert case.expect in err
    assert out == ""


# Every case runs in-process (fast); these also run as a real `python main.py` process.
IN_A_PROCESS = [
    "text file, staff window",
    "png, demo",
    "missing folder, demo",
    "directory, staff window",
    "unknown command",
    "unknown option",
    "--products abc",
    "--products -1",
    "export into a missing folder",
    "export to .txt",
    "backup over an existing file",
]


@pytest.mark.parametrize("name", IN_A_PROCESS)
def test_mistake_in_a_real_process(name: str, tmp_path: Path, template: Path) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    case = CASES[name](_make_files(folder, template))
    before = folder_snapshot(folder)
    done = subprocess.run(
        _command(*case.args),
        capture_output=True,
        encoding="utf-8",
        env=_env(tmp_path / "home", **(case.env or {})),
        cwd=folder,
        timeout=TIMEOUT,
    )
    _check_mistake(case, done.returncode, done.stdout, done.stderr)
    assert folder_snapshot(folder) == before  # byte for byte, and no new -wal, -shm or backups


@pytest.mark.parametrize("name", list(CASES))
def test_mistake_gives_one_line_exit_2_and_changes_nothing(
    name: str,
    tmp_path: Path,
    template: Path,
    fake_window: list[WindowStart],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    case = CASES[name](_make_files(folder, template))
    for key, value in (case.env or {}).items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(folder)
    before = folder_snapshot(folder)
    code = cli.main(case.args)
    captured = capsys.readouterr()
    _check_mistake(case, code, captured.out, captured.err)
    assert folder_snapshot(folder) == before
    assert fake_window == []


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions that bind"
)
def test_unreadable_database_file_is_named(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled.chmod(0)
    try:
        assert cli.main(["--db", str(filled), "export", "o.csv"]) == 2
    finally:
        filled.chmod(0o644)
    assert capsys.readouterr().err == (f"etalase: error: cannot read {filled}: Permission denied\n")


# --- in-process: the staff window's start, unexpected errors ---------------------------------


@dataclass
class WindowStart:
    path: Path
    products: int
    argv: list[str]


@pytest.fixture
def fake_window(monkeypatch: pytest.MonkeyPatch) -> list[WindowStart]:
    """Stand in for ui/staff/window/start.py, recording what the window would have been given."""
    starts: list[WindowStart] = []

    def run_staff(database: Database, argv: list[str]) -> int:
        from sqlalchemy import func, select

        from showcase.store.models import Product

        with database.session() as s:
            count = s.scalar(select(func.count()).select_from(Product)) or 0
        starts.append(WindowStart(database.path, count, argv))
        return 7

    module = types.ModuleType("showcase.ui.staff.window.start")
    module.run_staff = run_staff  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "showcase.ui.staff.window.start", module)
    return starts


@dataclass
class FirstRunAnswer:
    """What the stand-in first-run question answers, and what it was asked."""

    answer: NewShowcase | None
    asked: list[tuple[Path, bool]]


@pytest.fixture
def first_run(monkeypatch: pytest.MonkeyPatch) -> FirstRunAnswer:
    """Stand in for the first-run dialog (tests/ui/test_first_run.py clicks the real one):
    it answers as staff would and makes the file the way the dialog does."""
    from showcase.inventory.new_showcase import create_showcase_file
    from showcase.ui import first_run as module

    answer = FirstRunAnswer(NewShowcase(demo=True), [])

    def ask(path: Path, *, demo_default: bool) -> Database | None:
        answer.asked.append((path, demo_default))
        if answer.answer is None:
            return None
        return create_showcase_file(path, answer.answer)

    monkeypatch.setattr(module, "ask_first_run", ask)
    return answer


def test_window_on_a_new_explicit_file_asks_first_with_empty_as_default(
    fake_window: list[WindowStart], first_run: FirstRunAnswer, tmp_path: Path
) -> None:
    path = tmp_path / "pusat.db"
    first_run.answer = NewShowcase(demo=False, center_name="  UMKM Center   Way Kanan ")
    assert cli.main(["--db", str(path)]) == 7  # the window's own exit status
    assert first_run.asked == [(path, False)]  # a named new file: a real center, empty first
    assert [(s.path, s.products) for s in fake_window] == [(path, 0)]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM setting WHERE key = 'center_name'").fetchone() == (
        "UMKM Center Way Kanan",
    )
    assert conn.execute("SELECT count(*) FROM category WHERE from_demo = 0").fetchone()[0] == 9
    conn.close()
    # The next start opens it without asking.
    assert cli.main(["--db", str(path)]) == 7
    assert len(first_run.asked) == 1


def test_quitting_the_first_start_question_makes_nothing(
    fake_window: list[WindowStart], first_run: FirstRunAnswer, tmp_path: Path
) -> None:
    from showcase.paths import default_database_path

    first_run.answer = None
    assert cli.main([]) == 0
    assert cli.main(["--db", str(tmp_path / "baru.db")]) == 0
    assert fake_window == []
    assert not default_database_path().exists()
    assert not list(default_database_path().parent.glob("etalase.db*"))  # nor a half-made one
    assert not (tmp_path / "baru.db").exists()


def test_a_new_file_in_a_missing_folder_is_refused_before_asking(
    fake_window: list[WindowStart],
    first_run: FirstRunAnswer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = tmp_path / "tidak-ada" / "pusat.db"
    assert cli.main(["--db", str(missing)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert first_run.asked == [] and fake_window == []
    assert not missing.parent.exists()


def test_first_start_makes_the_default_file_with_the_demo(
    fake_window: list[WindowStart], first_run: FirstRunAnswer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showcase.inventory.demo import showcase as demo
    from showcase.inventory.demo.synthetic import build_synthetic

    seeds: list[int] = []

    def small_demo(session: Session, *, seed: int = 1) -> object:
        # The real demo draws its photos (seconds); test_demo_fills_a_new_file_once runs it.
        seeds.append(seed)
        return build_synthetic(session, products=4, seed=seed, photos=False)

    monkeypatch.setattr(demo, "build_demo", small_demo)
    from showcase.paths import default_database_path

    default = default_database_path()
    assert str(default).startswith(os.environ["XDG_DATA_HOME"])  # never the real one
    assert not default.exists()
    # What a first start that was cut short leaves behind is cleared, not opened.
    default.parent.mkdir(parents=True)
    for leftover in ("etalase.db.new", "etalase.db.new-wal"):
        (default.parent / leftover).write_bytes(b"half a demo")
    assert cli.main([]) == 7
    assert first_run.asked == [(default, True)]  # the default file: the demo unless changed
    assert fake_window[0].path == default and fake_window[0].products == 4
    assert seeds == [1]
    assert sorted(p.name for p in default.parent.glob("etalase.db*")) == ["etalase.db"]

    # The second start keeps what is there, even if staff emptied it.
    conn = sqlite3.connect(default)
    with conn:
        conn.execute("UPDATE product SET archived = 1")
    conn.close()
    assert cli.main([]) == 7
    assert len(first_run.asked) == 1
    assert fake_window[1].products == fake_window[0].products
    assert _count(default, "product WHERE archived = 0") == 0


def test_real_staff_window_takes_a_database_and_argv() -> None:
    import inspect

    from showcase.ui.staff.window import start

    assert list(inspect.signature(start.run_staff).parameters) == ["database", "argv"]


def test_unexpected_error_is_logged_and_named_in_one_line(
    filled: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(path: Path, dest: Path, what: str) -> int:
        raise RuntimeError("rak penuh")

    monkeypatch.setattr(cli_data, "export_command", broken)
    assert cli.main(["--db", str(filled), "export", str(tmp_path / "o.csv")]) == 1
    err = capsys.readouterr().err
    from showcase.paths import log_dir

    log = log_dir() / "etalase.log"
    assert err == f"etalase: unexpected error, details in {log}\n"
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "RuntimeError: rak penuh" in text


def test_damaged_file_found_late_is_a_user_error(
    filled: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite may notice damage only when a command reads a damaged page."""
    from sqlalchemy.exc import DatabaseError

    def damaged(path: Path, dest: Path, what: str) -> int:
        error = sqlite3.DatabaseError("database disk image is malformed")
        error.sqlite_errorcode = 11
        raise DatabaseError("SELECT …", None, error)

    monkeypatch.setattr(cli_data, "export_command", damaged)
    assert cli.main(["--db", str(filled), "export", "o.csv"]) == 2
    assert capsys.readouterr().err == (
        f"etalase: error: {filled} is damaged (database disk image is malformed); "
        "restore it from a backup\n"
    )


def test_main_leaves_the_root_logger_as_it_found_it(filled: Path, tmp_path: Path) -> None:
    """The log file's handler lives while main() runs: it writes the file, then it is gone."""
    from showcase.paths import log_dir

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)
    try:
        before = list(root.handlers)
        assert cli.main(["--db", str(filled), "export", str(tmp_path / "o.csv")]) == 0
        assert cli.main(["--db", str(tmp_path / "none.db"), "export", "p.csv"]) == 2
        assert root.handlers == before
        assert root.level == logging.ERROR
    finally:
        root.setLevel(level)
    text = (log_dir() / "etalase.log").read_text(encoding="utf-8")
    assert f"export on {filled}" in text and "Stopped: " in text


def test_the_collector_paused_to_start_is_on_for_commands_and_the_first_start(
    filled: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    first_run: FirstRunAnswer,
    fake_window: list[WindowStart],
) -> None:
    """main.py pauses the garbage collector while the program starts; a command (an import of
    100,000 rows) and the first start's demo run with it on, and main leaves it on."""
    seen: list[bool] = []
    export = cli_data._export

    def recording_export(args: object, target: object) -> int:
        seen.append(gc.isenabled())
        return export(args, target)  # type: ignore[arg-type]

    monkeypatch.setattr(cli_data, "_export", recording_export)
    ask = sys.modules["showcase.ui.first_run"].ask_first_run

    def recording_ask(path: Path, *, demo_default: bool) -> Database | None:
        seen.append(gc.isenabled())
        return ask(path, demo_default=demo_default)  # type: ignore[no-any-return]

    monkeypatch.setattr(sys.modules["showcase.ui.first_run"], "ask_first_run", recording_ask)
    try:
        gc.disable()
        assert cli.main(["--db", str(filled), "export", str(tmp_path / "o.csv")]) == 0
        assert gc.isenabled()
        gc.disable()
        assert cli.main(["--db", str(tmp_path / "new.db")]) == 7  # the first start, then the window
        assert gc.isenabled()
    finally:
        gc.enable()
    assert seen == [True, True]
    assert (tmp_path / "o.csv").exists() and len(fake_window) == 1


@pytest.mark.parametrize("rotated_later", [False, True])
def test_log_file_rotates(tmp_path: Path, rotated_later: bool) -> None:
    """A file set up unrotated (the staff window's start) keeps what was written before it is
    rotated, then rotates like one rotated from the start."""
    path = setup_logging(tmp_path / "logs", rotate=not rotated_later)
    try:
        logger = logging.getLogger("showcase.test")
        if rotated_later:
            logger.warning("before the rotation began")
            rotate_log()
            for _ in range(12):  # 1.2 MB: the file rotates once
                logger.info("x" * 100_000)
            first = (path.parent / "etalase.log.1").read_text().splitlines()[0]
            assert first.endswith("WARNING showcase.test: before the rotation began")
        for _ in range(70):  # 7 MB: enough to fill the file and all five old ones
            logger.info("x" * 100_000)
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", None) == str(path):
                logging.getLogger().removeHandler(handler)
                handler.close()
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["etalase.log", *(f"etalase.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 1_000_000 for p in path.parent.iterdir())
