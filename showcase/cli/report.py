"""The report command: the center's report for the province, as a PDF or an XLSX.

    etalase [--db FILE] report OUT.pdf|OUT.xlsx [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--lang id|en]

Without --from and --to the period is the last full month. The output name and the period are
checked before the database is opened, so a mistake changes nothing and writes no file.
"""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path

from showcase.cli.common import EXIT_OK, Commands, Target, open_existing
from showcase.i18n import translate


def register(commands: Commands) -> None:
    report = commands.add(
        "report",
        translate("Cli", "write the center's report for the province (PDF or XLSX) for a period"),
        _report,
    )
    report.add_argument("file", metavar="OUT.pdf|OUT.xlsx")
    report.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the first day of the period (default: of the last full month)"),
    )
    report.add_argument(
        "--to",
        dest="end",
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the last day of the period (default: of the last full month)"),
    )
    report.add_argument(
        "--lang",
        choices=("id", "en"),
        default="id",
        help=translate("Cli", "the report's language: id (Indonesian, the default) or en"),
    )


def _report(args: argparse.Namespace, target: Target) -> int:
    from showcase.inventory.report.period import make_period, parse_day
    from showcase.printing.report.document import check_output_path, write_report

    out = Path(args.file).expanduser()
    check_output_path(out)  # before opening the database
    today = datetime.date.today()
    start = parse_day(args.start, "--from") if args.start is not None else None
    end = parse_day(args.end, "--to") if args.end is not None else None
    period = make_period(start, end, today)
    database = open_existing(target.location)
    try:
        summary = write_report(database, period, out, language=args.lang, today=today)
    finally:
        database.close()
    what = (
        translate("Cli", "{count} pages").format(count=summary.pages)
        if summary.format.value == "pdf"
        else translate("Cli", "{count} sheets").format(count=summary.pages)
    )
    print(
        translate("Cli", "Report {start} – {end}: {what} → {file}").format(
            start=period.start.isoformat(), end=period.end.isoformat(), what=what, file=args.file
        )
    )
    return EXIT_OK
