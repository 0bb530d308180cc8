"""A QR code painted as vectors: the labels' matrix (showcase.printing.qr), drawn with QPainter.

Each dark module is a filled rectangle on whole pixels (the module size is rounded down to a
whole number of pixels), inside a white square with the standard's quiet zone of 4 modules,
so a phone reads it from a metre away on any screen size.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET = 4
INK = QColor("#000000")
WHITE = QColor("#ffffff")


class QrWidget(QWidget):
    """A square showing the QR symbol of `payload`; empty when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._payload = ""
        self._rows: tuple[int, ...] = ()
        self._side = 360
        policy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)

    @property
    def payload(self) -> str:
        return self._payload

    def set_payload(self, payload: str) -> None:
        from showcase.printing.qr import qr_rows  # qrcode loads when a QR is first shown

        self._payload = payload
        try:
            self._rows = qr_rows(payload) if payload else ()
        except ValueError:  # longer than a QR code holds: show nothing rather than fail
            self._rows = ()
        self.update()

    def set_side(self, side: int) -> None:
        """The widget's width and height in pixels."""
        self._side = side
        self.setFixedSize(side, side)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def modules(self) -> int:
        """Modules across the symbol, quiet zone included (0 when empty)."""
        return len(self._rows) + 2 * QUIET if self._rows else 0

    def symbol_rect(self) -> QRect:
        """Where the white square (symbol and quiet zone) is painted, in widget pixels."""
        count = self.modules()
        if not count:
            return QRect()
        module = max(1, min(self.width(), self.height()) // count)
        side = module * count
        return QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._rows:
            return
        square = self.symbol_rect()
        module = square.width() // self.modules()
        painter = QPainter(self)
        painter.fillRect(square, WHITE)
        size = len(self._rows)
        left = square.left() + QUIET * module
        top = square.top() + QUIET * module
        for r, row in enumerate(self._rows):
            bits = format(row, f"0{size}b")
            c = bits.find("1")
            while c >= 0:
                end = bits.find("0", c)
                end = size if end < 0 else end
                painter.fillRect(
                    left + c * module, top + r * module, (end - c) * module, module, INK
                )
                c = bits.find("1", end)
        painter.end()
