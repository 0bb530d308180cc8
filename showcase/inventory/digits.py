"""Digits, signs and spaces as people type them on any keyboard, made plain before a number or a
phone number is read.

Phones and spreadsheets in the region write `٠٨١٢` (Arabic-Indic), `۰۸۱۲` (Extended
Arabic-Indic) or `０８１２` (full width, from Japanese and Chinese input methods), a full-width
`＋`, a typographic minus or dash, and no-break or thin spaces from copied web pages. Each is read
as the ASCII character it stands for; anything else is left as typed, so a wrong character is
still named in the reader's message.
"""

from __future__ import annotations

import unicodedata

# Hyphens, dashes and minus signs: all read as `-`.
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63")
# Marks with no width that a copy from a web page or a chat carries along: soft hyphen, zero-width
# spaces and joiners, and the direction marks that come with right-to-left digits.
_INVISIBLE = frozenset(
    "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff"
)
# Arabic thousands separator and decimal comma, as Indonesian writes them (`1.250`, `2,5`).
_ARABIC_SEPARATORS = {"\u066c": ".", "\u066b": ","}
_FULL_WIDTH = range(0xFF01, 0xFF5F)  # `！` … `～`, the full-width forms of ASCII `!` … `~`


def plain_digits(text: str) -> str:
    """`text` with every decimal digit as 0-9, full-width signs as ASCII, dashes as `-`, every
    kind of space as a plain space and zero-width marks removed."""
    if text.isascii():
        return text
    return "".join(_plain(character) for character in text)


def _plain(character: str) -> str:
    if character.isascii():
        return character
    if character in _INVISIBLE:
        return ""
    if character.isspace():
        return " "
    if character in _DASHES:
        return "-"
    if character in _ARABIC_SEPARATORS:
        return _ARABIC_SEPARATORS[character]
    if ord(character) in _FULL_WIDTH:
        return _plain(chr(ord(character) - 0xFEE0))
    if unicodedata.category(character) == "Nd":
        return str(unicodedata.decimal(character))
    return character
