"""Whole numbers as staff type them (stock, quantities, minimum stock): `12`, `1.200` or ` 12 `.

Rupiah amounts have their own reader in money.py; this one is for counts of things.
"""

from __future__ import annotations

import re

from showcase.i18n import translate


def parse_whole_number(value: str | int, *, allow_negative: bool = False) -> int:
    """A whole number from `12`, `1.200` or ` 12 `; ValueError with a reason otherwise."""
    if isinstance(value, int):
        number = value
    else:
        text = value.strip().replace(" ", "")
        if not text:
            raise ValueError(translate("Validation", "is empty"))
        if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):
            text = text.replace(".", "")
        if not re.fullmatch(r"-?\d+", text):
            raise ValueError(translate("Validation", "must be a whole number"))
        number = int(text)
    if number < 0 and not allow_negative:
        raise ValueError(translate("Validation", "cannot be negative"))
    return number
