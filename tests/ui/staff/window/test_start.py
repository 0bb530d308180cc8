"""Starting the staff window: a real `etalase` process opens it and, under the start-up probe,
says so once and ends with 0; StaffApp shows the window with the daily backup running."""

from __future__ import annotations

import gc
import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.inventory.formats import Language
from showcase.logs import setup_logging
from showcase.store.db import Database
from showcase.ui.language import current_language
from showcase.ui.qt_setup import install_translators, use_locale
from showcase.ui.staff.window.language_menu import save_language
from showcase.ui.staff.window.staff_app import StaffApp
from showcase.ui.staff.window.start import (
    WINDOW_SHOWN,
    application_in_saved_language,
    finish_once_painted,
)
from tests.helpers.factories import make_account
from tests.helpers.lan import desk_url, prepared_showcase
from tests.helpers.paths import ROOT, run_probed
from tests.helpers.postgres import PostgresServer


@pytest.mark.parametrize("probe", ["1", "exit"])  # "exit": ends at the paint (counting runs)
def test_the_staff_window_reports_when_shown_and_exits(
    sqlite_db: Database, tmp_path: Path, probe: str
) -> None:
    db = sqlite_db  # the program is started on its file
    path = db.path
    db.close()
    done = run_probed(
        str(ROOT / "main.py"), "--db", str(path), home=tmp_path, ETALASE_STARTUP_PROBE=probe
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [WINDOW_SHOWN]


def test_the_staff_app_shows_its_window_with_the_daily_backup(
    qtbot: QtBot, qapp: QApplication, db: Database
) -> None:
    user = make_account(db)
    staff = StaffApp(qapp, db, user)
    qtbot.addWidget(staff.window)
    assert not staff.window.daily_backup.timer.isActive()
    staff.show()
    qtbot.waitExposed(staff.window)
    assert staff.window.daily_backup.timer.isActive()
    assert staff.window.user.id == user.id and staff.window.isVisible()
    staff.window.close()
    assert not staff.window.daily_backup.timer.isActive()


def test_the_first_screen_is_shown_before_what_it_does_not_need_is_loaded(
    demo_file: Path, tmp_path: Path
) -> None:
    """The modules loaded when the window says it is shown, on the demo's products: the window
    and its table, not the log's rotation, the fonts' 2.5 MB of resources, the database
    toolkit, the document makers or the command line's commands."""
    out = tmp_path / "modules.txt"
    helper = ROOT / "tests" / "helpers" / "first_screen_modules.py"
    done = run_probed(
        str(helper), "--db", str(demo_file), home=tmp_path, ETALASE_MODULES_OUT=str(out)
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [WINDOW_SHOWN]
    loaded = set(out.read_text(encoding="utf-8").split())
    assert {
        "showcase.ui.staff.window.main_window",
        "showcase.ui.staff.window.product_table",
    } <= loaded
    put_off = {"logging.handlers", "socket", "showcase.ui.rc_fonts"}
    put_off |= {"showcase.ui.staff.window.server_watch", "showcase.ui.staff.window.view_state"}
    put_off |= {"sqlalchemy", "reportlab", "qrcode", "openpyxl"}
    put_off |= {"showcase.inventory.history.recorder"}
    put_off |= {"showcase.cli.backup", "showcase.cli.data", "showcase.cli.documents"}
    put_off |= {"showcase.cli.kiosk", "showcase.cli.report", "showcase.cli.server"}
    put_off |= {"showcase.cli.website"}  # the command groups: the window is no command
    put_off |= {"PySide6.QtGui.QFontDatabase"}  # the program's fonts: after the paint
    put_off |= {"PySide6.QtGui.QPainter"}  # drawn with by a passing message, an empty list
    put_off |= {"json"}  # read from PostgreSQL's plans only
    assert {name for name in loaded if name in put_off or name.split(".")[0] in put_off} == set()


def test_on_a_server_the_first_screen_is_shown_without_the_database_toolkit(
    postgres: PostgresServer, demo_file: Path, tmp_path: Path
) -> None:
    """A desk on the center's server, through the desk login: the schema is checked on the
    connection the window then reads on, and SQLAlchemy (engine and sessions) waits for the
    first write, as on a file; so do the program's fonts, and the password dialog's parts
    (its password is in the URL)."""
    name = prepared_showcase(postgres, demo_file)
    out = tmp_path / "modules.txt"
    helper = ROOT / "tests" / "helpers" / "first_screen_modules.py"
    url = desk_url(postgres, name)
    done = run_probed(str(helper), "--db", url, home=tmp_path, ETALASE_MODULES_OUT=str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [WINDOW_SHOWN]
    loaded = set(out.read_text(encoding="utf-8").split())
    assert {"psycopg", "showcase.ui.staff.window.product_table"} <= loaded
    assert {name for name in loaded if name.split(".")[0] in {"sqlalchemy", "alembic"}} == set()
    put_off = {"showcase.ui.rc_fonts", "PySide6.QtGui.QFontDatabase"}
    assert loaded & (put_off | {"showcase.ui.widgets.dialog_parts"}) == set()


def test_the_window_turns_on_what_the_start_put_off_once_painted(
    qtbot: QtBot, qapp: QApplication, sqlite_db: Database, tmp_path: Path
) -> None:
    """main.py pauses the garbage collector while the program starts, and the command line
    starts the window's log file unrotated; once the window is first painted the collector is
    on and the file rotates, holding what was written before."""
    root = logging.getLogger()
    before = list(root.handlers)
    log = setup_logging(tmp_path / "logs", rotate=False)
    logging.getLogger("showcase.test").warning("written while starting")
    staff = StaffApp(qapp, sqlite_db, make_account(sqlite_db))
    qtbot.addWidget(staff.window)
    gc.disable()
    try:
        finish_once_painted(staff.window)
        assert not gc.isenabled()
        staff.show()
        qtbot.waitUntil(gc.isenabled)
        qtbot.waitUntil(lambda: any(isinstance(h, RotatingFileHandler) for h in root.handlers))
        logging.getLogger("showcase.test").warning("written once shown")
    finally:
        gc.enable()
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
        staff.window.close()  # stops its daily backup
    lines = log.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines if "showcase.test" in line] == [
        "written while starting",
        "written once shown",
    ]


@pytest.mark.parametrize(
    ("made_in", "saved", "menu"),
    [("id", "en", "&Products"), ("en", "en", "&Products"), ("en", "id", "&Produk")],
)
def test_an_application_made_before_the_window_ends_in_the_saved_language(
    qapp: QApplication, made_in: Language, saved: Language, menu: str
) -> None:
    """The first-start question, or a server's password, made the application before the
    window: the window opens in the language saved on this PC, switched to where it differs,
    with the translators it has where it is already in it."""
    save_language(saved)
    install_translators(qapp, made_in)
    translators = set(qapp.findChildren(QTranslator))
    try:
        assert application_in_saved_language([]) is qapp
        assert current_language() == saved
        assert QApplication.translate("MainWindow", "&Products") == menu
        if made_in == saved:  # none loaded again
            assert set(qapp.findChildren(QTranslator)) == translators
    finally:
        for translator in qapp.findChildren(QTranslator):
            QCoreApplication.removeTranslator(translator)
        use_locale("id")
