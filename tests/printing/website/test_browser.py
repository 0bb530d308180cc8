"""The published website in a real browser: Debian's Chromium, headless, at a phone's width
(360 px) and a desktop's (1280 px), served by a local web server and opened from the folder.

Every page is reached by following links from the root; on each, every link and image must
resolve, nothing may be asked of another site, nothing may be wider than the screen, and no
script may fail. Chromium missing is a failure, not a skip (tests/helpers/chromium.py).
Screenshots are kept in the test's temporary folder (`screenshots/`), and in
$ETALASE_SCREENSHOTS when that names a folder.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urldefrag, urlsplit

import pytest

from showcase.printing.website import publish_website
from tests.helpers.chromium import Browser, Tab
from tests.helpers.website_showcase import HOSTILE_NAME, HOSTILE_NAME_EN, make_website_sample

BASE = "https://umkm.lampung.example"
SIZES = {"phone": (360, 740, True), "desktop": (1280, 800, False)}
# After load: lazy photos are asked for at once, then all must have decoded.
LOAD_ALL_IMAGES = """
(async () => {
  const images = [...document.images];
  images.forEach(i => { i.loading = "eager"; });
  await Promise.all(images.map(i => i.decode().catch(() => null)));
  return images.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.currentSrc || i.src);
})()
"""
LINKS = "[...document.querySelectorAll('a[href]')].map(a => a.href)"
IMAGE_FILES = """[...document.images].flatMap(i =>
  [i.src, ...(i.srcset ? i.srcset.split(",").map(s => new URL(s.trim().split(" ")[0], location.href).href) : [])])"""
OVERFLOW = "document.documentElement.scrollWidth - window.innerWidth"
# Accessibility the page can be checked for: a language, one heading 1, alt text on every image,
# a label for every field.
PAGE_FAULTS = """[
  ...(["id", "en"].includes(document.documentElement.lang) ? [] : ["no language"]),
  ...(document.querySelectorAll("h1").length === 1 ? [] : ["not one h1"]),
  ...[...document.images].filter(i => !i.hasAttribute("alt")).map(i => "no alt: " + i.src),
  ...[...document.querySelectorAll("input")].filter(i => !(i.labels && i.labels.length))
      .map(i => "no label: " + i.name),
]"""
# Text whose contrast with what is behind it is below WCAG AA (4.5:1, large text 3:1).
LOW_CONTRAST = """(() => {
  const rgb = s => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
  const lum = c => c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const behind = el => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c[3] > 0.5) return c; } return [255, 255, 255, 1]; };
  const low = [];
  for (const el of document.querySelectorAll("body *")) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    if (el.closest(".vh, .skip, noscript")) continue;
    const st = getComputedStyle(el);
    const a = lum(rgb(st.color)), b = lum(behind(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(st.fontSize), bold = parseInt(st.fontWeight, 10) >= 700;
    if (ratio < ((size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5)) low.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)}`);
  }
  return low;
})()"""
LAYOUT_SHIFT = """new Promise(done => {
  let total = 0;
  const seen = new PerformanceObserver(list => { for (const e of list.getEntries()) total += e.value; });
  seen.observe({type: "layout-shift", buffered: true});
  setTimeout(() => { seen.disconnect(); done(total); }, 300);
})"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from showcase.store.db import open_database

    folder = tmp_path_factory.mktemp("website")
    database = open_database(folder / "showcase.db")
    make_website_sample(database)
    publish_website(database, folder / "site", base_url=BASE)
    database.close()
    return folder / "site"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    thread.join()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


def _keep(shot: Path) -> None:
    wanted = os.environ.get("ETALASE_SCREENSHOTS")
    if wanted:
        Path(wanted).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(wanted) / shot.name)


def _tab(browser: Browser, size: str) -> Tab:
    width, height, mobile = SIZES[size]
    return browser.tab(width, height, mobile=mobile)


def _status(url: str) -> int:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return int(answer.status)


@pytest.mark.parametrize("size", list(SIZES))
def test_every_page_renders_and_every_link_and_image_resolves(
    browser: Browser, server: str, size: str, shots: Path
) -> None:
    tab = _tab(browser, size)
    queue = [server]
    seen: set[str] = set()
    checked_files: set[str] = set()
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        tab.goto(url)
        assert tab.eval("document.title"), url
        assert tab.eval("document.querySelector('h1') !== null"), url
        broken = tab.eval(LOAD_ALL_IMAGES)
        assert broken == [], f"{url}: images that did not load: {broken}"
        assert tab.eval(OVERFLOW) <= 0, f"{url} is wider than the {size} screen"
        assert tab.eval(PAGE_FAULTS) == [], url
        assert tab.eval(LOW_CONTRAST) == [], url
        for href in tab.eval(LINKS):
            target = urldefrag(href).url
            if target.startswith(server):
                path = urlsplit(target).path
                if path.endswith("/"):
                    pytest.fail(f"{url} links a folder ({href}): it would not open from disk")
                queue.append(target.split("?", 1)[0])
            else:
                assert target.startswith("https://wa.me/62"), f"{url} links away: {href}"
        for image in tab.eval(IMAGE_FILES):
            if image not in checked_files:
                checked_files.add(image)
                assert image.startswith(server), f"{url} loads {image} from elsewhere"
                assert _status(image) == 200, image
    assert tab.errors == [], tab.errors
    assert tab.failed == [], tab.failed
    outside = [r for r in tab.requests if not r.startswith((server, "about:", "data:"))]
    assert outside == [], f"requests that left the site: {outside}"
    # Both languages, 15 kabupaten/kota each, 8 products each, and more.
    assert len(seen) > 2 * (15 + 8)
    assert sum("/p/" in u for u in seen) == 16
    for page, name in (("", "root"), ("id/index.html", "home"), ("en/p/KOP-0099/index.html", "product-en"),
                       ("id/p/KOP-0001/index.html", "product"), ("id/c/1-kopi/index.html", "category"),
                       ("id/m/index.html", "producers")):  # fmt: skip
        tab.goto(server + page)
        tab.eval(LOAD_ALL_IMAGES)
        _keep(tab.screenshot(shots / f"{name}-{size}.png"))


@pytest.mark.parametrize("size", list(SIZES))
def test_photos_keep_their_room_while_they_load(browser: Browser, server: str, size: str) -> None:
    tab = _tab(browser, size)
    tab.goto(server + "id/p/KOP-0099/index.html")
    tab.eval(LOAD_ALL_IMAGES)
    assert tab.eval(LAYOUT_SHIFT) < 0.01
    # The browser chose a copy for the screen (360 px or a 560 px column): never the widest.
    chosen = tab.eval("document.querySelector('.gallery .main img').currentSrc")
    assert chosen.endswith("-640.jpg")
    assert tab.eval("document.querySelector('.gallery .main img').getAttribute('width')")


def test_usable_by_keyboard(browser: Browser, server: str) -> None:
    tab = _tab(browser, "desktop")
    tab.goto(server + "id/p/KOP-0001/index.html")
    tab.press("Tab", 9)
    assert tab.eval("document.activeElement.className") == "skip"
    assert tab.eval("document.activeElement.getBoundingClientRect().left") >= 0  # shown now
    tab.press("Enter", 13)
    assert tab.eval("location.hash") == "#main"
    # Every link and field can take the focus, and shows that it has it.
    outline = tab.eval(
        "(() => { const a = document.querySelector('main a'); a.focus();"
        " return getComputedStyle(a).outlineStyle; })()"
    )
    assert outline == "solid"
    # Search typed and sent with Enter, as a person without a mouse does.
    tab.eval("document.getElementById('q').focus()")
    for letter in "madu":
        tab.call("Input.insertText", text=letter)
    tab.press("Enter", 13)
    tab.wait_for_load()
    assert tab.eval("location.pathname").endswith("/id/cari/index.html")
    assert tab.eval("location.search") == "?q=madu"


def test_search_finds_a_product_by_a_word_and_by_its_code(browser: Browser, server: str) -> None:
    tab = _tab(browser, "phone")
    names = "[...document.querySelectorAll('#results .name')].map(e => e.textContent)"
    tab.goto(server + "id/index.html")
    # The header's search box, as a visitor uses it: type, submit.
    tab.eval(
        "document.getElementById('q').value = 'robusta'; document.querySelector('form.search').submit()"
    )
    tab.wait_for_load()
    assert tab.eval("location.pathname").endswith("/id/cari/index.html")
    assert tab.wait_until(names) == ["Kopi Robusta Lampung"]
    assert tab.eval("document.getElementById('search-status').textContent") == "1 produk"
    for query, expect in (("KAI/0003", ["Tapis Jung Sarat"]), ("kai-0001", ["Kain Tapis Motif Siger"]),
                          ("kop", None), ("tanggamus kopi", None), ("zzzz", [])):  # fmt: skip
        tab.goto(server + "id/cari/index.html?q=" + quote(query))
        found = tab.eval(names)
        if expect is None:
            assert len(found) >= 2, query
        else:
            assert found == expect, query
    # Typing on the search page itself updates the results.
    tab.eval(
        "const q = document.getElementById('q'); q.value = 'luwak'; q.dispatchEvent(new Event('input'))"
    )
    assert tab.wait_until(f"JSON.stringify({names}) === JSON.stringify(['Kopi Luwak Tanggamus'])")
    # A result opens its product page.
    tab.eval("document.querySelector('#results a').click()")
    tab.wait_for_load()
    assert tab.eval("location.pathname").endswith("/id/p/KOP-0002/index.html")
    tab.goto(server + "en/search/index.html?q=civet")
    assert tab.eval(names) == ["Civet coffee"]
    assert tab.eval("document.getElementById('search-status').textContent") == "1 product"
    assert tab.errors == []


def test_the_language_switch_leads_to_the_same_page(browser: Browser, server: str) -> None:
    tab = _tab(browser, "desktop")
    tab.goto(server + "id/p/KOP-0001/index.html")
    assert tab.eval("document.documentElement.lang") == "id"
    assert tab.eval("document.querySelector('.price').textContent") == "Rp45.000 / pcs"
    tab.eval("document.querySelector('header a.lang').click()")
    tab.wait_for_load()
    assert tab.eval("location.pathname").endswith("/en/p/KOP-0001/index.html")
    assert tab.eval("document.documentElement.lang") == "en"
    assert tab.eval("document.querySelector('.price').textContent") == "Rp45,000 / pcs"
    assert tab.eval("document.querySelector('h1').textContent") == "Lampung robusta coffee"
    tab.eval("document.querySelector('header a.lang').click()")
    tab.wait_for_load()
    assert tab.eval("location.pathname").endswith("/id/p/KOP-0001/index.html")
    tab.goto(server + "id/cari/index.html?q=kopi")
    tab.eval("document.querySelector('header a.lang').click()")
    tab.wait_for_load()
    assert tab.eval("location.pathname").endswith("/en/search/index.html")


def test_user_text_is_shown_as_written_and_never_run(browser: Browser, server: str) -> None:
    tab = _tab(browser, "phone")
    for language, name in (("id", HOSTILE_NAME), ("en", HOSTILE_NAME_EN)):
        tab.goto(server + f"{language}/p/KOP-0099/index.html")
        tab.eval(LOAD_ALL_IMAGES)
        assert tab.eval("document.querySelector('h1').textContent") == name
        assert tab.eval("document.title").startswith(name)
        assert tab.eval("typeof window.__pwned") == "undefined"
        assert tab.eval("document.querySelectorAll('main script, main img[src=x]').length") == 0
        assert tab.eval(OVERFLOW) <= 0  # the very long word wraps
        data = json.loads(
            tab.eval("document.querySelector('script[type=\"application/ld+json\"]').textContent")
        )
        assert data["name"] == name and data["offers"]["price"] == 87500
        assert data["offers"]["priceCurrency"] == "IDR"
    tab.goto(server + "id/cari/index.html?q=spesial")
    assert tab.eval("document.querySelector('#results .name').textContent") == HOSTILE_NAME
    tab.goto(server + "id/index.html")
    assert tab.eval("typeof window.__pwned") == "undefined"
    paragraphs = "[...document.querySelectorAll('.description')].map(p => p.innerText)"
    tab.goto(server + "id/p/KOP-0099/index.html")
    assert tab.eval(paragraphs) == [
        "Baris satu & <b>bukan tebal</b>",
        "Paragraf dua: \"kutip\" 'tunggal' 😀",
    ]


def test_the_folder_works_opened_from_disk(browser: Browser, site: Path, shots: Path) -> None:
    tab = _tab(browser, "phone")
    root = site.as_uri() + "/"
    tab.goto(root + "index.html")
    tab.eval("document.querySelector('.languages a[hreflang=en]').click()")
    tab.wait_for_load()
    assert tab.eval("location.href") == root + "en/index.html"
    assert tab.eval(LOAD_ALL_IMAGES) == []
    for href in tab.eval(LINKS):
        if href.startswith("file:"):
            assert Path(urlsplit(href).path).is_file(), href
    tab.eval(
        "document.getElementById('q').value = 'KOP-0001'; document.querySelector('form.search').submit()"
    )
    tab.wait_for_load()
    assert tab.wait_until(
        "[...document.querySelectorAll('#results .name')].map(e => e.textContent)"
    ) == ["Lampung robusta coffee"]
    tab.eval("document.querySelector('#results a').click()")
    tab.wait_for_load()
    assert tab.eval("location.href") == root + "en/p/KOP-0001/index.html"
    assert tab.eval(LOAD_ALL_IMAGES) == []
    _keep(tab.screenshot(shots / "from-disk-product-phone.png"))
    outside = [r for r in tab.requests if not r.startswith((root, "about:", "data:"))]
    assert outside == []
    assert tab.errors == [] and tab.failed == []
