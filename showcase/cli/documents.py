"""The document commands: `labels` (shelf labels with QR codes) and `catalogue`, each a PDF.

    etalase [--db FILE] labels OUT.pdf [--sheet NAME] [--all | --code CODE[:COPIES]…]
                                       [--start N] [--qr whatsapp|code|url|text]
    etalase [--db FILE] catalogue OUT.pdf [--lang id|en|both] [--category NAME]… [--featured]
                                          [--in-stock] [--layout cards|feature|pricelist]

The output name is checked before the database is opened, so a wrong name changes nothing.
Labels use the sheet and QR kind staff chose last in the window unless told otherwise.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from showcase.cli.common import EXIT_OK, Commands, Target, open_existing, whole_number
from showcase.errors import UserError
from showcase.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from showcase.printing.labels.jobs import LabelJob


def register(commands: Commands) -> None:
    _labels_parser(
        commands.add(
            "labels", translate("Cli", "write shelf labels with QR codes to a PDF"), _labels
        )
    )
    _catalogue_parser(
        commands.add(
            "catalogue",
            translate("Cli", "write a printable catalogue of the showcase to a PDF"),
            _catalogue,
        )
    )


# The values of printing.labels.payloads.QrKind, not imported: the parser loads nothing heavy.
QR_KINDS = ("whatsapp", "code", "url", "text")


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
        type=whole_number(1),
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


def _catalogue(args: argparse.Namespace, target: Target) -> int:
    from showcase.printing.catalogue.document import (
        CatalogueLayout,
        CatalogueOptions,
        CatalogueSelection,
        Language,
        check_output_path,
        select_products,
        write_catalogue,
    )

    out = check_output_path(Path(args.file).expanduser())  # before opening the database
    database = open_existing(target.location)
    try:
        with database.session() as session:
            selection = CatalogueSelection(
                category_names=args.category,
                featured_only=args.featured,
                in_stock_only=args.in_stock,
            )
            ids = select_products(session, selection)
        options = CatalogueOptions(
            language=Language(args.lang), layout=CatalogueLayout(args.layout)
        )
        summary = write_catalogue(database, ids, options, out)
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


def _labels(args: argparse.Namespace, target: Target) -> int:
    from showcase.printing.labels.jobs import check_pdf_path, write_labels_pdf

    out = Path(args.file).expanduser()
    check_pdf_path(out)  # before the database is opened: a wrong name changes nothing
    if not args.all and not args.code:
        raise UserError(translate("Cli", "labels needs --all or at least one --code CODE[:COPIES]"))
    database = open_existing(target.location)
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
    from showcase.inventory.qr_payloads import QrKind, check_url_template
    from showcase.inventory.setting_keys import (
        DEFAULT_QR_SETTING,
        DEFAULT_SHEET_SETTING,
        URL_TEMPLATE_SETTING,
    )
    from showcase.inventory.settings import get_setting
    from showcase.printing.labels.jobs import MAX_COPIES, LabelJob
    from showcase.printing.labels.payloads import all_items, items_by_codes
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
