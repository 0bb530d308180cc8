"""The home screen: search, the categories, the fifteen kabupaten/kota, featured products."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from showcase.inventory.formats import language_of, number
from showcase.inventory.kiosk.view import category_tiles, featured_cards, kabupaten_tiles
from showcase.store.reader import SqlConnection
from showcase.ui.kiosk.screens.base import KioskScreen, Route
from showcase.ui.kiosk.screens.chrome import ScrollPage, label
from showcase.ui.kiosk.screens.grids import CategoryGrid, PagedGrids, PlaceGrid, ProductGrid
from showcase.ui.kiosk.screens.images import ImageCache, Key
from showcase.ui.kiosk.screens.tiles import SearchTile


class HomeScreen(KioskScreen):
    """Where every visit starts; everything on it is one tap away from a product list."""

    def __init__(self, images: ImageCache, parent: QWidget | None = None) -> None:
        super().__init__(images, parent)
        self.page = ScrollPage(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.page)
        m = self.metrics
        canvas = self.page.canvas

        self.welcome = label("heading", canvas)
        self.search_tile = SearchTile(m, canvas)
        self.search_tile.clicked.connect(lambda: self.navigate.emit(Route("search")))
        # Beside the welcome in landscape, under it in portrait (see restyle).
        self.top_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.top_row.addWidget(self.welcome, 1)
        self.top_row.addWidget(self.search_tile, 0, Qt.AlignmentFlag.AlignLeft)

        self.categories_heading = label("heading", canvas)
        self.categories = CategoryGrid(m, canvas)
        self.places_heading = label("heading", canvas)
        self.places = PlaceGrid(m, canvas)
        self.featured_heading = label("heading", canvas)
        self.featured = ProductGrid(m, canvas)

        column = self.page.column
        column.addLayout(self.top_row)
        for heading, grid in (
            (self.categories_heading, self.categories),
            (self.places_heading, self.places),
            (self.featured_heading, self.featured),
        ):
            column.addSpacing(m.px(12))
            column.addWidget(heading)
            column.addWidget(grid)
            grid.opened.connect(self._open)
        column.addStretch(1)
        self.photo_grids = PagedGrids(self, self.page, self.categories, self.featured)
        self.retranslate()

    def fill(self, reader: SqlConnection) -> None:
        self.categories.set_tiles(category_tiles(reader))
        self.places.set_tiles(kabupaten_tiles(reader))
        self.featured.set_cards(featured_cards(reader))
        self.featured_heading.setVisible(bool(self.featured.cards))
        self.featured.setVisible(bool(self.featured.cards))
        self.page.verticalScrollBar().setValue(0)

    def reachable(self) -> list[Key]:
        return self.photo_grids.reachable()

    def _open(self, route: Route, visit: tuple[str, str] | None) -> None:
        if visit is not None:
            self.visited.emit(*visit)
        self.navigate.emit(route)

    def count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 product")
        return self.tr("{count} products").format(count=number(count, language_of(self.language)))

    def retranslate(self) -> None:
        self.welcome.setText(self.tr("Welcome! Discover Lampung's flagship products"))
        self.search_tile.set_text(self.tr("Search products"))
        self.categories_heading.setText(self.tr("Categories"))
        self.places_heading.setText(self.tr("Regencies and cities of Lampung"))
        self.featured_heading.setText(self.tr("Featured products"))
        self.categories.retranslate(self.language, self.count_text)
        self.places.retranslate(self.language, self.count_text)
        self.featured.retranslate(self.language)

    def restyle(self) -> None:
        m = self.metrics
        self.page.restyle(m)
        self.search_tile.set_metrics(m)
        self.top_row.setDirection(
            QBoxLayout.Direction.TopToBottom if m.portrait else QBoxLayout.Direction.LeftToRight
        )
        self.top_row.setSpacing(m.gap)
        for grid in (self.categories, self.places, self.featured):
            grid.restyle(m)
