"""What visitors looked at on the kiosks in a period: views per day, the most viewed products
and categories, and per kiosk when the counts say which kiosk recorded them.

`kiosk_visit` holds counts per day, kind and thing opened. It has no kiosk column yet; when a
later schema adds one (`kiosk`), the figures are split per kiosk as soon as the data holds more
than one. Until then every kiosk's counts are one series, and the report says so.
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict

from sqlalchemy import Date, bindparam, inspect, select, text
from sqlalchemy.orm import Session

from showcase.inventory.report.figures import Count, DayViews, Viewed, Visitors
from showcase.inventory.report.period import Period
from showcase.store.models import Category, Product

# Openings that show a page; searches are counted apart.
VIEW_KINDS: tuple[str, ...] = ("product", "category", "producer", "kabupaten")
TOP = 10


def has_kiosk_column(session: Session) -> bool:
    columns = inspect(session.connection()).get_columns("kiosk_visit")
    return any(column["name"] == "kiosk" for column in columns)


def _day(value: object) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def _rows(
    session: Session, period: Period, kiosk_column: bool
) -> list[tuple[datetime.date, str, str, str, int]]:
    kiosk = "kiosk" if kiosk_column else "''"
    query = text(
        f"SELECT day, kind, ref, {kiosk}, count FROM kiosk_visit "
        "WHERE day >= :start AND day <= :end"
    ).bindparams(bindparam("start", type_=Date), bindparam("end", type_=Date))
    result = session.connection().execute(query, {"start": period.start, "end": period.end})
    return [
        (_day(day), kind, ref, str(name or ""), int(count))
        for day, kind, ref, name, count in result
    ]


def visitors(session: Session, period: Period, previous: Period | None) -> Visitors:
    kiosk_column = has_kiosk_column(session)
    rows = _rows(session, period, kiosk_column)
    old = _rows(session, previous, kiosk_column) if previous else None

    kiosks = tuple(sorted({name for *_, name, _count in rows if name}))
    if len(kiosks) < 2:
        kiosks = ()
    per_day: dict[datetime.date, Counter[str]] = defaultdict(Counter)
    products: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    searches = 0
    for day, kind, ref, name, count in rows:
        if kind == "search":
            searches += count
            continue
        if kind not in VIEW_KINDS:
            continue
        per_day[day][name] += count
        if kind == "product":
            products[ref] += count
        elif kind == "category":
            categories[ref] += count

    old_products: Counter[str] = Counter()
    old_categories: Counter[str] = Counter()
    old_views = old_searches = 0
    for _when, kind, ref, _name, count in old or ():
        if kind == "search":
            old_searches += count
        elif kind in VIEW_KINDS:
            old_views += count
            if kind == "product":
                old_products[ref] += count
            elif kind == "category":
                old_categories[ref] += count

    days = tuple(
        DayViews(
            day,
            sum(per_day[day].values()),
            tuple(per_day[day][k] for k in kiosks),
        )
        for day in period.each_day()
    )
    return Visitors(
        views=Count(sum(d.total for d in days), old_views if old is not None else None),
        searches=Count(searches, old_searches if old is not None else None),
        per_day=days,
        kiosks=kiosks,
        kiosk_column=kiosk_column,
        top_products=_top_products(session, products, old_products if old is not None else None),
        top_categories=_top_categories(
            session, categories, old_categories if old is not None else None
        ),
    )


def _ids(counts: Counter[str]) -> list[tuple[int, int]]:
    out = []
    for ref, count in counts.most_common():
        if ref.isdigit():
            out.append((int(ref), count))
    return out


def _top_products(
    session: Session, counts: Counter[str], before: Counter[str] | None
) -> tuple[Viewed, ...]:
    ranked = _ids(counts)
    ids = [pid for pid, _ in ranked[: TOP * 3]]
    names = {
        pid: (code, name_id, name_en or "")
        for pid, code, name_id, name_en in session.connection().execute(
            select(Product.id, Product.code, Product.name_id, Product.name_en).where(
                Product.id.in_(ids)
            )
        )
    }
    found = [(pid, count) for pid, count in ranked if pid in names][:TOP]
    found.sort(key=lambda item: (-item[1], names[item[0]][0]))
    return tuple(
        Viewed(*names[pid], Count(count, None if before is None else before[str(pid)]))
        for pid, count in found
    )


def _top_categories(
    session: Session, counts: Counter[str], before: Counter[str] | None
) -> tuple[Viewed, ...]:
    names = {
        cid: (name_id, name_en or "")
        for cid, name_id, name_en in session.connection().execute(
            select(Category.id, Category.name_id, Category.name_en)
        )
    }
    found = [(cid, count) for cid, count in _ids(counts) if cid in names][:TOP]
    found.sort(key=lambda item: (-item[1], names[item[0]][0].casefold()))
    return tuple(
        Viewed("", *names[cid], Count(count, None if before is None else before[str(cid)]))
        for cid, count in found
    )
