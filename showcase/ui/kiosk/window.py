"""The kiosk window: the visitor screens in a stack under an always-visible top bar, locked.

`KioskWindow` owns everything that lasts for the whole day and leaves the screens (screens/) to
draw the catalogue:
- navigation by `Route`, with a history for Back; every `load` runs inside one short read
  transaction on the read-only connection, so the kiosk never blocks the staff window or a WAL
  checkpoint;
- the top bar: the center's name, Home, and the "ID | EN" toggle that switches every text at once;
- idle (idle.py): without input for the staff's idle time it returns to the attract screen in
  Indonesian with history and search cleared; after ten still minutes there the kiosk sleeps (no
  timer runs, nothing is drawn) until a touch;
- live data: the source (sources.py) says when the showcase changed, and the screen shown is
  loaded again: a data_version poll on a file, notifications from a server; on a server a read
  that fails because the server went away is made again from the kiosk's local copy, and a dot
  in the bottom-right corner, which only staff would notice, shows that the kiosk is offline;
- visits counted per screen, written every minute and on exit;
- the trace (trace.py) for the tests and benchmarks of kiosks on the LAN;
- the lock: full screen and on top, close refused, escape keys swallowed (guard.py), the cursor
  hidden, and leaving only through a long press in the top-left corner and the staff PIN.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from showcase.inventory.kiosk.settings import KioskSettings, check_kiosk_pin, kiosk_settings
from showcase.inventory.staff.pins import PinGuard
from showcase.store.reader import SqlConnection
from showcase.ui.first_paint import FirstPaint
from showcase.ui.kiosk.guard import KioskGuard
from showcase.ui.kiosk.idle import ATTRACT_SLEEP_SECONDS, IdleWatch
from showcase.ui.kiosk.language import DEFAULT_LANGUAGE, KioskBar, Language, Translation
from showcase.ui.kiosk.live import LiveWatch
from showcase.ui.kiosk.pin_pad import PinPad
from showcase.ui.kiosk.screens.attract import AttractScreen
from showcase.ui.kiosk.screens.base import KioskScreen, Route
from showcase.ui.kiosk.screens.browse import BrowseScreen
from showcase.ui.kiosk.screens.home import HomeScreen
from showcase.ui.kiosk.screens.images import ImageCache
from showcase.ui.kiosk.screens.product_page import ProductPage
from showcase.ui.kiosk.screens.search import SearchScreen
from showcase.ui.kiosk.screens.style import Metrics
from showcase.ui.kiosk.sources import FileSource, KioskSource
from showcase.ui.kiosk.trace import KioskTrace, OfflineSign

log = logging.getLogger(__name__)
T = TypeVar("T")

FLUSH_INTERVAL_MS = 60_000
MAX_HISTORY = 30
WINDOWED_SIZE = (1280, 800)
_BROWSE_ROUTES = ("category", "kabupaten", "producer")


class KioskWindow(QWidget):
    """The visitors' kiosk on the database at `database_path` (read only, but for visit counts),
    or on `source` (a server with its local copy: sources.ServerSource)."""

    def __init__(
        self,
        database_path: Path | None = None,
        *,
        source: KioskSource | None = None,
        windowed: bool = False,
        clock: Callable[[], float] = time.monotonic,
        attract_sleep_seconds: float = ATTRACT_SLEEP_SECONDS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk-window")
        if source is None:
            assert database_path is not None, "a database file or a source"
            source = FileSource(Path(database_path), parent=self)
        else:
            source.setParent(self)
        self.source = source
        self.reading = source.reading  # its reader in one short read transaction (a snapshot)
        self.visits = source.visits
        self.windowed = windowed
        self.pin_guard = PinGuard(clock)
        self.settings: KioskSettings = self._read(kiosk_settings)
        self.idle = IdleWatch(
            clock,
            idle_seconds=self.settings.idle_seconds,
            sleep_seconds=attract_sleep_seconds,
            parent=self,
        )
        self.idle.timed_out.connect(self.reset)
        self.idle.sleeping.connect(self._fall_asleep)
        self.idle.woken.connect(self._wake_up)
        self.trace = KioskTrace(self, self._trace_state)
        app = QApplication.instance()
        assert app is not None, "make the QApplication first (showcase.ui.qt_setup.application)"
        self.translation = Translation(app)
        self.translation.use(DEFAULT_LANGUAGE)
        self.language: Language = DEFAULT_LANGUAGE
        self.route: Route | None = None  # None: the attract screen
        self.history: list[Route] = []
        self.unlocked = False
        self._closed = False
        self._recovering = False
        # What waits until the kiosk's first screen can be seen (the start-up probe's "shown").
        self.first_paint = FirstPaint()

        self.bar = KioskBar(self)
        self.bar.set_center_name(self.settings.center_name)
        self.bar.home.clicked.connect(self.go_home)
        self.bar.language.chosen.connect(self._language_chosen)
        self.images = ImageCache()
        self.stack = QStackedWidget(self)
        self.attract = AttractScreen(self.images, self.stack)
        self.home = HomeScreen(self.images, self.stack)
        self.browse = BrowseScreen(self.images, self.stack)
        self.search = SearchScreen(self.images, self.stack)
        self.product_page = ProductPage(self.images, self.stack)
        self.screens: tuple[KioskScreen, ...] = (
            self.attract,
            self.home,
            self.browse,
            self.search,
            self.product_page,
        )
        for screen in self.screens:
            screen.reads = self._read
            self.stack.addWidget(screen)
            screen.navigate.connect(self.navigate)
            screen.visited.connect(self._visited)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.bar)
        column.addWidget(self.stack, 1)

        self.flush_timer = QTimer(self)
        self.flush_timer.setObjectName("visit-flush")
        self.flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self.flush_timer.timeout.connect(self.flush_visits)
        self.source.changed.connect(self._data_changed)
        self.source.online_changed.connect(self._online_changed)
        self.offline_sign = OfflineSign(self)
        self.offline_sign.setVisible(not self.source.online)
        self.guard = KioskGuard(self, clock, parent=self)
        self.guard.activity.connect(self.idle.touched)
        self.guard.exit_gesture.connect(self.open_pin_pad)
        self.pin_pad = PinPad(self._check_pin, self.pin_guard, self)
        self.pin_pad.accepted.connect(self.leave)

        self.setWindowTitle(self.settings.center_name)
        if windowed:
            self.resize(*WINDOWED_SIZE)
        else:
            self.setWindowFlags(
                self.windowFlags()
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )
        self._retranslate()
        self.show_attract()
        self.source.start()
        self.flush_timer.start()

    # --- reading --------------------------------------------------------------------------

    @property
    def live(self) -> LiveWatch:
        """The data_version poll of a kiosk on a file."""
        assert isinstance(self.source, FileSource), "a kiosk on a server has no poll"
        return self.source.live

    def _read(self, read: Callable[[SqlConnection], T]) -> T:
        """`read(reader)`; made again from the local copy if the server went away meanwhile."""
        try:
            with self.reading() as reader:
                return read(reader)
        except Exception as exc:
            if not self.source.lost(exc):
                raise
        with self.reading() as reader:
            return read(reader)

    def _load(self, screen: KioskScreen, route: Route | None) -> None:
        """Load `screen` for `route` (None: the attract screen) in one snapshot."""
        self._read(lambda reader: screen.load(reader, route or Route("attract"), self.language))

    # --- navigation -----------------------------------------------------------------------

    @property
    def current_screen(self) -> KioskScreen:
        screen = self.stack.currentWidget()
        assert isinstance(screen, KioskScreen)
        return screen

    def screen_for(self, route: Route) -> KioskScreen | None:
        if route.name == "home":
            return self.home
        if route.name in _BROWSE_ROUTES:
            return self.browse
        if route.name == "search":
            return self.search
        if route.name == "product":
            return self.product_page
        return None

    def navigate(self, route: object) -> None:
        """Go where a screen asked: a Route, or Route("back") for the previous one."""
        if not isinstance(route, Route):
            log.warning("Ignored a navigation to %r", route)
            return
        if route.name == "back":
            self.back()
            return
        if self.screen_for(route) is None:
            log.warning("Ignored a navigation to an unknown screen %r", route)
            return
        current = self.route
        if route.name == "home":
            self.history.clear()
        elif current is not None and current != route and not route.swipes_from(current):
            self.history.append(current)
            del self.history[:-MAX_HISTORY]
        self._show(route)

    def back(self) -> None:
        if self.history:
            self._show(self.history.pop(), returning=True)
        else:
            self.go_home()

    def go_home(self) -> None:
        self.history.clear()
        self._show(Route("home"))

    def show_attract(self) -> None:
        """The attract screen, with nothing to go back to."""
        self.history.clear()
        self._show(None)

    def reload(self) -> None:
        """Load the screen shown again for its route (the data changed)."""
        self._show(self.route)

    def _show(self, route: Route | None, *, returning: bool = False) -> None:
        screen = self.attract if route is None else self.screen_for(route)
        assert screen is not None
        previous = self.current_screen if self.stack.count() else None
        screen.returning = returning
        try:
            self._load(screen, route)
        except Exception:
            log.exception("Could not show %s", route or "the attract screen")
            self.recover()
            return
        finally:
            screen.returning = False
        self.route = route
        screen.behind = self._behind(screen)
        if previous is not screen:
            if previous is not None:
                previous.pause()
            self.stack.setCurrentWidget(screen)
            if not self.idle.asleep:
                screen.resume()
        self.idle.shown(attract=route is None)
        self.source.set_idle(route is None)
        self.trace.report("shown")

    def _behind(self, screen: KioskScreen) -> KioskScreen | None:
        """The screen Back leads to from `screen`, if it still shows that place."""
        back_to = self.history[-1] if self.history else None
        behind = self.screen_for(back_to) if back_to is not None else None
        return behind if behind is not screen and behind and behind.route == back_to else None

    def recover(self) -> None:
        """After an unexpected error: back to the home screen (or the attract screen)."""
        if self._recovering or self._closed:
            return
        self._recovering = True
        try:
            self.history.clear()
            for route in (Route("home"), None):
                screen = self.home if route is not None else self.attract
                try:
                    self._load(screen, route)
                except Exception:
                    log.exception("Could not recover to %s", route or "the attract screen")
                    continue
                self.current_screen.pause()
                self.route = route
                self.stack.setCurrentWidget(screen)
                screen.resume()
                self.idle.shown(attract=route is None)
                return
        finally:
            self._recovering = False

    # --- idle and sleep (idle.py) --------------------------------------------------------

    def reset(self) -> None:
        """Start afresh for the next visitor: attract screen, Indonesian, nothing remembered."""
        log.info("Idle: back to the attract screen")
        self.pin_pad.cancel()
        self.set_language(DEFAULT_LANGUAGE)
        self.history.clear()
        try:
            self._load(self.search, Route("search"))
        except Exception:
            log.exception("Could not clear the search screen")
        self.show_attract()
        self.flush_visits()

    def _fall_asleep(self) -> None:
        """Nobody for long: the attract screen, still, with nothing running."""
        if self.route is not None:
            self.show_attract()
        self.flush_visits()
        self.current_screen.pause()
        self.flush_timer.stop()
        self.source.stop()
        self.source.set_idle(True)

    def _wake_up(self) -> None:
        self.source.start()
        self.flush_timer.start()
        self.source.check()  # a change made while asleep reloads the screen first
        self.current_screen.resume()

    # --- language -------------------------------------------------------------------------

    def _language_chosen(self, language: str) -> None:
        self.set_language("en" if language == "en" else "id")

    def set_language(self, language: Language) -> None:
        """Switch every text on the kiosk to `language` ("id" or "en")."""
        self.bar.language.set_current(language)
        if language == self.language:
            return
        self.translation.use(language)
        self.language = language
        for screen in self.screens:
            screen.set_language(language)
        self._retranslate()

    def _retranslate(self) -> None:
        self.bar.retranslate()
        self.pin_pad.retranslate()

    # --- live data and visits -------------------------------------------------------------

    def _data_changed(self) -> None:
        """Another connection committed: take the settings again and reload what is shown."""
        try:
            self.settings = self._read(kiosk_settings)
        except Exception:
            log.warning("Could not read the kiosk settings", exc_info=True)
        else:
            self.idle.idle_seconds = self.settings.idle_seconds
            self.bar.set_center_name(self.settings.center_name)
            self.setWindowTitle(self.settings.center_name)
        self.reload()

    def _visited(self, kind: str, ref: str) -> None:
        try:
            self.visits.record(kind, ref)
        except ValueError:
            log.warning("Ignored a visit of an unknown kind %r", kind)

    def _online_changed(self, online: bool) -> None:
        self.offline_sign.setVisible(not online)
        self.offline_sign.raise_()
        self.trace.report("online" if online else "offline")

    def _trace_state(self) -> tuple[QWidget, dict[str, object]] | None:
        """The screen shown and what the trace tells of the kiosk (trace.py)."""
        if self._closed:
            return None
        return self.current_screen, {
            "route": "attract" if self.route is None else f"{self.route.name}:{self.route.ref}",
            "center": self.bar.center_name,
            "online": self.source.online,
            "pending_visits": self.visits.pending,
            "attract_products": len(self.attract.cards),
        }

    def flush_visits(self) -> None:
        """Write the visit counts; the kiosk's own write is not taken for a staff change."""
        self.source.check()  # a staff change just before is still noticed
        try:
            self.visits.flush()
        except Exception:
            log.exception("Could not write the visit counts")
        self.source.settle()

    # --- leaving --------------------------------------------------------------------------

    def open_pin_pad(self) -> None:
        if self._closed:
            return
        try:
            has_pin = self._read(kiosk_settings).has_pin
        except Exception:
            has_pin = True
        self.pin_pad.open_pad(has_pin=has_pin)

    def _check_pin(self, pin: str) -> bool:
        return self._read(lambda reader: check_kiosk_pin(reader, pin))

    def leave(self) -> None:
        """The staff PIN was given: close the kiosk for real."""
        log.info("Kiosk left with the staff PIN")
        self.unlocked = True
        self.close()

    def present(self) -> None:
        """Show full screen and on top (a normal window with --windowed).

        Full screen is a request to the window manager, and many kiosk PCs start X straight into
        the kiosk with none: the window then keeps its own size in a corner. So it also takes the
        whole screen's geometry itself, and follows the screen when its size changes (a rotated
        or replaced display).
        """
        if self.windowed:
            self.show()
            return
        screen = self.screen()
        self.setGeometry(screen.geometry())
        screen.geometryChanged.connect(self._cover_screen)
        self.showFullScreen()

    def _cover_screen(self) -> None:
        if not self._closed:
            self.setGeometry(self.screen().geometry())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.first_paint.painted()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._closed:
            self.guard.install()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unlocked:
            log.info("Refused to close the kiosk without the staff PIN")
            event.ignore()
            return
        self._shut_down()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and not self.windowed
            and not self.unlocked
            and self.windowState() & Qt.WindowState.WindowMinimized
        ):
            QTimer.singleShot(0, self.showFullScreen)  # minimised somehow: back at once

    def _shut_down(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.idle.stop()
        self.flush_timer.stop()
        self.source.stop()
        self.pin_pad.cancel()
        for screen in self.screens:
            screen.pause()
        self.images.close()
        self.guard.remove()
        try:
            self.visits.flush()
        except Exception:
            log.exception("Could not write the visit counts")
        try:
            self.source.close()
        except Exception:
            log.exception("Could not close the kiosk's source")
        self.translation.restore()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.bar.restyle(Metrics.for_size(event.size()))
        self.offline_sign.place(event.size())
