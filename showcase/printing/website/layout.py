"""The frame every page of the website shares, and the pieces pages are built of.

The frame is `assets/website/page.html` (a `string.Template`): header with the center's name,
the search box and the other language, breadcrumbs, main, footer. Pieces (product cards,
photos, paragraphs) are made here. Every text from the showcase passes through `esc` (or
`paragraphs`) before it reaches the HTML: a name holding `<script>` is shown, never run.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from string import Template

from showcase.paths import resource_dir
from showcase.printing.website import addresses
from showcase.printing.website.addresses import link
from showcase.printing.website.content import SitePhoto, SiteProduct
from showcase.printing.website.photos import srcset, widths
from showcase.printing.website.words import count, price, word

ASSETS = resource_dir() / "assets" / "website"
CARD_SIZES = "(max-width: 599px) 50vw, (max-width: 999px) 33vw, 240px"


def esc(text: str) -> str:
    """Text as HTML text or attribute value (quotes too)."""
    return html.escape(text, quote=True)


@cache
def _frame() -> Template:
    return Template((ASSETS / "page.html").read_text(encoding="utf-8"))


def asset(name: str) -> bytes:
    """A file of the site's own (style sheet, script) from assets/website/."""
    return (ASSETS / name).read_bytes()


@dataclass(frozen=True)
class Logo:
    """The center's logo as the site shows it: `file` relative to the root, its size."""

    file: str
    width: int
    height: int


@dataclass(frozen=True)
class Site:
    center_name: str
    base_url: str  # "" when no base address is set
    logo: Logo | None = None


@dataclass(frozen=True)
class Page:
    """One page: `path` relative to the site's root (`id/p/KOP-0001/index.html`)."""

    path: str
    language: str
    title: str
    description: str
    main: str  # HTML
    crumbs: Sequence[tuple[str, str]] = ()  # (text, page path); the last is this page
    head: str = ""  # HTML for <head>: structured data, Open Graph
    scripts: Sequence[str] = ()  # files relative to the root


def render(page: Page, site: Site) -> str:
    """The page's whole HTML."""
    lang = page.language
    other = addresses.other_language(lang)
    home = addresses.home(lang)
    alternates = [
        _alternate(page, site, code, addresses.in_language(page.path, code))
        for code in addresses.LANGUAGES
    ]
    alternates.append(_alternate(page, site, "x-default", addresses.in_language(page.path, "id")))
    head = "\n".join(
        [
            *(
                [
                    f'<link rel="canonical" href="{esc(addresses.absolute(site.base_url, page.path))}">'
                ]
                if site.base_url
                else []
            ),
            *alternates,
            page.head,
        ]
    ).strip()
    scripts = "\n".join(
        f'<script src="{esc(link(page.path, name))}"></script>' for name in page.scripts
    )
    return _frame().substitute(
        lang=lang,
        title=esc(page.title),
        description=esc(_shorten(page.description, 160)),
        style=esc(link(page.path, addresses.STYLE)),
        head=head,
        skip=esc(word("skip", lang)),
        home=esc(link(page.path, home)),
        center=esc(site.center_name),
        logo=logo_image(page.path, site),
        other_href=esc(link(page.path, addresses.in_language(page.path, other))),
        other_lang=other,
        other_name=esc(word("language_name", other)),
        search_action=esc(link(page.path, addresses.search(lang))),
        search_label=esc(word("search_label", lang)),
        search_placeholder=esc(word("search_placeholder", lang)),
        search=esc(word("search", lang)),
        crumbs=_crumbs(page),
        main=page.main,
        visit=esc(word("visit", lang)),
        scripts=scripts,
    )


def logo_image(from_page: str, site: Site) -> str:
    """The logo before the center's name (decorative: the name says it), or ""."""
    if site.logo is None:
        return ""
    return (
        f'<img class="logo" src="{esc(link(from_page, site.logo.file))}" '
        f'width="{site.logo.width}" height="{site.logo.height}" alt="">'
    )


def _alternate(page: Page, site: Site, hreflang: str, target: str) -> str:
    href = addresses.absolute(site.base_url, target) if site.base_url else link(page.path, target)
    return f'<link rel="alternate" hreflang="{hreflang}" href="{esc(href)}">'


