"""A real X server for the tests where a window's size or a window manager matters.

`x_display()` starts Xvfb on a free display (and, if asked, the openbox window manager on it),
yields the environment a program needs to use it, and stops both afterwards. Looking at the
screen goes through the X server itself (xwininfo, xdotool, Pillow's X grab), as a person would.
Missing programs fail the test: CI installs them (.ci/run).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import Image, ImageGrab

TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Geometry:
    x: int
    y: int
    width: int
    height: int


def _need(program: str) -> str:
    found = shutil.which(program)
    assert found, f"{program} is not installed (CI installs it: see .ci/run)"
    return found


@contextmanager
def x_display(width: int, height: int, *, window_manager: bool) -> Iterator[dict[str, str]]:
    """An X screen of `width`×`height`, with openbox on it or with no window manager at all."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        [
            _need("Xvfb"),
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    assert number.isdigit(), "Xvfb did not start"
    env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
    manager = None
    try:
        if window_manager:
            manager = subprocess.Popen(
                [_need("openbox"), "--sm-disable"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            wait_for(lambda: _wm_running(env), "openbox to manage the screen")
        yield env
    finally:
        for process in (manager, xvfb):
            if process is not None:
                process.terminate()
                process.wait(10)


def _wm_running(env: dict[str, str]) -> bool:
    out = subprocess.run(
        [_need("xprop"), "-root", "_NET_SUPPORTING_WM_CHECK"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return "window id" in out


def wait_for(condition: Callable[[], object], what: str, timeout: float = TIMEOUT_S) -> None:
    """Poll `condition` (a few times a second) until it holds; fail naming `what` if it never does."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.1)


def window_geometry(env: dict[str, str], title: str) -> Geometry | None:
    """Where the X server shows the top-level window named `title` (visible ones only)."""
    found = subprocess.run(
        [_need("xdotool"), "search", "--onlyvisible", "--name", f"^{re.escape(title)}$"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    if not found:
        return None
    info = subprocess.run(
        [_need("xwininfo"), "-id", found[-1]], env=env, capture_output=True, text=True, check=True
    ).stdout

    def field(name: str) -> int:
        match = re.search(rf"{name}:\s+(-?\d+)", info)
        assert match, info
        return int(match.group(1))

    return Geometry(
        field("Absolute upper-left X"),
        field("Absolute upper-left Y"),
        field("Width"),
        field("Height"),
    )


def press(env: dict[str, str], *keys: str) -> None:
    """Keys as xdotool names them (`Escape`, `alt+F4`, `ctrl+q`), to the focused window."""
    subprocess.run([_need("xdotool"), "key", "--delay", "50", *keys], env=env, check=True)


def click(env: dict[str, str], x: int, y: int) -> None:
    subprocess.run(
        [_need("xdotool"), "mousemove", str(x), str(y), "click", "1"], env=env, check=True
    )


def screenshot(env: dict[str, str]) -> Image.Image:
    """The whole X screen, as the people in front of it see it."""
    return ImageGrab.grab(xdisplay=env["DISPLAY"])
