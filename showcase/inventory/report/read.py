"""Reading every figure of the center's report for a period, in one read transaction.

    figures = read_report(session, make_period(start, end, today), today=today)

May run in a worker thread: it holds no Qt object, reports its progress as (done, total) steps
and stops (Cancelled) when `cancelled()` says so between steps.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showcase.errors import Cancelled
from showcase.inventory.kiosk.settings import DEFAULT_CENTER_NAME
from showcase.inventory.report.figures import ReportFigures
from showcase.inventory.report.period import Period, local_day
from showcase.inventory.report.representation import (
    export_readiness,
    formalisation,
    read_producers,
    read_products,
    representation,
)
from showcase.inventory.report.sales import sales
from showcase.inventory.report.visits import visitors
from showcase.inventory.setting_keys import CENTER_NAME_SETTING
from showcase.inventory.settings import get_setting
from showcase.store.models import KioskVisit, Producer, Product, StockMovement

Progress = Callable[[int, int], None]
STEPS = 5


def first_day(session: Session) -> datetime.date | None:
    """The first local day the showcase holds anything for (a producer, product, movement or
    visit), or None for an empty showcase."""
    moments = [
        session.scalar(select(func.min(Producer.created_at))),
        session.scalar(select(func.min(Product.created_at))),
        session.scalar(select(func.min(StockMovement.at))),
    ]
    days = [local_day(m) for m in moments if m is not None]
    visit = session.scalar(select(func.min(KioskVisit.day)))
    if visit is not None:
        days.append(visit)
    return min(days) if days else None


def previous_period(session: Session, period: Period) -> Period | None:
    """The previous period of the same length, if the showcase already held anything then."""
    first = first_day(session)
    before = period.previous()
    if first is None or first > before.end:
        return None
    return before


def center_name(session: Session) -> str:
    return " ".join(get_setting(session, CENTER_NAME_SETTING).split()) or DEFAULT_CENTER_NAME


def read_report(
    session: Session,
    period: Period,
    *,
    today: datetime.date,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ReportFigures:
    def step(done: int) -> None:
        if cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, STEPS)

    step(0)
    previous = previous_period(session, period)
    producers = read_producers(session)
    products = read_products(session)
    step(1)
    shown = representation(session, producers, products, period, previous)
    formal = formalisation(producers, products, period, previous)
    export = export_readiness(products, period, previous)
    del products
    step(2)
    seen = visitors(session, period, previous)
    step(3)
    sold = sales(session, period, previous, cancelled)
    step(4)
    figures = ReportFigures(
        period=period,
        previous=previous,
        center_name=center_name(session),
        made_on=today,
        representation=shown,
        formalisation=formal,
        export=export,
        visitors=seen,
        sales=sold,
    )
    step(5)
    return figures
