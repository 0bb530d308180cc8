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

_PREFIX = re.compile(r"^(kabupaten\s+|kab\.\s*|kab\s+|kota\s+|kot\.\s*)", re.IGNORECASE)
# The short names used across Lampung, in speech, on signs and in the Dinas' own lists.
_SHORT = {
    "lambar": "Lampung Barat",
    "lamsel": "Lampung Selatan",
    "lamtim": "Lampung Timur",
    "lamteng": "Lampung Tengah",
    "lampura": "Lampung Utara",
    "tuba": "Tulang Bawang",
    "tubaba": "Tulang Bawang Barat",
    "pesibar": "Pesisir Barat",
    "balam": "Kota Bandar Lampung",
}


def _key(name: str) -> str:
    return " ".join(_PREFIX.sub("", " ".join(name.split())).lower().split())


_BY_KEY = {_key(name): name for name in KABUPATEN} | _SHORT


def normalize_kabupaten(text: str) -> str | None:
    """The canonical name for `text` ("Kab. Lampung Selatan", "bandar lampung" …), or None."""
    return _BY_KEY.get(_key(text))
