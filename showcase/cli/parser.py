"""The argparse parser of `etalase`: the global options, and the commands of each command group.

command_groups() lists the command-group modules, in the order their commands appear in --help;
without a command the staff window starts (window.staff_window), and the other groups are not
loaded: their modules are time the window would wait for.
"""

from __future__ import annotations

import argparse
from types import ModuleType
from typing import NoReturn

from showcase import __version__
from showcase.cli import window
from showcase.cli.common import EXIT_USER_ERROR, PROG, Commands, db_help, one_line
from showcase.i18n import translate


def command_groups() -> tuple[ModuleType, ...]:
    """The command-group modules, in the order their commands appear in --help; loaded when
    the commands' parsers are built."""
    from showcase.cli import backup, data, documents, kiosk, report, server, website

    return (data, documents, report, website, kiosk, backup, server, window)


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line (argparse prints the whole usage first)."""

    def error(self, message: str) -> NoReturn:
        hint = translate("Cli", "see {command} --help").format(command=self.prog)
        self.exit(EXIT_USER_ERROR, f"{PROG}: error: {one_line(message)} ({hint})\n")


def parse_command_line(argv: list[str]) -> argparse.Namespace:
    """`argv` as the command line's parser reads it. Without a command (the staff window: no
    argument, or only --db) the commands' parsers are not built: argparse's cost for them is
    time the window would wait for, and the result is the same. The window's usual forms,
    `etalase` and `etalase --db FILE`, are read without any parser: building one, with its
    help formatter and gettext's look-ups, is still ~1.5 ms of the window's start."""
    if not argv:
        return argparse.Namespace(db=None, run=window.staff_window, command=None)
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return argparse.Namespace(db=argv[1], run=window.staff_window, command=None)
    only_db = (len(argv) == 2 and argv[0] == "--db") or (
        len(argv) == 1 and argv[0].startswith("--db=")
    )
    return build_parser(commands=bool(argv) and not only_db).parse_args(argv)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The parser of the command line; with commands=False, of its global options only."""
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
    parser.set_defaults(run=window.staff_window, command=None)
    if commands:
        subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
        listed = Commands(subparsers)
        for group in command_groups():
            group.register(listed)
    return parser
