"""How a catalogue looks: language, layout, sections, prices, QR content, and the cover.

`CatalogueLook.options()` gives the `CatalogueOptions` for `write_catalogue`; `problem()` says
in a sentence why the choices cannot make a catalogue yet (no title, or QR codes holding a web
address when no address is saved), or "" when they can. The web address of the QR codes is the
one saved in the labels dialog: the catalogue uses it and does not edit it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError, ValidationError
from showcase.inventory.listing import thumbnails
from showcase.inventory.qr_payloads import QrKind, check_url_template
from showcase.inventory.setting_keys import URL_TEMPLATE_SETTING
from showcase.inventory.settings import get_setting
from showcase.printing.catalogue.data import read_products
from showcase.printing.catalogue.document import (
    CatalogueLayout,
    CatalogueOptions,
    CatalogueSelection,
    Grouping,
    Language,
    select_products,
)
from showcase.store.db import Database
from showcase.ui.widgets.dialog_parts import ERROR_STYLE, text_label

DEFAULT_TITLE = "Produk Unggulan Lampung"
DEFAULT_SUBTITLE = "UMKM Center Bakauheni Harbour City"
# A cover photo is picked from the featured products with a photo; a longer combo is no help.
MAX_COVER_CHOICES = 300
ICON_SIZE = QSize(24, 24)
_BATCH = 500  # ids per query, under SQLite's limit on parameters


def _combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    # Long product names are cut short instead of widening the dialog.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


class CatalogueLook(QWidget):
    """The look and cover of a catalogue; `changed` on every change."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with database.session() as session:
            self.url_template = get_setting(session, URL_TEMPLATE_SETTING)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._build_look())
        column.addWidget(self._build_cover(database))

    # Building ---------------------------------------------------------------------------------

    def _build_look(self) -> QGroupBox:
        box = QGroupBox(self.tr("How it looks"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.language_combo = _combo(box)
        for language, text in (
            (Language.ID, self.tr("Indonesian")),
            (Language.EN, self.tr("English")),
            (Language.BOTH, self.tr("Indonesian and English side by side")),
        ):
            self.language_combo.addItem(text, language.value)
        form.addRow(self.tr("Language"), self.language_combo)

        self.layout_combo = _combo(box)
        for key, text in (
            ("cards-2", self.tr("Photo cards, {n} per page").format(n=2)),
            ("cards-4", self.tr("Photo cards, {n} per page").format(n=4)),
            ("cards-6", self.tr("Photo cards, {n} per page").format(n=6)),
            ("feature", self.tr("One product per page")),
            ("pricelist", self.tr("Compact price list")),
        ):
            self.layout_combo.addItem(text, key)
        self.layout_combo.setCurrentIndex(1)  # 4 cards: the library's default
        form.addRow(self.tr("Layout"), self.layout_combo)

        self.grouping_combo = _combo(box)
        for grouping, text in (
            (Grouping.CATEGORY, self.tr("Category")),
            (Grouping.KABUPATEN, self.tr("Kabupaten/kota")),
            (Grouping.PRODUCER, self.tr("Producer")),
        ):
            self.grouping_combo.addItem(text, grouping.value)
        form.addRow(self.tr("Sections by"), self.grouping_combo)

        self.prices_combo = _combo(box)
        self.prices_combo.addItem(self.tr("Printed"), True)
        self.prices_combo.addItem(self.tr("“Price on request”"), False)
        form.addRow(self.tr("Prices"), self.prices_combo)

        self.qr_combo = _combo(box)
        for kind, text in (
            (QrKind.WHATSAPP, self.tr("WhatsApp to the producer")),
            (QrKind.CODE, self.tr("Product code")),
            (QrKind.URL, self.tr("Web address")),
            (QrKind.TEXT, self.tr("Text (name, price, producer)")),
        ):
            self.qr_combo.addItem(text, kind.value)
        self.qr_note = text_label(box, wrap=True, shrink=True)
        self.qr_note.setObjectName("qr_note")
        self.qr_note.hide()
        qr_field = QWidget(box)
        qr_column = QVBoxLayout(qr_field)
        qr_column.setContentsMargins(0, 0, 0, 0)
        qr_column.setSpacing(2)
        qr_column.addWidget(self.qr_combo)
        qr_column.addWidget(self.qr_note)
        form.addRow(self.tr("QR code"), qr_field)

        for combo in (
            self.language_combo,
            self.layout_combo,
            self.grouping_combo,
            self.prices_combo,
            self.qr_combo,
        ):
            combo.currentIndexChanged.connect(self._changed)
        return box

    def _build_cover(self, database: Database) -> QGroupBox:
        box = QGroupBox(self.tr("Cover"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_edit = QLineEdit(DEFAULT_TITLE, box)
        self.title_edit.setMaxLength(120)
        self.subtitle_edit = QLineEdit(DEFAULT_SUBTITLE, box)
        self.subtitle_edit.setMaxLength(160)
        self.cover_combo = _combo(box)
        self.cover_combo.setIconSize(ICON_SIZE)
        self.cover_combo.setToolTip(
            self.tr("The photo on the cover: one of the featured products that have a photo")
        )
        self._fill_cover_choices(database)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Subtitle"), self.subtitle_edit)
        form.addRow(self.tr("Cover photo"), self.cover_combo)
        self.title_edit.textChanged.connect(self._changed)
        self.subtitle_edit.textChanged.connect(self._changed)
        self.cover_combo.currentIndexChanged.connect(self._changed)
        return box

    def _fill_cover_choices(self, database: Database) -> None:
        """The featured products on the kiosk that have a photo, A to Z, each with its picture."""
        with database.read() as connection:
            try:
                ids = select_products(connection, CatalogueSelection(featured_only=True))
            except UserError:
                ids = []
            order = {ident: n for n, ident in enumerate(ids)}
            products = sorted(
                (p for p in read_products(connection, ids) if p.photo_id is not None),
                key=lambda p: order[p.id],
            )[:MAX_COVER_CHOICES]
            pictures: dict[int, bytes] = {}
            chosen = [p.id for p in products]
            for start in range(0, len(chosen), _BATCH):
                pictures.update(thumbnails(connection, chosen[start : start + _BATCH]))
        # First and chosen at the start: the first featured product with a photo among the
        # catalogue's own products (in print order), so a catalogue of one category gets a
        # cover from that category.
        self.cover_combo.addItem(self.tr("Automatic (first featured product)"), None)
        self.cover_combo.setItemData(
            0,
            self.tr("The first featured product with a photo among the products chosen"),
            Qt.ItemDataRole.ToolTipRole,
        )
        for product in products:
            icon = QIcon()
            blob = pictures.get(product.id)
            if blob is not None:
                pixmap = QPixmap()
                if pixmap.loadFromData(blob):
                    icon = QIcon(pixmap)
            self.cover_combo.addItem(icon, f"{product.name_id} ({product.code})", product.id)
        self.cover_combo.setCurrentIndex(0)

    # Reading the choices ----------------------------------------------------------------------

    def language(self) -> Language:
        return Language(self.language_combo.currentData())

    def qr_kind(self) -> QrKind:
        return QrKind(self.qr_combo.currentData())

    def options(self) -> CatalogueOptions:
        """The chosen options (whether or not `problem()` has something to say)."""
        key = str(self.layout_combo.currentData())
        layout = CatalogueLayout.CARDS if key.startswith("cards") else CatalogueLayout(key)
        per_page = int(key.split("-")[1]) if layout is CatalogueLayout.CARDS else 4
        cover = self.cover_combo.currentData()
        return CatalogueOptions(
            language=self.language(),
            layout=layout,
            cards_per_page=per_page,
            grouping=Grouping(self.grouping_combo.currentData()),
            show_prices=bool(self.prices_combo.currentData()),
            qr_kind=self.qr_kind(),
            title=" ".join(self.title_edit.text().split()),
            subtitle=" ".join(self.subtitle_edit.text().split()),
            cover_product_id=int(cover) if cover is not None else None,
        )

    def problem(self) -> str:
        """Why these choices cannot make a catalogue, or "" when they can."""
        if not self.title_edit.text().strip():
            return self.tr("The cover needs a title.")
        if self.qr_kind() is QrKind.URL and not self._url_ok():
            return self.tr(
                "No web address for QR codes is saved yet: set one in Print labels "
                "(QR code holds: Web address), or choose another QR content."
            )
        return ""

    def _url_ok(self) -> bool:
        try:
            check_url_template(self.url_template)
        except ValidationError:
            return False
        return True

    def _changed(self) -> None:
        self._show_qr_note()
        self.changed.emit()

    def _show_qr_note(self) -> None:
        if self.qr_kind() is not QrKind.URL:
            self.qr_note.hide()
            return
        if self._url_ok():
            self.qr_note.setStyleSheet("color: palette(placeholder-text);")
            self.qr_note.setText(
                self.tr("The address saved for the labels: {address}").format(
                    address=self.url_template.strip()
                )
            )
        else:
            self.qr_note.setStyleSheet(ERROR_STYLE)
            self.qr_note.setText(self.tr("No web address is saved yet."))
        self.qr_note.show()
