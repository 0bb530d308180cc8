"""What machines read in a page's <head>: schema.org `Product` JSON-LD and Open Graph tags.

JSON-LD sits inside a <script> element, where HTML escaping does not apply: every `<` in it is
written `\\u003c` (and `>`/`&` likewise), so a product named `</script><script>…` cannot end
the element early. Open Graph makes a link shared on WhatsApp or Facebook show the product's
name, photo and price; crawlers need absolute addresses, so images and `og:url` come only with
the site's base address.
"""

from __future__ import annotations

import json
from typing import Any

from showcase.printing.website import addresses
from showcase.printing.website.addresses import link
from showcase.printing.website.content import SiteProduct
from showcase.printing.website.layout import Site, esc, largest, summary
from showcase.printing.website.photos import widths

LOCALE = {"id": "id_ID", "en": "en_US"}


def json_for_script(data: Any) -> str:
    """JSON safe inside an HTML <script> element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def availability(product: SiteProduct) -> str:
    return "https://schema.org/InStock" if product.stock > 0 else "https://schema.org/OutOfStock"


def _address(site: Site, from_page: str, target: str) -> str:
    """`target` (relative to the root) as an absolute address, or relative to the page."""
    if site.base_url:
        return addresses.absolute(site.base_url, target)
    return link(from_page, target)


def product_json_ld(product: SiteProduct, language: str, site: Site, page_path: str) -> str:
    """The <script type="application/ld+json"> of a product page."""
    page = product.page
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.name(language),
        "sku": page.code,
        "productID": page.code,
        "url": _address(site, page_path, page_path),
    }
    description = product.description(language).strip()
    if description:
        data["description"] = description
    if product.photos:
        data["image"] = [_address(site, page_path, largest(p)) for p in product.photos]
    if page.producer:
        data["brand"] = {"@type": "Brand", "name": page.producer}
        data["manufacturer"] = {"@type": "Organization", "name": page.producer}
    category = page.category_name_en if language == "en" else page.category_name_id
    if category:
        data["category"] = category
    if page.price > 0:
        data["offers"] = {
            "@type": "Offer",
            "price": page.price,
            "priceCurrency": "IDR",
            "availability": availability(product),
            "itemCondition": "https://schema.org/NewCondition",
            "url": data["url"],
            "seller": {"@type": "Organization", "name": site.center_name},
        }
    return f'<script type="application/ld+json">{json_for_script(data)}</script>'


def open_graph(
    *,
    site: Site,
    page_path: str,
    language: str,
    title: str,
    description: str,
    kind: str = "website",
    product: SiteProduct | None = None,
    picture: SiteProduct | None = None,
) -> str:
    """Open Graph (and Twitter card) tags; the photo and address only with a base address.
    `product` adds its price; the photo is that of `picture` (by default, `product`)."""
    picture = picture or product
    other = addresses.other_language(language)
    tags = [
        ("og:type", kind),
        ("og:title", title),
        ("og:description", summary(description, 200)),
        ("og:site_name", site.center_name),
        ("og:locale", LOCALE[language]),
        ("og:locale:alternate", LOCALE[other]),
    ]
    if site.base_url:
        tags.append(("og:url", addresses.absolute(site.base_url, page_path)))
        if picture is not None and picture.photos:
            copy = widths(picture.photos[0])[-1]
            tags += [
                ("og:image", addresses.absolute(site.base_url, copy.file)),
                ("og:image:width", str(copy.width)),
                ("og:image:height", str(copy.height)),
                ("og:image:alt", picture.name(language)),
            ]
    if product is not None and product.page.price > 0:
        tags += [
            ("product:price:amount", str(product.page.price)),
            ("product:price:currency", "IDR"),
        ]
    lines = [f'<meta property="{name}" content="{esc(value)}">' for name, value in tags]
    card = "summary_large_image" if site.base_url and picture and picture.photos else "summary"
    lines.append(f'<meta name="twitter:card" content="{card}">')
    return "\n".join(lines)
