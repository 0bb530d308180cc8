"""Parts the report PDF's sections share: a figure beside the previous period (columns and
cells), counts and shares as table rows, names in the report's language, lists cut short."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    Table,
)

from showcase.inventory.formats import Language
from showcase.inventory.report.figures import Count, ReportFigures, Row
from showcase.printing.catalogue.words import Language as CatalogueLanguage
from showcase.printing.catalogue.words import country
from showcase.printing.report.parts import (
    NOTE,
    Column,
    para,
    table,
)
from showcase.printing.report.words import (
    before,
    change,
    number,
    percent,
    period_text,
    rupiah,
    word,
)

# Longer lists are cut short in the PDF (the XLSX has them whole).
MAX_ROWS = 300

ItemT = TypeVar("ItemT")


def compare_columns(figures: ReportFigures, language: Language) -> list[Column]:
    if figures.previous is None:
        return [Column(word("this_period", language), 0.2, numeric=True)]
    return [
        Column(word("this_period", language), 0.16, numeric=True),
        Column(word("previous", language), 0.16, numeric=True),
        Column(word("change", language), 0.14, numeric=True),
    ]


def compare_cells(
    count: Count, figures: ReportFigures, language: Language, *, money: bool = False
) -> list[str]:
    now = rupiah(count.now, language) if money else number(count.now, language)
    if figures.previous is None:
        return [now]
    return [now, before(count, language, money=money), change(count, language, money=money)]


def label_width(figures: ReportFigures) -> float:
    return 1 - sum(c.width for c in compare_columns(figures, "id"))


def count_table(
    figures: ReportFigures,
    heading: str,
    rows: Sequence[tuple[str, Count]],
    language: Language,
    *,
    total: Count | None = None,
) -> Table:
    """Each row's count beside the previous period's; `total`, a bold last row, when given."""
    columns = [Column(heading, label_width(figures)), *compare_columns(figures, language)]
    return table(
        columns,
        [[label, *compare_cells(count, figures, language)] for label, count in rows],
        total=None
        if total is None
        else [word("total", language), *compare_cells(total, figures, language)],
    )


def capped_table(
    columns: Sequence[Column],
    items: Sequence[ItemT],
    cells: Callable[[ItemT], list[str]],
    language: Language,
    *,
    total: Sequence[str] | None = None,
    total_span: int = 1,
) -> list[Flowable]:
    """A table of the first MAX_ROWS items, then, for a longer list, how many more the XLSX has:
    a PDF of thousands of rows would bury the figures it is read for."""
    shown = table(
        columns, [cells(item) for item in items[:MAX_ROWS]], total=total, total_span=total_span
    )
    if len(items) <= MAX_ROWS:
        return [shown]
    more = number(len(items) - MAX_ROWS, language)
    return [shown, para(word("more_in_xlsx", language).format(n=more), NOTE)]


def name_in(name_id: str, name_en: str, language: Language) -> str:
    return name_en if language == "en" and name_en.strip() else name_id


def category_name(row: Row, language: Language) -> str:
    if not row.label:
        return word("no_category", language)
    return name_in(row.label, row.label_en, language)


def previous_text(figures: ReportFigures, language: Language) -> str:
    return period_text(figures.previous, language) if figures.previous else ""


def share_row(
    label: str, part: Count, whole: Count, figures: ReportFigures, language: Language
) -> list[str]:
    cells = [label, number(part.now, language), percent(part.now, whole.now, language)]
    if figures.previous is not None and part.before is not None and whole.before is not None:
        cells += [number(part.before, language), percent(part.before, whole.before, language)]
    return cells


def share_columns(figures: ReportFigures, language: Language) -> list[Column]:
    if figures.previous is None:
        return [
            Column(word("figure", language), 0.6),
            Column(word("count", language), 0.2, numeric=True),
            Column(word("share", language), 0.2, numeric=True),
        ]
    return [
        Column(word("figure", language), 0.4),
        Column(word("count", language), 0.14, numeric=True),
        Column(word("share", language), 0.16, numeric=True),
        Column(
            f"{word('count', language)} ({word('previous', language).lower()})", 0.14, numeric=True
        ),
        Column(
            f"{word('share', language)} ({word('previous', language).lower()})", 0.16, numeric=True
        ),
    ]


def market_name(name: str, language: Language) -> str:
    return country(name, CatalogueLanguage.EN if language == "en" else CatalogueLanguage.ID)
