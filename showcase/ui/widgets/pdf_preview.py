"""A PDF preview: one page at a time, fitted to the widget, with page navigation.

`PdfPreview.show_pdf(data)` takes the bytes of a PDF (written to memory); pages are rendered by
PDFium at the size they are shown and kept in a small cache (a few pages), so a long document
costs no more memory than a short one. Used for the label sheets before they are printed.
`preview_panel` is the right-hand side of the dialogs that make documents: a bold heading with a
grey note beside it, above the preview.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from showcase.ui.widgets.dialog_parts import make_bold, text_label
from showcase.ui.widgets.pdf_pages import MM_PER_INCH, PdfPages

# Rendered pages kept: the one shown, its neighbours, and a resize or two.
CACHED_PAGES = 6
BACKGROUND = QColor("#8a8f98")
MARGIN = 12


class _PageCanvas(QWidget):
    """Paints the current page of its preview, scaled to fit, on a grey desk with a shadow."""

    def __init__(self, preview: PdfPreview) -> None:
        super().__init__(preview)
        self._preview = preview
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:
        return QSize(420, 560)

    def page_rect(self) -> QRectF:
        """Where the current page is drawn (logical pixels), fitted inside the margins."""
        size = self._preview.page_size_mm()
        if size is None or size.width() <= 0 or size.height() <= 0:
            return QRectF()
        room_w = max(self.width() - 2 * MARGIN, 1)
        room_h = max(self.height() - 2 * MARGIN, 1)
        scale = min(room_w / size.width(), room_h / size.height())
        w, h = size.width() * scale, size.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        rect = self.page_rect()
        message = self._preview.message()
        if rect.isEmpty() or message:
            painter.setPen(QColor("white"))
            painter.drawText(
                self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                message,
            )
            painter.end()
            return
        painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 70))
        ratio = self.devicePixelRatioF()
        image = self._preview.page_image(round(rect.width() * ratio))
        if image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, image)
        painter.setPen(QPen(QColor("#505050"), 1))
        painter.drawRect(rect)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._preview.next_page()
        elif event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._preview.previous_page()
        elif event.key() == Qt.Key.Key_Home:
            self._preview.set_page(0)
        elif event.key() == Qt.Key.Key_End:
            self._preview.set_page(self._preview.page_count() - 1)
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # The page always fits, so the wheel turns pages.
        steps = event.angleDelta().y()
        if steps < 0:
            self._preview.next_page()
        elif steps > 0:
            self._preview.previous_page()
        event.accept()


class PdfPreview(QWidget):
    """Shows a PDF held in memory, one page at a time, always fitted to the widget."""

    # The page shown (from 0) changed, or a new document was shown.
    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._count = 0
        self._page = 0
        self._message = ""
        self._cache: OrderedDict[tuple[int, int], QImage] = OrderedDict()

        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.next_button.clicked.connect(self.next_page)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("page_label")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        widest = self.tr("Page {page} of {count}").format(page=888, count=888)
        self.page_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest) + 8)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)

        self.canvas = _PageCanvas(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.canvas, 1)
        column.addLayout(bar)
        self._update_controls()

    # What is shown --------------------------------------------------------------------------

    def show_pdf(self, data: bytes, *, keep_page: bool = True) -> None:
        """Show the PDF in `data`; stay on the same page number if it still exists."""
        old = self._pages
        self._pages = PdfPages(data)
        if old is not None:
            old.close()
        self._cache.clear()
        self._count = len(self._pages)
        self._message = ""
        self._page = min(self._page, self._count - 1) if keep_page else 0
        self._page = max(self._page, 0)
        self._update_controls()
        self.canvas.update()
        self.page_changed.emit(self._page)

    def clear(self, message: str = "") -> None:
        """Show no document, only `message` (for example why there is nothing to preview)."""
        if self._pages is not None:
            self._pages.close()
        self._pages = None
        self._cache.clear()
        self._count = 0
        self._page = 0
        self._message = message
        self._update_controls()
        self.canvas.update()

    def message(self) -> str:
        return self._message

    def page_count(self) -> int:
        return self._count

    def current_page(self) -> int:
        """The page shown, from 0."""
        return self._page

    def set_page(self, page: int) -> None:
        page = max(0, min(page, self._count - 1))
        if page != self._page and self._count:
            self._page = page
            self._update_controls()
            self.canvas.update()
            self.page_changed.emit(page)

    def next_page(self) -> None:
        self.set_page(self._page + 1)

    def previous_page(self) -> None:
        self.set_page(self._page - 1)

    def page_size_mm(self) -> QSizeF | None:
        if self._pages is None or not self._count:
            return None
        return self._pages.page_size_mm(self._page)

    def page_image(self, width_px: int) -> QImage | None:
        """The current page rendered `width_px` wide, from the cache when it was drawn before."""
        if self._pages is None or width_px <= 0:
            return None
        key = (self._page, width_px)
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
            return image
        width_mm = self._pages.page_size_mm(self._page).width()
        image = self._pages.render(self._page, width_px / (width_mm / MM_PER_INCH))
        self._cache[key] = image
        while len(self._cache) > CACHED_PAGES:
            self._cache.popitem(last=False)
        return image

    def cached_images(self) -> int:
        return len(self._cache)

    def _update_controls(self) -> None:
        if self._count:
            self.page_label.setText(
                self.tr("Page {page} of {count}").format(page=self._page + 1, count=self._count)
            )
        else:
            self.page_label.setText("")
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < self._count - 1)


def preview_panel(
    parent: QWidget, title: str, *, wrap_note: bool
) -> tuple[QWidget, QLabel, PdfPreview]:
    """A panel with `title` in bold, a grey note beside it (what the preview shows, or why it is
    not current; `wrap_note` for a note that may run onto more lines) and a preview below."""
    panel = QWidget(parent)
    column = QVBoxLayout(panel)
    column.setContentsMargins(8, 0, 0, 0)
    heading = QHBoxLayout()
    heading.addWidget(make_bold(QLabel(title, panel)))
    note = text_label(panel, wrap=wrap_note, shrink=True)
    note.setStyleSheet("color: palette(placeholder-text);")
    heading.addWidget(note, 1)
    column.addLayout(heading)
    preview = PdfPreview(panel)
    column.addWidget(preview, 1)
    return panel, note, preview
