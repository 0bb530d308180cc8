"""Writing the center's report: the figures of a period read from the database, written as a
PDF or an XLSX named by the file's ending, completely or not at all.

    write_report(database, make_period(start, end, today), Path("laporan.pdf"), today=today)

May run in a worker thread: it opens its own session, holds no Qt object, reports progress as
(done, total) and stops with Cancelled when `cancelled()` says so. The file is written under a
hidden name beside the target and renamed when complete.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from showcase.errors import UserError
from showcase.files import replaced_when_complete
from showcase.i18n import translate
from showcase.inventory.branding import center_logo
from showcase.inventory.formats import Language
from showcase.inventory.report.figures import ReportFigures
from showcase.inventory.report.period import Period
from showcase.inventory.report.read import read_report

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from showcase.store.db import Database

SessionSource: TypeAlias = "Database | sessionmaker[Session]"
# Reading the figures is the first fifth of the work; writing the rest.
_READ_SHARE = 20


class ReportFormat(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"


@dataclass(frozen=True)
class ReportSummary:
    path: Path
    format: ReportFormat
    pages: int  # PDF pages; XLSX sheets
    figures: ReportFigures


def check_output_path(path: Path) -> ReportFormat:
    """The format `path` asks for, or UserError saying why a report cannot be written there."""
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(
            translate(
                "Report",
                "{path}: a report is a PDF or an XLSX file; give a name ending in .pdf or .xlsx",
            ).format(path=path)
        )
    if path.is_dir():
        raise UserError(translate("Report", "{path} is a folder").format(path=path))
    if not path.parent.is_dir():
        raise UserError(
            translate("Report", "the folder {folder} does not exist").format(folder=path.parent)
        )
    return ReportFormat(suffix[1:])


def write_report(
    source: SessionSource,
    period: Period,
    path: Path,
    *,
    language: Language = "id",
    today: datetime.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ReportSummary:
    """Write the report of `period` to `path` (.pdf or .xlsx). Raises UserError for an output
    that cannot be written, Cancelled when stopped; either way no file is left."""
    from showcase.store.db import Database

    kind = check_output_path(path)
    today = today or datetime.date.today()
    units = source.session if isinstance(source, Database) else source.begin

    def read_progress(done: int, total: int) -> None:
        if progress is not None:
            progress(done * _READ_SHARE // max(total, 1), 100)

    def write_progress(done: int, total: int) -> None:
        if progress is not None:
            progress(_READ_SHARE + done * (100 - _READ_SHARE) // max(total, 1), 100)

    with units() as session:
        figures = read_report(
            session, period, today=today, progress=read_progress, cancelled=cancelled
        )
        logo = center_logo(session) if kind is ReportFormat.PDF else None
    try:
        with replaced_when_complete(path, binary=True) as handle:
            if kind is ReportFormat.PDF:
                from showcase.printing.report.pdf import write_pdf

                pages = write_pdf(
                    figures,
                    handle,
                    language,
                    logo=logo,
                    progress=write_progress,
                    cancelled=cancelled,
                )
            else:
                from showcase.printing.report.xlsx import write_xlsx

                pages = write_xlsx(
                    figures, handle, language, progress=write_progress, cancelled=cancelled
                )
    except OSError as exc:
        raise UserError(
            translate("Report", "cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    return ReportSummary(path, kind, pages, figures)
