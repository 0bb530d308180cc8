"""Money, counts and dates as each language writes them (showcase/inventory/formats.py)."""

from __future__ import annotations

import datetime

import pytest

from showcase.inventory import formats
from showcase.inventory.money import parse_rupiah


@pytest.mark.parametrize(
    ("amount", "indonesian", "english"),
    [
        (0, "Rp0", "Rp0"),
        (500, "Rp500", "Rp500"),
        (25000, "Rp25.000", "Rp25,000"),
        (1250000, "Rp1.250.000", "Rp1,250,000"),
        (-1500, "-Rp1.500", "-Rp1,500"),
    ],
)
def test_rupiah_in_each_language(amount: int, indonesian: str, english: str) -> None:
    assert formats.rupiah(amount, "id") == indonesian
    assert formats.rupiah(amount, "en") == english
    assert formats.rupiah(amount) == indonesian  # Indonesian unless told otherwise


@pytest.mark.parametrize("amount", [0, 7, 999, 1000, 25000, 1250000, 987654321])
def test_what_is_written_reads_back_as_the_same_amount(amount: int) -> None:
    """Staff may copy a price from a screen in either language into the price field."""
    assert parse_rupiah(formats.rupiah(amount, "id")) == amount
    assert parse_rupiah(formats.rupiah(amount, "en")) == amount
    assert parse_rupiah(formats.number(amount, "id")) == amount
    assert parse_rupiah(formats.number(amount, "en")) == amount


def test_counts_in_each_language() -> None:
    assert formats.number(12500, "id") == "12.500"
    assert formats.number(12500, "en") == "12,500"
    assert formats.number(999, "en") == "999"
    assert formats.number(-4200, "id") == "-4.200"


def test_dates_in_each_language() -> None:
    day = datetime.date(2026, 11, 22)
    assert formats.long_date(day, "id") == "22 November 2026"
    assert formats.long_date(day, "en") == "22 Nov 2026"
    assert formats.long_date(datetime.date(2026, 8, 5), "id") == "5 Agustus 2026"
    assert formats.long_date(datetime.date(2026, 5, 1), "en") == "1 May 2026"
    assert formats.short_date(day, "id") == "22/11/2026"
    assert formats.short_date(datetime.date(2026, 3, 4), "id") == "04/03/2026"
    assert formats.short_date(day, "en") == "22 Nov 2026"
    moment = datetime.datetime(2026, 11, 22, 9, 5)
    assert formats.short_date_time(moment, "id") == "22/11/2026 09.05"
    assert formats.short_date_time(moment, "en") == "22 Nov 2026 09:05"
    assert formats.short_date_time(moment, "id", seconds=True) == "22/11/2026 09.05.00"
    assert formats.long_date_time(moment, "id") == "22 November 2026 09.05"
    assert formats.long_date_time(moment, "en") == "22 Nov 2026 09:05"
    assert formats.time_text(datetime.time(23, 59, 7), "en", seconds=True) == "23:59:07"


def test_every_month_has_its_name() -> None:
    indonesian = [
        formats.long_date(datetime.date(2026, m, 1), "id").split()[1] for m in range(1, 13)
    ]
    english = [formats.long_date(datetime.date(2026, m, 1), "en").split()[1] for m in range(1, 13)]
    assert indonesian[0] == "Januari" and indonesian[6] == "Juli" and indonesian[11] == "Desember"
    assert english == [
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
    ]


@pytest.mark.parametrize(
    ("code", "language"), [("en", "en"), ("EN_gb", "en"), ("id", "id"), ("", "id"), ("fr", "id")]
)
def test_language_of_a_code(code: str, language: str) -> None:
    assert formats.language_of(code) == language
