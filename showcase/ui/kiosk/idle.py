"""When nobody is at the kiosk: back to the attract screen for the next visitor, then sleep.

`IdleWatch` keeps the time of the last touch and two single-shot timers, so that the kiosk
window only says what it showed (`shown`) and what was touched (`touched`):
- on any screen but the attract screen, after the staff's idle time without input it asks for
  a fresh start (`timed_out`: attract screen, Indonesian, nothing remembered);
- on the attract screen, after the sleep time without input it falls asleep (`sleeping`: the
  window stops everything that runs, so no timer wakes the process) until the next touch
  (`woken`).
Each timer is armed for what is left since the last touch, not for a whole period again: a
touch just before it runs out only moves it on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

ATTRACT_SLEEP_SECONDS = 600.0  # ten minutes of nobody on the attract screen: everything stops
EARLY = 0.01  # seconds: a timer that fires this close to its time counts as on time


class IdleWatch(QObject):
    """Idle time and sleep of the kiosk; see the module docstring."""

    timed_out = Signal()  # nobody for the idle time on a visitor's screen
    sleeping = Signal()  # nobody for long on the attract screen: stop everything that runs
    woken = Signal()  # touched while asleep: start again what `sleeping` stopped

    def __init__(
        self,
        clock: Callable[[], float],
        *,
        idle_seconds: float,
        sleep_seconds: float = ATTRACT_SLEEP_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.idle_seconds = idle_seconds
        self.sleep_seconds = sleep_seconds
        self.asleep = False
        self.on_attract = True
        self._stopped = False
        self._last_input = clock()
        self.idle_timer = self._timer("idle", self.check_idle)
        self.sleep_timer = self._timer("attract-sleep", self.check_sleep)

    def _timer(self, name: str, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setObjectName(name)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    def touched(self) -> None:
        """Input from a visitor: the idle time starts again, and a sleeping kiosk wakes."""
        self._last_input = self._clock()
        if self.asleep:
            self.wake()

    def shown(self, *, attract: bool) -> None:
        """A screen was shown: the attract screen waits for sleep, any other for idle."""
        self.on_attract = attract
        if self._stopped:
            return
        if attract:
            self.idle_timer.stop()
            self._arm(self.sleep_timer, self.sleep_seconds)
        else:
            self.sleep_timer.stop()
            self._arm(self.idle_timer, self.idle_seconds)

    def _arm(self, timer: QTimer, seconds: float) -> None:
        """Start `timer` for what is left of `seconds` since the last input."""
        left = seconds - (self._clock() - self._last_input)
        timer.start(max(0, int(left * 1000)))

    def _quiet_for(self, seconds: float) -> bool:
        return self._clock() - self._last_input >= seconds - EARLY

    def check_idle(self) -> None:
        """Ask for a fresh start if nobody touched the kiosk for the idle time."""
        if self.on_attract or self._stopped:
            return
        if self._quiet_for(self.idle_seconds):
            self.timed_out.emit()
        else:
            self._arm(self.idle_timer, self.idle_seconds)

    def check_sleep(self) -> None:
        """Sleep if the attract screen has been left alone for the sleep time."""
        if not self.on_attract or self.asleep or self._stopped:
            return
        if self._quiet_for(self.sleep_seconds):
            self.sleep()
        else:
            self._arm(self.sleep_timer, self.sleep_seconds)

    def sleep(self) -> None:
        """Nobody for long on a still attract screen: everything stops until a touch."""
        log.info("Nobody around: the kiosk sleeps")
        self.sleeping.emit()
        self.asleep = True
        self.idle_timer.stop()
        self.sleep_timer.stop()

    def wake(self) -> None:
        log.info("Touched: the kiosk wakes")
        self.asleep = False
        self.woken.emit()
        if self.on_attract and not self._stopped:
            self._arm(self.sleep_timer, self.sleep_seconds)

    def stop(self) -> None:
        """For good: the kiosk is closing."""
        self._stopped = True
        self.idle_timer.stop()
        self.sleep_timer.stop()
