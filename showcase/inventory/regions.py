"""Lampung's 15 regencies and cities (kabupaten/kota), and reading the ways people write them."""

from __future__ import annotations

import re

# Canonical names, as stored. Kota (cities) carry their prefix; kabupaten are named plainly.
KABUPATEN: tuple[str, ...] = (
    "Lampung Barat",
    "Tanggamus",
    "Lampung Selatan",
    "Lampung Timur",
    "Lampung Tengah",
    "Lampung Utara",
    "Way Kanan",
    "Tulang Bawang",
    "Pesawaran",
    "Pringsewu",
    "Mesuji",
    "Tulang Bawang Barat",
    "Pesisir Barat",
    "Kota Bandar Lampung",
    "Kota Metro",
)

_PREFIX = re.compile(r"^(kabupaten|kab\.?|kota|kot\.?)\s+", re.IGNORECASE)


def _key(name: str) -> str:
    return " ".join(_PREFIX.sub("", " ".join(name.split())).lower().split())


_BY_KEY = {_key(name): name for name in KABUPATEN}


def normalize_kabupaten(text: str) -> str | None:
    """The canonical name for `text` ("Kab. Lampung Selatan", "bandar lampung" …), or None."""
    return _BY_KEY.get(_key(text))
