"""The staff window (what `etalase` starts without a command) and the unlisted `selfcheck`.

Before the window opens a damaged file, staff are offered its newest good backup; a new file
is made only after the first-start question (the demo or an empty showcase).
"""

from __future__ import annotations

import argparse
import gc
from pathlib import Path
from typing import TYPE_CHECKING

from showcase.cli.common import EXIT_OK, Commands, Target
from showcase.errors import DatabaseFileError, WriteProtectedError
from showcase.i18n import translate

if TYPE_CHECKING:
    from showcase.store.db import Database


def register(commands: Commands) -> None:
    # No help text, so not listed in --help: a check of printing and previews for whoever
    # installs or supports a PC, and for the frozen build's smoke test (ui/selfcheck.py).
    commands.add_unlisted("selfcheck", _selfcheck)


def staff_window(args: argparse.Namespace, target: Target) -> int:
    from showcase.store.db import open_database

    if target.server is not None:  # a server showcase: no file of this PC's to check or make
        from showcase.ui.qt_setup import application
        from showcase.ui.staff.window.language_menu import saved_language
        from showcase.ui.staff.window.server_login import open_server_showcase

        # The application first, in the staff's language: the password is asked in a dialog
        # and a problem with the server is said in a message box. The program's own fonts wait
        # for the window's first paint, as on a file (start.finish_once_painted).
        application([], saved_language(), fonts_soon=False)
        server_database = open_server_showcase(target.server)
        if server_database is None:
            return EXIT_OK  # cancelled, or the problem was shown: nothing was opened
        return _run_window(server_database)
    path = target.path
    recover_if_damaged(path)  # a damaged file: offer the newest good backup instead of failing

    if not path.exists():
        # The first start: staff choose the demo or an empty showcase, and the center's name;
        # making the demo is long work, so garbage is collected (main.py paused it to start).
        gc.enable()
        from showcase.ui.first_run import open_new_showcase

        new_database = open_new_showcase(path, is_default=target.is_default)
        if new_database is None:
            return EXIT_OK  # staff quit the first-start question: nothing was made
        database = new_database
    else:
        try:
            database = open_database(path)
        except WriteProtectedError:
            from showcase.ui.staff.window.start import say_write_protected

            say_write_protected(path)  # in the window, then on the command line
            raise
    return _run_window(database)


def _run_window(database: Database) -> int:
    try:
        from showcase.ui.staff.window.start import run_staff

        return run_staff(database, [])
    finally:
        database.close()


def recover_if_damaged(path: Path) -> None:
    """Before the staff window opens `path`: if the file is damaged, offer the newest good
    backup in a dialog. Raises DatabaseFileError if staff choose to quit instead."""
    from showcase.file_errors import resolved as resolve
    from showcase.store.damage import find_damage

    resolved = resolve(path.expanduser())
    # The cheap part only: the whole check waits until the window is shown (daily_backup.py).
    problem = find_damage(resolved, thorough=False)
    if problem is None:
        return
    from showcase.ui.staff.data.damaged import offer_restore

    if offer_restore(resolved, problem) is None:
        raise DatabaseFileError(
            translate("Cli", "{path} is damaged ({problem}); nothing was restored").format(
                path=resolved, problem=problem
            )
        )


def _selfcheck(args: argparse.Namespace, target: Target) -> int:
    from showcase.ui.selfcheck import run_selfcheck

    return run_selfcheck()
