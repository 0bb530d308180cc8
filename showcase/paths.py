"""Where Etalase's files are: the default database and the log folder, in the user data folder,
and the program's own read-only files (resource_dir).

platformdirs gives the usual place on each system (`~/.local/share/Etalase` on Linux,
`%LOCALAPPDATA%\\Etalase` on Windows). It is imported when a path is first asked for, so
commands that never need the user data folder (`--version`) do not pay for it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Etalase"
DATABASE_NAME = "etalase.db"
# Names the database file instead of `--db`; handy for scripts and for a kiosk PC's autostart.
DATABASE_ENV = "SHOWCASE_DB"


def resource_dir() -> Path:
    """The folder that holds `assets/` (the fonts reportlab embeds, the icon).

    From source, the checkout's root. In the frozen program (PyInstaller, one folder) it is the
    bundle's `_internal` folder, `sys._MEIPASS`, where installer/etalase.spec puts `assets/`; it
    is not beside the executable, and the working directory can be anything (a shortcut, a
    systemd unit), so neither may be used.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[1]


def user_data_dir() -> Path:
    """The user data folder of Etalase (not created here)."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    """The database used when neither `--db` nor SHOWCASE_DB names one."""
    return user_data_dir() / DATABASE_NAME


def log_dir() -> Path:
    """The folder of the rotating log file."""
    return user_data_dir() / "logs"


def database_path(explicit: str | None) -> tuple[Path, bool]:
    """The database file to use, and whether it is the default one.

    `--db` wins over SHOWCASE_DB, which wins over the default file. An empty SHOWCASE_DB counts
    as unset, because `SHOWCASE_DB= etalase` is how a shell clears it for one command.
    """
    if explicit is not None:
        if not explicit.strip():
            from showcase.errors import UserError

            raise UserError("--db needs a file name")
        return Path(explicit).expanduser(), False
    from_env = os.environ.get(DATABASE_ENV, "")
    if from_env:
        return Path(from_env).expanduser(), False
    return default_database_path(), True
