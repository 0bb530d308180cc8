"""Search with the kiosk's own keyboard: results appear under the query as it is typed.

The query survives a reload of the screen being looked at (the shell reloads it when staff
change data) and a return with Back from a product opened here; a fresh visit to the search
screen, or the shell's idle reset, starts with an empty query.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from showcase.inventory.formats import language_of, number
from showcase.inventory.kiosk.view import cards
from showcase.store.reader import SqlConnection
from showcase.ui.kiosk.screens.base import KioskScreen, Route
from showcase.ui.kiosk.screens.chrome import ScreenBar, ScrollPage, label
from showcase.ui.kiosk.screens.grids import PagedGrids, ProductGrid
from showcase.ui.kiosk.screens.images import ImageCache, Key
from showcase.ui.kiosk.screens.keyboard import OnScreenKeyboard

MAX_QUERY = 40
MAX_RESULTS = 48


class SearchScreen(KioskScreen):
    """Route("search"[, ref=query]): the query, the keyboard and the results."""

    def __init__(self, images: ImageCache, parent: QWidget | None = None) -> None:
        super().__init__(images, parent)
        self.query = ""
        self._reader: SqlConnection | None = None
        self._return_query = ""  # the query to show again after Back from a result

        self.bar = ScreenBar(self)
        self.bar.back.connect(lambda: self.navigate.emit(Route("back")))
        self.field = QFrame(self)
        self.field.setObjectName("query")
        self.query_label = label("queryText", self.field)
        self.caret = label("caret", self.field, wrap=False)
        self.caret.setText("|")
        self.field_row = QHBoxLayout(self.field)
        self.field_row.addWidget(self.query_label, 1)
        self.field_row.addWidget(self.caret, 0, Qt.AlignmentFlag.AlignVCenter)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.typed.connect(self.type_text)
        self.keyboard.backspace.connect(self.delete_last)
        self.keyboard.cleared.connect(lambda: self.set_query(""))
        self.results = ScrollPage(self)
        self.summary = label("muted", self.results.canvas)
        self.grid = ProductGrid(self.metrics, self.results.canvas, tile_width=360)
        self.grid.opened.connect(self._open)
        self.results.column.addWidget(self.summary)
        self.results.column.addWidget(self.grid)
        self.results.column.addStretch(1)
        self.photo_grids = PagedGrids(self, self.results, self.grid)

        self.body = QGridLayout()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.bar)
        column.addLayout(self.body, 1)
        self._portrait: bool | None = None
        self._place(portrait=False)
        self.retranslate()

    def _place(self, *, portrait: bool) -> None:
        """Landscape: query and keyboard on the left, results on the right. Portrait: query,
        results, and the keyboard at the bottom where the hands are."""
        if portrait == self._portrait:
            return
        self._portrait = portrait
        for widget in (self.field, self.keyboard, self.results):
            self.body.removeWidget(widget)
        for index in range(3):
            self.body.setRowStretch(index, 0)
            self.body.setColumnStretch(index, 0)
        if portrait:
            self.body.addWidget(self.field, 0, 0)
            self.body.addWidget(self.results, 1, 0)
            self.body.addWidget(self.keyboard, 2, 0)
            self.body.setRowStretch(1, 1)
            self.body.setColumnStretch(0, 1)
        else:
            self.body.addWidget(self.field, 0, 0)
            self.body.addWidget(self.keyboard, 1, 0)
            self.body.addWidget(self.results, 0, 1, 3, 1)
            self.body.setRowStretch(2, 1)
            self.body.setColumnStretch(0, 11)
            self.body.setColumnStretch(1, 9)

    # --- the screen interface ------------------------------------------------------------

    def load(self, reader: SqlConnection, route: Route, language: str) -> None:
        if route.ref:
            query = route.ref
        elif self.isVisible():  # the shell reloads the screen being looked at
            query = self.query
        else:
            query, self._return_query = self._return_query, ""
        self._reader = reader
        self.query = query[:MAX_QUERY]
        super().load(reader, route, language)

    def fill(self, reader: SqlConnection) -> None:
        self._search(reader)

    # --- typing --------------------------------------------------------------------------

    def type_text(self, text: str) -> None:
        if text == " " and (not self.query or self.query.endswith(" ")):
            return  # no leading or double spaces
        self.set_query((self.query + text)[:MAX_QUERY])

    def delete_last(self) -> None:
        self.set_query(self.query[:-1])

    def set_query(self, query: str) -> None:
        if query == self.query:
            return
        self.query = query
        if self._reader is not None:
            self.read_later(self._search, self._reader)
        self.retranslate()

    def _search(self, reader: SqlConnection) -> None:
        found = cards(reader, text=self.query, limit=MAX_RESULTS) if self.query.strip() else []
        self.grid.set_cards(found)
        self.results.verticalScrollBar().setValue(0)
        self.reach_later()

    def reachable(self) -> list[Key]:
        return self.photo_grids.reachable()

    def _open(self, route: Route, visit: tuple[str, str] | None) -> None:
        self._return_query = self.query
        self.visited.emit("search", self.query.strip())
        if visit is not None:
            self.visited.emit(*visit)
        self.navigate.emit(route)

    # --- texts and sizes -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.bar.retranslate()
        self.keyboard.retranslate()
        self.bar.set_title(self.tr("Search products"))
        if self.query:
            self.query_label.setText(self.query)
            self.query_label.setObjectName("queryText")
        else:
            self.query_label.setText(self.tr("Type a product, place or producer"))
            self.query_label.setObjectName("queryHint")
        self.query_label.style().polish(self.query_label)
        count = len(self.grid.cards)
        if not self.query.strip():
            summary = self.tr("The products found appear here as you type.")
        elif count == 0:
            summary = self.tr("Nothing found for “{query}”. Try another word.").format(
                query=self.query.strip()
            )
        elif count == 1:
            summary = self.tr("1 product found")
        else:
            shown = number(count, language_of(self.language))
            summary = self.tr("{count} products found").format(count=shown)
        self.summary.setText(summary)
        self.grid.retranslate(self.language)

    def restyle(self) -> None:
        m = self.metrics
        self._place(portrait=m.portrait)
        self.bar.restyle(m)
        self.results.restyle(m)
        right = 0 if m.portrait else m.margin
        self.results.column.setContentsMargins(0, m.px(8), right, m.px(24))
        self.keyboard.restyle(m)
        self.grid.restyle(m)
        self.field_row.setContentsMargins(m.px(28), m.px(16), m.px(28), m.px(16))
        self.field.setMinimumHeight(m.px(112))
        self.body.setContentsMargins(m.margin, m.px(28), m.margin if m.portrait else 0, m.px(28))
        self.body.setSpacing(m.gap)
        self.setStyleSheet(
            self.styleSheet()
            + f"""
            QLabel#queryText {{ font-size: {m.px(44)}px; font-weight: bold; }}
            QLabel#queryHint {{ font-size: {m.body}px; color: #8a715f; }}
            QLabel#caret {{ font-size: {m.px(44)}px; color: #c9842b; }}
            """
        )
