"""A real headless Chromium driven from the tests through its DevTools protocol, over a pipe.

`--remote-debugging-pipe` makes Chromium read protocol messages (JSON, each ended by a NUL) on
its file descriptor 3 and answer on 4: no port, no websocket library, no chromedriver. Each
`Tab` is a target attached in flat mode; it records every network request it makes and every
JavaScript error, so tests can check that nothing leaves the site and nothing breaks.

Debian's package: `apt-get install chromium`. A missing browser fails the test (never skips).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import itertools
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",  # the tests run as root in CI
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
    "--allow-file-access-from-files",
]
TIMEOUT = 30.0


class BrowserError(AssertionError):
    """Chromium is missing, did not answer, or a page's script failed."""


def chromium_binary() -> str:
    found = shutil.which(CHROMIUM) or shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        raise BrowserError(
            f"Chromium not found ({CHROMIUM}): install Debian's package, apt-get install chromium"
        )
    return found


class Browser:
    """One Chromium process; `tab()` opens a page. Use as a context manager."""

    def __init__(self) -> None:
        self._profile = tempfile.mkdtemp(prefix="etalase-chromium-")
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        # Above 10, so that placing them on 3 and 4 in the child never overwrites one another.
        child_in = fcntl.fcntl(to_child_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_out = fcntl.fcntl(from_child_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_child_r)
        os.close(from_child_w)

        def place_pipes() -> None:
            os.dup2(child_in, 3)  # dup2 makes them inheritable
            os.dup2(child_out, 4)

        self._process = subprocess.Popen(
            [
                chromium_binary(),
                *FLAGS,
                f"--user-data-dir={self._profile}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=False,
            preexec_fn=place_pipes,  # the one way to hand fds 3 and 4 over
        )
        os.close(child_in)
        os.close(child_out)
        self._write = os.fdopen(to_child_w, "wb", buffering=0)
        self._read = os.fdopen(from_child_r, "rb", buffering=0)
        self._ids = itertools.count(1)
        self._answers: dict[int, queue.Queue[dict[str, Any]]] = {}
        self._events: dict[str, queue.Queue[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()
        self.call("Target.setDiscoverTargets", discover=False)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(BrowserError):
            self.call("Browser.close", timeout=5)
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._write.close()
        shutil.rmtree(self._profile, ignore_errors=True)

    def _read_loop(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = self._read.read(65536)
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" in message:
                    with self._lock:
                        answer = self._answers.get(message["id"])
                    if answer is not None:
                        answer.put(message)
                else:
                    self._event_queue(message.get("sessionId", "")).put(message)

    def _event_queue(self, session: str) -> queue.Queue[dict[str, Any]]:
        with self._lock:
            return self._events.setdefault(session, queue.Queue())

    def call(
        self, method: str, session: str = "", timeout: float = TIMEOUT, **params: Any
    ) -> dict[str, Any]:
        number = next(self._ids)
        answer: queue.Queue[dict[str, Any]] = queue.Queue()
        with self._lock:
            self._answers[number] = answer
        message: dict[str, Any] = {"id": number, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self._write.write(json.dumps(message).encode() + b"\0")
        try:
            reply = answer.get(timeout=timeout)
        except queue.Empty:
            raise BrowserError(f"Chromium did not answer {method} in {timeout} s") from None
        finally:
            with self._lock:
                self._answers.pop(number, None)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    def tab(self, width: int = 1280, height: int = 800, *, mobile: bool = False) -> Tab:
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        return Tab(self, session, self._event_queue(session), width, height, mobile)


class Tab:
    """A page in the browser, at a window size; `requests` lists every URL it asked for."""

    def __init__(
        self,
        browser: Browser,
        session: str,
        events: queue.Queue[dict[str, Any]],
        width: int,
        height: int,
        mobile: bool,
    ) -> None:
        self.browser = browser
        self.session = session
        self._events = events
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.width, self.height = width, height
        for domain in ("Page", "Runtime", "Network"):
            self.call(f"{domain}.enable")
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=mobile,
        )

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        return self.browser.call(method, self.session, **params)

    def _drain(self, until: str | None = None, timeout: float = TIMEOUT) -> None:
        """Handle the events received so far; with `until`, wait for that event too."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                wait = max(0.0, deadline - time.monotonic()) if until else 0.0
                event = self._events.get(timeout=wait) if until else self._events.get_nowait()
            except queue.Empty:
                if until:
                    raise BrowserError(f"no {until} within {timeout} s") from None
                return
            method = event.get("method")
            params = event.get("params", {})
            if method == "Network.requestWillBeSent":
                self.requests.append(params["request"]["url"])
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                self.failed.append(f"{params.get('errorText')} ({params.get('requestId')})")
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                self.errors.append(
                    str(details.get("exception", {}).get("description") or details.get("text"))
                )
            if until is not None and method == until:
                return

    def goto(self, url: str) -> None:
        """Open `url` and wait until it has loaded (its load event)."""
        self._drain()
        answer = self.call("Page.navigate", url=url)
        if answer.get("errorText"):
            raise BrowserError(f"{url}: {answer['errorText']}")
        self._drain(until="Page.loadEventFired")

    def wait_for_load(self) -> None:
        """After a click that navigates: wait for the new page's load event."""
        self._drain(until="Page.loadEventFired")

    def eval(self, expression: str) -> Any:
        """The value of a JavaScript expression (promises awaited)."""
        answer = self.call(
            "Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True
        )
        self._drain()
        if "exceptionDetails" in answer:
            raise BrowserError(f"{expression!r}: {answer['exceptionDetails']}")
        return answer.get("result", {}).get("value")

    def wait_until(self, expression: str, timeout: float = 10.0) -> Any:
        """Poll a JavaScript expression until it is truthy; its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.eval(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"still false after {timeout} s: {expression}")
            time.sleep(0.05)

    def press(self, key: str, code: int) -> None:
        """Press and release a key as a person would (`key` as the DOM names it, `code` its
        Windows virtual-key code: Tab 9, Enter 13)."""
        for kind in ("rawKeyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent",
                type=kind,
                key=key,
                code=key,
                windowsVirtualKeyCode=code,
                nativeVirtualKeyCode=code,
            )
        if key == "Enter":
            self.call("Input.dispatchKeyEvent", type="char", text="\r", key="Enter")
        self._drain()

    def screenshot(self, path: Path, *, full_page: bool = True) -> Path:
        """A PNG of the page (all of it, or the window)."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            size = self.call("Page.getLayoutMetrics")["cssContentSize"]
            params["captureBeyondViewport"] = True
            params["clip"] = {
                "x": 0,
                "y": 0,
                "width": self.width,
                "height": min(int(size["height"]) or self.height, 12000),
                "scale": 1,
            }
        data = self.call("Page.captureScreenshot", **params)["data"]
        path.write_bytes(base64.b64decode(data))
        return path
