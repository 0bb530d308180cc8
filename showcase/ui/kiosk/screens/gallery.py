"""A product's photos: swipe left and right between them, tap to see one over the whole screen.

The photo follows the finger while it drags; at the release a long enough sideways drag shows
the next or previous photo, a tap opens (in the overlay: closes) the enlarged view. Nothing
animates on its own, so a page left alone uses no CPU.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from showcase.ui.kiosk.screens import style
from showcase.ui.kiosk.screens.style import Metrics
from showcase.ui.kiosk.screens.swipe import Drag, is_tap, swipe_direction
from showcase.ui.kiosk.screens.tiles import paint_photo


def gallery_width(m: Metrics) -> int:
    """How wide the product page's photos are at metrics `m`: in landscape beside the words,
    in portrait above them, taking at most a third of the height (so that the name, the price
    and the QR code stay in view)."""
    if m.portrait:
        return min(m.width - 2 * m.margin, round(m.height * 0.34 / 0.75))
    return (m.width - m.margin) * 45 // 100


def gallery_frame(m: Metrics) -> QSize:
    """The size of a product page's photo at metrics `m`: the size it is decoded at."""
    return PhotoGallery.frame_size(gallery_width(m))


class PhotoView(QWidget):
    """Photos one at a time with dots under them; `tapped` on a tap, `changed(index)` after
    a swipe to another photo."""

    tapped = Signal()
    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos: list[QPixmap | None] = []
        self.index = 0
        self.name = ""  # shown as a big initial when there is no photo
        self.unit = 1.0
        self.drag = Drag()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_photos(self, photos: list[QPixmap | None], index: int = 0) -> None:
        self.photos = photos
        self.index = max(0, min(index, len(photos) - 1)) if photos else 0
        self.drag = Drag()
        self.update()

    def show_photo(self, index: int) -> None:
        if 0 <= index < len(self.photos) and index != self.index:
            self.index = index
            self.update()
            self.changed.emit(index)

    def px(self, value: float) -> int:
        return max(1, round(value * self.unit))

    # --- touch -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.drag.press(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.drag.active and len(self.photos) > 1:
            self.drag.move(event.position())
            self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        offset = self.drag.release(event.position())
        event.accept()
        if offset is None:
            return
        self.drag.offset = QPointF()
        direction = swipe_direction(offset, max(self.px(60), self.width() // 8))
        if is_tap(offset, self.px(24)):
            self.tapped.emit()
        elif direction and len(self.photos) > 1:
            self.show_photo(self.index - direction)
        self.update()

    # --- painting ----------------------------------------------------------------------------

    def photo_rect(self) -> QRect:
        """Where the photos are drawn (the dots go below it)."""
        return self.rect().adjusted(0, 0, 0, -self.px(44) if len(self.photos) > 1 else 0)

    def paint_photos(self, painter: QPainter, box: QRect, *, cover: bool) -> None:
        shift = round(self.drag.offset.x()) if self.drag.active else 0
        if not self.photos:
            paint_photo(painter, box, None, self.name)
            return
        # The photo being dragged, and the neighbour that comes in from the side.
        for index in (self.index - 1, self.index, self.index + 1):
            if not 0 <= index < len(self.photos):
                continue
            x = box.x() + shift + (index - self.index) * (box.width() + self.px(24))
            if x >= box.right() or x + box.width() <= box.left():
                continue
            target = QRect(x, box.y(), box.width(), box.height())
            photo = self.photos[index]
            if cover or photo is None or photo.isNull():
                paint_photo(painter, target, photo, self.name)
            else:
                fitted = photo.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                place = QRect(0, 0, fitted.width(), fitted.height())
                place.moveCenter(target.center())
                painter.drawPixmap(place, photo)

    def paint_dots(self, painter: QPainter, y: int, on: QColor, off: QColor) -> None:
        count = len(self.photos)
        if count < 2:
            return
        radius, gap = self.px(9), self.px(34)
        left = self.width() / 2 - (count - 1) * gap / 2
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(count):
            painter.setBrush(on if index == self.index else off)
            r = radius if index == self.index else radius * 0.75
            painter.drawEllipse(QPointF(left + index * gap, y), r, r)


class PhotoGallery(PhotoView):
    """The photos on the product page, cropped to fill a rounded 4:3 frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        dots = self.px(44) if len(self.photos) > 1 else 0
        return self.frame_size(width).height() + dots

    def sizeHint(self) -> QSize:
        width = self.px(720)
        return QSize(width, self.heightForWidth(width))

    @staticmethod
    def frame_size(width: int) -> QSize:
        """The 4:3 frame the photos fill in a gallery `width` wide."""
        return QSize(width, round(width * 0.75))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        box = self.photo_rect()
        # Keep 4:3 inside whatever room the layout gives, centred.
        frame = self.frame_size(box.width())
        if frame.height() > box.height():
            frame = QSize(round(box.height() / 0.75), box.height())
        photo = QRect(0, 0, frame.width(), frame.height())
        photo.moveCenter(box.center())
        photo.moveTop(box.top())
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(photo), self.px(22), self.px(22))
        painter.fillPath(clip, QColor(style.SAND))
        painter.save()
        painter.setClipPath(clip)
        self.paint_photos(painter, photo, cover=True)
        painter.restore()
        self.paint_dots(painter, box.bottom() + self.px(26), QColor(style.RED), QColor(style.LINE))
        painter.end()


class PhotoOverlay(PhotoView):
    """One photo as large as the screen, on a dark backdrop; a tap closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = ""
        self.tapped.connect(self.close_overlay)
        self.hide()

    def open_over(self, window: QWidget, photos: list[QPixmap | None], index: int) -> None:
        self.setParent(window)
        self.setGeometry(window.rect())
        self.set_photos(photos, index)
        self.show()
        self.raise_()

    def close_overlay(self) -> None:
        self.hide()
        self.drag = Drag()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor(20, 12, 8, 240))
        margin = self.px(40)
        box = self.rect().adjusted(margin, margin, -margin, -self.px(150))
        painter.save()
        painter.setClipRect(self.rect())
        self.paint_photos(painter, box, cover=False)
        painter.restore()
        self.paint_dots(painter, box.bottom() + self.px(44), QColor(style.GOLD), QColor("#6e5444"))
        font = painter.font()
        font.setPixelSize(self.px(30))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(style.CREAM))
        hint = QRect(0, box.bottom() + self.px(70), self.width(), self.px(60))
        painter.drawText(hint, Qt.AlignmentFlag.AlignCenter, self.hint)
        painter.end()
