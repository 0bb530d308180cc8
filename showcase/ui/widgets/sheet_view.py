"""A label sheet drawn to scale: the page outline and every label on it.

The sheet editor shows it beside its form so staff can compare the numbers with a real sheet they
measured; the labels dialog shows it as a grid of positions, where the labels already used are
grey and a click chooses the first free one. Labels that run off the page are drawn in red.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from showcase.printing.labels.sheets import Sheet

PAGE = QColor("white")
DESK = QColor("#e4e6ea")
OUTLINE = QColor("#5f6368")
USED = QColor("#b8bcc2")
TO_PRINT = QColor("#cfe3fa")
START = QColor("#1a73e8")
OFF_PAGE = QColor("#b00020")
MARGIN = 6


class SheetView(QWidget):
    """Draws a Sheet. With `clickable`, a click on a label emits its position (from 1)."""

    position_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, clickable: bool = False) -> None:
        super().__init__(parent)
        self._sheet: Sheet | None = None
        self._start = 1
        self._count = 0
        self._clickable = clickable
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(90, 90)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(170, 220)

    def sheet(self) -> Sheet | None:
        return self._sheet

    def set_sheet(self, sheet: Sheet | None) -> None:
        self._sheet = sheet
        self.update()

    def set_positions(self, start: int, count: int) -> None:
        """Grey the positions before `start`; tint the `count` labels of the first page from it."""
        self._start = start
        self._count = count
        self.update()

    # Geometry -------------------------------------------------------------------------------

    def _scale(self) -> tuple[float, QPointF]:
        """Pixels per mm and where the page's top-left corner is drawn."""
        sheet = self._sheet
        assert sheet is not None
        # Labels that run off the page stay in view (in red), so the mistake can be seen.
        x, y, w, h = sheet.label_box(sheet.rows - 1, sheet.columns - 1)
        width = max(sheet.page_width, x + w)
        height = max(sheet.page_height, y + h)
        room_w = max(self.width() - 2 * MARGIN, 1)
        room_h = max(self.height() - 2 * MARGIN, 1)
        scale = min(room_w / width, room_h / height)
        origin = QPointF((self.width() - width * scale) / 2, (self.height() - height * scale) / 2)
        return scale, origin

    def _drawable(self) -> bool:
        sheet = self._sheet
        return (
            sheet is not None
            and sheet.page_width > 0
            and sheet.page_height > 0
            and 0 < sheet.columns <= 100
            and 0 < sheet.rows <= 200
        )

    def label_rect(self, row: int, column: int) -> QRectF:
        """Where the label at `row`, `column` (from 0) is drawn, in widget pixels."""
        assert self._sheet is not None
        scale, origin = self._scale()
        x, y, w, h = self._sheet.label_box(row, column)
        return QRectF(origin.x() + x * scale, origin.y() + y * scale, w * scale, h * scale)

    def position_at(self, point: QPointF) -> int | None:
        """The position (from 1) of the label under `point`, if any."""
        if not self._drawable():
            return None
        assert self._sheet is not None
        for row in range(self._sheet.rows):
            for column in range(self._sheet.columns):
                if self.label_rect(row, column).contains(point):
                    return row * self._sheet.columns + column + 1
        return None

    # Painting -------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), DESK)
        if not self._drawable():
            painter.end()
            return
        sheet = self._sheet
        assert sheet is not None
        scale, origin = self._scale()
        page = QRectF(origin.x(), origin.y(), sheet.page_width * scale, sheet.page_height * scale)
        painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 40))
        painter.fillRect(page, PAGE)
        painter.setPen(QPen(OUTLINE, 1))
        painter.drawRect(page)

        radius = sheet.corner_radius * scale
        font = QFont(self.font())
        font.setPixelSize(max(7, min(12, round(sheet.label_height * scale / 3))))
        painter.setFont(font)
        last = self._start + self._count - 1
        for row in range(sheet.rows):
            for column in range(sheet.columns):
                position = row * sheet.columns + column + 1
                rect = self.label_rect(row, column)
                off_page = not page.adjusted(-0.5, -0.5, 0.5, 0.5).contains(rect)
                fill = PAGE
                if self._clickable and position < self._start:
                    fill = USED
                elif self._clickable and position <= last:
                    fill = TO_PRINT
                pen = QPen(OFF_PAGE if off_page else OUTLINE, 2 if off_page else 1)
                if self._clickable and position == self._start:
                    pen = QPen(START, 2)
                painter.setPen(pen)
                painter.setBrush(fill)
                painter.drawRoundedRect(rect, radius, radius)
                if self._clickable and rect.height() >= 11 and rect.width() >= 14:
                    painter.setPen(QColor("#3c4043") if position >= self._start else OUTLINE)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(position))
        painter.end()

    # Clicks ---------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._clickable and event.button() == Qt.MouseButton.LeftButton:
            position = self.position_at(event.position())
            if position is not None:
                self.position_clicked.emit(position)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._clickable:
            position = self.position_at(event.position())
            if position is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPosition().toPoint(),
                    self.tr("Position {n}: click to start here").format(n=position),
                    self,
                )
        super().mouseMoveEvent(event)
