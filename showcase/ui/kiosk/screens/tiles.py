"""Touch tiles: a photo with a name (categories, products), a place button, the search tile.

Tiles are painted, not assembled from labels, so that a grid of sixty stays light; each one
tells its height for a width (the grid lines them up) and wraps its name on whole words,
shortening only a name longer than three lines. A tile carries the route it opens and the
visit it counts; the screen holding it emits them when it is tapped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from showcase.ui.kiosk.screens import style
from showcase.ui.kiosk.screens.base import Route
from showcase.ui.kiosk.screens.style import Metrics

PHOTO_RATIO = 0.75  # demo and most product photos are 4:3


def photo_area(width: int) -> QSize:
    """The photo across the top of a photo tile `width` wide: the size its photo is kept at."""
    return QSize(width, round(width * PHOTO_RATIO))


def wrap_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """`text` broken into lines of at most `width` pixels (on words; inside a word only if the
    word alone is wider); beyond `max_lines`, the last line ends with an ellipsis."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        elided = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
        lines = [*lines[: max_lines - 1], elided]
    return [line for line in lines if line] or [""]


class Tile(QAbstractButton):
    """A painted, tappable card. Subclasses paint their content."""

    def __init__(self, metrics: Metrics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics = metrics
        self.route = Route("home")
        self.visit: tuple[str, str] | None = None
        self.title = ""  # the name it shows, and is known by to screen readers
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_metrics(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.updateGeometry()
        self.update()

    def _texts_changed(self) -> None:
        """Laid out and painted again, and named for screen readers; only when a text changed,
        so that a screen filled again with the same list (Back, a reload) repaints nothing."""
        self.setAccessibleName(self.title)
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        width = self.metrics.px(440)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.metrics.px(160), self.metrics.target)

    def _card(self, painter: QPainter, fill: str, border: str) -> QPainterPath:
        m = self.metrics
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), m.radius, m.radius)
        color = QColor(fill)
        if self.isDown():
            color = color.darker(112)
        painter.fillPath(path, color)
        painter.setPen(QPen(QColor(border), max(1, m.px(2))))
        painter.drawPath(path)
        return path

    def _lines(
        self, painter: QPainter, lines: list[str], font: QFont, color: str, x: int, y: int
    ) -> int:
        """Draw `lines` from the top `y`; return the y below them."""
        painter.setFont(font)
        painter.setPen(QColor(color))
        fm = QFontMetrics(font)
        for line in lines:
            painter.drawText(QPointF(x, y + fm.ascent()), line)
            y += fm.lineSpacing()
        return y


class PhotoTile(Tile):
    """A photo on top (4:3), a name of up to three lines, then one or two short lines.

    The photo is taken when the tile is first painted (`fetch(photo_id)`), so only the tiles
    on screen hold one; the grid lets go of it when the tile leaves the pages in reach."""

    def __init__(self, metrics: Metrics, parent: QWidget | None = None) -> None:
        super().__init__(metrics, parent)
        self.photo: QPixmap | None = None
        self.photo_id: int | None = None
        self.fetch: Callable[[int], QPixmap | None] | None = None
        self.detail = ""  # bold, red: a price or a count
        self.note = ""  # muted: a kabupaten

    def set_texts(self, title: str, detail: str, note: str = "") -> None:
        if (title, detail, note) != (self.title, self.detail, self.note):
            self.title, self.detail, self.note = title, detail, note
            self._texts_changed()

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        m = self.metrics
        return (
            m.font(m.px(34), bold=True),
            m.font(m.px(34), bold=True),
            m.font(m.small),
        )

    def _text_width(self, width: int) -> int:
        return width - 2 * self.metrics.px(22)

    def heightForWidth(self, width: int) -> int:
        m = self.metrics
        title, detail, note = self._fonts()
        lines = len(wrap_lines(self.title, title, self._text_width(width), 3))
        height = photo_area(width).height() + 2 * m.px(18)
        height += lines * QFontMetrics(title).lineSpacing()
        height += m.px(8) + QFontMetrics(detail).lineSpacing()
        if self.note:
            height += QFontMetrics(note).lineSpacing()
        return height

    def paintEvent(self, event: QPaintEvent) -> None:
        m = self.metrics
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        card = self._card(painter, style.PAPER, style.LINE)
        if self.photo is None and self.photo_id is not None and self.fetch is not None:
            self.photo = self.fetch(self.photo_id)
            if self.photo is None:
                self.photo_id = None  # gone or unreadable: the initial, without asking again
        photo = QRect(QPoint(0, 0), photo_area(self.width()))
        painter.save()
        painter.setClipPath(card)
        paint_photo(painter, photo, self.photo, self.title)
        painter.restore()
        title, detail, note = self._fonts()
        x = m.px(22)
        width = self._text_width(self.width())
        y = photo.bottom() + m.px(18)
        y = self._lines(painter, wrap_lines(self.title, title, width, 3), title, style.INK, x, y)
        y += m.px(8)
        y = self._lines(painter, [_fit(self.detail, detail, width)], detail, style.RED, x, y)
        if self.note:
            self._lines(painter, [_fit(self.note, note, width)], note, style.MUTED, x, y)
        painter.end()


