"""Money, counts and dates as a reader of each language writes them: the one place that says so.

Indonesian (the default everywhere): `Rp25.000`, `1.250`, `22 November 2026`, `22/11/2026`,
`14.05`. English: `Rp25,000`, `1,250`, `22 Nov 2026` (also for tables: a day-month-year with the
month in letters cannot be misread as the American month/day), `14:05`. These agree with the
QLocale the UI installs for each language (Indonesian, British English).

DOMAIN.md writes rupiah `Rp25.000`; that is the Indonesian way of writing the number. English
texts about Indonesia (the Jakarta Post, the central bank's English pages) write `Rp25,000`, so
an English reader sees the comma they group thousands with; the amount is whole rupiah either way.

Every screen, PDF and label that shows an amount, a count or a date calls these functions with
the language of what it shows: the staff's screen language (the Qt UI reads it from the
installed locale, see showcase/ui/language.py), the kiosk visitor's toggle, or a catalogue's
own language. No Qt here, so printing and the command line use it as they are.
"""

from __future__ import annotations

import datetime
from typing import Literal

Language = Literal["id", "en"]
LANGUAGES: tuple[Language, ...] = ("id", "en")
DEFAULT_LANGUAGE: Language = "id"

_GROUP_SEPARATOR: dict[Language, str] = {"id": ".", "en": ","}

_MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_MONTHS_EN_SHORT = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def language_of(code: str) -> Language:
    """ "en" for an English code ("en", "en_GB", "EN"), else the default Indonesian."""
    return "en" if code.strip().lower()[:2] == "en" else DEFAULT_LANGUAGE


def number(value: int, language: Language = DEFAULT_LANGUAGE) -> str:
    """`1.250` (Indonesian) or `1,250` (English); a negative number with a minus in front."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", _GROUP_SEPARATOR[language])


def rupiah(amount: int, language: Language = DEFAULT_LANGUAGE) -> str:
    """`Rp25.000` (Indonesian) or `Rp25,000` (English) for 25000; whole rupiah, no decimals."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{number(abs(amount), language)}"


def long_date(day: datetime.date, language: Language = DEFAULT_LANGUAGE) -> str:
    """`22 November 2026` (Indonesian) or `22 Nov 2026` (English)."""
    if language == "en":
        return f"{day.day} {_MONTHS_EN_SHORT[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS_ID[day.month - 1]} {day.year}"


def short_date(day: datetime.date, language: Language = DEFAULT_LANGUAGE) -> str:
    """For table columns: `22/11/2026` (Indonesian) or `22 Nov 2026` (English)."""
    if language == "en":
        return long_date(day, "en")
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def time_text(
    moment: datetime.datetime | datetime.time,
    language: Language = DEFAULT_LANGUAGE,
    *,
    seconds: bool = False,
) -> str:
    """`14.05` (Indonesian, as the Indonesian locale and the spelling rules write it) or `14:05`."""
    separator = "." if language == "id" else ":"
    parts = [moment.hour, moment.minute, *([moment.second] if seconds else [])]
    return separator.join(f"{part:02d}" for part in parts)


def short_date_time(
    moment: datetime.datetime, language: Language = DEFAULT_LANGUAGE, *, seconds: bool = False
) -> str:
    """`22/11/2026 14.05` or `22 Nov 2026 14:05`: the moment as it is given (convert first)."""
    return f"{short_date(moment.date(), language)} {time_text(moment, language, seconds=seconds)}"


def long_date_time(moment: datetime.datetime, language: Language = DEFAULT_LANGUAGE) -> str:
    """`22 November 2026 14.05` or `22 Nov 2026 14:05`."""
    return f"{long_date(moment.date(), language)} {time_text(moment, language)}"
