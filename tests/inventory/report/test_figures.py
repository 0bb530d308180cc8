"""The report's figures against a showcase built by hand (tests/helpers/report_showcase.py)."""

from __future__ import annotations

import datetime

import pytest

from showcase.inventory.report.figures import Count, ReportFigures, share
from showcase.inventory.report.period import Period
from showcase.inventory.report.read import read_report
from showcase.inventory.report.representation import certificate_kind
from showcase.inventory.report.sales import price_history
from showcase.store.db import Database
from tests.helpers.report_showcase import (
    LONG_PRODUCER,
    OCTOBER,
    TODAY,
    make_report_showcase,
    use_wib,
    utc,
    visits_naming_kiosks,
)


@pytest.fixture
def figures(db: Database, monkeypatch: pytest.MonkeyPatch) -> ReportFigures:
    make_report_showcase(db, monkeypatch)
    with db.session() as session:
        return read_report(session, OCTOBER, today=TODAY)


def test_the_previous_period_is_september(figures: ReportFigures) -> None:
    assert figures.previous == Period(datetime.date(2026, 9, 1), datetime.date(2026, 9, 30))


def test_producers_by_kabupaten_and_type(figures: ReportFigures) -> None:
    shown = figures.representation
    assert shown.producers == Count(5, 4)
    assert shown.products == Count(5, 4)
    places = {row.label: row.count for row in shown.by_kabupaten}
    assert len(places) == 15
    assert places["Tanggamus"] == Count(2, 2)
    assert places["Pringsewu"] == Count(1, 1)
    assert places["Pesisir Barat"] == Count(1, 1)
    assert places["Kota Bandar Lampung"] == Count(1, 0)
    assert places["Way Kanan"] == Count(0, 0)
    types = {row.label: row.count for row in shown.by_type}
    assert types == {
        "mikro": Count(2, 1),
        "kecil": Count(1, 1),
        "menengah": Count(1, 1),
        "koperasi": Count(1, 1),
    }
    categories = {row.label: (row.label_en, row.count) for row in shown.by_category}
    assert categories == {
        "Kopi": ("Coffee", Count(2, 2)),
        "Makanan Ringan": ("Snacks", Count(1, 1)),
        "Kerajinan": ("Crafts", Count(2, 1)),
    }


def test_what_was_added_in_the_period(figures: ReportFigures) -> None:
    shown = figures.representation
    assert shown.producers_added == Count(1, 2)
    assert shown.products_added == Count(1, 2)
    assert [p.name for p in shown.new_producers] == ["Sanggar Tapis Siger"]
    assert shown.new_producers[0].added == datetime.date(2026, 10, 10)
    assert [(p.code, p.producer) for p in shown.new_products] == [
        ("KRJ-0002", "Sanggar Tapis Siger")
    ]


def test_formalisation(figures: ReportFigures) -> None:
    formal = figures.formalisation
    assert formal.producers == Count(5, 4)
    assert formal.with_nib == Count(3, 2)
    assert share(formal.with_nib.now, formal.producers.now) == 0.6
    assert {row.label: row.count for row in formal.certificates} == {
        "Halal": Count(2, 2),
        "P-IRT": Count(1, 1),
        "BPOM": Count(1, 1),
        "SNI": Count(1, 1),
    }
    assert formal.certified == Count(4, 4)
    assert sorted(p.name for p in formal.without_nib) == sorted([LONG_PRODUCER, "Rafins Snack"])


def test_export_readiness(figures: ReportFigures) -> None:
    export = figures.export
    assert export.with_markets == Count(3, 3)
    assert [(row.label, row.count) for row in export.by_market] == [
        ("Taiwan", Count(2, 2)),
        ("Mesir", Count(1, 1)),
        ("Singapura", Count(1, 1)),
    ]


def test_visitors(figures: ReportFigures) -> None:
    seen = figures.visitors
    assert seen.views == Count(30, 6)
    assert seen.searches == Count(3, 0)
    assert len(seen.per_day) == 31
    by_day = {d.day.day: d.total for d in seen.per_day if d.total}
    assert by_day == {1: 17, 2: 9, 31: 4}
    assert seen.kiosks == ()
    assert not seen.kiosk_column
    assert [(v.code, v.views) for v in seen.top_products] == [
        ("KOP-0001", Count(16, 6)),
        ("MAK-0001", Count(7, 0)),
    ]
    assert [(v.name_id, v.name_en, v.views) for v in seen.top_categories] == [
        ("Kopi", "Coffee", Count(5, 0))
    ]


