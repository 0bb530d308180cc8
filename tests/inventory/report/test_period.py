"""The report's period: the default month, the previous period, and periods refused."""

from __future__ import annotations

import datetime

import pytest

from showcase.errors import UserError
from showcase.inventory.report.period import Period, last_full_month, make_period, parse_day

D = datetime.date
TODAY = D(2026, 11, 15)


def test_the_default_is_the_last_full_month() -> None:
    assert make_period(None, None, TODAY) == Period(D(2026, 10, 1), D(2026, 10, 31))
    assert last_full_month(D(2026, 1, 3)) == Period(D(2025, 12, 1), D(2025, 12, 31))


def test_a_month_is_compared_with_the_month_before() -> None:
    assert Period(D(2026, 10, 1), D(2026, 10, 31)).previous() == Period(
        D(2026, 9, 1), D(2026, 9, 30)
    )
    assert Period(D(2026, 3, 1), D(2026, 3, 31)).previous() == Period(D(2026, 2, 1), D(2026, 2, 28))
    quarter = Period(D(2026, 7, 1), D(2026, 9, 30))
    assert quarter.previous() == Period(D(2026, 4, 1), D(2026, 6, 30))


def test_other_periods_are_compared_with_as_many_days_before() -> None:
    assert Period(D(2026, 10, 10), D(2026, 10, 19)).previous() == Period(
        D(2026, 9, 30), D(2026, 10, 9)
    )


def test_one_end_given() -> None:
    assert make_period(D(2026, 11, 3), None, TODAY) == Period(D(2026, 11, 3), D(2026, 11, 14))
    assert make_period(None, D(2026, 9, 20), TODAY) == Period(D(2026, 9, 1), D(2026, 9, 20))


def test_a_day_that_does_not_exist() -> None:
    with pytest.raises(UserError, match="--from 2026-02-30: not a date that exists"):
        parse_day("2026-02-30", "--from")
    with pytest.raises(UserError, match="not a date"):
        parse_day("kemarin", "--to")


def test_from_after_to() -> None:
    with pytest.raises(UserError, match=r"starts \(2026-10-20\) after it ends \(2026-10-01\)"):
        make_period(D(2026, 10, 20), D(2026, 10, 1), TODAY)


def test_a_period_wholly_in_the_future() -> None:
    with pytest.raises(UserError, match="wholly in the future"):
        make_period(D(2026, 12, 1), D(2026, 12, 31), TODAY)
    # Partly in the future is fine: the days so far are reported.
    assert make_period(D(2026, 11, 1), D(2026, 11, 30), TODAY).end == D(2026, 11, 30)
