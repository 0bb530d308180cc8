"""The report's own words in Indonesian and English, and its numbers as each reader writes them.

Not Qt translations: staff choose the report's language apart from their screen's (an
Indonesian desk may print an English report for a visiting delegation).
"""

from __future__ import annotations

import datetime

from showcase.inventory import formats
from showcase.inventory.formats import Language
from showcase.inventory.report.figures import Count
from showcase.inventory.report.period import Period

# key: (Indonesian, English)
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Laporan UMKM Center", "UMKM Center Report"),
    "subtitle": (
        "untuk Dinas Koperasi dan UKM Provinsi Lampung",
        "for the Cooperatives and SME Office of Lampung Province",
    ),
    "period": ("Periode", "Period"),
    "compared_with": ("Dibandingkan dengan", "Compared with"),
    "no_previous": (
        "Belum ada periode sebelumnya untuk dibandingkan",
        "No previous period to compare with",
    ),
    "made_on": ("Dibuat", "Made on"),
    "page_of": ("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "at_a_glance": ("Ringkasan", "At a glance"),
    "contents": ("Isi laporan", "Contents"),
    "producers": ("Produsen", "Producers"),
    "products": ("Produk", "Products"),
    "sales_value": ("Nilai penjualan", "Sales value"),
    "kiosk_views": ("Dilihat di kiosk", "Kiosk views"),
    "with_nib": ("Produsen ber-NIB", "Producers with an NIB"),
    # section 1
    "s_showcase": ("1. Etalase", "1. The showcase"),
    "by_kabupaten": ("Produsen per kabupaten/kota", "Producers by regency/city"),
    "kabupaten": ("Kabupaten/Kota", "Regency/City"),
    "by_type": ("Produsen per jenis usaha", "Producers by type"),
    "type": ("Jenis", "Type"),
    "by_category": ("Produk per kategori", "Products by category"),
    "category": ("Kategori", "Category"),
    "no_category": ("Tanpa kategori", "No category"),
    "added": ("Baru dalam periode ini", "Added in the period"),
    "producers_added": ("Produsen baru", "New producers"),
    "products_added": ("Produk baru", "New products"),
    "none_added": ("Tidak ada yang baru.", "Nothing new."),
    # section 2
    "s_formal": ("2. Legalitas dan sertifikasi", "2. Formalisation"),
    "nib_and_certificates": ("NIB dan sertifikat", "NIB and certificates"),
    "figure": ("Ukuran", "Figure"),
    "count": ("Jumlah", "Count"),
    "share": ("Persentase", "Share"),
    "of_producers": ("dari produsen", "of producers"),
    "of_products": ("dari produk", "of products"),
    "products_with": ("Produk dengan {name}", "Products with {name}"),
    "any_certificate": (
        "Produk dengan salah satunya",
        "Products with any of them",
    ),
    "without_nib": ("Produsen yang belum memiliki NIB", "Producers still without an NIB"),
    "everyone_has_nib": ("Semua produsen sudah memiliki NIB.", "Every producer has an NIB."),
    "phone": ("Telepon", "Phone"),
    # section 3
    "s_export": ("3. Kesiapan ekspor", "3. Export readiness"),
    "with_markets": ("Produk dengan pasar ekspor", "Products with export markets"),
    "market": ("Pasar", "Market"),
    "no_markets": ("Belum ada produk dengan pasar ekspor.", "No product has export markets yet."),
    # section 4
    "s_visitors": ("4. Pengunjung", "4. Visitors"),
    "views_per_day": ("Dilihat di kiosk per hari", "Kiosk views per day"),
    "searches": ("Pencarian di kiosk", "Kiosk searches"),
    "top_products": ("Produk paling banyak dilihat", "Most viewed products"),
    "top_categories": ("Kategori paling banyak dilihat", "Most viewed categories"),
    "views": ("Dilihat", "Views"),
    "one_series": (
        "Data kunjungan belum mencatat kiosk mana: angka semua kiosk dijumlahkan.",
        "The visit counts do not yet record which kiosk: all kiosks are counted together.",
    ),
    "one_kiosk": (
        "Data kunjungan hanya berasal dari satu kiosk.",
        "The visit counts come from one kiosk only.",
    ),
    "per_kiosk": ("Dilihat per kiosk", "Views per kiosk"),
    "kiosk": ("Kiosk", "Kiosk"),
    "no_views": ("Belum ada kunjungan di kiosk.", "No kiosk visits yet."),
    "day": ("Tanggal", "Day"),
    "total": ("Jumlah", "Total"),
    # section 5
    "s_sales": ("5. Penjualan", "5. Sales"),
    "sales_note": (
        "Nilai dihitung dengan harga yang berlaku pada hari penjualan; barang yang dikembalikan "
        "pembeli mengurangi penjualan.",
        "Values are at the price in force on the day of each sale; goods returned by buyers "
        "are deducted.",
    ),
    "sales_by_product": ("Penjualan per produk", "Sales by product"),
    "sales_by_producer": ("Penjualan per produsen", "Sales by producer"),
    "code": ("Kode", "Code"),
    "product": ("Produk", "Product"),
    "producer": ("Produsen", "Producer"),
    "quantity": ("Jumlah", "Quantity"),
    "value": ("Nilai", "Value"),
    "price": ("Harga", "Price"),
    "unit": ("Satuan", "Unit"),
    "items_sold": ("Barang terjual", "Goods sold"),
    "no_sales": ("Tidak ada penjualan dalam periode ini.", "No sales in the period."),
    "more_in_xlsx": (
        "… dan {n} lainnya (daftar lengkap ada di berkas XLSX laporan ini).",
        "… and {n} more (the full list is in this report's XLSX file).",
    ),
    # statements
    "s_statements": ("6. Nota konsinyasi", "6. Consignment statements"),
    "statement": ("Nota Konsinyasi", "Consignment Statement"),
    "statement_intro": (
        "Barang titipan yang terjual dalam periode ini:",
        "Consigned goods sold in the period:",
    ),
    "statement_total": ("Jumlah yang terjual", "Total sold"),
    "handed_over": ("Produsen", "Producer"),
    "name_and_date": ("Nama dan tanggal", "Name and date"),
    "signature": ("Tanda tangan", "Signature"),
    "statements_intro": (
        "Satu halaman untuk setiap produsen yang barangnya terjual; dapat dicetak tersendiri.",
        "One page for each producer whose goods sold; each can be printed on its own.",
    ),
    # columns
    "this_period": ("Periode ini", "This period"),
    "previous": ("Sebelumnya", "Previous"),
    "change": ("Perubahan", "Change"),
    "koperasi": ("Koperasi", "Cooperative"),
    "mikro": ("Usaha mikro", "Micro enterprise"),
    "kecil": ("Usaha kecil", "Small enterprise"),
    "menengah": ("Usaha menengah", "Medium enterprise"),
    # XLSX sheet names (at most 31 characters)
    "sheet_summary": ("Ringkasan", "Summary"),
    "sheet_kabupaten": ("Kabupaten-Kota", "Regencies-Cities"),
    "sheet_types": ("Jenis usaha", "Producer types"),
    "sheet_categories": ("Kategori", "Categories"),
    "sheet_new_producers": ("Produsen baru", "New producers"),
    "sheet_new_products": ("Produk baru", "New products"),
    "sheet_formal": ("NIB dan sertifikat", "NIB and certificates"),
    "sheet_without_nib": ("Belum ber-NIB", "Without NIB"),
    "sheet_export": ("Pasar ekspor", "Export markets"),
    "sheet_days": ("Kunjungan per hari", "Views per day"),
    "sheet_top_products": ("Produk dilihat", "Viewed products"),
    "sheet_top_categories": ("Kategori dilihat", "Viewed categories"),
    "sheet_sales_products": ("Penjualan produk", "Sales by product"),
    "sheet_sales_producers": ("Penjualan produsen", "Sales by producer"),
    "sheet_sales_lines": ("Rincian penjualan", "Sales lines"),
    "added_on": ("Tanggal masuk", "Added on"),
    "center": ("Pusat", "Center"),
}


