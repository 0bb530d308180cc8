"""Smoke test of the frozen program: does dist/Etalase/ work on a PC with no Python?

    .venv/bin/python tests/frozen/smoke.py dist/Etalase/etalase

Run by `python3 tools/freeze.py --smoke` (and so by CI) right after the build; not collected by
pytest (its name does not start with test_), since it needs a frozen build of the current code.
The folder is first copied elsewhere, as an installer would, so nothing can come from the source
tree, and every command runs there with its own empty user folders and no screen
(QT_QPA_PLATFORM=offscreen):

- `--version`, `demo` into a new database;
- `export` to XLSX read back with openpyxl, `import --dry-run` of it, `backup`;
- `catalogue` and `labels` PDFs, opened with PDFium: page counts, the demo's products in the
  text, the DejaVu fonts embedded (read from _internal/assets/fonts);
- `website --zip`: a page per product, the style sheet and search script (from
  _internal/assets/website), the .zip;
- the staff window and the kiosk (windowed and full screen) open and say so
  (ETALASE_STARTUP_PROBE); on Linux the X11 platform plugin (xcb) loads;
- `selfcheck` passes: print-support plugin, print dialog, printing through QPrinter, the
  PDF preview, SVG icons and :/ resources, Indonesian translations;
- with the JPEG and print-support plugins removed from the copy, `selfcheck` fails and names
  them (what would otherwise fail silently on a PC);
- on a throwaway PostgreSQL server (tests/helpers/postgres.py): `server init`, `copy` of the demo
  onto it, and `export` through the desk login (psycopg and the dialect are in the folder);
- a user's mistake still ends with one line and status 2, not a traceback;
- nothing of Qt WebEngine, QML/Quick, 3D, Multimedia or Network is in the folder.

Prints one line per check and ends with "smoke: N passed, M failed"; status 1 if any failed.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 180  # seconds for one command; a window that never reports would hang CI otherwise
UNWANTED = re.compile(
    r"Qt6?(WebEngine|Qml|Quick|3D|Multimedia|Network|Pdf|VirtualKeyboard|Designer)", re.I
)


class SmokeError(Exception):
    """A check failed; the message says what was seen."""


class Frozen:
    """The copied frozen program and a scratch folder with its own user folders."""

    def __init__(self, executable: Path, scratch: Path) -> None:
        self.executable = executable
        self.scratch = scratch
        self.db = scratch / "showcase.db"
        home = scratch / "home"
        home.mkdir()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
        self.env.pop("SHOWCASE_DB", None)
        self.env.update(
            HOME=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_STATE_HOME=str(home / "state"),
            LOCALAPPDATA=str(home / "LocalAppData"),
            APPDATA=str(home / "AppData"),
            QT_QPA_PLATFORM="offscreen",
        )

    def run(self, *args: str, probe: bool = False) -> subprocess.CompletedProcess[str]:
        env = dict(self.env, ETALASE_STARTUP_PROBE="1") if probe else self.env
        try:
            return subprocess.run(
                [str(self.executable), *args],
                cwd=self.scratch,
                env=env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeError(f"{' '.join(args) or 'staff window'}: no end in {TIMEOUT} s") from exc

    def ok(self, *args: str, probe: bool = False) -> str:
        done = self.run(*args, probe=probe)
        if done.returncode != 0:
            raise SmokeError(
                f"{' '.join(args) or 'staff window'} ended with {done.returncode}: "
                f"{(done.stderr or done.stdout).strip()[-800:]}"
            )
        return done.stdout


def _pdf_text(path: Path) -> tuple[int, str]:
    document = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return len(document), "\n".join(texts)
    finally:
        document.close()


def _products(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as connection:
        return list(connection.execute("SELECT code, name_id FROM product ORDER BY code"))


def _embedded_fonts(path: Path) -> set[str]:
    found = re.findall(rb"/BaseFont\s*/[A-Z]{6}\+([A-Za-z0-9-]+)", path.read_bytes())
    return {name.decode() for name in found}


def check_version(app: Frozen) -> str:
    source = (ROOT / "showcase" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', source)
    assert match is not None
    out = app.ok("--version").strip()
    if out != f"Etalase {match.group(1)}":
        raise SmokeError(f"--version printed {out!r}")
    return out


def check_demo(app: Frozen) -> str:
    out = app.ok("--db", str(app.db), "demo").strip()
    products = _products(app.db)
    if len(products) < 20:
        raise SmokeError(f"the demo made {len(products)} products: {out}")
    return out


def check_catalogue(app: Frozen) -> str:
    pdf = app.scratch / "katalog.pdf"
    out = app.ok("--db", str(app.db), "catalogue", str(pdf)).strip()
    pages, text = _pdf_text(pdf)
    said = re.search(r"on (\d+) pages", out)
    if said is None or int(said.group(1)) != pages or pages < 3:
        raise SmokeError(f"the catalogue has {pages} pages; the command said: {out}")
    names = [name for _, name in _products(app.db)]
    shown = [name for name in names if name in text]
    if len(shown) < len(names) // 2:
        raise SmokeError(f"only {len(shown)} of {len(names)} product names in the catalogue text")
    if "DejaVuSansCondensed" not in _embedded_fonts(pdf):
        raise SmokeError(f"the catalogue's fonts are {_embedded_fonts(pdf)}, not DejaVu")
    return f"{pages} pages, {len(shown)} product names in the text"


def check_labels(app: Frozen) -> str:
    pdf = app.scratch / "label.pdf"
    out = app.ok("--db", str(app.db), "labels", str(pdf), "--all").strip()
    pages, text = _pdf_text(pdf)
    said = re.search(r"(\d+) labels on (\d+) pages", out)
    codes = [code for code, _ in _products(app.db)]
    if said is None or int(said.group(1)) != len(codes) or int(said.group(2)) != pages:
        raise SmokeError(f"{pages} pages for {len(codes)} products; the command said: {out}")
    missing = [code for code in codes if code not in text]
    if missing:
        raise SmokeError(f"codes missing from the labels: {missing[:5]}")
    if "DejaVuSansCondensed-Bold" not in _embedded_fonts(pdf):
        raise SmokeError(f"the labels' fonts are {_embedded_fonts(pdf)}")
    return f"{len(codes)} labels on {pages} pages, every code in the text"


def check_website(app: Frozen) -> str:
    """The website command, whose page frame, style sheet and script come from
    _internal/assets/website: every product page written, with the style sheet beside it."""
    site = app.scratch / "situs"
    out = app.ok("--db", str(app.db), "website", str(site), "--zip").strip()
    codes = [code for code, _ in _products(app.db)]
    pages = list(site.glob("id/p/*/index.html"))
    css = site / "site.css"
    if not codes or len(pages) < len(codes) // 2 or not css.is_file() or css.stat().st_size < 1000:
        raise SmokeError(f"{len(pages)} product pages for {len(codes)} products: {out}")
    if "search-index.js" not in (site / "id" / "cari" / "index.html").read_text("utf-8"):
        raise SmokeError("the search page does not load its index")
    if not (app.scratch / "situs.zip").is_file():
        raise SmokeError(f"no .zip: {out}")
    return f"{len(pages)} product pages, {out.splitlines()[0]}"


def check_spreadsheet_and_backup(app: Frozen) -> str:
    """XLSX export and import (openpyxl's data files) and a backup (SQLite's backup API)."""
    from openpyxl import load_workbook

    xlsx = app.scratch / "produk.xlsx"
    app.ok("--db", str(app.db), "export", str(xlsx))
    workbook = load_workbook(xlsx, read_only=True)
    rows = sum(1 for row in workbook.worksheets[0].iter_rows() if any(c.value for c in row))
    workbook.close()
    products = len(_products(app.db))
    if rows != products + 1:
        raise SmokeError(f"the XLSX export has {rows} rows for {products} products")
    out = app.ok("--db", str(app.db), "import", str(xlsx), "--dry-run").strip()
    if f"leave {products} unchanged" not in out:
        raise SmokeError(f"importing the export back: {out}")
    folder = app.scratch / "cadangan"
    folder.mkdir()
    app.ok("--db", str(app.db), "backup", str(folder))
    copies = list(folder.glob("*.db"))
    if len(copies) != 1 or len(_products(copies[0])) != products:
        raise SmokeError(f"the backup folder holds {copies}")
    return f"{products} products exported to XLSX and read back; backup {copies[0].name}"


def check_staff_window(app: Frozen) -> str:
    out = app.ok("--db", str(app.db), probe=True)
    if "etalase-window-shown" not in out.split():
        raise SmokeError(f"the staff window did not report itself shown: {out!r}")
    return "shown"


def check_kiosk(app: Frozen) -> str:
    for mode in (["--windowed"], []):
        out = app.ok("--db", str(app.db), "kiosk", *mode, probe=True)
        if "etalase-kiosk-shown" not in out.split():
            raise SmokeError(f"kiosk {' '.join(mode)}: not reported shown: {out!r}")
    return "shown windowed and full screen"


def check_selfcheck(app: Frozen) -> str:
    out = app.ok("selfcheck")
    if out.strip().splitlines()[-1] != "selfcheck: all passed":
        raise SmokeError(out)
    return "; ".join(line.split(":", 1)[0].split(maxsplit=1)[1] for line in out.splitlines()[:-1])


def check_x11_platform(app: Frozen) -> str:
    """The X11 platform plugin (xcb) loads: its libraries are in the folder or on the system.

    There is no X server here, so Qt stops right after: "could not connect to display" is what
    a plugin that loaded says; one that could not load says only that it could not be loaded.
    """
    if not sys.platform.startswith("linux"):
        return "not Linux: skipped"
    env = {k: v for k, v in app.env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    done = subprocess.run(
        [str(app.executable), "selfcheck"],
        cwd=app.scratch,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if "could not connect to display" not in done.stderr:
        raise SmokeError(f"the xcb platform plugin did not load: {done.stderr.strip()[-600:]}")
    return "libqxcb loaded (no X server here, as expected)"


def check_server(app: Frozen) -> str:
    """The program as a desk PC runs it against the center's server."""
    sys.path.insert(0, str(ROOT))
    from tests.helpers.postgres import running_server

    with running_server() as server:
        name = server.new_name("smoke")
        admin = server.url(name)
        logins = ("--desk-password", "desk-smoke", "--kiosk-password", "kiosk-smoke")
        out = app.ok("server", "init", admin, *logins)
        if f"etalase_desk@127.0.0.1:{server.port}/{name}" not in out:
            raise SmokeError(f"server init did not name the desk's login: {out[-300:]!r}")
        app.ok("copy", str(app.db), admin)
        desk = f"postgresql://etalase_desk:desk-smoke@127.0.0.1:{server.port}/{name}"
        exported = app.scratch / "from-server.csv"
        app.ok("--db", desk, "export", str(exported))
        codes = {line.split(",", 1)[0] for line in exported.read_text("utf-8-sig").splitlines()[1:]}
        expected = {code for code, _ in _products(app.db)}
        if codes != expected:
            raise SmokeError(
                f"the server's export holds {len(codes)} codes, the file {len(expected)}"
            )
    return f"server init, copy and export through the desk login: {len(codes)} products"


