"""Whole numbers as staff type them (stock, quantities, minimum stock): `12`, `1.200` or ` 12 `.

Rupiah amounts have their own reader in money.py; this one is for counts of things.
"""

from __future__ import annotations

import re

from showcase.i18n import translate
from showcase.inventory.digits import plain_digits
from showcase.inventory.limits import MAX_COUNT, count_limit_reason, power_of_ten_reason, too_large


def parse_whole_number(value: str | int, *, allow_negative: bool = False) -> int:
    """A whole number from `12`, `1.200` or ` 12 ` (in any script's digits), at most limits.MAX_COUNT either side of
    zero; ValueError with a reason otherwise."""
    if isinstance(value, int):
        text = str(value)
    else:
        text = plain_digits(value).strip().replace(" ", "")
        if not text:
            raise ValueError(translate("Validation", "is empty"))
        if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):
            text = text.replace(".", "")
        if not re.fullmatch(r"-?\d+", text):
            raise ValueError(
                power_of_ten_reason(text) or translate("Validation", "must be a whole number")
            )
    if text.startswith("-") and text.strip("-0") and not allow_negative:
        raise ValueError(translate("Validation", "cannot be negative"))
    if too_large(text, MAX_COUNT):
        raise ValueError(count_limit_reason())
    return int(text)
