"""Grids of tiles as the screens use them: product cards, categories, kabupaten/kota.

Each grid keeps the domain's plain records and makes the texts from them in the current
language, so a language switch re-sets texts without reading the database again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QMoveEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from showcase.inventory.formats import language_of, rupiah
from showcase.inventory.kiosk.view import ProductCard, Tile
from showcase.ui.kiosk.screens.base import KioskScreen, Route, pick
from showcase.ui.kiosk.screens.images import Key, photo_key
from showcase.ui.kiosk.screens.layouts import TileGridLayout
from showcase.ui.kiosk.screens.style import Metrics
from showcase.ui.kiosk.screens.tiles import PhotoTile, PlaceTile, photo_area
from showcase.ui.kiosk.screens.tiles import Tile as TileButton

PHOTO_TILE = 420  # px at 1080p: the narrowest a photo tile gets (4 across 1920, 2 across 1080)
CATEGORY_TILE = 300  # 5 across 1920, 3 across 1080
PLACE_TILE = 300  # 5 across 1920, 3 across 1080

PhotoFetch = Callable[[int, QSize], QPixmap | None]  # photo id, size: decoded now if not kept


def photo_size(m: Metrics, tile_width: int) -> QSize:
    """The size photos are decoded at for tiles at least `tile_width` wide (1080p px) before
    their grid is laid out: a tile widens to share out the row, by a fifth at most in
    practice; the photo is 4:3 across the tile's top."""
    return photo_area(m.px(tile_width * 6 // 5))


class TileGrid(QWidget):
    """Tiles in equal columns; `opened` carries the tapped tile's route and visit."""

    opened = Signal(object, object)  # Route, (kind, ref) or None
    placed = Signal()  # moved or resized: its tiles may be on other pages now

    def __init__(self, metrics: Metrics, tile_width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics = metrics
        self.tile_width = tile_width
        self.grid = TileGridLayout(metrics.px(tile_width), metrics.gap, self)
        self.fetch: PhotoFetch | None = None  # set by the screen: how a shown tile gets its photo

    def tiles(self) -> list[TileButton]:
        return [w for w in self.grid.widgets() if isinstance(w, TileButton)]

    def _add(self, tile: TileButton) -> None:
        tile.clicked.connect(lambda: self.opened.emit(tile.route, tile.visit))
        self.grid.addWidget(tile)

    def clear(self) -> None:
        self.grid.clear()

    def _photo_tile(self, photo_id: int | None) -> PhotoTile:
        tile = PhotoTile(self.metrics, self)
        tile.photo_id = photo_id
        tile.fetch = self._fetch
        return tile

    def _fetch(self, photo_id: int) -> QPixmap | None:
        return None if self.fetch is None else self.fetch(photo_id, self.photo_size())

    def _page(self, area: QScrollArea) -> QRect | None:
        """The part of the grid in view in `area`, None if the grid is not shown there."""
        if not self.isVisibleTo(area):
            return None
        viewport = area.viewport()
        return QRect(self.mapFrom(viewport, QPoint(0, 0)), viewport.size())

    def in_view(self, area: QScrollArea) -> list[PhotoTile]:
        """The photo tiles on the page of `area` shown."""
        shown = self._page(area)
        return [
            tile
            for tile in self.tiles()
            if shown is not None
            and isinstance(tile, PhotoTile)
            and shown.intersects(tile.geometry())
        ]

    def reachable(self, area: QScrollArea) -> list[Key]:
        """The photos of the tiles on the page of `area` shown and on the pages just above and
        below it (a swipe away); tiles further off let go of theirs."""
        shown = self._page(area)
        if shown is None:
            return []
        near = shown.adjusted(0, -shown.height(), 0, shown.height())
        size = self.photo_size()
        keys: list[tuple[int, Key]] = []
        for tile in self.tiles():
            if not isinstance(tile, PhotoTile) or tile.photo_id is None:
                continue
            if not near.intersects(tile.geometry()):
                tile.photo = None
                continue
            # The page shown first, then the one below, then the one above.
            order = 0 if shown.intersects(tile.geometry()) else 1 + (tile.y() < shown.y())
            keys.append((order, photo_key(tile.photo_id, size)))
        return [key for _, key in sorted(keys, key=lambda item: item[0])]

    def photo_size(self) -> QSize:
        """The size of a tile's photo (as its tiles draw it): from the grid's width once it is
        laid out."""
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return photo_size(self.metrics, self.tile_width)
        width = self.width()
        columns = self.grid.columns(width)
        return photo_area(max(1, (width - (columns - 1) * self.metrics.gap) // columns))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.placed.emit()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self.placed.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        # The screen was switched away from: it is filled afresh before it shows again, so
        # its tiles let go of their photos.
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


class PagedGrids:
    """The photo grids on a screen's scrolling page: their tiles take photos through the
    screen, and a scroll asks the screen for its reach again (other pages come near)."""

    def __init__(self, screen: KioskScreen, area: QScrollArea, *grids: TileGrid) -> None:
        self.area = area
        self.grids = grids
        for grid in grids:
            grid.fetch = screen.fetch_photo
            grid.placed.connect(screen.reach_later)
        area.verticalScrollBar().valueChanged.connect(lambda _value: screen.reach_later())

    def reachable(self) -> list[Key]:
        return [key for grid in self.grids for key in grid.reachable(self.area)]


class ProductGrid(TileGrid):
    """Product cards: photo, name, price and kabupaten; a tap opens the product page with
    the grid's products as the list to swipe through."""

    def __init__(
        self, metrics: Metrics, parent: QWidget | None = None, *, tile_width: int = PHOTO_TILE
    ) -> None:
        super().__init__(metrics, tile_width, parent)
        self.cards: list[ProductCard] = []

    def set_cards(self, cards: Sequence[ProductCard]) -> None:
        self.clear()
        self.cards = list(cards)
        context = tuple(card.id for card in self.cards)
        for card in self.cards:
            tile = self._photo_tile(card.photo_id)
            tile.route = Route("product", ref=str(card.id), context=context)
            tile.visit = ("product", str(card.id))
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

    def set_tiles(self, records: Sequence[Tile]) -> None:
        self.clear()
        self.records = [r for r in records if r.count > 0]
        for record in self.records:
            tile = self._photo_tile(record.photo_id)
            tile.route = Route("category", ref=record.ref)
            tile.visit = ("category", record.ref)
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
