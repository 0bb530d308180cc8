"""The period a report covers: whole local days from `start` to `end`, both included.

The default is the last full calendar month before today. Each figure is shown beside the
previous period of the same length (the days just before `start`). Stock movements and the
change history store their moments in UTC; `utc_bounds` turns a period's local days into the
UTC moments to compare them with, so a sale at 06:30 in Bakauheni (23:30 UTC the day before)
counts on the day it was made.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from showcase.errors import UserError
from showcase.i18n import translate

# No showcase holds anything from before; local time before it is not known everywhere either.
FIRST_YEAR = 1970


@dataclass(frozen=True)
class Period:
    """Local calendar days `start` … `end`, both included."""

    start: datetime.date
    end: datetime.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length that ends the day before this one starts. A whole
        calendar month is compared with the whole month before it (30 days after 31 and so on)."""
        if self.start.day == 1 and (self.end + datetime.timedelta(days=1)).day == 1:
            months = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1
            end = self.start - datetime.timedelta(days=1)
            return Period(_months_back(self.start, months), end)
        end = self.start - datetime.timedelta(days=1)
        return Period(end - datetime.timedelta(days=self.days - 1), end)

    def each_day(self) -> list[datetime.date]:
        return [self.start + datetime.timedelta(days=n) for n in range(self.days)]

    def utc_bounds(self) -> tuple[datetime.datetime, datetime.datetime]:
        """[from, to) in naive UTC, as movement and change-history times are stored."""
        return utc_start(self.start), utc_start(self.end + datetime.timedelta(days=1))


def _months_back(day: datetime.date, months: int) -> datetime.date:
    """The first day of the month `months` months before `day`'s month."""
    index = day.year * 12 + day.month - 1 - months
    return datetime.date(index // 12, index % 12 + 1, 1)


def utc_start(day: datetime.date) -> datetime.datetime:
    """The start of local day `day`, as a naive UTC moment."""
    local = datetime.datetime.combine(day, datetime.time.min).astimezone()
    return local.astimezone(datetime.UTC).replace(tzinfo=None)


def local_day(moment: datetime.datetime) -> datetime.date:
    """The local calendar day of a stored (naive UTC) moment."""
    return moment.replace(tzinfo=datetime.UTC).astimezone().date()


def last_full_month(today: datetime.date) -> Period:
    """The calendar month before the one `today` is in."""
    end = today.replace(day=1) - datetime.timedelta(days=1)
    return Period(end.replace(day=1), end)


def parse_day(text: str, option: str) -> datetime.date:
    """`2026-11-22` as a date; UserError naming `option` for anything else (a 31 April too)."""
    try:
        day = datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            translate(
                "Report", "{option} {text}: not a date that exists; write it as YYYY-MM-DD"
            ).format(option=option, text=text)
        ) from None
    if day.year < FIRST_YEAR:  # `0026-01-01` for 2026: the period before it is not a date
        raise UserError(
            translate(
                "Report", "{option} {text}: the year is too early; write a date from {year} on"
            ).format(option=option, text=text, year=FIRST_YEAR)
        )
    return day


def make_period(
    start: datetime.date | None, end: datetime.date | None, today: datetime.date
) -> Period:
    """The period from the given days (either may be left out), or UserError saying what is
    wrong with it: `from` after `to`, or a period that lies wholly in the future."""
    default = last_full_month(today)
    if start is None and end is None:
        return default
    if start is None:
        assert end is not None
        start = end.replace(day=1) if end < today else min(end, today).replace(day=1)
    if end is None:
        end = max(start, today - datetime.timedelta(days=1)) if start < today else start
    if start > end:
        raise UserError(
            translate("Report", "the period starts ({start}) after it ends ({end})").format(
                start=start.isoformat(), end=end.isoformat()
            )
        )
    if start > today:
        raise UserError(
            translate(
                "Report", "the period {start} to {end} is wholly in the future: nothing to report"
            ).format(start=start.isoformat(), end=end.isoformat())
        )
    return Period(start, end)
