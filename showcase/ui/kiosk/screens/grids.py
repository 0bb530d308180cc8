"""Grids of tiles as the screens use them: product cards, categories, kabupaten/kota.

Each grid keeps the domain's plain records and makes the texts from them in the current
language, so a language switch re-sets texts without reading the database again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from showcase.inventory.formats import language_of, rupiah
from showcase.inventory.kiosk.view import ProductCard, Tile
from showcase.store.reader import SqlConnection
from showcase.ui.kiosk.screens.base import Route, pick
from showcase.ui.kiosk.screens.images import ImageCache
from showcase.ui.kiosk.screens.layouts import TileGridLayout
from showcase.ui.kiosk.screens.style import Metrics
from showcase.ui.kiosk.screens.tiles import PhotoTile, PlaceTile
from showcase.ui.kiosk.screens.tiles import Tile as TileButton

PHOTO_TILE = 420  # px at 1080p: the narrowest a photo tile gets (4 across 1920, 2 across 1080)
CATEGORY_TILE = 300  # 5 across 1920, 3 across 1080
PLACE_TILE = 300  # 5 across 1920, 3 across 1080


def photo_size(m: Metrics, tile_width: int) -> QSize:
    """The size photos are decoded at for tiles at least `tile_width` wide (1080p px) before
    their grid is laid out: a tile widens to share out the row, by a fifth at most in
    practice; the photo is 4:3 across the tile's top."""
    width = m.px(tile_width * 6 // 5)
    return QSize(width, width * 3 // 4)


class TileGrid(QWidget):
    """Tiles in equal columns; `opened` carries the tapped tile's route and visit."""

    opened = Signal(object, object)  # Route, (kind, ref) or None

    def __init__(self, metrics: Metrics, tile_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics = metrics
        self.tile_width = tile_width
        self.grid = TileGridLayout(metrics.px(tile_width), metrics.gap, self)

    def tiles(self) -> list[TileButton]:
        return [w for w in self.grid.widgets() if isinstance(w, TileButton)]

    def _add(self, tile: TileButton) -> None:
        tile.clicked.connect(lambda: self.opened.emit(tile.route, tile.visit))
        self.grid.addWidget(tile)

    def clear(self) -> None:
        self.grid.clear()

    def photo_size(self) -> QSize:
        """The size of a tile's photo: from the grid's width once it is laid out."""
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return photo_size(self.metrics, self.tile_width)
        width = self.width()
        columns = self.grid.columns(width)
        tile = max(1, (width - (columns - 1) * self.metrics.gap) // columns)
        return QSize(tile, tile * 3 // 4)

    def hideEvent(self, event: QHideEvent) -> None:
        # The screen was switched away from: it is filled afresh before it shows again, so
        # its tiles let go of their photos (the photo cache keeps the recent ones).
        if not event.spontaneous() and self.window().isVisible():
            for tile in self.tiles():
                if isinstance(tile, PhotoTile):
                    tile.photo = None
        super().hideEvent(event)

    def restyle(self, m: Metrics) -> None:
        self.metrics = m
        self.grid.set_sizes(m.px(self.tile_width), m.gap)
        for tile in self.tiles():
            tile.set_metrics(m)
        self.updateGeometry()


class ProductGrid(TileGrid):
    """Product cards: photo, name, price and kabupaten; a tap opens the product page with
    the grid's products as the list to swipe through."""

    def __init__(
        self, metrics: Metrics, parent: QWidget | None = None, *, tile_width: int = PHOTO_TILE
    ) -> None:
        super().__init__(metrics, tile_width, parent)
        self.cards: list[ProductCard] = []

    def set_cards(
        self, reader: SqlConnection, images: ImageCache, cards: Sequence[ProductCard]
    ) -> None:
        self.clear()
        self.cards = list(cards)
        context = tuple(card.id for card in self.cards)
        size = self.photo_size()
        for card in self.cards:
            tile = PhotoTile(self.metrics, self)
            tile.route = Route("product", ref=str(card.id), context=context)
            tile.visit = ("product", str(card.id))
            if card.photo_id is not None:
                tile.photo = images.pixmap(reader, card.photo_id, size)
            self._add(tile)

    def retranslate(self, language: str) -> None:
        for tile, card in zip(self.tiles(), self.cards, strict=False):
            if isinstance(tile, PhotoTile):
                tile.set_texts(
                    pick(language, card.name_id, card.name_en),
                    rupiah(card.price, language_of(language)),
                    card.kabupaten,
                )


class CategoryGrid(TileGrid):
    """Category tiles: a photo of one of its products, its name and how many it has."""

    def __init__(self, metrics: Metrics, parent: QWidget | None = None) -> None:
        super().__init__(metrics, CATEGORY_TILE, parent)
        self.records: list[Tile] = []

    def set_tiles(self, reader: SqlConnection, images: ImageCache, records: Sequence[Tile]) -> None:
        self.clear()
        self.records = [r for r in records if r.count > 0]
        size = self.photo_size()
        for record in self.records:
            tile = PhotoTile(self.metrics, self)
            tile.route = Route("category", ref=record.ref)
            tile.visit = ("category", record.ref)
            if record.photo_id is not None:
                tile.photo = images.pixmap(reader, record.photo_id, size)
            self._add(tile)

    def retranslate(self, language: str, count_text: Callable[[int], str]) -> None:
        for tile, record in zip(self.tiles(), self.records, strict=False):
            if isinstance(tile, PhotoTile):
                tile.set_texts(
                    pick(language, record.name_id, record.name_en), count_text(record.count)
                )


class PlaceGrid(TileGrid):
    """The fifteen kabupaten/kota as big buttons; one without products is dimmed."""

    def __init__(self, metrics: Metrics, parent: QWidget | None = None) -> None:
        super().__init__(metrics, PLACE_TILE, parent)
        self.records: list[Tile] = []

    def set_tiles(self, records: Sequence[Tile]) -> None:
        self.clear()
        self.records = list(records)
        for record in self.records:
            tile = PlaceTile(self.metrics, self)
            tile.route = Route("kabupaten", ref=record.ref)
            tile.visit = ("kabupaten", record.ref)
            tile.setEnabled(record.count > 0)
            self._add(tile)

    def retranslate(self, language: str, count_text: Callable[[int], str]) -> None:
        for tile, record in zip(self.tiles(), self.records, strict=False):
            if isinstance(tile, PlaceTile):
                tile.set_texts(
                    pick(language, record.name_id, record.name_en), count_text(record.count)
                )
