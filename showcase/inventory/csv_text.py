"""Text cells of the CSV files the program writes, kept from running as formulas in a spreadsheet
(OWASP's "CSV injection"), and read back exactly by the import.

A text beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is what Excel and LibreOffice
take for a formula (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3`), so it is written with an apostrophe in
front, which the spreadsheet shows as text. A text already beginning with an apostrophe gets one
more, so that taking the first apostrophe off gives every text back as it was: `'=1+1` → `=1+1`,
`''quoted` → `'quoted`. Numbers are written as numbers and need nothing. XLSX needs none of this:
its text cells are typed as text (export.py).
"""

from __future__ import annotations

from collections.abc import Sequence

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MARK = "'"


def neutralised(text: str) -> str:
    """`text` as a CSV cell a spreadsheet shows as text."""
    if text.startswith(_FORMULA_STARTS) or text.startswith(_MARK):
        return _MARK + text
    return text


def restored(text: str) -> str:
    """The text a cell written by `neutralised` stands for."""
    return text[1:] if text.startswith(_MARK) else text


def csv_row(row: Sequence[str | int]) -> list[str | int]:
    """A row with each text cell neutralised, numbers as they are."""
    return [neutralised(cell) if isinstance(cell, str) else cell for cell in row]
