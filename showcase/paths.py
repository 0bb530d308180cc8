"""Where Etalase's files are: the default database and the log folder, in the user data folder,
and the program's own read-only files (resource_dir).

platformdirs gives the usual place on each system (`~/.local/share/Etalase` on Linux,
`%LOCALAPPDATA%\\Etalase` on Windows). On Linux the data and config folders are read from the
XDG variables as platformdirs reads them, without loading platformdirs (~2 ms of the staff
window's start: its classes for every kind of folder on every system); platformdirs answers
everywhere else, and is imported only then.
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
    on_linux = _xdg_folder("XDG_DATA_HOME", ".local/share")
    if on_linux is not None:
        return on_linux
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def user_config_dir() -> Path:
    """The folder of Etalase's settings kept per PC (not created here)."""
    on_linux = _xdg_folder("XDG_CONFIG_HOME", ".config")
    if on_linux is not None:
        return on_linux
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def _xdg_folder(variable: str, in_home: str) -> Path | None:
    """On Linux, Etalase's folder in the base folder that the XDG `variable` names if it is an
    absolute path, else in `in_home` under an absolute HOME: the folder platformdirs gives
    there. None wherever platformdirs has more to decide (another system, Android, no absolute
    HOME): it answers then."""
    if (
        sys.platform != "linux"
        or hasattr(sys, "getandroidapilevel")
        or "ANDROID_ROOT" in os.environ
    ):
        return None
    base = os.environ.get(variable, "")
    if os.path.isabs(base):
        return Path(base, APP_NAME)
    home = os.environ.get("HOME", "")
    if not os.path.isabs(home):
        return None
    return Path(home, in_home, APP_NAME)


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
