"""A product's page: photos, name, price, the QR code to reach the seller, the story behind it.

Landscape puts the photos on the left and the words on the right; portrait puts the photos on
top. Either way the name, the price and the large QR code are in view without scrolling; the
rest scrolls by swiping up. A sideways swipe anywhere but on the photos (which swipe between
themselves) goes to the next or previous product of the list the page was opened from.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from showcase.inventory.formats import language_of, rupiah
from showcase.inventory.kiosk import view
from showcase.inventory.kiosk.settings import kiosk_settings
from showcase.inventory.kiosk.view import KioskProduct
from showcase.store.reader import SqlConnection
from showcase.ui.kiosk.screens.base import KioskScreen, Route
from showcase.ui.kiosk.screens.chrome import ScreenBar, ScrollPage, button, label
from showcase.ui.kiosk.screens.gallery import (
    PhotoGallery,
    PhotoOverlay,
    gallery_frame,
    gallery_width,
)
from showcase.ui.kiosk.screens.images import ImageCache, Key, photo_key
from showcase.ui.kiosk.screens.product_parts import BadgeRow, ProducerCard, QrPanel
from showcase.ui.kiosk.screens.style import Metrics
from showcase.ui.kiosk.screens.swipe import SwipeWatcher

MAX_PHOTOS = 8
GONE = "Produk ini tidak lagi ditampilkan\nThis product is no longer shown"


class ProductPage(KioskScreen):
    """Route("product", ref=id, context=ids of the list it was opened from)."""

    def __init__(self, images: ImageCache, parent: QWidget | None = None) -> None:
        super().__init__(images, parent)
        self.product: KioskProduct | None = None
        self._reader: SqlConnection | None = None
        self.photo_ids: tuple[int, ...] = ()
        self.neighbour_photo_ids: tuple[int, ...] = ()  # of the next, then the previous product
        self._gallery_width = 720

        self.bar = ScreenBar(self)
        self.bar.back.connect(lambda: self.navigate.emit(Route("back")))
        self.previous_button = button("barButton", self)
        self.previous_button.setText("◀")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.position = label("position", self, wrap=False)
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = button("barButton", self)
        self.next_button.setText("▶")
        self.next_button.clicked.connect(lambda: self.step(1))
        for step_widget in (self.previous_button, self.position, self.next_button):
            self.bar.add_right(step_widget)

        self.gallery = PhotoGallery(self)
        self.gallery.tapped.connect(self.enlarge)
        self.overlay = PhotoOverlay()
        self.info = ScrollPage(self)
        canvas = self.info.canvas
        self.name = label("name", canvas)
        self.price = label("price", canvas, wrap=False)
        self.unit = label("unit", canvas)
        self.place = label("muted", canvas)
        self.qr = QrPanel(canvas)
        self.description = label("body", canvas)
        self.certificates = BadgeRow("badge", canvas)
        self.markets = BadgeRow("market", canvas)
        self.producer = ProducerCard(canvas)
        self.producer.button.clicked.connect(self.open_producer)
        self.price_row = QHBoxLayout()
        self.price_row.addWidget(self.price, 0, Qt.AlignmentFlag.AlignBottom)
        self.price_row.addWidget(self.unit, 1, Qt.AlignmentFlag.AlignBottom)
        self.info.column.addWidget(self.name)
        self.info.column.addLayout(self.price_row)
        for widget in (
            self.place,
            self.qr,
            self.description,
            self.certificates,
            self.markets,
            self.producer,
        ):
            self.info.column.addWidget(widget)
        self.info.column.addStretch(1)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(
            self.gallery, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
        )
        self.body.addWidget(self.info, 1)

        self.gone = QFrame(self)
        self.gone.setObjectName("card")
        self.gone_text = label("message", self.gone)
        self.gone_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gone_text.setText(GONE)
        self.home_button = button("homeBig", self.gone)
        self.home_button.clicked.connect(lambda: self.navigate.emit(Route("home")))
        self.gone_column = QVBoxLayout(self.gone)
        self.gone_column.addWidget(self.gone_text)
        self.gone_column.addWidget(self.home_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.gone_area = QWidget(self)
        self.gone_row = QHBoxLayout(self.gone_area)
        self.gone_row.addStretch(1)
        self.gone_row.addWidget(self.gone, 4, Qt.AlignmentFlag.AlignTop)
        self.gone_row.addStretch(1)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.bar)
        column.addLayout(self.body, 1)
        column.addWidget(self.gone_area, 1)
        self.gone_area.hide()

        self.images.arrived.connect(self._photo_arrived)
        self.swipes = SwipeWatcher(self, self._swipe_distance, self._not_swiped_here)
        self.swipes.swiped.connect(lambda direction: self.step(-direction))
        self.retranslate()

    # --- the screen interface --------------------------------------------------------------

    def load(self, reader: SqlConnection, route: Route, language: str) -> None:
        self._reader = reader
        self.overlay.close_overlay()
        super().load(reader, route, language)

    def fill(self, reader: SqlConnection) -> None:
        ref = self.route.ref
        qr_kind = kiosk_settings(reader).qr_kind
        found = view.product(reader, int(ref), qr_kind) if ref.isdigit() else None
        same = found is not None and self.product is not None and found.id == self.product.id
        self.product = found
        self._show_gone(found is None)
        if found is None:
            self.neighbour_photo_ids = ()
            return
        if not same or found.photo_ids != self.photo_ids:
            self.photo_ids = found.photo_ids[:MAX_PHOTOS]
            size = self._gallery_size()
            # The first photo at the tap; the others, a swipe away, as they are decoded ahead.
            self.gallery.set_photos(
                [
                    self.images.pixmap(reader, pid, size)
                    if index == 0
                    else self.images.cached(photo_key(pid, size))
                    for index, pid in enumerate(self.photo_ids)
                ]
            )
            self._size_gallery()
        if not same:
            self.info.verticalScrollBar().setValue(0)
        self.qr.set_payload(found.qr_payload, found.code)
        self._update_steps()
        neighbours = dict.fromkeys(
            n for n in (self.neighbour(1), self.neighbour(-1)) if n is not None
        )
        self.neighbour_photo_ids = tuple(
            pid for n in neighbours for pid in view.photo_ids(reader, n)[:MAX_PHOTOS]
        )

    def reachable(self) -> list[Key]:
        """The product's photos, and those of the next and previous product (a swipe away)."""
        if self.product is None:
            return []
        size = self._gallery_size()
        return [photo_key(pid, size) for pid in self.photo_ids + self.neighbour_photo_ids]

    def _photo_arrived(self, key: Key) -> None:
        """One of the product's other photos, decoded ahead: into the gallery."""
        size = self._gallery_size()
        for index, pid in enumerate(self.photo_ids):
            if index < len(self.gallery.photos) and key == photo_key(pid, size):
                self.gallery.photos[index] = self.images.cached(key)
                self.gallery.update()

    def pause(self) -> None:
        super().pause()
        self.overlay.close_overlay()
        self.swipes.remove()

    def resume(self) -> None:
        if self.isVisible():
            self.swipes.install()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.swipes.install()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.swipes.remove()
        self.overlay.close_overlay()

    # --- moving about ------------------------------------------------------------------------

    def _index(self) -> int:
        if self.product is None:
            return -1
        try:
            return self.route.context.index(self.product.id)
        except ValueError:
            return -1

    def neighbour(self, step: int) -> int | None:
        """The product `step` places away in the list (wrapping around), or None."""
        context = self.route.context
        index = self._index()
        if index < 0 or len(context) < 2:
            return None
        return context[(index + step) % len(context)]

    def step(self, step: int) -> None:
        target = self.neighbour(step)
        if target is None or self.overlay.isVisible():
            return
        self.visited.emit("product", str(target))
        self.navigate.emit(Route("product", ref=str(target), context=self.route.context))

    def open_producer(self) -> None:
        if self.product is None or self.product.producer_id is None:
            return
        ref = str(self.product.producer_id)
        self.visited.emit("producer", ref)
        self.navigate.emit(Route("producer", ref=ref))

    def enlarge(self) -> None:
        if self.product is None or not self.photo_ids or self._reader is None:
            return
        window = self.window()
        size = window.size()
        try:
            photos = self.read_later(
                lambda reader: [
                    self.images.pixmap(reader, pid, size, cover=False) for pid in self.photo_ids
                ],
                self._reader,
            )
        except Exception:  # a lost server: the next read uses the copy
            return
        self.overlay.unit = self.metrics.unit
        self.overlay.name = self.gallery.name
        self.overlay.hint = self.tr("Touch the photo to close it")
        self.overlay.open_over(window, photos, self.gallery.index)
        self.overlay.changed.connect(self.gallery.show_photo, Qt.ConnectionType.UniqueConnection)

    def _swipe_distance(self) -> int:
        return max(self.metrics.px(140), self.width() // 8)

    def _not_swiped_here(self, point: QPoint) -> bool:
        """Presses on the photos swipe the photos; an open overlay takes every touch."""
        if self.overlay.isVisible() or self.product is None:
            return True
        return self.gallery.rect().contains(self.gallery.mapFromGlobal(point))

    def _update_steps(self) -> None:
        context = self.route.context
        index = self._index()
        shown = index >= 0 and len(context) > 1
        for widget in (self.previous_button, self.position, self.next_button):
            widget.setVisible(shown)
        if shown:
            self.position.setText(f"{index + 1} / {len(context)}")

    def _show_gone(self, gone: bool) -> None:
        self.gone_area.setVisible(gone)
        self.gallery.setVisible(not gone)
        self.info.setVisible(not gone)
        if gone:
            for widget in (self.previous_button, self.position, self.next_button):
                widget.hide()

    # --- texts and sizes -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.bar.retranslate()
        self.producer.retranslate()
        self.previous_button.setAccessibleName(self.tr("Previous product"))
        self.next_button.setAccessibleName(self.tr("Next product"))
        self.home_button.setText(self.tr("Home"))
        self.certificates.set_heading(self.tr("Certificates"))
        self.markets.set_heading(self.tr("Exported to"))
        p = self.product
        if p is None:
            self.bar.set_title("")
            return
        self.bar.set_title(self.text(p.category_name_id, p.category_name_en))
        name = self.text(p.name_id, p.name_en)
        self.gallery.name = name
        self.name.setText(name)
        self.price.setText(rupiah(p.price, language_of(self.language)))
        self.unit.setText(self.tr("per {unit}").format(unit=p.unit) if p.unit.strip() else "")
        self.unit.setVisible(bool(p.unit.strip()))
        self.place.setText(" · ".join(part for part in (p.producer, p.kabupaten) if part))
        self.place.setVisible(bool(p.producer or p.kabupaten))
        description = self.text(p.description_id, p.description_en)
        self.description.setText(description)
        self.description.setVisible(bool(description.strip()))
        self.certificates.set_items(p.certificates)
        self.markets.set_items(p.export_markets)
        self.producer.set_producer(p, self.language)
        self._update_steps()

    def _size_gallery(self) -> None:
        width = self._gallery_width
        self.gallery.setFixedSize(width, self.gallery.heightForWidth(width))

    def _gallery_size(self) -> QSize:
        """The size the gallery draws its photos at (and they are kept at): from the window's
        size, as the page is laid out only when first shown (after its first fill)."""
        return gallery_frame(Metrics.for_size(self.window().size()))

    def restyle(self) -> None:
        m = self.metrics
        self.bar.restyle(m)
        self.info.restyle(m)
        self.qr.restyle(m)
        self.producer.restyle(m)
        self.certificates.restyle(m)
        self.markets.restyle(m)
        self.gallery.unit = m.unit
        self.position.setMinimumWidth(m.px(150))
        self.position.setFixedHeight(m.target)
        self.price_row.setSpacing(m.px(20))
        if m.portrait:
            self.body.setDirection(QBoxLayout.Direction.TopToBottom)
            self.body.setContentsMargins(m.margin, m.px(28), m.margin, 0)
            self.info.column.setContentsMargins(0, m.px(8), 0, m.px(48))
        else:
            self.body.setDirection(QBoxLayout.Direction.LeftToRight)
            self.body.setContentsMargins(m.margin, m.px(28), 0, 0)
            self.info.column.setContentsMargins(0, 0, m.margin, m.px(48))
        self._gallery_width = gallery_width(m)
        self._size_gallery()
        self.body.setSpacing(m.px(36))
        self.gone_row.setContentsMargins(m.margin, m.px(120), m.margin, 0)
        self.gone_column.setContentsMargins(m.px(48), m.px(48), m.px(48), m.px(48))
        self.gone_column.setSpacing(m.px(40))
