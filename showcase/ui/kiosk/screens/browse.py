"""Browsing one category, kabupaten/kota or producer: a grid of its products."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from showcase.inventory.formats import language_of, number
from showcase.inventory.kiosk import view
from showcase.inventory.kiosk.view import (
    ProductCard,
    Tile,
    category_tiles,
    kabupaten_tiles,
    producer_tiles,
)
from showcase.store.reader import SqlConnection
from showcase.ui.kiosk.screens.base import KioskScreen, Route
from showcase.ui.kiosk.screens.chrome import ScreenBar, ScrollPage, label, screen_column
from showcase.ui.kiosk.screens.gallery import gallery_frame
from showcase.ui.kiosk.screens.grids import PagedGrids, ProductGrid
from showcase.ui.kiosk.screens.images import ImageCache, Key, photo_key


def _number(ref: str) -> int | None:
    return int(ref) if ref.isdigit() else None


class BrowseScreen(KioskScreen):
    """Route("category" | "kabupaten" | "producer", ref): its products as photo tiles."""

    def __init__(self, images: ImageCache, parent: QWidget | None = None) -> None:
        super().__init__(images, parent)
        self.bar = ScreenBar(self)
        self.bar.back.connect(lambda: self.navigate.emit(Route("back")))
        self.page = ScrollPage(self)
        screen_column(self, self.bar, self.page)
        self.summary = label("muted", self.page.canvas)
        self.grid = ProductGrid(self.metrics, self.page.canvas)
        self.grid.opened.connect(self._open)
        self.empty = label("message", self.page.canvas)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.page.column.addWidget(self.summary)
        self.page.column.addWidget(self.grid)
        self.page.column.addWidget(self.empty)
        self.page.column.addStretch(1)
        self.names = ("", "")
        self._filled_for: Route | None = None  # the route the grid holds the products of
        self.photo_grids = PagedGrids(self, self.page, self.grid)
        self.retranslate()

    @property
    def cards(self) -> list[ProductCard]:
        return self.grid.cards

    def fill(self, reader: SqlConnection) -> None:
        kind, ref = self.route.name, self.route.ref
        found: list[ProductCard] = []
        self.names = (ref, ref)
        if kind == "category" and (number := _number(ref)) is not None:
            found = view.cards(reader, category_id=number)
            self.names = self._name(category_tiles(reader), ref)
        elif kind == "kabupaten":
            found = view.cards(reader, kabupaten=ref)
            self.names = self._name(kabupaten_tiles(reader), ref)
        elif kind == "producer" and (number := _number(ref)) is not None:
            found = view.cards(reader, producer_id=number)
            self.names = self._name(producer_tiles(reader), ref)
        # The same products again (Back, or a reload while shown): the grid stays as it is,
        # where the visitor had scrolled to, with nothing to lay out or decode again.
        same = self._filled_for == self.route and found == self.grid.cards
        self._filled_for = self.route
        if not same:
            self.grid.set_cards(found)
        if not (same and (self.returning or self.isVisible())):
            self.page.verticalScrollBar().setValue(0)
        self.grid.setVisible(bool(found))
        self.empty.setVisible(not found)

    def reachable(self) -> list[Key]:
        """The first photo of each product in view as its page shows it (a tap away), then
        the tiles' photos."""
        frame = gallery_frame(self.metrics)
        opened = [
            photo_key(tile.photo_id, frame)
            for tile in self.grid.in_view(self.page)
            if tile.photo_id is not None
        ]
        return opened + self.in_view()

    def in_view(self) -> list[Key]:
        return self.photo_grids.reachable()

    @staticmethod
    def _name(tiles: list[Tile], ref: str) -> tuple[str, str]:
        for tile in tiles:
            if tile.ref == ref:
                return tile.name_id, tile.name_en
        return "", ""

    def _open(self, route: Route, visit: tuple[str, str] | None) -> None:
        if visit is not None:
            self.visited.emit(*visit)
        self.navigate.emit(route)

    def retranslate(self) -> None:
        self.bar.retranslate()
        title = self.text(*self.names)
        kind = self.route.name
        if kind == "kabupaten":
            title = self.tr("Products from {place}").format(place=title)
        elif kind == "producer":
            title = self.tr("Products of {producer}").format(producer=title)
        self.bar.set_title(title)
        count = len(self.grid.cards)
        self.summary.setText(
            self.tr("1 product")
            if count == 1
            else self.tr("{count} products").format(count=number(count, language_of(self.language)))
        )
        self.summary.setVisible(count > 0)
        self.empty.setText(
            self.tr("There are no products to show here yet.\nPlease choose another one.")
        )
        self.grid.retranslate(self.language)

    def restyle(self) -> None:
        m = self.metrics
        self.bar.restyle(m)
        self.page.restyle(m)
        self.grid.restyle(m)
        self.empty.setContentsMargins(0, m.px(120), 0, 0)
