"""`etalase kiosk --restart`: run the kiosk, and start it again whenever it ends in a crash.

A kiosk PC has nobody at its keyboard: after a crash the kiosk must come back by itself. On
Linux the systemd user unit does this (installer/linux/etalase-kiosk.service); on Windows the
Startup-folder shortcut made by the installer runs the kiosk through this watchdog instead.

The kiosk runs as a child process, so a crash of any kind (a Qt abort, a killed process) ends
only the child. Status 0 means staff left the kiosk with the PIN: the watchdog ends too, and the
PC stays usable until the next login. Any other end is logged and the kiosk is started again
after RESTART_DELAY seconds, however often (a database on a USB stick that is not plugged in
yet is tried again until it is).
"""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

RESTART_DELAY = 5.0  # seconds, as RestartSec= in the systemd unit


def kiosk_command(
    database: Path | str | None, *, windowed: bool, name: str | None = None
) -> list[str]:
    """The command line that runs the kiosk itself (without the watchdog) on `database` (a file,
    or a server's URL), or on the default database when None (made with the demo on first
    start, as `kiosk` does); `name` is the kiosk's name on a server."""
    if getattr(sys, "frozen", False):
        program = [sys.executable]
    else:  # from source: python main.py …
        program = [sys.executable, str(Path(__file__).resolve().parents[1] / "main.py")]
    db = ["--db", str(database)] if database is not None else []
    named = ["--name", name] if name else []
    return [*program, *db, "kiosk", *(["--windowed"] if windowed else []), *named]


def watch(command: list[str], *, delay: float = RESTART_DELAY) -> int:
    """Run `command` until it ends with status 0, starting it again `delay` s after any other
    end; return 0. A Ctrl+C at a console ends the watchdog (status 130)."""
    starts = 0
    while True:
        starts += 1
        try:
            status = subprocess.call(command)
        except KeyboardInterrupt:
            return 130
        except OSError as exc:  # the program itself is missing or cannot run
            log.error("The kiosk could not be started (%s); trying again in %g s", exc, delay)
            status = None
        if status == 0:
            log.info("The kiosk ended normally after %d start(s); the watchdog ends", starts)
            return 0
        if status is not None:
            log.warning("The kiosk ended with status %s; starting it again in %g s", status, delay)
        try:
            time.sleep(delay)
        except KeyboardInterrupt:
            return 130
