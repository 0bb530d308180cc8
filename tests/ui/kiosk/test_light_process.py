"""The kiosk's process stays light: browsing reads the showcase with sqlite3 and never loads
SQLAlchemy, its models or the document libraries (together some 35 MiB of a kiosk's memory)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.paths import ROOT

# Home, the first category, its first product, and what the window shows then.
BROWSE = """
import os
import sys
from showcase.ui.kiosk.screens.base import Route
from showcase.ui.kiosk.screens.tiles import Tile
from showcase.ui.kiosk.window import KioskWindow
from showcase.ui.qt_setup import application
from tests.helpers.kiosk import visible_text

app = application()
window = KioskWindow(sys.argv[1], windowed=True)
window.resize(1920, 1080)
window.show()

def show(route):
    window.navigate(route)
    app.processEvents()
    window.repaint()

show(Route("home"))
show(next(t.route for t in window.home.findChildren(Tile) if t.route.name == "category"))
show(window.browse.grid.tiles()[0].route)
print(window.route.name)
print(visible_text(window.current_screen).replace("\\n", " "))
heavy = ("sqlalchemy", "showcase.store.models", "reportlab", "openpyxl", "psycopg")
print(" ".join(name for name in heavy if name in sys.modules) or "-", flush=True)
os._exit(0)  # what was to be seen is printed; Qt's teardown order is not under test here
"""


def test_browsing_the_kiosk_loads_no_orm(tmp_path: Path, demo_file: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", BROWSE, str(demo_file)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    route, page, loaded = done.stdout.splitlines()[-3:]
    assert route == "product"
    assert "Rp" in page  # the product page with its price was shown
    assert loaded == "-"
