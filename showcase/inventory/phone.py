"""Indonesian phone numbers: `0812-3456-7890`, `+62 812 3456 7890` and `6281234567890` are one number.

Numbers are stored in the `62…` form that WhatsApp links need.
"""

from __future__ import annotations

import re

from showcase.i18n import translate
from showcase.inventory.digits import plain_digits


class PhoneError(ValueError):
    """Text that is not an Indonesian phone number; the message says why."""


def normalize_phone(text: str) -> str:
    """The `62…` form of an Indonesian number, or "" for empty text; digits of any script and
    full-width `＋` count as typed (digits.py). Raises PhoneError otherwise."""
    raw = text.strip()
    plain = plain_digits(raw).strip()
    if not plain:
        return ""
    if re.search(r"[^\d\s+().\-/]", plain):
        raise PhoneError(
            translate(
                "Validation", "“{raw}” holds characters that are not part of a phone number"
            ).format(raw=raw)
        )
    digits = re.sub(r"\D", "", plain)
    if plain.startswith("+") and not digits.startswith("62"):
        raise PhoneError(
            translate("Validation", "“{raw}” is not an Indonesian number (+62)").format(raw=raw)
        )
    if digits.startswith("62"):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    elif digits.startswith("8"):
        national = digits
    else:
        raise PhoneError(
            translate(
                "Validation", "“{raw}” does not look like an Indonesian number (08… or +62…)"
            ).format(raw=raw)
        )
    national = national.lstrip("0")
    if not 7 <= len(national) <= 13:
        raise PhoneError(
            translate("Validation", "“{raw}” has {n} digits; a number has 8 to 14").format(
                raw=raw, n=len(national) + 1
            )
        )
    return "62" + national


def format_phone(stored: str) -> str:
    """`0812-3456-7890` for `6281234567890`, for people to read."""
    if not stored.startswith("62"):
        return stored
    national = "0" + stored[2:]
    if national.startswith("08"):
        groups = [national[:4], national[4:8], national[8:]]
    else:  # landlines: area code, then the rest
        groups = [national[:4], national[4:]]
    return "-".join(g for g in groups if g)


def whatsapp_link(stored: str, message: str = "") -> str:
    """`https://wa.me/62…`, with an optional prefilled message."""
    from urllib.parse import quote

    link = f"https://wa.me/{stored}"
    return f"{link}?text={quote(message)}" if message else link