def check_mistake(app: Frozen) -> str:
    done = app.run("--db", str(app.scratch / "no-such.db"), "kiosk")
    lines = done.stderr.strip().splitlines()
    if done.returncode != 2 or len(lines) != 1 or "Traceback" in done.stderr:
        raise SmokeError(f"status {done.returncode}, stderr {done.stderr!r}")
    return lines[0]


def check_contents(app: Frozen) -> str:
    folder = app.executable.parent
    unwanted = sorted(p.name for p in folder.rglob("*") if UNWANTED.search(p.name))
    if unwanted:
        raise SmokeError(f"Qt modules the program does not use: {unwanted[:8]}")
    return "no WebEngine, QML/Quick, 3D, Multimedia, Network or Pdf"


def check_missing_plugins_are_named(app: Frozen) -> str:
    """Last, since it damages the copy: remove plugins; selfcheck must fail and name them."""
    plugins = app.executable.parent / "_internal" / "PySide6" / "Qt" / "plugins"
    if not plugins.is_dir():
        plugins = app.executable.parent / "_internal" / "PySide6" / "plugins"  # Windows wheels
    removed = [
        *(plugins / "imageformats").glob("*qjpeg*"),
        *(plugins / "printsupport").glob("*"),
    ]
    if not removed:
        raise SmokeError(f"no JPEG or print plugin found under {plugins}")
    for path in removed:
        path.unlink()
    done = app.run("selfcheck")
    out = done.stdout
    expected = ["FAIL  image formats: missing jpeg"]
    if sys.platform.startswith("linux"):
        expected.append("FAIL  print plugins: no print plugin")
    if done.returncode != 1 or not all(line in out for line in expected):
        raise SmokeError(f"status {done.returncode}: {out!r}")
    return out.strip().splitlines()[-1]


