"""The kiosk's look: Lampung's deep red, gold and cream, and sizes that follow the screen.

Every size is given for a 1080-pixel short side (a 1080p screen, landscape or portrait) and
scaled by `Metrics.unit`, the screen's short side over 1080: a 4K kiosk gets twice the pixels,
a portrait one the same sizes as a landscape one (its width is what a line of text has).
Fonts are set in pixels, not points, so a screen's reported dpi cannot shrink them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont

# The palette of the program's icon (assets/icons/etalase.svg).
RED = "#7a1f1f"
RED_DARK = "#561414"
RED_SOFT = "#9c3a2e"
GOLD = "#f2c14e"
AMBER = "#c9842b"
CREAM = "#fff7e6"
PAPER = "#fffdf8"
SAND = "#f3e4c8"
GREEN = "#4a7c59"
INK = "#2b1a12"
MUTED = "#6e5444"
LINE = "#e6d3b3"

REFERENCE_SIDE = 1080  # the short side the sizes below are chosen for


def color(name: str, alpha: int = 255) -> QColor:
    c = QColor(name)
    c.setAlpha(alpha)
    return c


@dataclass(frozen=True)
class Metrics:
    """Pixel sizes for one screen size; `unit` is 1.0 on a 1080p screen."""

    unit: float
    width: int
    height: int

    @classmethod
    def for_size(cls, size: QSize) -> Metrics:
        short = max(1, min(size.width(), size.height()))
        # Steps of 1/20 keep a window being resized from restyling on every pixel.
        unit = max(0.5, min(3.0, round(short / REFERENCE_SIDE * 20) / 20))
        return cls(unit, size.width(), size.height())

    @property
    def portrait(self) -> bool:
        return self.height > self.width

    def px(self, value: float) -> int:
        return max(1, round(value * self.unit))

    # Text sizes in pixels at 1080p (28 pt is about 37 px at 96 dpi).
    @property
    def title(self) -> int:
        return self.px(46)

    @property
    def heading(self) -> int:
        return self.px(44)

    @property
    def name(self) -> int:
        return self.px(38)

    @property
    def body(self) -> int:
        return self.px(31)

    @property
    def small(self) -> int:
        return self.px(26)

    @property
    def margin(self) -> int:
        return self.px(36)

    @property
    def gap(self) -> int:
        return self.px(24)

    @property
    def radius(self) -> int:
        return self.px(22)

    @property
    def target(self) -> int:
        """The height of a button: well above the 9 mm a finger needs (36 px at 96 dpi)."""
        return self.px(96)

    def columns(self, width: int, tile: float) -> int:
        """How many tiles about `tile` (at 1080p) wide fit across `width`."""
        return max(1, int(width // self.px(tile)))

    def font(self, size: int, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(size)
        font.setBold(bold)
        return font


def stylesheet(m: Metrics) -> str:
    """The style sheet of a screen: its widgets are told apart by object names."""
    return f"""
    QWidget#screen {{ background: {CREAM}; }}
    QWidget#canvas {{ background: {CREAM}; }}
    QScrollArea {{ background: transparent; border: none; }}
    QLabel {{ color: {INK}; font-size: {m.body}px; background: transparent; }}
    QLabel#title {{ color: {RED}; font-size: {m.title}px; font-weight: bold; }}
    QLabel#heading {{ color: {RED}; font-size: {m.heading}px; font-weight: bold; }}
    QLabel#name {{ color: {INK}; font-size: {m.px(50)}px; font-weight: bold; }}
    QLabel#price {{ color: {RED}; font-size: {m.px(50)}px; font-weight: bold; }}
    QLabel#unit {{ color: {MUTED}; font-size: {m.body}px; }}
    QLabel#body {{ color: {INK}; font-size: {m.body}px; }}
    QLabel#muted {{ color: {MUTED}; font-size: {m.body}px; }}
    QLabel#producer {{ color: {INK}; font-size: {m.name}px; font-weight: bold; }}
    QLabel#caption {{ color: {MUTED}; font-size: {m.small}px; }}
    QLabel#message {{ color: {MUTED}; font-size: {m.heading}px; }}
    QLabel#badge {{
        color: {INK}; background: {GOLD}; font-size: {m.small}px; font-weight: bold;
        border-radius: {m.px(14)}px; padding: {m.px(8)}px {m.px(20)}px;
    }}
    QLabel#market {{
        color: {CREAM}; background: {GREEN}; font-size: {m.small}px; font-weight: bold;
        border-radius: {m.px(14)}px; padding: {m.px(8)}px {m.px(20)}px;
    }}
    QLabel#position {{ color: {INK}; font-size: {m.px(32)}px; font-weight: bold; }}
    QLabel#section {{ color: {AMBER}; font-size: {m.small}px; font-weight: bold; }}
    QFrame#bar {{ background: {SAND}; border-bottom: {m.px(3)}px solid {LINE}; }}
    QFrame#card {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: {m.radius}px; }}
    QFrame#query {{
        background: {PAPER}; border: {m.px(4)}px solid {AMBER}; border-radius: {m.radius}px;
    }}
    QPushButton {{
        color: {INK}; background: {GOLD}; border: none; border-radius: {m.px(18)}px;
        font-size: {m.px(32)}px; font-weight: bold;
        min-height: {m.target}px; padding: 0 {m.px(28)}px;
    }}
    QPushButton:pressed {{ background: {AMBER}; }}
    QPushButton:disabled {{ color: {LINE}; background: {RED_SOFT}; }}
    QPushButton#barButton {{ color: {INK}; background: {GOLD}; }}
    QPushButton#producerButton {{
        color: {CREAM}; background: {RED}; text-align: left;
    }}
    QPushButton#producerButton:pressed {{ background: {RED_DARK}; }}
    QPushButton#homeBig {{ min-width: {m.px(320)}px; }}
    """
