"""Fixtures of the kiosk tests: the hand-moved clock, the kiosk window on a copy of the demo
showcase, and for the screens alone a read-only reader on the demo and an image cache."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from showcase.inventory.kiosk.view import open_kiosk_reader
from showcase.ui.kiosk.screens.images import ImageCache
from showcase.ui.kiosk.window import KioskWindow
from tests.helpers.clock import Clock
from tests.helpers.kiosk import open_kiosk


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window(qtbot: QtBot, demo_file: Path, clock: Clock) -> KioskWindow:
    """The kiosk on a copy of the demo showcase, on the test's clock."""
    return open_kiosk(qtbot, demo_file, clock=clock)


@pytest.fixture
def reader(demo_template: Path) -> Iterator[sqlite3.Connection]:
    """The kiosk's read-only connection to the demo showcase (the shared template: only read)."""
    connection = open_kiosk_reader(demo_template)
    yield connection
    connection.close()


@pytest.fixture
def images() -> ImageCache:
    return ImageCache()