def _crumbs(page: Page) -> str:
    if not page.crumbs:
        return ""
    items = []
    for i, (text, target) in enumerate(page.crumbs):
        if i == len(page.crumbs) - 1:
            items.append(f'<li aria-current="page">{esc(text)}</li>')
        else:
            items.append(f'<li><a href="{esc(link(page.path, target))}">{esc(text)}</a></li>')
    label = esc(word("breadcrumbs", page.language))
    return f'<nav class="crumbs" aria-label="{label}"><ol>{"".join(items)}</ol></nav>'


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,.;:") + "…"


def summary(text: str, limit: int = 160) -> str:
    """The first `limit` characters of `text` on one line (for descriptions and previews)."""
    return _shorten(text, limit)


_BLANK_LINE = re.compile(r"\n\s*\n")


def paragraphs(text: str, css: str = "") -> str:
    """User text as paragraphs: a blank line starts a new one, a line break stays one."""
    attr = f' class="{css}"' if css else ""
    parts = [p.strip() for p in _BLANK_LINE.split(text.replace("\r\n", "\n")) if p.strip()]
    return "".join(
        f"<p{attr}>{'<br>'.join(esc(line) for line in part.splitlines())}</p>" for part in parts
    )


def picture(
    from_page: str,
    photo: SitePhoto,
    alt: str,
    *,
    sizes: str,
    eager: bool = False,
) -> str:
    """An <img> with every width in `srcset`, and width/height so the browser keeps its room
    before the file arrives (no layout shift)."""
    copies = widths(photo)
    prefix = link(from_page, ".") + "/"
    first = copies[0]
    loading = 'fetchpriority="high"' if eager else 'loading="lazy"'
    return (
        f'<img src="{esc(prefix + first.file)}" srcset="{esc(srcset(copies, prefix))}" '
        f'sizes="{esc(sizes)}" width="{first.width}" height="{first.height}" '
        f'alt="{esc(alt)}" {loading} decoding="async">'
    )


def largest(photo: SitePhoto) -> str:
    """The widest copy's file (relative to the root)."""
    return widths(photo)[-1].file


def card(from_page: str, product: SiteProduct, language: str) -> str:
    """A product as a tile in a grid: photo, name, price, kabupaten/kota; all one link."""
    page = product.page
    href = link(from_page, addresses.product(language, page.code))
    if product.photos:
        image = picture(from_page, product.photos[0], "", sizes=CARD_SIZES)
    else:
        image = f'<span class="nophoto">{esc(word("no_photo", language))}</span>'
    where = f'<span class="where">{esc(page.kabupaten)}</span>' if page.kabupaten else ""
    return (
        f'<li class="card"><a href="{esc(href)}">{image}'
        f'<span class="name">{esc(product.name(language))}</span>'
        f'<span class="price">{esc(price(page.price, page.unit, language))}</span>'
        f"{where}</a></li>"
    )


def cards(from_page: str, products: Sequence[SiteProduct], language: str) -> str:
    if not products:
        return f'<p class="empty">{esc(word("no_products", language))}</p>'
    return f'<ul class="cards">{"".join(card(from_page, p, language) for p in products)}</ul>'


def group_links(
    from_page: str, items: Sequence[tuple[str, str, int]], language: str, css: str = "chips"
) -> str:
    """A list of links (text, page path, product count) such as the categories on the home page."""
    entries = "".join(
        f'<li><a href="{esc(link(from_page, target))}">{esc(text)} '
        f'<span class="n">{esc(count(n, language))}</span></a></li>'
        for text, target, n in items
    )
    return f'<ul class="{css}">{entries}</ul>'


TILE_SIZES = "(max-width: 599px) 50vw, (max-width: 999px) 33vw, 240px"


def group_tiles(
    from_page: str,
    items: Sequence[tuple[str, str, int, SitePhoto | None]],
    language: str,
) -> str:
    """Groups (text, page path, product count, photo) as photo tiles, as the kiosk shows
    its categories."""
    entries = []
    for text, target, n, photo in items:
        image = (
            picture(from_page, photo, "", sizes=TILE_SIZES)
            if photo is not None
            else '<span class="nophoto"></span>'
        )
        entries.append(
            f'<li class="card tile"><a href="{esc(link(from_page, target))}">{image}'
            f'<span class="name">{esc(text)}</span>'
            f'<span class="where">{esc(count(n, language))}</span></a></li>'
        )
    return f'<ul class="cards tiles">{"".join(entries)}</ul>'
