"""The command line: parse it, open the database, then start the staff window or run a command.

    etalase [--db FILE]                          staff window (default command)
    etalase [--db FILE] kiosk [--windowed]      the touchscreen kiosk for visitors
    etalase [--db FILE] demo [--products N] [--seed S]
    etalase [--db FILE] import FILE.csv|FILE.xlsx [--dry-run]
    etalase [--db FILE] export FILE.csv|FILE.xlsx [--what products|producers|movements|visits]
    etalase [--db FILE] labels OUT.pdf [--sheet NAME] [--all | --code CODE[:COPIES]…]
                                       [--start N] [--qr whatsapp|code|url|text]
    etalase [--db FILE] catalogue OUT.pdf [--lang id|en|both] [--category NAME]… [--featured]
                                          [--in-stock] [--layout cards|feature|pricelist]
    etalase [--db FILE] backup [DEST | --list]
    etalase [--db FILE] restore SRC
    etalase --version

A mistake by the user ends with one line on stderr and exit status 2; an unexpected fault is
logged with its traceback and ends with one line naming the log file and exit status 1. Nothing
heavy is imported at the top: `--version` needs only argparse, and Qt is loaded only for the
window, so the commands start quickly.
"""

from __future__ import annotations

import argparse
import io
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from showcase import __version__
from showcase.errors import DatabaseFileError, UserError

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy.orm import Session

    from showcase.printing.labels.jobs import LabelJob
    from showcase.store.db import Database

log = logging.getLogger(__name__)

PROG = "etalase"
EXIT_OK, EXIT_UNEXPECTED, EXIT_USER_ERROR = 0, 1, 2


def translate(context: str, text: str) -> str:
    """Qt's translation of `text` once Qt is loaded, else `text` itself.

    Without a QCoreApplication and an installed translator Qt returns the text unchanged anyway,
    and the commands never make one, so loading QtCore (about 75 ms) for their messages would
    only slow them down. The calls keep the name `translate("Cli", …)` so lupdate finds them.
    """
    if "PySide6.QtCore" in sys.modules:
        from showcase.i18n import translate as qt_translate

        return qt_translate(context, text)
    return text


def _one_line(text: str) -> str:
    return " ".join(text.splitlines()).strip()


def _say(text: str) -> None:
    print(_one_line(text), file=sys.stderr)


