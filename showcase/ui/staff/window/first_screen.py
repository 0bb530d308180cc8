"""What a product list shows first, read in one statement: its first page of ids and their
rows, off the UI thread when staff type (product_model.py shows it; its thumbnails follow)."""

from __future__ import annotations

from dataclasses import dataclass

from showcase.inventory.formats import Language
from showcase.inventory.listing import ProductFilter, ProductRow, SortKey, first_page
from showcase.store.reader import SQLITE, SqlConnection, dialect

# Ids read when the list changes: a page, more than a screen shows (the view asks for more only
# when scrolled to its end); each later window is as large as what is loaded (doubling).
FIRST_WINDOW = 64

# The page cache (KiB) of the connection that searches while staff type, on a file: the pages of
# the products a word matches stay in memory as it is typed letter by letter, instead of being
# read again from the file for each letter (SQLite's default is 2 MiB, which the UI thread's
# connection keeps: scrolling the whole list must not grow the window's memory).
SEARCH_CACHE_KIB = 32 * 1024


@dataclass(frozen=True)
class FirstScreen:
    """What a list shows first, read in one statement: the first page of ids and their rows
    (their thumbnails follow: ProductTableModel._decoded)."""

    ids: list[int]
    rows: dict[int, ProductRow]

    @classmethod
    def read(
        cls,
        connection: SqlConnection,
        flt: ProductFilter,
        sort: SortKey,
        descending: bool,
        language: Language,
    ) -> FirstScreen:
        """The first page, its categories named in `language` (the staff's)."""
        rows = first_page(connection, flt, sort, descending, limit=FIRST_WINDOW, language=language)
        return cls([row.id for row in rows], {row.id: row for row in rows})


def typing_connection(connection: SqlConnection) -> SqlConnection:
    """`connection` as the one that searches while staff type: on a file, with its larger page
    cache (SEARCH_CACHE_KIB)."""
    if dialect(connection) == SQLITE:
        connection.execute(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")
    return connection
