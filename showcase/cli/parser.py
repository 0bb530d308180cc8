"""The argparse parser of `etalase`: the global options, and the commands of each command group.

GROUPS lists the command-group modules, in the order their commands appear in --help; without a
command the staff window starts (window.staff_window).
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from showcase import __version__
from showcase.cli import backup, data, documents, kiosk, report, server, website, window
from showcase.cli.common import EXIT_USER_ERROR, PROG, Commands, db_help, one_line
from showcase.i18n import translate

GROUPS = (data, documents, report, website, kiosk, backup, server, window)


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line (argparse prints the whole usage first)."""

    def error(self, message: str) -> NoReturn:
        hint = translate("Cli", "see {command} --help").format(command=self.prog)
        self.exit(EXIT_USER_ERROR, f"{PROG}: error: {one_line(message)} ({hint})\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate(
            "Cli",
            "Etalase, the showcase of the Bakauheni UMKM Center. Without a command: the staff window.",
        ),
        epilog=translate(
            "Cli",
            "SHOWCASE_DB names the database file instead of --db. Without either, the file in "
            "the user data folder is used, filled with the demo showcase on first start.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"Etalase {__version__}")
    parser.add_argument("--db", metavar="FILE|URL", help=db_help())
    parser.set_defaults(run=window.staff_window)
    commands = Commands(parser.add_subparsers(dest="command", metavar="COMMAND", title="commands"))
    for group in GROUPS:
        group.register(commands)
    return parser
