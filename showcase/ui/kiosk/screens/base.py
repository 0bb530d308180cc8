"""What every kiosk screen is to the window shell: `Route` (where to go) and `KioskScreen`.

The shell keeps a stack of routes, makes each screen, calls `load` inside one short read
transaction, switches languages with `set_language`, and pauses screens it hides. A screen
never opens the database itself; it reads through the connection handed to `load`, and a
screen that reads later (search while typing, the attract slides, an enlarged photo) through
`read_later`, which asks the shell for a fresh snapshot (a kiosk on a server may have gone over
to its local copy meanwhile).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScroller, QScrollerProperties, QWidget

from showcase.store.reader import SqlConnection
from showcase.ui.kiosk.screens.images import ImageCache, Key
from showcase.ui.kiosk.screens.style import Metrics, stylesheet

log = logging.getLogger(__name__)
LANGUAGES = ("id", "en")
T = TypeVar("T")


@dataclass(frozen=True)
class Route:
    """A place in the kiosk: home, category/kabupaten/producer (ref), search, product (ref).

    `context` is the list a product was opened from (product ids, in order), for the next and
    previous product. Route("back") asks the shell to return to the previous route.
    """

    name: str
    ref: str = ""
    context: tuple[int, ...] = ()

    def swipes_from(self, current: Route) -> bool:
        """Next/previous product within the same list as `current`: it replaces that page
        rather than stacking on it."""
        return (
            current.name == self.name == "product"
            and bool(self.context)
            and current.context == self.context
        )


def pick(language: str, indonesian: str, english: str) -> str:
    """The text for `language`; the Indonesian one when there is no English text."""
    if language == "en" and english.strip():
        return english
    return indonesian


class KioskScreen(QWidget):
    """Base of the visitor screens; see the module docstring for how the shell drives them."""

    navigate = Signal(object)  # a Route
    visited = Signal(str, str)  # (kind, ref): a product, category, kabupaten, producer or search

    def __init__(self, images: ImageCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.images = images
        self.language = "id"
        self.route = Route("home")
        self.metrics = Metrics.for_size(QSize(1920, 1080))
        self._styled_for: float | None = None
        # Set by the shell: runs a read in a fresh snapshot of its source (again from the local
        # copy if the server went away). Reads after `load` (typing, slides) go through it.
        self.reads: Callable[[Callable[[SqlConnection], Any]], Any] | None = None
        self._reader: SqlConnection | None = None  # the last load's
        self._reach_due = False
        # Set by the shell around `load`: True when the visitor came back to this screen with
        # Back (it may stay where it was); `behind` is the screen Back leads to, whose photos
        # are one tap away too.
        self.returning = False
        self.behind: KioskScreen | None = None

    def read_later(self, read: Callable[[SqlConnection], T], reader: SqlConnection | None) -> T:
        """`read` through the shell's `reads`, or on `reader` (the last load's) without one."""
        if self.reads is not None:
            return cast(T, self.reads(read))
        assert reader is not None
        return read(reader)

    # --- the interface the shell uses ------------------------------------------------------

    def load(self, reader: SqlConnection, route: Route, language: str) -> None:
        """Fill the screen for `route` from the database, in `language`."""
        self.route = route
        self.language = language if language in LANGUAGES else "id"
        self._reader = reader
        self.fill(reader)
        self.set_language(self.language)
        self.reach_later()

    def set_language(self, language: str) -> None:
        """Show every text in `language` ("id" or "en"); UI texts come through self.tr()."""
        self.language = language if language in LANGUAGES else "id"
        self.retranslate()

    def still(self) -> bool:
        """True when nothing on the screen moves: no timer, animation or kinetic scroll runs."""
        return all(
            QScroller.scroller(area.viewport()).state() != QScroller.State.Scrolling
            for area in self.findChildren(QAbstractScrollArea)
            if QScroller.hasScroller(area.viewport())
        )

    def pause(self) -> None:
        """Stop timers and animations (the shell hides the screen or the kiosk sleeps)."""
        for area in self.findChildren(QAbstractScrollArea):
            if QScroller.hasScroller(area.viewport()):
                QScroller.scroller(area.viewport()).stop()

    def resume(self) -> None:
        """Start again what pause() stopped."""

    # --- the photos one tap away -------------------------------------------------------------

    def reachable(self) -> list[Key]:
        """The photos (cache keys) this screen shows and a visitor can reach from it with one
        tap or swipe, in the order they should be decoded ahead."""
        return []

    def in_view(self) -> list[Key]:
        """The photos this screen shows as it is: what Back to it needs at once."""
        return self.reachable()

    def reach_later(self) -> None:
        """Once the screen is laid out and shown (the next pass of the event loop), keep only
        its reachable photos in the cache and decode the missing ones ahead; asked many times
        in a pass (a kinetic scroll), it runs once."""
        if not self._reach_due:
            self._reach_due = True
            QTimer.singleShot(0, self, self._reach)

    def fetch_photo(self, photo_id: int, size: QSize) -> QPixmap | None:
        """A photo a tile shows now: from the cache, or decoded here if it was not decoded
        ahead (a page swiped to faster than that); None if it cannot be read."""
        try:
            return self.read_later(
                lambda reader: self.images.pixmap(reader, photo_id, size), self._reader
            )
        except Exception:  # a lost server: the tile shows its initial until it is filled again
            log.warning("Could not read photo %s", photo_id, exc_info=True)
            return None

    def _reach(self) -> None:
        self._reach_due = False
        if self.window().isVisible() and not self.isVisible():
            return  # another screen was shown meanwhile: its own reach decides
        keys = self.reachable()
        if self.behind is not None and self.behind is not self:
            keys += self.behind.in_view()
        self.images.reach(keys, lambda read: self.read_later(read, self._reader))

    # --- for subclasses ----------------------------------------------------------------------

    def fill(self, reader: SqlConnection) -> None:
        """Read what the screen shows for self.route; texts are then set by retranslate()."""

    def retranslate(self) -> None:
        """Set every text for self.language (data texts) and the installed translator (UI)."""

    def restyle(self) -> None:
        """Sizes changed (self.metrics): fonts and spacing follow; the style sheet is set already."""

    def text(self, indonesian: str, english: str) -> str:
        return pick(self.language, indonesian, english)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Sizes follow the whole window (the shell's bar takes some of its height).
        window = self.window()
        self.metrics = Metrics.for_size(window.size() if window is not self else event.size())
        key = self.metrics.unit + (0.001 if self.metrics.portrait else 0.0)
        if key != self._styled_for:
            self._styled_for = key
            self.setStyleSheet(stylesheet(self.metrics))
            self.restyle()
        super().resizeEvent(event)


def make_kinetic(area: QAbstractScrollArea) -> None:
    """Swipe to scroll with a finger or the mouse, with momentum; no scroll bars to aim at."""
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QFrame.Shape.NoFrame)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(area.viewport())
    props = scroller.scrollerProperties()
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    # A tap that moves a little is still a tap on the tile under the finger.
    props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    scroller.setScrollerProperties(props)
