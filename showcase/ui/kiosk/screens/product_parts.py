"""Parts of the product page: the QR panel, a row of badges, the producer's card."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from showcase.inventory.kiosk.view import KioskProduct
from showcase.ui.kiosk.screens import style
from showcase.ui.kiosk.screens.base import pick
from showcase.ui.kiosk.screens.chrome import button, label
from showcase.ui.kiosk.screens.layouts import FlowLayout
from showcase.ui.kiosk.screens.qr_widget import QrWidget
from showcase.ui.kiosk.screens.style import Metrics

# What a phone does with the code, in both languages at once: a visitor reads the line in the
# language they know, whatever the kiosk shows (and a companion may hold the phone).
CAPTIONS = {
    "whatsapp": ("Pindai untuk WhatsApp penjual", "Scan to chat with the seller on WhatsApp"),
    "url": ("Pindai untuk membuka halaman produk", "Scan to open the product's web page"),
    "code": ("Kode produk untuk dipindai", "The product code, to scan"),
    "text": ("Pindai untuk menyimpan keterangan produk", "Scan to keep the product's details"),
}


def payload_kind(payload: str, code: str) -> str:
    """What a QR payload is, judged from its content (see showcase.printing.labels.payloads)."""
    lowered = payload.lower()
    if lowered.startswith(("https://wa.me/", "http://wa.me/")):
        return "whatsapp"
    if lowered.startswith(("http://", "https://")):
        return "url"
    if payload == code:
        return "code"
    return "text"


class QrPanel(QFrame):
    """The large QR code with what it does beside it (under it when there is no room)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.code = QrWidget(self)
        self.caption = label("qrCaption", self)
        self.caption_en = label("qrCaptionEn", self)
        words = QVBoxLayout()
        words.addStretch(1)
        words.addWidget(self.caption)
        words.addWidget(self.caption_en)
        words.addStretch(1)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.code, 0, Qt.AlignmentFlag.AlignVCenter)
        self.row.addLayout(words, 1)
        self.words = words
        self.kind = "text"

    def set_payload(self, payload: str, code: str) -> None:
        self.code.set_payload(payload)
        self.kind = payload_kind(payload, code)
        self.caption.setText(CAPTIONS[self.kind][0])
        self.caption_en.setText(CAPTIONS[self.kind][1])
        self.setVisible(bool(payload))

    def restyle(self, m: Metrics) -> None:
        self.code.set_side(m.px(340))
        self.row.setContentsMargins(m.px(20), m.px(20), m.px(28), m.px(20))
        self.row.setSpacing(m.px(28))
        self.words.setSpacing(m.px(12))
        self.caption.setStyleSheet(f"font-size: {m.px(34)}px; font-weight: bold;")
        self.caption_en.setStyleSheet(f"font-size: {m.px(30)}px; color: {style.MUTED};")


class BadgeRow(QWidget):
    """A small heading and a wrapping row of badges (certificates, export markets)."""

    def __init__(self, badge: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.badge = badge
        self.heading = label("section", self)
        self.holder = QWidget(self)
        self.flow = FlowLayout(12, self.holder)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.holder)
        self.items: tuple[str, ...] = ()

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def badges(self) -> list[QLabel]:
        return [w for w in self.flow.widgets() if isinstance(w, QLabel)]

    def set_items(self, items: Sequence[str]) -> None:
        items = tuple(item for item in items if item.strip())
        self.setVisible(bool(items))
        if items == self.items:
            return
        self.items = items
        self.flow.clear()
        for item in items:
            badge = label(self.badge, self.holder)
            badge.setText(item)
            self.flow.addWidget(badge)
        self.holder.updateGeometry()

    def restyle(self, m: Metrics) -> None:
        self.flow.set_spacing(m.px(14))
        self.column.setSpacing(m.px(10))


class ProducerCard(QFrame):
    """Who makes it: name, UMKM or koperasi, kabupaten, their story, and their other products."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.heading = label("section", self)
        self.name = label("producer", self)
        self.kind = label("muted", self)
        self.story = label("body", self)
        self.button = button("producerButton", self)
        self.column = QVBoxLayout(self)
        for widget in (self.heading, self.name, self.kind, self.story):
            self.column.addWidget(widget)
        self.column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self._kind = ""
        self.retranslate()

    def set_producer(self, product: KioskProduct, language: str) -> None:
        self.setVisible(bool(product.producer))
        self.name.setText(product.producer)
        self._kind = product.producer_kind
        kind = {"koperasi": self.tr("Cooperative (koperasi)"), "umkm": self.tr("UMKM")}.get(
            product.producer_kind, ""
        )
        self.kind.setText(" · ".join(part for part in (kind, product.kabupaten) if part))
        self.kind.setVisible(bool(self.kind.text()))
        story = pick(language, product.story_id, product.story_en)
        self.story.setText(story)
        self.story.setVisible(bool(story.strip()))
        self.button.setVisible(product.producer_id is not None)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The producer"))
        self.button.setText(self.tr("More from this producer  ▶"))

    def restyle(self, m: Metrics) -> None:
        self.column.setContentsMargins(m.px(32), m.px(28), m.px(32), m.px(32))
        self.column.setSpacing(m.px(12))
