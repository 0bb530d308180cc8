"""The website's own words, in Indonesian and English.

The site is read by visitors and buyers, not by staff: each page is written in its language
whatever the staff window's language is, so these are pairs rather than Qt translations.
"""

from __future__ import annotations

from showcase.inventory import formats

_WORDS: dict[str, tuple[str, str]] = {
    "skip": ("Langsung ke isi", "Skip to content"),
    "search": ("Cari", "Search"),
    "search_label": ("Cari produk atau kode", "Search products or codes"),
    "search_placeholder": ("Nama produk atau kode", "Product name or code"),
    "search_title": ("Cari produk", "Search products"),
    "search_none": ("Tidak ada produk yang cocok.", "No product matches."),
    "search_count": ("{n} produk ditemukan", "{n} products found"),
    "search_hint": (
        "Ketik nama produk, produsen, daerah atau kode (misalnya KOP-0001).",
        "Type a product's name, its producer, a place or a code (such as KOP-0001).",
    ),
    "search_noscript": (
        "Pencarian memerlukan JavaScript. Jelajahi kategori dan daerah di beranda.",
        "Search needs JavaScript. Browse the categories and places on the home page.",
    ),
    "home": ("Beranda", "Home"),
    "intro": (
        "Produk unggulan UMKM dan koperasi dari seluruh Provinsi Lampung, dipamerkan di "
        "UMKM Center Bakauheni Harbour City.",
        "Flagship products of small businesses (UMKM) and cooperatives from all over Lampung "
        "province, shown at the UMKM Center in Bakauheni Harbour City.",
    ),
    "featured": ("Produk unggulan", "Featured products"),
    "categories": ("Kategori", "Categories"),
    "regions": ("Kabupaten/kota", "Regencies and cities"),
    "producers": ("Produsen", "Producers"),
    "products_n": ("{n} produk", "{n} products"),
    "product_1": ("1 produk", "1 product"),
    "no_products": ("Belum ada produk dari sini.", "No products from here yet."),
    "code": ("Kode", "Code"),
    "price": ("Harga", "Price"),
    "price_on_request": ("Harga atas permintaan", "Price on request"),
    "per": ("per", "per"),
    "in_stock": ("Tersedia", "In stock"),
    "out_of_stock": ("Stok sedang habis", "Out of stock"),
    "whatsapp": ("Tanya lewat WhatsApp", "Ask on WhatsApp"),
    "category": ("Kategori", "Category"),
    "producer": ("Produsen", "Producer"),
    "region": ("Kabupaten/kota", "Regency/city"),
    "certificates": ("Sertifikat dan izin", "Certificates and permits"),
    "export_markets": ("Pasar ekspor", "Export markets"),
    "about_producer": ("Tentang produsen", "About the producer"),
    "photo_of": ("Foto {name}", "Photo of {name}"),
    "photo_n_of": ("Foto {i} dari {n}: {name}", "Photo {i} of {n}: {name}"),
    "no_photo": ("Belum ada foto", "No photo yet"),
    "umkm": ("UMKM", "Small business (UMKM)"),
    "koperasi": ("Koperasi", "Cooperative (koperasi)"),
    "phone": ("Telepon/WhatsApp", "Phone/WhatsApp"),
    "language_name": ("Bahasa Indonesia", "English"),
    "other_language": ("English", "Bahasa Indonesia"),
    "choose_language": ("Pilih bahasa", "Choose a language"),
    "breadcrumbs": ("Lokasi halaman", "Breadcrumbs"),
    "visit": (
        "Kunjungi UMKM Center di Pelabuhan Bakauheni, Lampung Selatan.",
        "Visit the UMKM Center at Bakauheni port, South Lampung.",
    ),
}

# The folder of the search page in each language.
SEARCH_FOLDER = {"id": "cari", "en": "search"}


def word(key: str, language: str) -> str:
    pair = _WORDS[key]
    return pair[1] if language == "en" else pair[0]


def count(n: int, language: str) -> str:
    """`12 produk` / `12 products` (`1 product`), grouped the language's way."""
    if n == 1:
        return word("product_1", language)
    return word("products_n", language).format(n=formats.number(n, _lang(language)))


def price(amount: int, unit: str, language: str) -> str:
    """`Rp25.000 / pack 250 g`, or "price on request" for a price of 0."""
    if amount <= 0:
        return word("price_on_request", language)
    text = formats.rupiah(amount, _lang(language))
    return f"{text} / {unit}" if unit.strip() else text


def _lang(language: str) -> formats.Language:
    return "en" if language == "en" else "id"
