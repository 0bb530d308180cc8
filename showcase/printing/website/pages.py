"""The pages of the website, each language alike: the language choice at the root, home, a page
per category, kabupaten/kota and producer, the list of producers, a page per product, search.
"""

from __future__ import annotations

from collections.abc import Iterator

from showcase.printing.website import addresses
from showcase.printing.website.addresses import link
from showcase.printing.website.content import Showcase, SiteGroup, SiteProduct
from showcase.printing.website.layout import (
    Page,
    Site,
    cards,
    esc,
    group_links,
    group_tiles,
    logo_image,
    paragraphs,
    picture,
    render,
)
from showcase.printing.website.structured import open_graph, product_json_ld
from showcase.printing.website.words import count, price, word

PRODUCT_SIZES = "(max-width: 799px) 100vw, 560px"
THUMB_SIZES = "(max-width: 799px) 30vw, 160px"
PRODUCERS_FOLDER = "m"


def producers_page(language: str) -> str:
    return f"{language}/{PRODUCERS_FOLDER}/{addresses.INDEX}"


def all_pages(showcase: Showcase, site: Site) -> Iterator[tuple[str, str]]:
    """(path, HTML) of every page."""
    yield addresses.root(), root_page(site)
    for language in addresses.LANGUAGES:
        for page in _language_pages(showcase, site, language):
            yield page.path, render(page, site)


def _language_pages(showcase: Showcase, site: Site, language: str) -> Iterator[Page]:
    yield home_page(showcase, site, language)
    yield search_page(language)
    yield producer_list_page(showcase, language)
    for group in (*showcase.categories, *showcase.kabupaten, *showcase.producers):
        yield group_page(showcase, group, site, language)
    for product in showcase.products.values():
        yield product_page(showcase, product, site, language)


def _home_crumb(language: str) -> tuple[str, str]:
    return word("home", language), addresses.home(language)


def root_page(site: Site) -> str:
    """The site's root: the center's name and a choice of language (both languages at once)."""
    links = "".join(
        f'<li><a href="{addresses.home(lang)}" hreflang="{lang}" lang="{lang}">'
        f"{esc(word('language_name', lang))}</a></li>"
        for lang in addresses.LANGUAGES
    )
    alternates = "".join(
        f'<link rel="alternate" hreflang="{lang}" href="{addresses.home(lang)}">\n'
        for lang in addresses.LANGUAGES
    )
    canonical = f'<link rel="canonical" href="{esc(site.base_url)}/">\n' if site.base_url else ""
    intro = f'{esc(word("intro", "id"))}</p><p lang="en">{esc(word("intro", "en"))}'
    return (
        '<!doctype html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(site.center_name)}</title>\n"
        f'<meta name="description" content="{esc(word("intro", "id"))}">\n'
        f'<link rel="stylesheet" href="{addresses.STYLE}">\n{canonical}{alternates}'
        "</head>\n<body>\n"
        f'<main id="main" class="choose">{logo_image(addresses.root(), site)}'
        f"<h1>{esc(site.center_name)}</h1><p>{intro}</p>"
        f'<nav aria-label="{esc(word("choose_language", "id"))} / '
        f'{esc(word("choose_language", "en"))}"><ul class="languages">{links}</ul></nav>'
        "</main>\n</body>\n</html>\n"
    )


def home_page(showcase: Showcase, site: Site, language: str) -> Page:
    path = addresses.home(language)
    featured = [showcase.products[code] for code in showcase.featured]
    sections = [
        f'<section class="hero"><h1>{esc(site.center_name)}</h1>'
        f"<p>{esc(word('intro', language))}</p></section>"
    ]
    if showcase.categories:
        tiles = [
            (g.name(language), addresses.group(language, g.kind, g.slug), len(g.codes), g.photo)
            for g in showcase.categories
        ]
        sections.append(
            f'<section aria-labelledby="categories"><h2 id="categories">'
            f"{esc(word('categories', language))}</h2>{group_tiles(path, tiles, language)}</section>"
        )
    if featured:
        sections.append(
            f'<section aria-labelledby="featured"><h2 id="featured">'
            f"{esc(word('featured', language))}</h2>{cards(path, featured, language)}</section>"
        )
    sections.append(_group_section(path, "regions", showcase.kabupaten, language))
    if showcase.producers:
        target = producers_page(language)
        sections.append(
            f'<section aria-labelledby="producers"><h2 id="producers">'
            f'<a href="{esc(link(path, target))}">{esc(word("producers", language))}</a> '
            f'<span class="n">({len(showcase.producers)})</span></h2></section>'
        )
    return Page(
        path=path,
        language=language,
        title=site.center_name,
        description=word("intro", language),
        main="".join(sections),
        head=open_graph(
            site=site,
            page_path=path,
            language=language,
            title=site.center_name,
            description=word("intro", language),
            picture=_with_photo(featured or list(showcase.products.values())),
        ),
    )


