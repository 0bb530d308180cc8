"""The largest price and the largest count (stock, minimum stock, a movement) the showcase holds.

Both are INTEGER columns, 32 bits on PostgreSQL (at most 2.147.483.647). Rp2.000.000.000 is the
round figure below that: a UMKM showroom's dearest pieces (an antique gold tapis, a boat) cost a
billion or two at most. Counts stop at a billion pieces, far above any stock, and the stock after
a movement is kept within it too. The readers of typed numbers (money.py, numbers.py)
refuse anything larger, so the editor, the stock dialog, the import and the command line all stop
there with the same words.
"""

from __future__ import annotations

import re

from showcase.i18n import translate
from showcase.inventory.formats import number, rupiah

MAX_PRICE = 2_000_000_000
MAX_COUNT = 1_000_000_000

# `1E+20`, `1,5e3`: how a spreadsheet shows a number too long for its column.
_POWER_OF_TEN = re.compile(r"-?\d+([.,]\d+)?[eE][+-]?\d+")


def too_large(digits: str, limit: int) -> bool:
    """Whether the whole number written by `digits` (an optional minus, then ASCII digits) is
    beyond `limit`, decided on the text first so that thousands of digits are never converted."""
    significant = digits.lstrip("-").lstrip("0")
    return len(significant) > len(str(limit)) or int(significant or "0") > limit


def price_limit_reason() -> str:
    return translate("Validation", "must be at most {limit}").format(limit=rupiah(MAX_PRICE))


def count_limit_reason() -> str:
    return translate("Validation", "must be at most {limit}").format(limit=number(MAX_COUNT))


def power_of_ten_reason(text: str) -> str | None:
    """Why `1E+20` is refused (the spreadsheet's short form of a long number), or None."""
    if not _POWER_OF_TEN.fullmatch(text):
        return None
    return translate(
        "Validation", "“{text}” is a number in short form: write it out in full digits"
    ).format(text=text)
