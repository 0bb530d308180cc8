"""The shared store's commands: preparing a PostgreSQL server, and copying a whole showcase.

    etalase server init ADMIN_URL [--desk-password P] [--kiosk-password P]
    etalase copy SRC DEST       a file or postgresql:// URL each; DEST new (file) or empty (server)

`server init` prints the passwords it made once, with the `--db` line each PC needs; run again
it upgrades the schema and changes nothing else. A copy is all or nothing (store/copy.py).
"""

from __future__ import annotations

import argparse

from showcase.cli.common import EXIT_OK, Commands, Target, say
from showcase.i18n import translate


def register(commands: Commands) -> None:
    server = commands.add(
        "server",
        translate(
            "Cli",
            "prepare a PostgreSQL server for several PCs: its database, schema and the logins "
            "etalase_desk and etalase_kiosk (run again: upgrade the schema)",
        ),
        _server,
    )
    server.add_argument("action", choices=("init",), metavar="init")
    server.add_argument(
        "admin_url",
        metavar="ADMIN_URL",
        help=translate(
            "Cli",
            "a superuser's URL naming the database, e.g. postgresql://postgres@localhost/etalase",
        ),
    )
    server.add_argument(
        "--desk-password",
        metavar="P",
        help=translate("Cli", "the front desks' password (default: a new one, printed once)"),
    )
    server.add_argument(
        "--kiosk-password",
        metavar="P",
        help=translate("Cli", "the kiosks' password (default: a new one, printed once)"),
    )
    copy = commands.add(
        "copy",
        translate(
            "Cli",
            "copy a whole showcase between a file and a server, either way, into a new file "
            "or an empty database",
        ),
        _copy,
    )
    copy.add_argument(
        "source", metavar="SRC", help=translate("Cli", "a showcase file or postgresql:// URL")
    )
    copy.add_argument(
        "dest",
        metavar="DEST",
        help=translate("Cli", "a new file, or the postgresql:// URL of an empty database"),
    )


def _server(args: argparse.Namespace, target: Target) -> int:
    from showcase.store.server import init_server

    result = init_server(
        args.admin_url, desk_password=args.desk_password, kiosk_password=args.kiosk_password
    )
    location = result.location
    print(
        translate("Cli", "Prepared the showcase database {name} on {server}.").format(
            name=location.dbname, server=f"{location.host}:{location.port}"
        )
    )
    for login, who in (
        (result.desk, translate("Cli", "Front-desk PCs")),
        (result.kiosk, translate("Cli", "Kiosks")),
    ):
        print(f"{who}: {login.db_line()}")
        if login.password is not None:
            print("    " + translate("Cli", "password: {password}").format(password=login.password))
    if result.desk.password is not None or result.kiosk.password is not None:
        print(
            translate(
                "Cli",
                "The passwords are shown only now: keep them. Each PC keeps its own in its "
                "pgpass file (or PGPASSWORD). Name the server by its address on the LAN if "
                "it is shown here as localhost.",
            )
        )
    return EXIT_OK


def _copy(args: argparse.Namespace, target: Target) -> int:
    from showcase.store.copy import copy_showcase

    result = copy_showcase(args.source, args.dest)
    say(
        translate(
            "Cli", "copied {products} products and {movements} stock movements to {dest}"
        ).format(
            products=result.rows.get("product", 0),
            movements=result.rows.get("stock_movement", 0),
            dest=result.dest,
        )
    )
    return EXIT_OK