def _group_section(path: str, heading: str, groups: tuple[SiteGroup, ...], language: str) -> str:
    items = [
        (g.name(language), addresses.group(language, g.kind, g.slug), len(g.codes)) for g in groups
    ]
    return (
        f'<section aria-labelledby="{heading}"><h2 id="{heading}">{esc(word(heading, language))}'
        f"</h2>{group_links(path, items, language)}</section>"
    )


def producer_list_page(showcase: Showcase, language: str) -> Page:
    path = producers_page(language)
    items = [
        (g.name(language), addresses.group(language, g.kind, g.slug), len(g.codes))
        for g in showcase.producers
    ]
    title = word("producers", language)
    return Page(
        path=path,
        language=language,
        title=f"{title} — {showcase.center_name}",
        description=word("intro", language),
        main=f"<h1>{esc(title)}</h1>{group_links(path, items, language, 'list')}",
        crumbs=(_home_crumb(language), (title, path)),
    )


def _with_photo(products: list[SiteProduct]) -> SiteProduct | None:
    """The first of `products` that has a photo (the picture of a link shared to a list)."""
    return next((p for p in products if p.photos), None)


def group_page(showcase: Showcase, group: SiteGroup, site: Site, language: str) -> Page:
    path = addresses.group(language, group.kind, group.slug)
    products = [showcase.products[code] for code in group.codes]
    name = group.name(language)
    heading = f'<h1>{esc(name)}</h1><p class="n">{esc(count(len(products), language))}</p>'
    about = ""
    crumbs: list[tuple[str, str]] = [_home_crumb(language)]
    if group.kind == "producer":
        crumbs.append((word("producers", language), producers_page(language)))
        facts = [word(group.producer_kind, language)] if group.producer_kind else []
        kabupaten = next((k for k in showcase.kabupaten if k.name_id == group.kabupaten), None)
        place = ""
        if kabupaten is not None:
            target = addresses.group(language, "kabupaten", kabupaten.slug)
            place = f' · <a href="{esc(link(path, target))}">{esc(kabupaten.name(language))}</a>'
        about = f'<p class="facts">{esc(" · ".join(facts))}{place}</p>'
        about += paragraphs(group.story(language), "story")
    crumbs.append((name, path))
    description = group.story(language) or f"{name}: {count(len(products), language)}"
    return Page(
        path=path,
        language=language,
        title=f"{name} — {showcase.center_name}",
        description=description,
        main=heading + about + cards(path, products, language),
        crumbs=tuple(crumbs),
        head=open_graph(
            site=site,
            page_path=path,
            language=language,
            title=f"{name} — {showcase.center_name}",
            description=description,
            picture=_with_photo(products),
        ),
    )


def product_page(showcase: Showcase, product: SiteProduct, site: Site, language: str) -> Page:
    page = product.page
    path = addresses.product(language, page.code)
    name = product.name(language)
    crumbs: list[tuple[str, str]] = [_home_crumb(language)]
    category = next((g for g in showcase.categories if g.slug == product.category_slug), None)
    if category is not None:
        crumbs.append(
            (category.name(language), addresses.group(language, "category", category.slug))
        )
    crumbs.append((name, path))
    description = product.description(language)
    main = (
        f'<article class="product">{_gallery(path, product, language)}'
        f'<div class="summary">{_facts(showcase, path, product, language)}</div>'
        f'<div class="about">{paragraphs(description, "description")}'
        f"{_producer(showcase, path, product, language)}</div></article>"
    )
    title = f"{name} — {showcase.center_name}"
    head = "\n".join(
        [
            product_json_ld(product, language, site, path),
            open_graph(
                site=site,
                page_path=path,
                language=language,
                title=name,
                description=f"{price(page.price, page.unit, language)} · {description}",
                kind="product",
                product=product,
            ),
        ]
    )
    return Page(
        path=path,
        language=language,
        title=title,
        description=description or f"{name} · {price(page.price, page.unit, language)}",
        main=main,
        crumbs=tuple(crumbs),
        head=head,
    )