CHECKS: list[tuple[str, Callable[[Frozen], str]]] = [
    ("version", check_version),
    ("demo", check_demo),
    ("catalogue PDF", check_catalogue),
    ("labels PDF", check_labels),
    ("website", check_website),
    ("XLSX and backup", check_spreadsheet_and_backup),
    ("staff window", check_staff_window),
    ("kiosk", check_kiosk),
    ("X11 platform plugin", check_x11_platform),
    ("selfcheck", check_selfcheck),
    ("PostgreSQL server", check_server),
    ("user mistake", check_mistake),
    ("Qt modules", check_contents),
    ("missing plugins named", check_missing_plugins_are_named),
]


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_file():
        print("usage: python tests/frozen/smoke.py dist/Etalase/etalase", file=sys.stderr)
        return 2
    built = Path(argv[0]).resolve()
    failed = 0
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="etalase-smoke-") as tmp:
        scratch = Path(tmp)
        started = time.monotonic()
        # symlinks=True: a Linux bundle links some libraries (libfoo.so → libfoo.so.1).
        shutil.copytree(built.parent, scratch / "installed" / built.parent.name, symlinks=True)
        executable = scratch / "installed" / built.parent.name / built.name
        print(f"smoke: copied {built.parent} in {time.monotonic() - started:.1f} s", flush=True)
        work = scratch / "work"
        work.mkdir()
        app = Frozen(executable, work)
        for name, check in CHECKS:
            started = time.monotonic()
            try:
                result = f"ok    {name}: {check(app)}"
            except SmokeError as exc:
                failed += 1
                result = f"FAIL  {name}: {exc}"
            print(f"smoke: {result} ({time.monotonic() - started:.1f} s)", flush=True)
    print(f"smoke: {time.monotonic() - began:.1f} s in all", flush=True)
    print(f"smoke: {len(CHECKS) - failed} passed, {failed} failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