def test_sales_at_the_price_of_the_day(figures: ReportFigures) -> None:
    sold = figures.sales
    assert sold.quantity == Count(17, 6)
    assert sold.value == Count(2_105_000, 575_000)
    products = {p.code: p for p in sold.products}
    kopi = products["KOP-0001"]
    assert (kopi.quantity, kopi.value) == (4, 185_000)
    assert [(line.day.day, line.quantity, line.price) for line in kopi.lines] == [
        (5, 3, 45_000),
        (20, 2, 50_000),
        (21, -1, 50_000),
    ]
    # 23:30 on 31 October counts; 00:30 on 1 November (still 31 Oct in UTC) does not.
    assert (products["KRJ-0002"].quantity, products["KRJ-0002"].value) == (1, 1_500_000)
    assert [p.code for p in sold.products] == ["KRJ-0002", "MAK-0001", "KOP-0001", "KRJ-0001"]
    producers = [(p.name, p.quantity, p.value) for p in sold.producers]
    assert producers == [
        ("Sanggar Tapis Siger", 1, Count(1_500_000, 0)),
        ("Rafins Snack", 10, Count(250_000, 0)),
        ("Koperasi Tani Hijau Makmur", 4, Count(185_000, 225_000)),
        (LONG_PRODUCER, 2, Count(170_000, 0)),
    ]


def test_no_previous_period_before_the_showcase_began(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_report_showcase(db, monkeypatch)
    august = Period(datetime.date(2026, 8, 1), datetime.date(2026, 8, 31))
    with db.session() as session:
        figures = read_report(session, august, today=TODAY)
    assert figures.previous is None
    assert figures.sales.value == Count(0, None)
    assert figures.representation.producers == Count(2, None)


def test_an_empty_showcase_reports_zeros(db: Database) -> None:
    with db.session() as session:
        figures = read_report(session, OCTOBER, today=TODAY)
    assert figures.previous is None
    assert figures.representation.producers == Count(0)
    assert figures.sales.products == ()
    assert figures.visitors.views == Count(0)
    assert figures.center_name


def test_price_history_uses_the_old_price_before_each_change(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = make_report_showcase(db, monkeypatch)
    kopi = sample.products["KOP-0001"]
    with db.session() as session:
        history = price_history(session, [kopi], utc(2026, 9, 1))
    assert history.price_at(kopi, utc(2026, 10, 12, 8, 59)) == 45_000
    assert history.price_at(kopi, utc(2026, 10, 12, 9, 1)) == 50_000
    assert history.price_at(kopi, utc(2026, 12, 1)) == 50_000


def test_visits_per_kiosk_when_the_data_names_kiosks(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_wib(monkeypatch)
    with (
        visits_naming_kiosks(
            db,
            "('2026-10-03', 'product', '1', 4, 'Lobi'), "
            "('2026-10-03', 'category', '1', 1, 'Lobi'), "
            "('2026-10-03', 'kabupaten', 'Metro', 2, 'Lantai 2')",
        ),
        db.session() as session,
    ):
        seen = read_report(session, OCTOBER, today=TODAY).visitors
    assert seen.kiosk_column
    assert seen.kiosks == ("Lantai 2", "Lobi")
    day = next(d for d in seen.per_day if d.day == datetime.date(2026, 10, 3))
    assert (day.total, day.per_kiosk) == (7, (2, 5))


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("Halal MUI", "Halal"),
        ("SPP-IRT 2061234", "P-IRT"),
        ("PIRT", "P-IRT"),
        ("BPOM ML", "BPOM"),
        ("MD 224113001", "BPOM"),
        ("SNI 01-3542", "SNI"),
        ("HKI", None),
        ("Sniper", None),
    ],
)
def test_certificates_as_staff_type_them(typed: str, kind: str | None) -> None:
    assert certificate_kind(typed) == kind
