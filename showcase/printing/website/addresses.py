"""Where each page of the website lives, and links between them.

Every page is a folder's `index.html`, so a web host serves it as `…/id/p/KOP-0001/`; links
between pages are relative and name `index.html`, so the folder also works opened straight from
disk (a browser shows a file:// folder as a listing, not its index). A product's page is
`{lang}/p/{page}/` (`showcase.inventory.qr_payloads.product_page_path`, the same function the
labels' web-address QR uses).
"""

from __future__ import annotations

import posixpath

from showcase.inventory.qr_payloads import SITE_LANGUAGES, product_page_path
from showcase.printing.website.words import SEARCH_FOLDER

LANGUAGES = SITE_LANGUAGES
INDEX = "index.html"
# One folder per kind of group, the same in both languages (the language switch swaps the first
# folder only).
GROUP_FOLDER = {"category": "c", "kabupaten": "k", "producer": "m"}

STYLE = "site.css"
SCRIPT = "site.js"
SEARCH_INDEX = "search-index.js"
PHOTOS = "img"
LOGO = "logo.png"


def root() -> str:
    return INDEX


def home(language: str) -> str:
    return f"{language}/{INDEX}"


def product(language: str, code: str) -> str:
    return product_page_path(code, language) + INDEX


def group(language: str, kind: str, slug: str) -> str:
    return f"{language}/{GROUP_FOLDER[kind]}/{slug}/{INDEX}"


def search(language: str) -> str:
    return f"{language}/{SEARCH_FOLDER[language]}/{INDEX}"


def other_language(language: str) -> str:
    return "en" if language == "id" else "id"


def in_language(page: str, language: str) -> str:
    """The same page in `language` (pages differ only in their first folder; search differs)."""
    first, _, rest = page.partition("/")
    if first not in LANGUAGES:
        return page
    if page == search(first):
        return search(language)
    return f"{language}/{rest}"


def link(from_page: str, to_file: str) -> str:
    """A relative link from the page `from_page` to `to_file` (both relative to the root)."""
    return posixpath.relpath(to_file, posixpath.dirname(from_page) or ".")


def absolute(base_url: str, to_file: str) -> str:
    """The address of `to_file` under `base_url`; a page's address ends with its folder's `/`."""
    if to_file == INDEX:
        return base_url + "/"
    if to_file.endswith("/" + INDEX):
        to_file = to_file[: -len(INDEX)]
    return f"{base_url}/{to_file}"
