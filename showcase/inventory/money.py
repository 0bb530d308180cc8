"""Rupiah amounts: whole numbers, written `Rp25.000` (a dot groups thousands, no decimals).

Reading what staff type is here; writing an amount for a reader is in formats.py.
"""

from __future__ import annotations

import re

from showcase.i18n import translate
from showcase.inventory.digits import plain_digits
from showcase.inventory.limits import (
    MAX_PRICE,
    power_of_ten_reason,
    price_limit_reason,
    too_large,
)

_GROUPED = re.compile(r"\d{1,3}(\.\d{3})+")
# `Rp`, `Rp.` or `IDR` in front; `,-` or `.-` behind (`Rp 25.000,-`, as price tags say "no cents").
_CURRENCY = re.compile(r"^(rp|idr)\.?", re.IGNORECASE)
_NO_CENTS = re.compile(r"[,.]-$")
# Cents as written in Indonesian (`25.000,00`) and in English (`25,000.00`, a spreadsheet's
# currency format saved as shown): two digits at most, so `25.000` stays twenty-five thousand.
_DECIMALS = (
    re.compile(r"(\d{1,3}(?:\.\d{3})*|\d+),(\d{1,2})"),
    re.compile(r"(\d{1,3}(?:,\d{3})*|\d+)\.(\d{1,2})"),
)


class AmountError(ValueError):
    """Text that is not a whole, non-negative rupiah amount; the message says why."""


class AmountTooLarge(AmountError):
    """An amount beyond the largest price the showcase holds (limits.MAX_PRICE)."""


def parse_rupiah(value: str | int) -> int:
    """Read `25000`, `25.000`, `Rp 25.000`, `Rp25.000,00`, `Rp 25.000,-`, `25,000`, `25,000.00` or
    `IDR 25,000` as 25000, in any script's digits (digits.py).

    Raises AmountError for empty text, negative amounts, fractions of a rupiah, amounts beyond
    what the showcase holds (limits.MAX_PRICE) or anything else.
    """
    if isinstance(value, int):
        return _within_limit(str(value))
    raw = plain_digits(value).strip()
    if not raw:
        raise AmountError(translate("Validation", "is empty"))
    body = _NO_CENTS.sub("", _CURRENCY.sub("", raw).replace(" ", ""))
    if body.startswith("-"):
        # `-0` (a spreadsheet's rounding of a small negative) is zero, not a negative price.
        if body.strip("-0.,"):
            raise AmountError(translate("Validation", "cannot be negative"))
        body = body.lstrip("-")
    if body.isdigit():
        return _within_limit(body)
    if _GROUPED.fullmatch(body) or re.fullmatch(r"\d{1,3}(,\d{3})+", body):
        return _within_limit(re.sub(r"[.,]", "", body))
    for pattern in _DECIMALS:
        if decimals := pattern.fullmatch(body):
            if int(decimals.group(2)) != 0:
                raise AmountError(translate("Validation", "must be whole rupiah (no cents)"))
            return _within_limit(re.sub(r"[.,]", "", decimals.group(1)))
    if (why := power_of_ten_reason(body)) is not None:
        raise AmountError(why)
    raise AmountError(
        translate(
            "Validation", "“{raw}” is not an amount in rupiah (for example 25000 or Rp25.000)"
        ).format(raw=raw)
    )


def _within_limit(digits: str) -> int:
    if digits.startswith("-"):
        raise AmountError(translate("Validation", "cannot be negative"))
    if too_large(digits, MAX_PRICE):
        raise AmountTooLarge(price_limit_reason())
    return int(digits)
