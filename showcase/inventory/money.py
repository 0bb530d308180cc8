"""Rupiah amounts: whole numbers, written `Rp25.000` (a dot groups thousands, no decimals).

Reading what staff type is here; writing an amount for a reader is in formats.py.
"""

from __future__ import annotations

import re

from showcase.i18n import translate

_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+")
_TRAILING_ZERO_DECIMALS = re.compile(r"(\d+)[,.]0{1,2}")


class AmountError(ValueError):
    """Text that is not a whole, non-negative rupiah amount; the message says why."""


def parse_rupiah(text: str) -> int:
    """Read `25000`, `25.000`, `Rp 25.000`, `Rp25.000,00` or `25,000` as 25000.

    Raises AmountError for empty text, negative amounts, fractions of a rupiah or anything else.
    """
    raw = text.strip()
    if not raw:
        raise AmountError(translate("Validation", "is empty"))
    body = re.sub(r"^rp\.?\s*", "", raw, flags=re.IGNORECASE).replace(" ", "")
    if body.startswith("-"):
        raise AmountError(translate("Validation", "cannot be negative"))
    if body.isdigit():
        return int(body)
    if _GROUPED.fullmatch(body) or re.fullmatch(r"\d{1,3}(,\d{3})+", body):
        return int(re.sub(r"[.,]", "", body))
    decimals = re.fullmatch(r"(\d{1,3}(?:\.\d{3})*|\d+),(\d{1,2})", body)
    if decimals:
        if int(decimals.group(2)) != 0:
            raise AmountError(translate("Validation", "must be whole rupiah (no cents)"))
        return int(decimals.group(1).replace(".", ""))
    raise AmountError(
        translate(
            "Validation", "“{raw}” is not an amount in rupiah (for example 25000 or Rp25.000)"
        ).format(raw=raw)
    )