class PlaceTile(Tile):
    """A kabupaten or kota: its name and how many products it has; dimmed and not tappable
    when it has none."""

    def __init__(self, metrics: Metrics, parent: QWidget | None = None) -> None:
        super().__init__(metrics, parent)
        self.detail = ""

    def set_texts(self, title: str, detail: str) -> None:
        if (title, detail) != (self.title, self.detail):
            self.title, self.detail = title, detail
            self._texts_changed()

    def _fonts(self) -> tuple[QFont, QFont]:
        m = self.metrics
        return m.font(m.px(32), bold=True), m.font(m.small)

    def heightForWidth(self, width: int) -> int:
        m = self.metrics
        title, detail = self._fonts()
        lines = len(wrap_lines(self.title, title, width - 2 * m.px(24), 2))
        text = lines * QFontMetrics(title).lineSpacing() + QFontMetrics(detail).lineSpacing()
        return max(m.px(120), text + 2 * m.px(18))

    def paintEvent(self, event: QPaintEvent) -> None:
        m = self.metrics
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isEnabled():
            self._card(painter, style.PAPER, style.AMBER)
            colors = (style.RED, style.MUTED)
        else:
            self._card(painter, style.SAND, style.SAND)
            colors = ("#a89482", "#a89482")
        title, detail = self._fonts()
        width = self.width() - 2 * m.px(24)
        lines = wrap_lines(self.title, title, width, 2)
        height = len(lines) * QFontMetrics(title).lineSpacing()
        height += QFontMetrics(detail).lineSpacing()
        y = max(m.px(12), (self.height() - height) // 2)
        y = self._lines(painter, lines, title, colors[0], m.px(24), y)
        self._lines(painter, [_fit(self.detail, detail, width)], detail, colors[1], m.px(24), y)
        painter.end()


class SearchTile(Tile):
    """The big "Search" tile: a magnifying glass and one line."""

    def __init__(self, metrics: Metrics, parent: QWidget | None = None) -> None:
        super().__init__(metrics, parent)
        self.route = Route("search")

    def set_text(self, title: str) -> None:
        if title != self.title:
            self.title = title
            self._texts_changed()

    def heightForWidth(self, width: int) -> int:
        return self.metrics.px(130)

    def sizeHint(self) -> QSize:
        m = self.metrics
        width = QFontMetrics(m.font(m.px(40), bold=True)).horizontalAdvance(self.title)
        return QSize(width + m.px(190), m.px(130))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        m = self.metrics
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._card(painter, style.GOLD, style.AMBER)
        r = m.px(26)
        centre = QPointF(m.px(40) + r, self.height() / 2 - m.px(6))
        pen = QPen(QColor(style.INK), m.px(9))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(centre, r, r)
        painter.drawLine(centre + QPointF(r * 0.72, r * 0.72), centre + QPointF(r * 1.5, r * 1.5))
        font = m.font(m.px(40), bold=True)
        painter.setFont(font)
        text = QRect(m.px(130), 0, self.width() - m.px(150), self.height())
        painter.drawText(
            text, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self.title
        )
        painter.end()


def _fit(text: str, font: QFont, width: int) -> str:
    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


def paint_photo(painter: QPainter, rect: QRect, photo: QPixmap | None, name: str) -> None:
    """The photo cropped to fill `rect`; without one, a warm panel with the name's initial."""
    if photo is None or photo.isNull():
        painter.fillRect(rect, QColor(style.SAND))
        font = QFont()
        font.setPixelSize(max(12, rect.height() // 2))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(style.AMBER))
        initial = name.strip()[:1].upper() or "·"
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initial)
        return
    scaled = photo.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
    sx = photo.width() / max(1, scaled.width())
    sy = photo.height() / max(1, scaled.height())
    source = QRectF(
        (scaled.width() - rect.width()) / 2 * sx,
        (scaled.height() - rect.height()) / 2 * sy,
        rect.width() * sx,
        rect.height() * sy,
    )
    painter.drawPixmap(QRectF(rect), photo, source)
