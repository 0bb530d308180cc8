"""Files of the website that are not pages: the search index, the sitemap, the product feeds.

- `search-index.js` sets `window.ETALASE_SEARCH` (a script, not a JSON file: a page opened from
  disk may not fetch() a file, but it may load a script);
- with a base address (they must hold absolute addresses): `sitemap.xml` with each page's other
  language, `robots.txt` naming it, and the merchant product feeds read by marketplaces and
  search engines (Google's product data fields: id, title, description, link, image_link,
  price, availability, …): `feed.xml` and `feed-en.xml` (RSS 2.0 with the `g:` namespace) and
  `products.tsv` (the same fields, tab-separated; a text a spreadsheet would run as a formula
  gets an apostrophe in front, as in the CSV exports). A product with no price is left out of the
  feeds (they require one); the site shows it with "price on request".
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from showcase.inventory.csv_text import neutralised
from showcase.printing.website import addresses
from showcase.printing.website.content import Showcase, SiteProduct
from showcase.printing.website.layout import Site, summary
from showcase.printing.website.photos import widths
from showcase.printing.website.words import price

_WORDS = re.compile(r"[^\W_]+")
FEED_FIELDS = (
    "id",
    "title",
    "description",
    "link",
    "image_link",
    "price",
    "availability",
    "condition",
    "brand",
    "product_type",
    "identifier_exists",
)


def fold(text: str) -> str:
    """Lower case without accents: what the search compares (site.js folds the same way)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _tokens(product: SiteProduct) -> str:
    page = product.page
    texts = [
        page.code,
        page.name_id,
        page.name_en,
        page.producer,
        page.kabupaten,
        page.category_name_id,
        page.category_name_en,
        page.description_id,
        page.description_en,
        " ".join(page.certificates),
        " ".join(page.export_markets),
    ]
    words = dict.fromkeys([fold(page.code), *_WORDS.findall(fold(" ".join(texts)))])
    return " " + " ".join(words) + " "


def search_index(showcase: Showcase) -> bytes:
    """`search-index.js`: per product [page, code, name id, name en, price id, price en,
    kabupaten/kota, photo file, width, height, words]."""
    rows = []
    for product in showcase.products.values():
        page = product.page
        thumb = widths(product.photos[0])[0] if product.photos else None
        rows.append(
            [
                product.slug,
                page.code,
                page.name_id,
                page.name_en,
                price(page.price, page.unit, "id"),
                price(page.price, page.unit, "en"),
                page.kabupaten,
                thumb.file if thumb else "",
                thumb.width if thumb else 0,
                thumb.height if thumb else 0,
                _tokens(product),
            ]
        )
    text = json.dumps({"products": rows}, ensure_ascii=False, separators=(",", ":"))
    return f"window.ETALASE_SEARCH = {text};\n".encode()


def sitemap(pages: Iterable[str], site: Site) -> bytes:
    """Every page in both languages, each naming its other language."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for page in pages:
        lines.append(f"<url><loc>{xml_escape(addresses.absolute(site.base_url, page))}</loc>")
        if page != addresses.root():
            for language in addresses.LANGUAGES:
                href = addresses.absolute(site.base_url, addresses.in_language(page, language))
                lines.append(
                    f'<xhtml:link rel="alternate" hreflang="{language}" href={quoteattr(href)}/>'
                )
        lines.append("</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode()


def robots(site: Site) -> bytes:
    return f"User-agent: *\nAllow: /\nSitemap: {site.base_url}/sitemap.xml\n".encode()


def _feed_item(product: SiteProduct, language: str, site: Site) -> dict[str, str]:
    page = product.page
    link = addresses.absolute(site.base_url, addresses.product(language, page.code))
    image = (
        addresses.absolute(site.base_url, widths(product.photos[0])[-1].file)
        if product.photos
        else ""
    )
    category = page.category_name_en if language == "en" else page.category_name_id
    return {
        "id": page.code,
        "title": summary(product.name(language), 150),
        "description": summary(product.description(language) or product.name(language), 5000),
        "link": link,
        "image_link": image,
        "price": f"{page.price} IDR",
        "availability": "in_stock" if product.stock > 0 else "out_of_stock",
        "condition": "new",
        "brand": page.producer,
        "product_type": category,
        "identifier_exists": "no",
    }


def _priced(showcase: Showcase) -> list[SiteProduct]:
    return [p for p in showcase.products.values() if p.page.price > 0]


def merchant_feed(showcase: Showcase, site: Site, language: str) -> bytes:
    """RSS 2.0 with Google's `g:` product fields."""
    home = addresses.absolute(site.base_url, addresses.home(language))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">',
        "<channel>",
        f"<title>{xml_escape(site.center_name)}</title>",
        f"<link>{xml_escape(home)}</link>",
        f"<description>{xml_escape(site.center_name)}</description>",
        f"<language>{language}</language>",
    ]
    for product in _priced(showcase):
        item = _feed_item(product, language, site)
        lines.append("<item>")
        lines.append(f"<title>{xml_escape(item['title'])}</title>")
        lines.append(f"<link>{xml_escape(item['link'])}</link>")
        for field in FEED_FIELDS:
            if item[field]:
                lines.append(f"<g:{field}>{xml_escape(item[field])}</g:{field}>")
        for photo in product.photos[1:10]:
            image = addresses.absolute(site.base_url, widths(photo)[-1].file)
            lines.append(f"<g:additional_image_link>{xml_escape(image)}</g:additional_image_link>")
        lines.append("</item>")
    lines += ["</channel>", "</rss>"]
    return ("\n".join(lines) + "\n").encode()


def _cell(text: str) -> str:
    # On one line; and a title such as `=HYPERLINK(…)` is never a formula for whoever opens the
    # file in a spreadsheet (the exports' rule, inventory/csv_text.py).
    return neutralised(" ".join(text.split()))


def merchant_tsv(showcase: Showcase, site: Site, language: str = "id") -> bytes:
    """The feed's fields as a tab-separated file, one product a line (a header line first)."""
    lines = ["\t".join(FEED_FIELDS)]
    for product in _priced(showcase):
        item = _feed_item(product, language, site)
        lines.append("\t".join(_cell(item[field]) for field in FEED_FIELDS))
    return ("\n".join(lines) + "\n").encode()