def word(key: str, language: Language) -> str:
    indonesian, english = _WORDS[key]
    return english if language == "en" else indonesian


def number(value: int, language: Language) -> str:
    return formats.number(value, language)


def rupiah(amount: int, language: Language) -> str:
    return formats.rupiah(amount, language)


def percent(part: int, whole: int, language: Language) -> str:
    """ "60,0%" / "60.0%"; "–" when there is no whole."""
    if not whole:
        return "–"
    text = f"{100 * part / whole:.1f}%"
    return text.replace(".", ",") if language == "id" else text


def change(count: Count, language: Language, *, money: bool = False) -> str:
    """ "+3" / "−1" / "0" against the previous period; "" without one."""
    if count.before is None:
        return ""
    delta = count.now - count.before
    shown = rupiah(abs(delta), language) if money else number(abs(delta), language)
    return ("+" if delta > 0 else "−" if delta < 0 else "") + shown


def before(count: Count, language: Language, *, money: bool = False) -> str:
    if count.before is None:
        return ""
    return rupiah(count.before, language) if money else number(count.before, language)


def long_date(day: datetime.date, language: Language) -> str:
    return formats.long_date(day, language)


def short_date(day: datetime.date, language: Language) -> str:
    return formats.short_date(day, language)


def period_text(period: Period, language: Language) -> str:
    """ "1 Oktober 2026 – 31 Oktober 2026" (one day: that day)."""
    if period.start == period.end:
        return long_date(period.start, language)
    return f"{long_date(period.start, language)} – {long_date(period.end, language)}"


def producer_type(kind: str, scale: str | None, language: Language) -> str:
    key = "koperasi" if kind == "koperasi" else (scale or "mikro")
    return word(key, language)


def type_word(key: str, language: Language) -> str:
    """A PRODUCER_TYPES key as printed."""
    return word(key, language)


_MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def day_labels(days: list[datetime.date], language: Language) -> list[str]:
    """The names under a chart's columns, one a day, few enough never to touch: every day up
    to 16 days, every other day up to a month, the 1st and 15th ("15/10") up to a quarter,
    then the month on its first day ("Okt")."""
    count = len(days)
    if count <= 16:
        return [str(d.day) for d in days]
    if count <= 31:
        return [str(d.day) if i % 2 == 0 else "" for i, d in enumerate(days)]
    if count <= 92:
        return [f"{d.day}/{d.month}" if d.day in (1, 15) else "" for d in days]
    return [_MONTHS[language][d.month - 1] if d.day == 1 else "" for d in days]


def page_of(page: int, pages: int, language: Language) -> str:
    return word("page_of", language).format(page=page, pages=pages)
