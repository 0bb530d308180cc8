"""Etalase's entry point: `python main.py [--db FILE] [COMMAND …]`; see showcase.cli for the commands."""

import sys

from showcase.cli import main

if __name__ == "__main__":
    sys.exit(main())
