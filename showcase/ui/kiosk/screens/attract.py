"""The attract screen: a calm slideshow of the showcase's products until someone touches it.

Every `SLIDE_MS` the next product fades in over the last (one short animation, then nothing
moves). Photo and words drift along a slow loop, a few pixels a minute, so no still image burns
into a screen that runs all day. `pause()` stops the timer and the animation: a paused attract
screen uses no CPU at all. A tap anywhere opens the home screen. With no product to show yet
(a new, empty showcase), it shows the default branding picture from the compiled resources.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import (
    QEasingCurve,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QIcon,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

from showcase.inventory.kiosk.view import ProductCard, attract_cards
from showcase.store.reader import SqlConnection
from showcase.ui.kiosk.screens import style
from showcase.ui.kiosk.screens.base import KioskScreen, Route
from showcase.ui.kiosk.screens.images import ImageCache
from showcase.ui.kiosk.screens.tiles import paint_photo, wrap_lines

SLIDE_MS = 8000
FADE_MS = 1600
DRIFT = 28  # px at 1080p: how far the content wanders from its place
DRIFT_PERIOD = (1500.0, 1100.0)  # seconds for one loop across and one up and down
PROMPT = "Sentuh untuk mulai · Touch to start"  # both languages, always
BRANDING = ":/branding/kiosk-attract.svg"  # resources.qrc: shown while there are no products


def drift_offset(seconds: float, amplitude: float) -> QPointF:
    """Where the content is after `seconds`: a slow Lissajous loop, at most `amplitude` away;
    its speed stays under 2π·amplitude/1100 px a second (about 9 px a minute at 1080p)."""
    return QPointF(
        amplitude * math.sin(2 * math.pi * seconds / DRIFT_PERIOD[0]),
        amplitude * math.sin(2 * math.pi * seconds / DRIFT_PERIOD[1]),
    )


class AttractScreen(KioskScreen):
    """Route("attract"): the attract cards, one at a time, with the bilingual prompt."""

    def __init__(self, images: ImageCache, parent: QWidget | None = None) -> None:
        super().__init__(images, parent)
        self.cards: list[ProductCard] = []
        self.index = 0
        self._reader: SqlConnection | None = None
        self._photos: dict[int, QPixmap | None] = {}
        self._previous: int | None = None
        self._branding: QPixmap | None = None
        self._started = time.monotonic()
        self.offset = QPointF()
        self.timer = QTimer(self)
        self.timer.setObjectName("attract-slides")
        self.timer.setInterval(SLIDE_MS)
        self.timer.timeout.connect(self.advance)
        self.fade = QVariantAnimation(self)
        self.fade.setObjectName("attract-fade")
        self.fade.setStartValue(0.0)
        self.fade.setEndValue(1.0)
        self.fade.setDuration(FADE_MS)
        self.fade.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.fade.valueChanged.connect(lambda _value: self.update())
        self.fade.finished.connect(self._faded)

    # --- the screen interface ------------------------------------------------------------

    def load(self, reader: SqlConnection, route: Route, language: str) -> None:
        self._reader = reader
        super().load(reader, route, language)

    def fill(self, reader: SqlConnection) -> None:
        cards = attract_cards(reader)
        shown = self.cards[self.index].id if self.cards else None
        self.cards = cards
        ids = [card.id for card in cards]
        self.index = ids.index(shown) if shown in ids else 0
        self._photos.clear()
        self._previous = None
        self.fade.stop()
        self._photo(self.index, reader)
        self.update()

    def still(self) -> bool:
        return not self.timer.isActive() and (self.fade.state() != QVariantAnimation.State.Running)

    def pause(self) -> None:
        self.timer.stop()
        if self.fade.state() == QVariantAnimation.State.Running:
            self.fade.stop()
            self._faded()

    def resume(self) -> None:
        if self.cards and not self.timer.isActive():
            self.timer.start()

    # --- the slideshow ---------------------------------------------------------------------

    def advance(self) -> None:
        """Fade to the next product (or, with one, just move the drift on)."""
        self.offset = drift_offset(time.monotonic() - self._started, self.metrics.px(DRIFT))
        if len(self.cards) < 2:
            self.update()
            return
        self._previous = self.index
        self.index = (self.index + 1) % len(self.cards)
        if self._reader is not None:
            index = self.index
            try:
                self.read_later(lambda reader: self._photo(index, reader), self._reader)
            except Exception:  # no photo this time; the slide still shows its product
                self._photos[index] = None
        self.fade.start()

    def _faded(self) -> None:
        previous, self._previous = self._previous, None
        if previous is not None and previous != self.index:
            self._photos.pop(previous, None)  # only the photo shown is kept
        self.update()

    def _photo(self, index: int, reader: SqlConnection | None) -> QPixmap | None:
        if not 0 <= index < len(self.cards):
            return None
        if index in self._photos:
            return self._photos[index]
        card = self.cards[index]
        photo: QPixmap | None = None
        if card.photo_id is not None and reader is not None:
            try:
                # Held by the slide, not the cache: nothing on this screen is a tap away.
                photo = self.images.pixmap(reader, card.photo_id, self._photo_size(), keep=False)
            except Exception:  # a lost server: the next read uses the copy
                photo = None
        self._photos[index] = photo
        return photo

    def _photo_size(self) -> QSize:
        photo, _ = self.layout_rects()
        return photo.size() if not photo.isEmpty() else QSize(1280, 960)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.navigate.emit(Route("home"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        ground = QLinearGradient(0, 0, self.width() * 0.3, self.height())
        ground.setColorAt(0, QColor(style.RED))
        ground.setColorAt(1, QColor(style.RED_DARK))
        painter.fillRect(self.rect(), ground)
        if self.cards:
            value = self.fade.currentValue()
            t = float(value) if self.fade.state() == QVariantAnimation.State.Running else 1.0
            # The old slide fades out to the ground, then the new one fades in: the words of
            # two products never show through each other.
            if t < 0.5 and self._previous is not None:
                self._paint_slide(painter, self._previous, 1.0 - 2 * t)
            elif t >= 0.5 or self._previous is None:
                self._paint_slide(painter, self.index, min(1.0, 2 * t - 1) if t < 1 else 1.0)
        else:
            self._paint_branding(painter)
        self._paint_prompt(painter)
        painter.end()

    def layout_rects(self) -> tuple[QRect, QRect]:
        """(photo, words) for the current size: side by side in landscape, stacked in portrait."""
        m = self.metrics
        margin = m.px(72)
        prompt = m.px(200)  # room kept at the bottom for the prompt
        room = self.rect().adjusted(margin, margin, -margin, -prompt)
        if self.width() >= self.height():
            photo_h = room.height()
            photo_w = min(round(photo_h * 4 / 3), room.width() * 3 // 5)
            photo_h = round(photo_w * 3 / 4)
            photo = QRect(
                room.left(), room.top() + (room.height() - photo_h) // 2, photo_w, photo_h
            )
            words = QRect(photo.right() + m.px(64), room.top(), 0, room.height())
            words.setRight(room.right())
        else:
            photo_w = room.width()
            photo_h = round(photo_w * 3 / 4)
            photo = QRect(room.left(), room.top() + m.px(100), photo_w, photo_h)
            words = QRect(room.left(), photo.bottom() + m.px(56), room.width(), 0)
            words.setBottom(room.bottom())
        return photo, words

    def _paint_slide(self, painter: QPainter, index: int, opacity: float) -> None:
        m = self.metrics
        card = self.cards[index]
        painter.setOpacity(max(0.0, min(1.0, opacity)))
        photo, words = self.layout_rects()
        shift = QPoint(round(self.offset.x()), round(self.offset.y()))
        photo.translate(shift)
        words.translate(shift)
        name = self.text(card.name_id, card.name_en)
        frame = QPainterPath()
        frame.addRoundedRect(QRectF(photo), m.px(28), m.px(28))
        painter.fillPath(frame.translated(0, m.px(10)), QColor(0, 0, 0, 70))  # a soft shadow
        painter.save()
        painter.setClipPath(frame)
        paint_photo(painter, photo, self._photos.get(index), name)
        painter.restore()
        painter.setPen(QPen(QColor(style.GOLD), m.px(6)))
        painter.drawPath(frame)
        name_font = m.font(m.px(68), bold=True)
        place_font = m.font(m.px(42), bold=True)
        lines = wrap_lines(name, name_font, words.width(), 4)
        fm, pm = QFontMetrics(name_font), QFontMetrics(place_font)
        height = fm.lineSpacing() * len(lines) + m.px(20) + pm.lineSpacing()
        portrait = self.height() > self.width()
        y = words.top() if portrait else words.top() + max(0, (words.height() - height) // 2)
        painter.setFont(name_font)
        painter.setPen(QColor(style.CREAM))
        for line in lines:
            painter.drawText(QPointF(words.left(), y + fm.ascent()), line)
            y += fm.lineSpacing()
        painter.fillRect(QRect(words.left(), y + m.px(4), m.px(120), m.px(6)), QColor(style.GOLD))
        painter.setFont(place_font)
        painter.setPen(QColor(style.GOLD))
        place = pm.elidedText(card.kabupaten, Qt.TextElideMode.ElideRight, words.width())
        painter.drawText(QPointF(words.left(), y + m.px(20) + pm.ascent()), place)
        painter.setOpacity(1.0)

    def _paint_branding(self, painter: QPainter) -> None:
        """The default picture, centred above the prompt, at most half the short side."""
        m = self.metrics
        side = min(self.width(), self.height()) // 2
        room = self.rect().adjusted(0, 0, 0, -m.px(200))
        target = QRect(0, 0, side, side * 200 // 240)  # the picture's 240 × 200 shape
        target.moveCenter(room.center())
        target.translate(round(self.offset.x()), round(self.offset.y()))
        if self._branding is None or self._branding.size() != target.size():
            self._branding = QIcon(BRANDING).pixmap(target.size())
        painter.drawPixmap(target, self._branding)

    def _paint_prompt(self, painter: QPainter) -> None:
        m = self.metrics
        font = m.font(m.px(46), bold=True)
        fm = QFontMetrics(font)
        text = fm.elidedText(PROMPT, Qt.TextElideMode.ElideRight, self.width() - m.px(120))
        width = fm.horizontalAdvance(text) + m.px(96)
        height = fm.height() + m.px(44)
        pill = QRect(0, 0, width, height)
        pill.moveCenter(self.rect().center())
        pill.moveBottom(self.height() - m.px(64) + round(self.offset.y() / 2))
        pill.translate(round(self.offset.x() / 2), 0)
        path = QPainterPath()
        path.addRoundedRect(QRectF(pill), height / 2, height / 2)
        painter.fillPath(path, QColor(style.GOLD))
        painter.setFont(font)
        painter.setPen(QColor(style.INK))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
