"""A clock the test moves by hand, for code that takes a `clock` (the kiosk window, its guard and
the PIN guard): time passes when the test says so, not while the machine is busy."""

from __future__ import annotations


class Clock:
    """A monotonic clock: `now` seconds, moved by `advance()` (or by setting `now`)."""

    def __init__(self, now: float = 10_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
