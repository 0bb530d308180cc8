"""Where Etalase keeps its files: the data folder (database, logs) and the config folder (the
staff window's language) are the folders platformdirs gives, whatever the XDG variables say."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from showcase.paths import APP_NAME, log_dir, user_config_dir, user_data_dir
from tests.helpers.paths import ROOT

XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME")


@pytest.mark.parametrize(
    "xdg",
    [None, "absolute", "absolute/", "relative", ""],
    ids=["unset", "absolute", "trailing slash", "relative", "empty"],
)
@pytest.mark.parametrize("home", ["absolute", "absolute/", "/", "relative", None])
def test_the_same_folders_as_platformdirs(
    xdg: str | None, home: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def place(value: str, name: str) -> str:
        if value == "relative":
            return name
        if value.startswith("absolute"):
            return str(tmp_path / name) + value.removeprefix("absolute")
        return value

    for variable in XDG:
        if xdg is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, place(xdg, variable.lower()))
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", place(home, "home"))
    data = platformdirs.user_data_path(APP_NAME, appauthor=False)
    assert user_data_dir() == data
    assert log_dir() == data / "logs"
    assert user_config_dir() == platformdirs.user_config_path(APP_NAME, appauthor=False)


@pytest.mark.skipif(sys.platform != "linux", reason="platformdirs answers on other systems")
def test_the_folders_are_found_without_loading_platformdirs_on_linux(tmp_path: Path) -> None:
    """On Linux platformdirs is not loaded to find the data and config folders: time the staff
    window's start would wait for."""
    script = (
        "import sys\n"
        "from showcase.paths import log_dir, user_config_dir\n"
        "print(log_dir(), user_config_dir())\n"
        "print([name for name in sys.modules if name.startswith('platformdirs')])\n"
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    folders, loaded = done.stdout.splitlines()
    assert folders == f"{tmp_path}/.local/share/Etalase/logs {tmp_path}/.config/Etalase"
    assert loaded == "[]"
