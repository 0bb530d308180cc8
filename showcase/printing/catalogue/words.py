"""The catalogue's own words, in Indonesian and English, and dates and prices as its reader
writes them (through showcase/inventory/formats.py).

These are not Qt translations: the staff's screen language and the catalogue's language are
chosen separately (Indonesian staff print English catalogues for foreign buyers), so each
printed word is kept here in both languages and picked by the catalogue's language. "Both"
prints the Indonesian and the English word together.
"""

from __future__ import annotations

import datetime
from enum import StrEnum

from showcase.inventory import formats


class Language(StrEnum):
    """The language(s) a catalogue is printed in."""

    ID = "id"
    EN = "en"
    BOTH = "both"


# key: (Indonesian, English)
_WORDS: dict[str, tuple[str, str]] = {
    "contents": ("Daftar Isi", "Contents"),
    "price_on_request": ("Harga atas permintaan", "Price on request"),
    "per": ("per", "per"),
    "export": ("Ekspor", "Export"),
    "page_of": ("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "products_one": ("{n} produk", "{n} product"),
    "products_many": ("{n} produk", "{n} products"),
    "continued": ("lanjutan", "continued"),
    "no_photo": ("Foto belum tersedia", "Photo coming soon"),
    "about_producer": ("Tentang produsen", "About the producer"),
    "price": ("Harga", "Price"),
    "code": ("Kode", "Code"),
    "name": ("Nama produk", "Product"),
    "unit": ("Satuan", "Unit"),
    "producer": ("Produsen", "Producer"),
    "kabupaten": ("Kabupaten/Kota", "Regency/City"),
    "certificates": ("Sertifikat", "Certificates"),
    "other_category": ("Lainnya", "Other"),
    "no_producer": ("Produsen lain", "Other producers"),
    "no_kabupaten": ("Daerah lain", "Other places"),
    "scan_whatsapp": ("Scan untuk WhatsApp", "Scan for WhatsApp"),
    "scan_code": ("Kode produk", "Product code"),
    "scan_url": ("Scan untuk info", "Scan for details"),
    "scan_text": ("Scan untuk info", "Scan for details"),
    "koperasi": ("Koperasi", "Cooperative"),
    "umkm_mikro": ("Usaha mikro", "Micro enterprise"),
    "umkm_kecil": ("Usaha kecil", "Small enterprise"),
    "umkm_menengah": ("Usaha menengah", "Medium enterprise"),
    "lampung": ("Provinsi Lampung · Indonesia", "Lampung Province · Indonesia"),
    "subject": (
        "Katalog produk UMKM dan koperasi Lampung",
        "Catalogue of products from Lampung's small businesses and cooperatives",
    ),
}

# Export markets are typed by staff in Indonesian; English readers get the English name of
# the common ones, and any other name as it was typed.
_COUNTRIES_EN: dict[str, str] = {
    "singapura": "Singapore",
    "malaysia": "Malaysia",
    "taiwan": "Taiwan",
    "jepang": "Japan",
    "mesir": "Egypt",
    "belanda": "Netherlands",
    "korea selatan": "South Korea",
    "tiongkok": "China",
    "cina": "China",
    "arab saudi": "Saudi Arabia",
    "uni emirat arab": "United Arab Emirates",
    "amerika serikat": "United States",
    "australia": "Australia",
    "jerman": "Germany",
    "inggris": "United Kingdom",
    "prancis": "France",
    "perancis": "France",
    "brunei": "Brunei",
    "brunei darussalam": "Brunei",
    "thailand": "Thailand",
    "vietnam": "Vietnam",
    "filipina": "Philippines",
    "india": "India",
    "hong kong": "Hong Kong",
    "timor leste": "Timor-Leste",
}


def word(key: str, language: Language) -> str:
    """The printed word for `key`: Indonesian, English, or "Indonesian · English" for both."""
    indonesian, english = _WORDS[key]
    if language is Language.ID:
        return indonesian
    if language is Language.EN:
        return english
    return indonesian if indonesian == english else f"{indonesian} · {english}"


def word_pair(key: str) -> tuple[str, str]:
    """(Indonesian, English) for `key`, for layouts that set the two apart."""
    return _WORDS[key]


def count_products(n: int, language: Language) -> str:
    """ "6 produk" / "6 products"."""
    english = _WORDS["products_one" if n == 1 else "products_many"][1]
    indonesian = _WORDS["products_many"][0]
    if language is Language.EN:
        return english.format(n=formats.number(n, "en"))
    return indonesian.format(n=formats.number(n, "id"))


def cover_facts(products: int, producers: int, places: int, language: Language) -> str:
    """ "57 produk · 23 produsen · 15 kabupaten/kota", in the catalogue's language(s)."""
    n_id, n_en = (
        (formats.number(products, lang), formats.number(producers, lang)) for lang in ("id", "en")
    )
    ind = f"{n_id[0]} produk · {n_id[1]} produsen · {places} kabupaten/kota"
    eng = (
        f"{n_en[0]} product{'s' * (products != 1)} · {n_en[1]} producer{'s' * (producers != 1)}"
        f" · {places} {'regency or city' if places == 1 else 'regencies and cities'}"
    )
    if language is Language.ID:
        return ind
    if language is Language.EN:
        return eng
    return f"{ind}\n{eng}"


def page_of(page: int, pages: int, language: Language) -> str:
    """ "Halaman 3 dari 19" / "Page 3 of 19" ("both" prints the Indonesian: it is short)."""
    indonesian, english = _WORDS["page_of"]
    text = english if language is Language.EN else indonesian
    return text.format(page=page, pages=pages)


def amounts_language(language: Language) -> formats.Language:
    """How numbers are written in a catalogue: the English way only in an English one (a
    catalogue in both languages is an Indonesian catalogue with English beside it)."""
    return "en" if language is Language.EN else "id"


def long_date(day: datetime.date, language: Language) -> str:
    """ "22 November 2026"; "22 Nov 2026" in English catalogues (formats.long_date)."""
    return formats.long_date(day, amounts_language(language))


def price_text(amount: int, language: Language) -> str:
    """ "Rp25.000"; "Rp25,000" in English catalogues (formats.rupiah)."""
    return formats.rupiah(amount, amounts_language(language))


def country(name: str, language: Language) -> str:
    """An export market as the reader calls it: "Singapura" is "Singapore" in English."""
    english = _COUNTRIES_EN.get(" ".join(name.split()).casefold())
    if english is None or language is Language.ID:
        return name
    if language is Language.EN:
        return english
    return name if english.casefold() == name.casefold() else f"{name} ({english})"


def producer_kind(kind: str, scale: str | None, language: Language) -> str:
    """ "Koperasi", "Usaha kecil" … for the producer's type and scale."""
    key = "koperasi" if kind == "koperasi" else f"umkm_{scale}"
    return word(key, language) if key in _WORDS else ""
