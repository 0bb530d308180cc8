"""The columns a product spreadsheet may have, and the names people give them.

Headers are matched case-insensitively, ignoring spaces, underscores, dashes, slashes, dots and
anything in brackets, so `Nama Produk`, `nama_produk`, `NAMA-PRODUK` and `Harga (Rp)` are all
understood. The names the export writes (`code`, `name_id`, …) are among them, so an exported
file imports back unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from showcase.i18n import translate

# Field → the header names that mean it, already in the form `_key` gives.
ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("kode", "code", "kodeproduk", "productcode", "sku"),
    "name_id": (
        "nama", "name", "namaid", "nameid", "namaproduk", "namabarang", "productname",
        "produk", "product", "namaindonesia",
    ),
    "name_en": ("namaen", "nameen", "namainggris", "englishname", "nameenglish"),
    "description_id": (
        "deskripsi", "description", "deskripsiid", "descriptionid", "uraian",
    ),
    "description_en": ("deskripsien", "descriptionen", "deskripsiinggris", "englishdescription"),
    "category": ("kategori", "category", "kategoriproduk", "jenisproduk"),
    "producer": (
        "produsen", "producer", "namaprodusen", "umkm", "namaumkm", "namausaha", "pelakuusaha",
        "koperasi", "maker",
    ),
    "kabupaten": (
        "kabupaten", "kabupatenkota", "kabkota", "kota", "kab", "kabupatenataukota", "daerah",
        "asal", "regency", "city", "region",
    ),
    "phone": (
        "telepon", "telpon", "telp", "phone", "hp", "nohp", "wa", "whatsapp", "nowa",
        "notelp", "notelepon", "nomorhp", "nomortelepon", "telpwa", "hpwa", "nohpwa",
        "notelpwa", "nomorhpwa",
    ),
    "price": ("harga", "price", "hargajual", "hargarp", "hargasatuan"),
    "unit": ("satuan", "unit", "kemasan"),
    "stock": ("stok", "stock", "stokakhir", "jumlahstok", "qty"),
    "min_stock": (
        "stokmin", "minstock", "stokminimum", "stokminimal", "minimumstock", "minstok",
    ),
    "featured": ("unggulan", "featured", "produkunggulan"),
    "on_kiosk": ("kiosk", "kios", "onkiosk", "dikios", "tampildikios", "showonkiosk"),
    "certificates": ("sertifikat", "sertifikasi", "certificates", "certificate", "izin"),
    "export_markets": (
        "pasarekspor", "exportmarkets", "ekspor", "export", "negaraekspor", "tujuanekspor",
    ),
}  # fmt: skip

_BY_KEY = {alias: name for name, aliases in ALIASES.items() for alias in aliases}


def _key(header: str) -> str:
    without_brackets = re.sub(r"[(\[].*?[)\]]", "", header)
    return re.sub(r"[\W_]+", "", without_brackets.casefold())


def field_of(header: str) -> str | None:
    """The field a header names (`Harga (Rp)` → `price`), or None for a column not read."""
    return _BY_KEY.get(_key(header))


def find_header(cells: Sequence[str]) -> dict[str, int] | None:
    """Field → column index, if `cells` is a header row (it names the product name); else None.
    A field named twice keeps its first column (`duplicate_columns` reports the others)."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = field_of(cell)
        if name is not None and name not in columns:
            columns[name] = index
    return columns if "name_id" in columns else None


def duplicate_columns(header: Sequence[str]) -> list[tuple[str, str]]:
    """Pairs (first header, repeated header) of columns that name the same field."""
    seen: dict[str, str] = {}
    pairs: list[tuple[str, str]] = []
    for cell in header:
        name = field_of(cell)
        if name is None:
            continue
        if name in seen:
            pairs.append((seen[name], cell))
        else:
            seen[name] = cell
    return pairs


def ignored_columns(header: Sequence[str]) -> list[str]:
    """Headers of columns the import does not read (a running number, notes…)."""
    return [cell for cell in header if cell.strip() and field_of(cell) is None]


def expected_headers() -> str:
    """The main header names, for a message that says what the import looks for."""
    return ", ".join(
        (
            "kode/code",
            "nama/name",
            "nama_en",
            "deskripsi",
            "kategori",
            "produsen",
            "kabupaten",
            "telepon",
            "harga/price",
            "satuan",
            "stok",
            "stok_min",
            "unggulan",
            "kiosk",
            "sertifikat",
            "pasar_ekspor",
        )
    )


def missing_name_message(label: str, found: Sequence[str]) -> str:
    """The message for a file whose header has no product name column."""
    return translate(
        "Import",
        "{name}: no column for the product name (nama or name). Columns found: {found}. "
        "Columns the import reads: {expected}",
    ).format(
        name=label,
        found=", ".join(cell.strip() for cell in found if cell.strip()) or "-",
        expected=expected_headers(),
    )


YES_WORDS = frozenset({"yes", "ya", "y", "true", "benar", "1", "x", "v", "✓", "✔", "iya"})
NO_WORDS = frozenset({"no", "tidak", "tdk", "t", "n", "false", "salah", "0", "-", "bukan"})


def parse_yes_no(text: str) -> bool:
    """`ya`/`yes`/`x`/`1` → True, `tidak`/`no`/`0` → False; ValueError with a reason otherwise."""
    word = text.strip().casefold()
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    raise ValueError(
        translate("Import", "“{text}” is not yes or no (write ya/yes or tidak/no)").format(
            text=text.strip()
        )
    )


def split_list(text: str) -> list[str]:
    """`Halal; P-IRT` or `Halal, P-IRT` as two items; `;` wins when both are there, so an item
    written with a comma in a `; ` list (as the export writes) stays whole."""
    separator = ";" if ";" in text else ","
    items = re.split(rf"[{separator}\n]", text)
    return [" ".join(item.split()) for item in items if item.strip()]