def _error(text: str) -> None:
    _say(f"{PROG}: error: {text}")


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line (argparse prints the whole usage first)."""

    def error(self, message: str) -> NoReturn:
        hint = translate("Cli", "see {command} --help").format(command=self.prog)
        self.exit(EXIT_USER_ERROR, f"{PROG}: error: {_one_line(message)} ({hint})\n")


def _whole_number(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is None or value < minimum:
            raise argparse.ArgumentTypeError(
                translate("Cli", "must be a whole number of at least {minimum}, not {text}").format(
                    minimum=minimum, text=repr(text)
                )
            )
        return value

    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate(
            "Cli",
            "Etalase, the showcase of the Bakauheni UMKM Center. Without a command: the staff window.",
        ),
        epilog=translate(
            "Cli",
            "SHOWCASE_DB names the database file instead of --db. Without either, the file in "
            "the user data folder is used, filled with the demo showcase on first start.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"Etalase {__version__}")
    db_help = translate(
        "Cli", "the database file (default: SHOWCASE_DB, else the user data folder)"
    )
    parser.add_argument("--db", metavar="FILE", help=db_help)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=summary, description=summary)
        # --db is also accepted after the command; SUPPRESS keeps the one given before it.
        sub.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS, help=db_help)
        return sub

    demo = command("demo", translate("Cli", "fill an empty database with a demo showcase"))
    demo.add_argument(
        "--products",
        metavar="N",
        type=_whole_number(1),
        help=translate("Cli", "a synthetic showcase of N products instead (for benchmarks)"),
    )
    demo.add_argument(
        "--seed",
        metavar="S",
        type=_whole_number(0),
        default=1,
        help=translate("Cli", "random seed: the same seed gives the same showcase (default 1)"),
    )
    from showcase.cli_data import add_parsers

    add_parsers(command)  # import and export
    _labels_parser(command("labels", translate("Cli", "write shelf labels with QR codes to a PDF")))
    _catalogue_parser(
        command(
            "catalogue", translate("Cli", "write a printable catalogue of the showcase to a PDF")
        )
    )
    kiosk = command(
        "kiosk", translate("Cli", "the touchscreen kiosk for visitors, full screen and locked")
    )
    kiosk.add_argument(
        "--windowed",
        action="store_true",
        help=translate("Cli", "in a window, to try the kiosk out at a desk"),
    )
    kiosk.add_argument(
        "--restart",
        action="store_true",
        help=translate(
            "Cli", "start the kiosk again 5 seconds after a crash (for starting it at login)"
        ),
    )
    from showcase.cli_backup import add_parsers as add_backup_parsers

    add_backup_parsers(command)  # backup and restore
    # No help text, so not listed in --help: a check of printing and previews for whoever
    # installs or supports a PC, and for the frozen build's smoke test (ui/selfcheck.py).
    commands.add_parser("selfcheck")
    return parser


QR_KINDS = (
    "whatsapp",
    "code",
    "url",
    "text",
)  # showcase.printing.labels.payloads.QrKind, unimported


def _code_copies(text: str) -> tuple[str, int]:
    """`KOP-0001` or `KOP-0001:3` (three copies) as (code, copies)."""
    code, sep, copies_text = text.strip().rpartition(":")
    if not sep:
        code, copies_text = copies_text, "1"
    if not code.strip():
        raise argparse.ArgumentTypeError(
            translate("Cli", "a product code is missing in {text}").format(text=repr(text))
        )
    try:
        copies = int(copies_text.strip())
    except ValueError:
        copies = 0
    if copies < 1:
        raise argparse.ArgumentTypeError(
            translate(
                "Cli", "copies must be a whole number of at least 1, not {copies} (in {text})"
            ).format(copies=repr(copies_text), text=repr(text))
        )
    return code.strip(), copies


def _labels_parser(labels: argparse.ArgumentParser) -> None:
    labels.add_argument("file", metavar="OUT.pdf")
    labels.add_argument(
        "--sheet",
        metavar="NAME",
        help=translate(
            "Cli", 'the label sheet, e.g. "A4 3x8 70x37" (default: the one chosen last time)'
        ),
    )
    which = labels.add_mutually_exclusive_group()
    which.add_argument(
        "--all",
        action="store_true",
        help=translate("Cli", "a label for every product that is not archived, in code order"),
    )
    which.add_argument(
        "--code",
        metavar="CODE[:COPIES]",
        action="append",
        type=_code_copies,
        help=translate("Cli", "a product's code, with a number of copies (default 1); repeatable"),
    )
    labels.add_argument(
        "--start",
        metavar="N",
        type=_whole_number(1),
        default=1,
        help=translate(
            "Cli", "the first free position on the sheet, to use a sheet already started"
        ),
    )
    labels.add_argument(
        "--qr",
        choices=QR_KINDS,
        help=translate("Cli", "what the QR codes hold (default: the one chosen last time)"),
    )


def main(argv: list[str] | None = None) -> int:
    """Run the command line `argv` (default sys.argv[1:]) and return the exit status."""
    _tolerant_console()
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a usage error already reported
        return exit_.code if isinstance(exit_.code, int) else EXIT_USER_ERROR
    log_path = _start_logging()
    path: Path | None = None
    try:
        from showcase.paths import database_path

        path, is_default = database_path(args.db)
        log.info("Etalase %s: %s on %s", __version__, args.command or "staff window", path)
        return _run(args, path, is_default)
    except UserError as exc:
        log.info("Stopped: %s", exc)
        from showcase.cli_backup import damage_hint

        _error(str(exc) + damage_hint(path, args.command, exc))
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        _say(f"{PROG}: " + translate("Cli", "interrupted"))
        return 130
    except Exception as exc:
        problem = _database_problem(exc, path)
        if problem is not None:
            log.warning("Database problem: %s", problem, exc_info=True)
            from showcase.cli_backup import damage_hint

            _error(problem + damage_hint(path, args.command, exc))
            return EXIT_USER_ERROR
        log.exception("Unexpected error in %s", args.command or "staff window")
        if log_path is None:
            _say(
                f"{PROG}: "
                + translate(
                    "Cli", "unexpected error ({error}); no log file could be written"
                ).format(error=f"{type(exc).__name__}: {exc}")
            )
        else:
            _say(
                f"{PROG}: "
                + translate("Cli", "unexpected error, details in {log}").format(log=log_path)
            )
        return EXIT_UNEXPECTED


def _run(args: argparse.Namespace, path: Path, is_default: bool) -> int:
    if args.command is not None and args.command != "kiosk":
        # What a command changes is recorded in the audit log as done from the command line.
        from showcase.inventory.history.recorder import command_line_actor
        from showcase.store.db import Database

        previous, Database.default_actor = Database.default_actor, command_line_actor()
        try:
            return _run_command(args, path, is_default)
        finally:
            Database.default_actor = previous
    return _run_command(args, path, is_default)


def _run_command(args: argparse.Namespace, path: Path, is_default: bool) -> int:
    if args.command == "demo":
        return _demo(path, is_default, products=args.products, seed=args.seed)
    if args.command == "export":
        return _export(path, Path(args.file).expanduser(), args.what)
    if args.command == "import":
        from showcase.cli_data import import_command

        return import_command(path, Path(args.file).expanduser(), dry_run=args.dry_run)
    if args.command in ("backup", "restore"):
        from showcase.cli_backup import backup_command, restore_command

        if args.command == "restore":
            return restore_command(path, args.source)
        return backup_command(path, args.dest, list_only=args.list)
    if args.command == "labels":
        return _labels(path, args)
    if args.command == "catalogue":
        return _catalogue(path, args)
    if args.command == "kiosk" and args.restart:
        from showcase.kiosk_watch import kiosk_command, watch

        return watch(kiosk_command(None if is_default else path, windowed=args.windowed))
    if args.command == "kiosk":
        return _kiosk(path, is_default, windowed=args.windowed)
    if args.command == "selfcheck":
        from showcase.ui.selfcheck import run_selfcheck

        return run_selfcheck()
    return _staff_window(path, is_default)


# --- commands -------------------------------------------------------------------------------


def _staff_window(path: Path, is_default: bool) -> int:
    from showcase.cli_backup import recover_if_damaged
    from showcase.store.db import open_database

    recover_if_damaged(path)  # a damaged file: offer the newest good backup instead of failing

    if not path.exists():
        # The first start: staff choose the demo or an empty showcase, and the center's name.
        from showcase.ui.first_run import open_new_showcase

        new_database = open_new_showcase(path, is_default=is_default)
        if new_database is None:
            return EXIT_OK  # staff quit the first-start question: nothing was made
        database = new_database
    else:
        database = open_database(path)
    try:
        from showcase.ui.app import run_staff

        return run_staff(database, [])
    finally:
        database.close()


def _kiosk(path: Path, is_default: bool, *, windowed: bool) -> int:
    """The kiosk, on a database brought up to date here: the kiosk itself only reads it.

    The default file is made with the demo showcase on first start, as for the staff window;
    a file named with --db must exist (a mistyped name must not show visitors an empty kiosk).
    """
    if is_default and not path.exists():
        database = _create_default_database(path)
    else:
        database = _open_existing(path)
    database_path = database.path
    database.close()
    from showcase.ui.kiosk.app import run_kiosk

    return run_kiosk(database_path, windowed)


def _demo(path: Path, is_default: bool, *, products: int | None, seed: int) -> int:
    from showcase.store.db import open_database

    if is_default:
        _make_folder(path.parent)
    database = open_database(path)
    try:
        # One transaction: the emptiness check and the demo, so nothing is half-made.
        with database.session() as session:
            _require_empty(session, database.path)
            from showcase.inventory.demo.showcase import build_demo, build_synthetic

            if products is None:
                summary = build_demo(session, seed=seed)
            else:
                summary = build_synthetic(session, products=products, seed=seed)
    finally:
        database.close()
    print(
        translate(
            "Cli",
            "Demo showcase: {categories} categories, {producers} producers, "
            "{products} products, {photos} photos",
        ).format(
            categories=summary.categories,
            producers=summary.producers,
            products=summary.products,
            photos=summary.photos,
        )
    )
    return EXIT_OK


def _export(path: Path, dest: Path, what: str = "products") -> int:
    from showcase.cli_data import export_command

    return export_command(path, dest, what)


def _catalogue_parser(catalogue: argparse.ArgumentParser) -> None:
    catalogue.add_argument("file", metavar="OUT.pdf")
    catalogue.add_argument(
        "--lang",
        choices=("id", "en", "both"),
        default="id",
        help=translate("Cli", "the language: Indonesian, English or both (default id)"),
    )
    catalogue.add_argument(
        "--category",
        metavar="NAME",
        action="append",
        default=[],
        help=translate("Cli", "only this category (repeatable; default: all)"),
    )
    catalogue.add_argument(
        "--featured", action="store_true", help=translate("Cli", "only featured products")
    )
    catalogue.add_argument(
        "--in-stock", action="store_true", help=translate("Cli", "only products in stock")
    )
    catalogue.add_argument(
        "--layout",
        choices=("cards", "feature", "pricelist"),
        default="cards",
        help=translate("Cli", "photo cards, one product per page, or a price list (default cards)"),
    )


def _catalogue(path: Path, args: argparse.Namespace) -> int:
    from showcase.printing.catalogue import document as cat

    out = cat.check_output_path(Path(args.file).expanduser())  # before opening the database
    database = _open_existing(path)
    try:
        with database.session() as session:
            selection = cat.CatalogueSelection(
                category_names=args.category,
                featured_only=args.featured,
                in_stock_only=args.in_stock,
            )
            ids = cat.select_products(session, selection)
        options = cat.CatalogueOptions(
            language=cat.Language(args.lang), layout=cat.CatalogueLayout(args.layout)
        )
        summary = cat.write_catalogue(database, ids, options, out)
    finally:
        database.close()
    products = (
        translate("Cli", "1 product")
        if summary.products == 1
        else translate("Cli", "{count} products").format(count=summary.products)
    )
    pages = translate("Cli", "{count} pages").format(count=summary.pages)
    print(
        translate("Cli", "Catalogue: {products} on {pages} → {file}").format(
            products=products, pages=pages, file=args.file
        )
    )
    return EXIT_OK


def _labels(path: Path, args: argparse.Namespace) -> int:
    from showcase.printing.labels.jobs import check_pdf_path, write_labels_pdf

    out = Path(args.file).expanduser()
    check_pdf_path(out)  # before the database is opened: a wrong name changes nothing
    if not args.all and not args.code:
        raise UserError(translate("Cli", "labels needs --all or at least one --code CODE[:COPIES]"))
    database = _open_existing(path)
    try:
        with database.session() as session:
            job = _label_job(session, args)
            summary = write_labels_pdf(job, out)
    finally:
        database.close()
    labels = (
        translate("Cli", "1 label")
        if summary.labels == 1
        else translate("Cli", "{count} labels").format(count=summary.labels)
    )
    pages = (
        translate("Cli", "1 page")
        if summary.pages == 1
        else translate("Cli", "{count} pages").format(count=summary.pages)
    )
    line = translate("Cli", "Labels: {labels} on {pages} ({sheet}) → {file}").format(
        labels=labels, pages=pages, sheet=job.sheet.name, file=args.file
    )
    if summary.fallbacks:
        line += translate(
            "Cli", "; {count} with text instead of WhatsApp (the producer has no phone)"
        ).format(count=summary.fallbacks)
    print(line)
    return EXIT_OK


def _label_job(session: Session, args: argparse.Namespace) -> LabelJob:
    """The job the labels command asks for, with the defaults staff chose in the window."""
    from showcase.errors import ValidationError
    from showcase.printing.labels.jobs import MAX_COPIES, LabelJob
    from showcase.printing.labels.payloads import (
        DEFAULT_QR_SETTING,
        DEFAULT_SHEET_SETTING,
        URL_TEMPLATE_SETTING,
        QrKind,
        all_items,
        check_url_template,
        get_setting,
        items_by_codes,
    )
    from showcase.printing.labels.sheets import BUILT_IN_SHEETS, find_sheet

    if args.sheet is not None:
        sheet = find_sheet(session, args.sheet)
    else:
        try:
            sheet = find_sheet(session, get_setting(session, DEFAULT_SHEET_SETTING))
        except UserError:  # none chosen yet, or a custom sheet deleted since
            sheet = BUILT_IN_SHEETS[0]
    if args.start > sheet.per_page:
        raise UserError(
            translate(
                "Cli", "--start {start} is past the end of the sheet {sheet}: it has {count} labels"
            ).format(start=args.start, sheet=sheet.name, count=sheet.per_page)
        )
    saved_kind = get_setting(session, DEFAULT_QR_SETTING)
    kind = QrKind(args.qr or (saved_kind if saved_kind in QR_KINDS else QrKind.WHATSAPP))
    template = ""
    if kind is QrKind.URL:
        template = get_setting(session, URL_TEMPLATE_SETTING)
        if not template.strip():
            raise UserError(
                translate(
                    "Cli",
                    "--qr url needs the URL template (such as https://…/{code}), and none is "
                    "saved: set it in the staff window's Print labels dialog",
                )
            )
        try:
            check_url_template(template)
        except ValidationError as exc:
            raise UserError(
                translate("Cli", "the saved URL template {template} cannot be used: {why}").format(
                    template=template, why=exc.errors["url_template"]
                )
            ) from exc
    if args.all:
        items = [(item, 1) for item in all_items(session)]
        if not items:
            raise UserError(translate("Cli", "there are no products to print labels for"))
    else:
        for code, copies in args.code:
            if copies > MAX_COPIES:
                raise UserError(
                    translate("Cli", "--code {code}:{copies}: at most {max} copies").format(
                        code=code, copies=copies, max=MAX_COPIES
                    )
                )
        found = items_by_codes(session, [code for code, _ in args.code])
        items = [(item, copies) for item, (_, copies) in zip(found, args.code, strict=True)]
    return LabelJob(items=items, sheet=sheet, start=args.start, qr_kind=kind, url_template=template)


# --- helpers --------------------------------------------------------------------------------


def _create_default_database(path: Path) -> Database:
    """Make the default database with the demo showcase (the kiosk's first start: no question).

    Built under another name and renamed when complete, so a first start that is cut short
    leaves no default file and the next start simply tries again.
    """
    from showcase.inventory.new_showcase import NewShowcase, create_showcase_file

    _make_folder(path.parent)
    return create_showcase_file(path, NewShowcase(demo=True))


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            translate("Cli", "cannot make the folder {folder}: {why}").format(
                folder=folder, why=exc.strerror or exc
            )
        ) from exc


def _require_existing(path: Path) -> None:
    from showcase.store.db import check_database_file

    check_database_file(path)  # a missing folder, a folder, a file that is not SQLite
    if not path.exists():
        raise DatabaseFileError(translate("Cli", "{path} does not exist").format(path=path))
    if path.stat().st_size == 0:
        raise DatabaseFileError(translate("Cli", "{path} is empty").format(path=path))


def _open_existing(path: Path) -> Database:
    """Open a database that must exist already (export, backup): never make a new empty one."""
    from showcase.store.db import open_database

    _require_existing(path)
    return open_database(path)


def _require_empty(session: Session, path: Path) -> None:
    from sqlalchemy import func, select

    from showcase.store.models import Category, Producer, Product

    counts = {
        model: session.scalar(select(func.count()).select_from(model)) or 0
        for model in (Product, Producer, Category)
    }
    if any(counts.values()):
        raise UserError(
            translate(
                "Cli",
                "{path} is not empty (products: {products}, producers: {producers}, "
                "categories: {categories}): a demo goes only into an empty database",
            ).format(
                path=path,
                products=counts[Product],
                producers=counts[Producer],
                categories=counts[Category],
            )
        )


def _start_logging() -> Path | None:
    from showcase.logs import setup_logging
    from showcase.paths import log_dir

    try:
        return setup_logging(log_dir())
    except OSError:
        return None  # no log file is no reason not to run


def _tolerant_console() -> None:
    """Never fail on printing: a Windows console code page cannot show every file name."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    import sqlite3

    seen: BaseException | None = exc
    for _ in range(8):  # SQLAlchemy wraps the driver's error; follow the chain a little way
        if seen is None:
            return None
        if isinstance(seen, sqlite3.Error):
            return seen
        orig = getattr(seen, "orig", None)
        seen = orig if isinstance(orig, BaseException) else (seen.__cause__ or seen.__context__)
    return None


def _database_problem(exc: BaseException, path: Path | None) -> str | None:
    """A one-line message for an SQLite error that the user's file or disk causes, else None."""
    error = _sqlite_error(exc)
    code = getattr(error, "sqlite_errorcode", None)
    if error is None or code is None:
        return None
    primary = code & 0xFF  # extended codes keep the primary code in the low byte
    where = str(path) if path is not None else translate("Cli", "the database")
    messages = {
        3: translate("Cli", "{path} cannot be changed (no permission)"),
        5: translate("Cli", "{path} is in use by another program; close it and try again"),
        6: translate("Cli", "{path} is in use by another program; close it and try again"),
        8: translate("Cli", "{path} cannot be changed (read-only file or folder)"),
        10: translate("Cli", "reading or writing {path} failed (disk error: {detail})"),
        11: translate("Cli", "{path} is damaged ({detail}); restore it from a backup"),
        13: translate("Cli", "the disk holding {path} is full"),
        14: translate("Cli", "cannot open {path} ({detail})"),
        26: translate("Cli", "{path} is damaged or not a database ({detail})"),
    }
    message = messages.get(primary)
    if message is None:
        return None
    return message.format(path=where, detail=error)
