"""Where the checkout is: tests that run main.py, read the README or the assets start from ROOT."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
