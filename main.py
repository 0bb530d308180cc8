"""Etalase's entry point: `python main.py [--db FILE] [COMMAND …]`; see showcase.cli for the commands."""

import gc
import sys

# While the program starts, the garbage collector would only walk, again and again, the tens of
# thousands of objects made to be kept (modules, classes, Qt's enum types): about a tenth of the
# staff window's start. showcase.cli.main turns it back on: for a command at once, for the staff
# window once its first screen is painted.
gc.disable()

from showcase.cli import main  # noqa: E402 (after the collector is paused)

if __name__ == "__main__":
    sys.exit(main())
