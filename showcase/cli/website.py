"""The website command: the showcase as a static website folder, Indonesian and English.

    etalase [--db FILE] website OUTDIR [--base-url URL] [--zip]

`--base-url` is where the site will be on the internet (absolute links, the sitemap and the
merchant feeds need it); without it, the address staff saved in Publish website… is used, if
any. Publishing again into OUTDIR rewrites only what changed; a folder holding files Etalase did
not write is refused and left as it was. `--zip` also writes OUTDIR.zip beside the folder. The
address is checked before the database is opened, so a mistake changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from showcase.cli.common import EXIT_OK, Commands, Target, open_existing
from showcase.errors import UserError, ValidationError
from showcase.i18n import translate


def register(commands: Commands) -> None:
    website = commands.add(
        "website",
        translate("Cli", "write the showcase as a static website folder (Indonesian and English)"),
        _website,
    )
    website.add_argument("folder", metavar="OUTDIR")
    website.add_argument(
        "--base-url",
        metavar="URL",
        help=translate(
            "Cli",
            "where the site will be on the internet, such as https://umkm.example/etalase "
            "(default: the address saved in the staff window)",
        ),
    )
    website.add_argument(
        "--zip", action="store_true", help=translate("Cli", "also write OUTDIR.zip for uploading")
    )


def _website(args: argparse.Namespace, target: Target) -> int:
    from showcase.inventory.qr_payloads import check_base_url
    from showcase.printing.website import publish_website
    from showcase.printing.website.choices import website_choices

    base: str | None = args.base_url
    if base is not None:
        try:
            base = check_base_url(base)
        except ValidationError as exc:
            raise UserError(
                translate("Cli", "--base-url {address}: {why}").format(
                    address=base, why=exc.errors["base_url"]
                )
            ) from exc
    folder = Path(args.folder).expanduser()
    database = open_existing(target.location)
    try:
        if base is None:
            with database.read() as connection:
                base = website_choices(connection).base_url
        summary = publish_website(database, folder, base_url=base, make_zip=args.zip)
    finally:
        database.close()
    print(
        translate(
            "Cli",
            "Website: {products} products, {pages} pages → {folder} ({written} files written, "
            "{unchanged} unchanged, {removed} removed)",
        ).format(
            products=summary.products,
            pages=summary.pages,
            folder=args.folder,
            written=summary.written,
            unchanged=summary.unchanged,
            removed=summary.removed,
        )
    )
    if summary.base_url:
        print(translate("Cli", "Address: {url}/").format(url=summary.base_url))
    if summary.zip_path is not None:
        print(translate("Cli", "Zip: {path}").format(path=summary.zip_path))
    return EXIT_OK