def _gallery(path: str, product: SiteProduct, language: str) -> str:
    name = product.name(language)
    photos = product.photos
    if not photos:
        return f'<div class="gallery"><span class="nophoto">{esc(word("no_photo", language))}</span></div>'
    main = picture(
        path,
        photos[0],
        word("photo_of", language).format(name=name),
        sizes=PRODUCT_SIZES,
        eager=True,
    )
    more = "".join(
        f"<li>{picture(path, photo, word('photo_n_of', language).format(i=i, n=len(photos), name=name), sizes=THUMB_SIZES)}</li>"
        for i, photo in enumerate(photos[1:], start=2)
    )
    extra = f'<ul class="more">{more}</ul>' if more else ""
    return f'<div class="gallery"><figure class="main">{main}</figure>{extra}</div>'


def _facts(showcase: Showcase, path: str, product: SiteProduct, language: str) -> str:
    page = product.page
    stock = "in_stock" if product.stock > 0 else "out_of_stock"
    parts = [
        f"<h1>{esc(product.name(language))}</h1>",
        f'<p class="code">{esc(word("code", language))}: <span>{esc(page.code)}</span></p>',
        f'<p class="price">{esc(price(page.price, page.unit, language))}</p>',
        f'<p class="stock {stock}">{esc(word(stock, language))}</p>',
    ]
    if product.whatsapp:
        parts.append(
            f'<p><a class="whatsapp" href="{esc(product.whatsapp)}" rel="noopener noreferrer" '
            f'target="_blank">{esc(word("whatsapp", language))}</a></p>'
        )
    rows: list[tuple[str, str]] = []
    for kind, slug, groups in (
        ("category", product.category_slug, showcase.categories),
        ("producer", product.producer_slug, showcase.producers),
        ("region", product.kabupaten_slug, showcase.kabupaten),
    ):
        group = next((g for g in groups if g.slug == slug), None) if slug else None
        if group is not None:
            target = link(path, addresses.group(language, group.kind, group.slug))
            rows.append(
                (word(kind, language), f'<a href="{esc(target)}">{esc(group.name(language))}</a>')
            )
    if page.certificates:
        rows.append((word("certificates", language), esc(", ".join(page.certificates))))
    if page.export_markets:
        rows.append((word("export_markets", language), esc(", ".join(page.export_markets))))
    if rows:
        parts.append(
            '<dl class="details">'
            + "".join(f"<div><dt>{esc(term)}</dt><dd>{value}</dd></div>" for term, value in rows)
            + "</dl>"
        )
    return "".join(parts)


def _producer(showcase: Showcase, path: str, product: SiteProduct, language: str) -> str:
    page = product.page
    story = page.story_en if language == "en" else page.story_id
    if not page.producer:
        return ""
    group = next((g for g in showcase.producers if g.slug == product.producer_slug), None)
    name = esc(page.producer)
    if group is not None:
        target = link(path, addresses.group(language, "producer", group.slug))
        name = f'<a href="{esc(target)}">{name}</a>'
    facts = [word(page.producer_kind, language)] if page.producer_kind else []
    if page.kabupaten:
        facts.append(page.kabupaten)
    phone = ""
    if product.phone:
        phone = f'<p class="phone">{esc(word("phone", language))}: {esc(product.phone)}</p>'
    return (
        f'<section class="producer" aria-labelledby="about-producer">'
        f'<h2 id="about-producer">{esc(word("about_producer", language))}</h2>'
        f"<p><strong>{name}</strong> · {esc(' · '.join(facts))}</p>{paragraphs(story, 'story')}{phone}"
        "</section>"
    )


def search_page(language: str) -> Page:
    path = addresses.search(language)
    title = word("search_title", language)
    texts = {
        "none": word("search_none", language),
        "count": word("search_count", language),
        "one": word("product_1", language),
        "hint": word("search_hint", language),
    }
    data = "".join(f' data-{key}="{esc(value)}"' for key, value in texts.items())
    main = (
        f"<h1>{esc(title)}</h1>"
        f'<p id="search-status" role="status" aria-live="polite"{data}>{esc(texts["hint"])}</p>'
        '<ul id="results" class="cards"></ul>'
        f"<noscript><p>{esc(word('search_noscript', language))}</p></noscript>"
    )
    return Page(
        path=path,
        language=language,
        title=title,
        description=word("search_hint", language),
        main=main,
        crumbs=(_home_crumb(language), (title, path)),
        scripts=(addresses.SEARCH_INDEX, addresses.SCRIPT),
    )
