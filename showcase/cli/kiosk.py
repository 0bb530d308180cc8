"""`etalase kiosk [--windowed] [--restart] [--name NAME]`: the touchscreen kiosk for visitors;
`etalase kiosks`: each kiosk of a server showcase, online or offline.

The default database is made with the demo showcase on first start, as for the staff window; a
file named with --db must exist (a mistyped name must not show visitors an empty kiosk).
`--restart` runs the kiosk in a child process and starts it again after a crash (kiosk_watch).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from showcase.cli.common import Commands, Target, make_folder, open_existing, say
from showcase.i18n import translate

if TYPE_CHECKING:
    from showcase.store.db import Database


def register(commands: Commands) -> None:
    kiosk = commands.add(
        "kiosk",
        translate("Cli", "the touchscreen kiosk for visitors, full screen and locked"),
        _kiosk,
    )
    kiosk.add_argument(
        "--windowed",
        action="store_true",
        help=translate("Cli", "in a window, to try the kiosk out at a desk"),
    )
    kiosk.add_argument(
        "--name",
        metavar="NAME",
        help=translate(
            "Cli", "the kiosk's name on a server, as the desk lists it (default: this PC's name)"
        ),
    )
    kiosk.add_argument(
        "--restart",
        action="store_true",
        help=translate(
            "Cli", "start the kiosk again 5 seconds after a crash (for starting it at login)"
        ),
    )
    commands.add(
        "kiosks",
        translate("Cli", "each kiosk: name, online or offline since when, last seen, version"),
        _kiosks,
    )


def _kiosks(args: argparse.Namespace, target: Target) -> int:
    from showcase.inventory.kiosk.status import kiosk_line, kiosk_states

    database = open_existing(target.location)
    try:
        with database.reading() as reader:
            now, states = kiosk_states(reader)
    finally:
        database.close()
    if not states:
        say(translate("Cli", "no kiosk has reported itself to this showcase yet"))
    for state in states:
        print(kiosk_line(state, now))
    return 0


def _kiosk(args: argparse.Namespace, target: Target) -> int:
    if args.restart:
        from showcase.kiosk_watch import kiosk_command, watch

        database: Path | str | None = None if target.is_default else target.path
        if target.server is not None:
            database = target.server.url()
        return watch(kiosk_command(database, windowed=args.windowed, name=args.name))
    if target.server is not None:
        # Not opened here: the server may be away (the kiosk then starts from its local copy),
        # and the kiosk login may not upgrade the schema.
        from showcase.ui.kiosk.app import run_kiosk

        return run_kiosk(target.server, args.windowed, name=args.name)
    # The kiosk itself only reads the database: it is brought up to date here.
    if target.is_default and not target.path.exists():
        database_file = _create_default_database(target.path)
    else:
        database_file = open_existing(target.path)
    database_path = database_file.path
    database_file.close()
    from showcase.ui.kiosk.app import run_kiosk

    return run_kiosk(database_path, args.windowed)


def _create_default_database(path: Path) -> Database:
    """Make the default database with the demo showcase (the kiosk's first start: no question).

    Built under another name and renamed when complete, so a first start that is cut short
    leaves no default file and the next start simply tries again.
    """
    from showcase.inventory.new_showcase import NewShowcase, create_showcase_file

    make_folder(path.parent)
    return create_showcase_file(path, NewShowcase(demo=True))
