"""Turning what a person types into an FTS5 query that is safe and matches as they type.

Each word becomes a quoted prefix term, so `kop robu` finds "Kopi Robusta" and quotes, stars,
brackets or the words AND/OR/NOT typed by a user are never read as query syntax. Codes such as
`KOP-00` are split the way the tokenizer splits them (`kop`, `00`) and matched as a phrase with
a prefix on its last part, so a code matches as it is being typed.
"""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"\w+", re.UNICODE)
_JOINED = re.compile(r"[\w]+(?:[-./][\w]+)+[-./]?", re.UNICODE)


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text) if t.strip("_")]


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for `text`, or None if it holds nothing to search for."""
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None
    terms: list[str] = []
    for chunk in text.split():
        if _JOINED.fullmatch(chunk):
            parts = _tokens(chunk)
            if parts:
                phrase = '"' + " ".join(parts) + '"'
                terms.append(phrase if chunk[-1] in "-./" else f"{phrase} *")
            continue
        terms.extend(f'"{t}" *' for t in _tokens(chunk))
    if not terms:
        return None
    return " AND ".join(terms)
