"""The command line: `main(argv)` parses it, picks the database file, then starts the staff window
or runs a command; see README.md for the commands.

To add a command group: write `showcase/cli/GROUP.py` with `register(commands: Commands)` that
adds its commands with `commands.add(name, summary, run)`, where `run(args, target) -> int`;
list it in parser.command_groups(). Groups import common.py only, never each other or this
package (an import-linter contract in pyproject.toml checks it).

A mistake by the user ends with one line on stderr and exit status 2; an unexpected fault is
logged with its traceback and ends with one line naming the log file and exit status 1. Nothing
heavy is imported at the top: `--version` needs only argparse, and Qt is loaded only for the
windows, so the commands start quickly.
"""

from __future__ import annotations

import argparse
import gc
import io
import logging
import sys
from pathlib import Path

from showcase import __version__
from showcase.cli.common import (
    EXIT_UNEXPECTED,
    EXIT_USER_ERROR,
    PROG,
    Run,
    Target,
    error,
    failure_message,
    say,
)
from showcase.cli.parser import build_parser, parse_command_line
from showcase.errors import UserError
from showcase.i18n import translate

EXIT_OUTPUT_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for a reader that went away

__all__ = ["build_parser", "main"]

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    """Run the command line `argv` (default sys.argv[1:]) and return the exit status.

    The root logger is left as it was found: the log file's handler lives only while main runs.
    The garbage collector, paused by main.py while the program starts, is on again once a
    command starts, once the staff window is painted, and whenever main returns.
    """
    try:
        _tolerant_console()
        try:
            args = parse_command_line(sys.argv[1:] if argv is None else argv)
        except SystemExit as exit_:  # --help, --version, or a usage error already reported
            return exit_.code if isinstance(exit_.code, int) else EXIT_USER_ERROR
        root = logging.getLogger()
        handlers, level = list(root.handlers), root.level
        try:
            # The staff window rotates its log file only once shown (logs.rotate_log).
            return _run(args, _start_logging(rotate=args.command is not None))
        finally:
            for handler in [h for h in root.handlers if h not in handlers]:
                root.removeHandler(handler)
                handler.close()
            root.setLevel(level)
    finally:
        gc.enable()


def _run(args: argparse.Namespace, log_path: Path | None) -> int:
    path: Path | None = None
    try:
        from showcase.paths import database_path

        target = _server_target(args.db)
        if target is None:
            path, is_default = database_path(args.db)
            target = Target(path, is_default)
        path = target.path
        log.info(
            "Etalase %s: %s on %s", __version__, args.command or "staff window", target.location
        )
        return _as_command_line(args, target)
    except KeyboardInterrupt:
        say(f"{PROG}: " + translate("Cli", "interrupted"))
        return 130
    except Exception as exc:
        if isinstance(exc, BrokenPipeError) and _reader_gone():
            return _stop_writing()
        message = failure_message(exc, path, args.command)
        if message is not None:
            if isinstance(exc, UserError):
                log.info("Stopped: %s", exc)
            else:
                log.warning("Database problem: %s", message, exc_info=True)
            error(message)
            return EXIT_USER_ERROR
        log.exception("Unexpected error in %s", args.command or "staff window")
        if log_path is None:
            say(
                f"{PROG}: "
                + translate(
                    "Cli", "unexpected error ({error}); no log file could be written"
                ).format(error=f"{type(exc).__name__}: {exc}")
            )
        else:
            say(
                f"{PROG}: "
                + translate("Cli", "unexpected error, details in {log}").format(log=log_path)
            )
        return EXIT_UNEXPECTED


def _reader_gone() -> bool:
    """Whether what reads the standard output has stopped reading (`etalase … | head`), rather
    than a pipe of the command's own work breaking (that one is an unexpected error)."""
    import select

    if not hasattr(select, "poll"):  # Windows: the console's pipe is the one a command writes
        return True
    try:
        output = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    poller = select.poll()
    poller.register(output, 0)  # a pipe whose reader has gone reports POLLERR unasked
    return any(events & select.POLLERR for _fd, events in poller.poll(0))


def _stop_writing() -> int:
    """End as a command whose reader went away ends: without a word (nobody reads it) and with
    the status a shell gives a command stopped by SIGPIPE. What the command did before it is
    done (an import is committed before its summary is printed)."""
    import os

    log.info("The standard output was closed by its reader")
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python's last flush too
    return EXIT_OUTPUT_CLOSED


def _server_target(explicit: str | None) -> Target | None:
    """The Target for a postgresql:// URL given by --db or SHOWCASE_DB, else None."""
    import os

    from showcase.paths import DATABASE_ENV
    from showcase.store.location import is_server_url, parse_server_url

    named = explicit if explicit is not None else os.environ.get(DATABASE_ENV, "")
    if not named or not is_server_url(named.strip()):
        return None
    from showcase.store.server_engine import local_stand_in

    server = parse_server_url(named)
    return Target(local_stand_in(server), False, server)


def _as_command_line(args: argparse.Namespace, target: Target) -> int:
    """Run the command; what a command changes is recorded in the audit log as done from the
    command line (the windows record their signed-in staff instead)."""
    run: Run = args.run
    if args.command is None:  # the staff window: collecting resumes once it is painted
        return run(args, target)
    gc.enable()
    if args.command == "kiosk":
        return run(args, target)
    from showcase.inventory.history.recorder import command_line_actor
    from showcase.store.db import Database

    previous, Database.default_actor = Database.default_actor, command_line_actor()
    try:
        return run(args, target)
    finally:
        Database.default_actor = previous


def _start_logging(*, rotate: bool) -> Path | None:
    from showcase.logs import setup_logging
    from showcase.paths import log_dir

    try:
        return setup_logging(log_dir(), rotate=rotate)
    except OSError:
        return None  # no log file is no reason not to run


def _tolerant_console() -> None:
    """Never fail on printing: a Windows console code page cannot show every file name."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
