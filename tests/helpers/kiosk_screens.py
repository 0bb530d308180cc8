"""Helpers for the kiosk screen tests: screens at kiosk sizes loaded as the window loads them,
the products a list must show worked out in SQL, taps and swipes as a finger makes them, and what
can be seen of a widget. Their fixtures (the demo's reader, the image cache) are in
tests/ui/kiosk/conftest.py."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable
from typing import TypeVar

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from showcase.ui.kiosk.screens.base import KioskScreen, Route
from showcase.ui.kiosk.screens.images import ImageCache

LANDSCAPE = (1920, 1080)
PORTRAIT = (1080, 1920)
S = TypeVar("S", bound=KioskScreen)


def sql(reader: sqlite3.Connection, query: str, *args: object) -> list[tuple[object, ...]]:
    return list(reader.execute(query, args))


SHOWN_IDS = """
    SELECT p.id FROM product p LEFT JOIN category c ON c.id = p.category_id
    LEFT JOIN producer pr ON pr.id = p.producer_id
    WHERE p.on_kiosk = 1 AND p.archived = 0 AND (c.id IS NULL OR c.on_kiosk = 1) AND {where}
    ORDER BY p.name_id, p.id"""


def shown_ids(reader: sqlite3.Connection, where: str, *args: object) -> list[int]:
    """Worked out here in SQL, not through the kiosk domain: the products a list must show."""
    return [int(str(row[0])) for row in sql(reader, SHOWN_IDS.format(where=where), *args)]


def make_screen(
    qtbot: QtBot,
    factory: Callable[[ImageCache], S],
    images: ImageCache,
    size: tuple[int, int] = LANDSCAPE,
) -> S:
    screen = factory(images)
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def show(screen: S, reader: sqlite3.Connection, route: Route, language: str = "id") -> S:
    """Load as the shell does (inside one read transaction), then let the layouts settle."""
    reader.execute("BEGIN")
    try:
        screen.load(reader, route, language)
    finally:
        reader.execute("COMMIT")
    settle()
    return screen


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def routes(screen: KioskScreen) -> list[Route]:
    """Every Route the screen emits from now on, in a list."""
    found: list[Route] = []
    screen.navigate.connect(lambda route: found.append(route))
    return found


def visits(screen: KioskScreen) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    screen.visited.connect(lambda kind, ref: found.append((kind, ref)))
    return found


def tap(qtbot: QtBot, widget: QWidget, at: QPoint | None = None) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at or widget.rect().center())
    settle()


def swipe(qtbot: QtBot, widget: QWidget, start: QPoint, dx: int, dy: int = 0) -> None:
    """Press, drag in steps, release: a finger's swipe over `widget`."""
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(widget, QPoint(start.x() + dx * step // 5, start.y() + dy * step // 5))
    qtbot.mouseRelease(
        widget, Qt.MouseButton.LeftButton, pos=QPoint(start.x() + dx, start.y() + dy)
    )
    settle()


def to_pil(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data())))


def visible_labels(root: QWidget) -> list[QLabel]:
    return [
        label
        for label in root.findChildren(QLabel)
        if label.isVisibleTo(root) and label.text().strip()
    ]


def seen_rect(widget: QWidget, root: QWidget) -> tuple[int, int, int, int] | None:
    """The part of `widget` that can be seen, in `root`'s coordinates (clipped by every parent,
    such as a scroll area's viewport), as (left, top, right, bottom); None if none of it."""
    from PySide6.QtCore import QRect

    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        rect = rect.intersected(QRect(parent.mapTo(root, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    rect = rect.intersected(root.rect())
    if rect.isEmpty():
        return None
    return rect.left(), rect.top(), rect.right(), rect.bottom()
