"""Publishing the website into a folder: what is written, what is escaped, what is rewritten
on the next publish, and which folders are refused. (The site in a browser: test_browser.py.)"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from showcase.errors import Cancelled, ValidationError
from showcase.inventory.products import ProductInput, set_archived, update_product
from showcase.inventory.qr_payloads import (
    LabelItem,
    QrKind,
    qr_payload,
    website_base_url,
    website_url_template,
)
from showcase.printing.website import WebsiteFolderError, publish_website
from showcase.printing.website.folder import MANIFEST
from showcase.store.db import Database
from showcase.store.models import Product
from tests.helpers.website_showcase import (
    HOSTILE_NAME,
    HOSTILE_NAME_EN,
    WebsiteSample,
    make_website_sample,
)

BASE = "https://umkm.lampung.example/etalase"


@pytest.fixture
def sample(db: Database) -> WebsiteSample:
    return make_website_sample(db)


@pytest.fixture
def site(db: Database, sample: WebsiteSample, tmp_path: Path) -> Path:
    out = tmp_path / "site"
    publish_website(db, out, base_url=BASE)
    return out


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != MANIFEST
    }


def _json_ld(page: str) -> dict[str, object]:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert found is not None
    data: dict[str, object] = json.loads(found.group(1))
    return data


def test_every_page_of_what_the_kiosk_shows_is_written(site: Path) -> None:
    files = _files(site)
    for language in ("id", "en"):
        for code in ("KOP-0001", "KOP-0002", "MAK-0001", "KAI-0001", "KAI-0002", "KOP-0099"):
            assert f"{language}/p/{code}/index.html" in files
        assert f"{language}/p/KAI~0003/index.html" in files  # "/" in a code becomes "~"
        assert f"{language}/index.html" in files
        assert f"{language}/k/tanggamus/index.html" in files
        assert sum(n.startswith(f"{language}/k/") for n in files) == 15  # every kabupaten/kota
    assert "id/cari/index.html" in files and "en/search/index.html" in files
    # Not on the kiosk, not on the site.
    assert not any("MAK-0002" in name for name in files)
    for name in ("index.html", "site.css", "site.js", "search-index.js", "sitemap.xml",
                 "robots.txt", "feed.xml", "feed-en.xml", "products.tsv"):  # fmt: skip
        assert name in files
    # Photos: three widths of a wide photo, never wider than the photo itself.
    photos = sorted(n for n in files if n.startswith("img/"))
    assert any(n.endswith("-1080.jpg") for n in photos)
    assert any(n.endswith("-600.jpg") for n in photos)  # the 600 px portrait photo, whole
    assert not any(re.search(r"-(\d+)\.jpg$", n) and int(re.search(r"-(\d+)\.jpg$", n).group(1)) > 1080 for n in photos)  # type: ignore[union-attr]  # fmt: skip


def test_user_text_is_escaped_everywhere(site: Path) -> None:
    for language, name in (("id", HOSTILE_NAME), ("en", HOSTILE_NAME_EN)):
        page = (site / language / "p" / "KOP-0099" / "index.html").read_text(encoding="utf-8")
        assert "<script>window.__pwned" not in page
        assert "<img src=x" not in page
        assert "&lt;script&gt;" in page or "&lt;/script&gt;" in page
        assert "🍵" in page or "☕" in page  # emoji kept as written
        data = _json_ld(page)
        assert data["name"] == name  # the JSON-LD still holds the text exactly
        # Inside the JSON-LD script no "<" can end it.
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
        assert block is not None and "<" not in block.group(1)
    home = (site / "id" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in home
    producer = next((site / "id" / "m").glob("*kelompok*/index.html")).read_text(encoding="utf-8")
    assert "Kelompok &lt;Tani&gt; &amp; &quot;Sejahtera&quot;" in producer
    assert "<Tani>" not in producer


def test_product_json_ld_has_the_price_in_rupiah_and_the_producer(site: Path) -> None:
    page = (site / "en" / "p" / "KOP-0099" / "index.html").read_text(encoding="utf-8")
    data = _json_ld(page)
    assert data["@type"] == "Product"
    assert data["sku"] == "KOP-0099"
    assert data["brand"] == {"@type": "Brand", "name": 'Kelompok <Tani> & "Sejahtera"'}
    offers = data["offers"]
    assert isinstance(offers, dict)
    assert offers["price"] == 87500 and offers["priceCurrency"] == "IDR"
    assert offers["availability"] == "https://schema.org/InStock"
    assert offers["url"] == f"{BASE}/en/p/KOP-0099/"
    images = data["image"]
    assert isinstance(images, list) and len(images) == 2
    assert all(str(i).startswith(f"{BASE}/img/") for i in images)
    sold_out = _json_ld((site / "id" / "p" / "KAI~0003" / "index.html").read_text("utf-8"))
    assert sold_out["offers"]["availability"] == "https://schema.org/OutOfStock"  # type: ignore[index]
    on_request = (site / "id" / "p" / "KRJ-0001" / "index.html").read_text("utf-8")
    assert "offers" not in _json_ld(on_request)
    assert "Harga atas permintaan" in on_request


def test_pages_link_their_other_language_and_carry_open_graph(site: Path) -> None:
    page = (site / "id" / "p" / "KOP-0001" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="id">' in page
    assert f'<link rel="alternate" hreflang="en" href="{BASE}/en/p/KOP-0001/">' in page
    assert f'<link rel="alternate" hreflang="id" href="{BASE}/id/p/KOP-0001/">' in page
    assert f'<link rel="canonical" href="{BASE}/id/p/KOP-0001/">' in page
    assert 'href="../../../en/p/KOP-0001/index.html" hreflang="en"' in page
    assert '<meta property="og:title" content="Kopi Robusta Lampung">' in page
    assert f'<meta property="og:image" content="{BASE}/img/' in page
    assert '<meta property="product:price:amount" content="45000">' in page
    # The center's logo (set for the kiosk) stands before its name, keeping its room.
    assert '<img class="logo" src="../../../logo.png" width="300" height="120" alt="">' in page
    assert (site / "logo.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # A link to the home page or a category shared on WhatsApp shows a product's photo too.
    for listing in ("id/index.html", "en/c/1-kopi/index.html"):
        text = (site / listing).read_text(encoding="utf-8")
        assert f'<meta property="og:image" content="{BASE}/img/' in text, listing
        assert '<meta property="og:type" content="website">' in text
    # The WhatsApp button holds the labels' message for the producer's number.
    assert 'href="https://wa.me/6281234567890?text=Halo%2C%20saya%20tertarik' in page


def test_without_a_base_address_links_stay_relative_and_no_feeds(
    db: Database, sample: WebsiteSample, tmp_path: Path
) -> None:
    summary = publish_website(db, tmp_path / "site")
    files = _files(tmp_path / "site")
    assert "sitemap.xml" not in files and "feed.xml" not in files
    page = files["id/p/KOP-0001/index.html"].decode()
    assert "canonical" not in page and "og:url" not in page
    assert '<link rel="alternate" hreflang="en" href="../../../en/p/KOP-0001/index.html">' in page
    assert "https://" not in page.replace("https://wa.me/", "").replace("https://schema.org", "")
    assert summary.base_url == "" and summary.products == 8


def test_sitemap_and_merchant_feeds(site: Path) -> None:
    sitemap = ElementTree.parse(site / "sitemap.xml").getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [e.text for e in sitemap.findall("s:url/s:loc", ns)]
    assert f"{BASE}/id/p/KOP-0099/" in locations and f"{BASE}/en/p/KAI~0003/" in locations
    assert len(locations) == len(set(locations))
    g = "{http://base.google.com/ns/1.0}"
    feed = ElementTree.parse(site / "feed.xml").getroot()
    items = {item.findtext(f"{g}id"): item for item in feed.iter("item")}
    assert "KRJ-0001" not in items  # no price, no feed entry
    item = items["KOP-0099"]
    assert item.findtext(f"{g}title") == HOSTILE_NAME
    assert item.findtext(f"{g}price") == "87500 IDR"
    assert item.findtext(f"{g}availability") == "in_stock"
    assert item.findtext(f"{g}link") == f"{BASE}/id/p/KOP-0099/"
    assert str(item.findtext(f"{g}image_link")).startswith(f"{BASE}/img/")
    assert items["KAI/0003"].findtext(f"{g}availability") == "out_of_stock"
    english = ElementTree.parse(site / "feed-en.xml").getroot()
    titles = {i.findtext(f"{g}id"): i.findtext(f"{g}title") for i in english.iter("item")}
    assert titles["KOP-0099"] == HOSTILE_NAME_EN
    rows = (site / "products.tsv").read_text(encoding="utf-8").splitlines()
    header = rows[0].split("\t")
    assert header[:7] == [
        "id",
        "title",
        "description",
        "link",
        "image_link",
        "price",
        "availability",
    ]
    assert all(len(r.split("\t")) == len(header) for r in rows)


def test_the_labels_web_address_qr_points_at_the_product_page(site: Path) -> None:
    template = website_url_template(BASE + "/")
    assert website_base_url(template) == BASE
    for code in ("KOP-0001", "KAI/0003"):
        item = LabelItem(1, code, "x", 1, "pcs", "", "", "")
        address = qr_payload(item, QrKind.URL, url_template=template)
        assert address.startswith(BASE + "/")
        page = site / address[len(BASE) + 1 :] / "index.html"
        assert page.is_file(), address
        assert f'<p class="code">Kode: <span>{code}</span></p>' in page.read_text("utf-8")


def test_a_product_page_is_small_before_its_photos(site: Path) -> None:
    page = site / "en" / "p" / "KOP-0099" / "index.html"
    weight = sum((site / n).stat().st_size for n in ("site.css",)) + page.stat().st_size
    assert weight < 200_000
    assert "search-index.js" not in page.read_text("utf-8")  # the index loads on search only


def test_publishing_again_rewrites_only_what_changed(
    db: Database, sample: WebsiteSample, site: Path
) -> None:
    before = {n: (site / n).stat().st_mtime_ns for n in _files(site)}
    again = publish_website(db, site, base_url=BASE)
    assert again.written == 0 and again.removed == 0
    assert {n: (site / n).stat().st_mtime_ns for n in _files(site)} == before

    with db.session() as s:
        product = s.get(Product, sample.sample.products["KAI-0001"])
        assert product is not None
        data = ProductInput.from_product(product)
        update_product(s, product.id, data.__class__(**{**data.__dict__, "price": 1_600_000}))
    changed = publish_website(db, site, base_url=BASE)
    rewritten = {n for n in _files(site) if (site / n).stat().st_mtime_ns != before.get(n)}
    assert "id/p/KAI-0001/index.html" in rewritten and "en/p/KAI-0001/index.html" in rewritten
    assert not any(n.startswith("img/") for n in rewritten)
    assert "id/p/KOP-0001/index.html" not in rewritten
    assert changed.written == len(rewritten) and changed.written < 20
    assert "Rp1.600.000" in (site / "id/p/KAI-0001/index.html").read_text("utf-8")

    with db.session() as s:
        set_archived(s, sample.hostile, True)
    removed = publish_website(db, site, base_url=BASE)
    assert not (site / "id" / "p" / "KOP-0099").exists()
    assert not (site / "en" / "p" / "KOP-0099").exists()
    assert removed.removed >= 2 + 2 * 1  # its pages, and its photos
    assert not any(
        n.startswith("img/") and n not in _files(site) for n in before if "KOP-0099" in n
    )
    manifest = json.loads((site / MANIFEST).read_text("utf-8"))
    assert set(manifest["files"]) == set(_files(site))


def test_the_merchant_tsv_holds_no_formula(
    db: Database, sample: WebsiteSample, tmp_path: Path
) -> None:
    """A spreadsheet opening products.tsv shows a formula-like title as text."""
    with db.session() as s:
        product = s.get(Product, sample.sample.products["KAI-0001"])
        assert product is not None
        data = ProductInput.from_product(product)
        data.name_id = '=HYPERLINK("http://contoh.id","Kain")'
        data.description_id = "@SUM(1+1)"
        update_product(s, product.id, data)
    publish_website(db, tmp_path / "site", base_url=BASE)
    rows = [
        line.split("\t")
        for line in (tmp_path / "site" / "products.tsv").read_text("utf-8").splitlines()
    ]
    kain = next(row for row in rows if row[0] == "KAI-0001")
    assert kain[1:3] == ['\'=HYPERLINK("http://contoh.id","Kain")', "'@SUM(1+1)"]
    assert not [cell for row in rows for cell in row if cell.startswith(("=", "+", "-", "@"))]


def test_a_page_deleted_by_hand_is_written_again(db: Database, site: Path) -> None:
    (site / "id" / "p" / "KOP-0001" / "index.html").unlink()
    summary = publish_website(db, site, base_url=BASE)
    assert summary.written == 1
    assert (site / "id" / "p" / "KOP-0001" / "index.html").is_file()


@pytest.mark.parametrize("litter", [".DS_Store", "Thumbs.db"])
def test_an_empty_folder_is_taken(db: Database, tmp_path: Path, litter: str) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    (out / litter).write_bytes(b"x")
    assert publish_website(db, out).pages > 0


def test_a_folder_with_other_files_is_refused_and_left_untouched(
    db: Database, sample: WebsiteSample, tmp_path: Path, site: Path
) -> None:
    mine = tmp_path / "documents"
    (mine / "letters").mkdir(parents=True)
    (mine / "letters" / "note.txt").write_text("keep me")
    (mine / "index.html").write_text("my own page")
    with pytest.raises(WebsiteFolderError, match="did not write"):
        publish_website(db, mine)
    assert sorted(p.name for p in mine.rglob("*")) == ["index.html", "letters", "note.txt"]
    assert (mine / "index.html").read_text() == "my own page"

    # A file added to a published site: refused too, nothing removed or written.
    (site / "id" / "notes.txt").write_text("mine")
    before = _files(site)
    with pytest.raises(WebsiteFolderError, match=r"notes\.txt"):
        publish_website(db, site, base_url=BASE)
    assert _files(site) == before

    (site / "id" / "notes.txt").unlink()
    (site / MANIFEST).write_text("{not json")
    with pytest.raises(WebsiteFolderError, match="damaged"):
        publish_website(db, site, base_url=BASE)

    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(WebsiteFolderError, match="not a folder"):
        publish_website(db, a_file)


@pytest.mark.parametrize(
    "address", ["ftp://x.example", "https://a b.example", "https://x/{code}", "www.example"]
)
def test_a_bad_base_address_is_refused_before_anything_is_written(
    db: Database, tmp_path: Path, address: str
) -> None:
    with pytest.raises(ValidationError) as info:
        publish_website(db, tmp_path / "site", base_url=address)
    assert set(info.value.errors) == {"base_url"}
    assert not (tmp_path / "site").exists()


def test_cancelled_halfway_the_next_publish_carries_on(
    db: Database, sample: WebsiteSample, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 30

    with pytest.raises(Cancelled):
        publish_website(db, out, cancelled=cancelled)
    assert (out / MANIFEST).is_file()
    summary = publish_website(db, out)  # not refused: every file there is Etalase's
    assert summary.unchanged > 0
    assert set(json.loads((out / MANIFEST).read_text())["files"]) == set(_files(out))


def test_the_zip_holds_the_site(db: Database, sample: WebsiteSample, tmp_path: Path) -> None:
    out = tmp_path / "site"
    summary = publish_website(db, out, base_url=BASE, make_zip=True)
    assert summary.zip_path == tmp_path / "site.zip"
    with zipfile.ZipFile(tmp_path / "site.zip") as archive:
        names = set(archive.namelist())
        assert names == set(_files(out))
        assert MANIFEST not in names
        assert (
            archive.read("id/p/KOP-0001/index.html")
            == (out / "id/p/KOP-0001/index.html").read_bytes()
        )


def test_a_damaged_photo_leaves_the_site_not_the_publish(
    db: Database, sample: WebsiteSample, tmp_path: Path
) -> None:
    with db.session() as s:
        product = s.get(Product, sample.hostile)
        assert product is not None and len(product.photos) == 2
        product.photos[1].image = b"not a jpeg at all"
    out = tmp_path / "site"
    summary = publish_website(db, out)
    assert summary.photos == 4
    page = (out / "id" / "p" / "KOP-0099" / "index.html").read_text("utf-8")
    assert page.count("<img src=") == 1  # the damaged second photo is left out (not the logo)
    names = {p.name for p in (out / "img").iterdir()}
    assert not any(name.startswith(f"{product.photos[1].id}-") for name in names)


def test_a_showcase_on_a_server_is_published_from_a_snapshot(
    pg_db: Database, tmp_path: Path
) -> None:
    make_website_sample(pg_db)
    out = tmp_path / "site"
    summary = publish_website(pg_db, out, base_url=BASE)
    assert summary.products == 8 and summary.photos == 4
    page = (out / "en" / "p" / "KOP-0099" / "index.html").read_text("utf-8")
    assert _json_ld(page)["name"] == HOSTILE_NAME_EN
    assert (out / "id" / "p" / "KAI~0003" / "index.html").is_file()
    assert publish_website(pg_db, out, base_url=BASE).written == 0


@pytest.mark.parametrize("name", ["../outside.txt", "/etc/passwd", "id/../../x", "C:/x", "a\\b"])
def test_a_list_of_files_naming_a_place_outside_the_folder_is_refused(
    db: Database, site: Path, tmp_path: Path, name: str
) -> None:
    """A manifest is read from the folder, which may come from anywhere: it never makes
    Etalase write or remove a file outside it."""
    outside = tmp_path / "outside.txt"
    outside.write_text("not Etalase's")
    manifest = json.loads((site / MANIFEST).read_text("utf-8"))
    manifest["files"][name] = {"sha256": "0" * 64, "size": 13}
    (site / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(WebsiteFolderError, match="damaged"):
        publish_website(db, site, base_url=BASE)
    assert outside.read_text() == "not Etalase's"


def test_half_written_files_of_a_killed_publish_are_cleared(db: Database, site: Path) -> None:
    leftover = site / "id" / ".index.html.4242.partial"
    leftover.write_text("<html")
    publish_website(db, site, base_url=BASE)  # not refused: they are Etalase's
    assert not leftover.exists()


def test_a_link_to_a_folder_elsewhere_is_refused(db: Database, site: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (site / "img" / "more").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(WebsiteFolderError, match="more"):
        publish_website(db, site, base_url=BASE)
    assert list(elsewhere.iterdir()) == []
