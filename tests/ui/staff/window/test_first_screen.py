"""What the staff window's start puts off until its first screen is painted, and that each of
those things is there for staff a moment later."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from pytestqt.qtbot import QtBot

from showcase.inventory.demo.synthetic import build_synthetic
from showcase.store.db import Database
from showcase.ui.staff.window.main_window import MainWindow
from showcase.ui.staff.window.start import WINDOW_SHOWN
from showcase.ui.staff.window.thumbnails import THUMB_HEIGHT
from tests.helpers.paths import ROOT, run_probed
from tests.helpers.staff_window import staff_window

ROWS = 8  # rows of the first screen looked at (all on screen in the offscreen window)


@pytest.fixture
def showcase(db: Database) -> Database:
    with db.session() as session:
        build_synthetic(session, products=80, seed=3, photo_size=(32, 24))
    return db


def _photos(window: MainWindow) -> list[object]:
    model = window.model
    return [
        model.index(row, model.PHOTO_COLUMN).data(Qt.ItemDataRole.DecorationRole)
        for row in range(ROWS)
    ]


class _AtFirstPaint(QObject):
    """Notes the table's photo cells when its rows are first painted."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.photos: list[object] | None = None
        window.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.photos is None:
            self.photos = _photos(self.window)
        return False


def test_the_first_lists_photos_fill_in_once_its_rows_are_painted(
    qtbot: QtBot, showcase: Database
) -> None:
    """The thread that decodes the first screen's thumbnails starts once the table has painted
    its rows, so it takes no CPU from the window's start: the rows are painted without their
    photos, which fill in right after, decoded at the row's height."""
    window = staff_window(qtbot, showcase, shown=False)
    at_paint = _AtFirstPaint(window)
    assert window.model.decoding  # the first list's photos are waiting
    window.show()
    qtbot.waitUntil(lambda: at_paint.photos is not None)
    assert at_paint.photos == [None] * ROWS
    qtbot.waitUntil(lambda: not window.model.decoding)
    photos = _photos(window)
    assert all(isinstance(p, QPixmap) and p.height() == THUMB_HEIGHT for p in photos)


def _layout(window: MainWindow) -> tuple[object, ...]:
    """Where the table's columns, rows and scroll bars are."""
    table = window.table
    columns = [table.columnViewportPosition(c) for c in range(window.model.columnCount())]
    widths = [table.columnWidth(c) for c in range(window.model.columnCount())]
    rows = [table.rowViewportPosition(r) for r in range(ROWS)]
    bars = [
        (b.maximum(), b.value()) for b in (table.horizontalScrollBar(), table.verticalScrollBar())
    ]
    return columns, widths, rows, [table.rowHeight(r) for r in range(ROWS)], bars


class _SeenAtFirstPaint(QObject):
    """Where everything is when the table's rows are first painted, and the window as staff
    see it then (grabbed before anything else happens)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.layout: tuple[object, ...] | None = None
        self.image: QImage | None = None
        self.photos_pending = False
        window.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.layout is None:
            self.layout = _layout(self.window)
            QTimer.singleShot(0, self._grab)  # before the photos' thread is even asked
        return False

    def _grab(self) -> None:
        self.photos_pending = self.window.model.decoding
        self.image = self.window.grab().toImage()


def _changed_area(before: QImage, after: QImage) -> QRect:
    """The smallest rectangle holding every pixel that differs."""
    assert before.size() == after.size()
    first = before.convertToFormat(QImage.Format.Format_RGB32)
    second = after.convertToFormat(QImage.Format.Format_RGB32)
    width, area = first.width(), QRect()
    for y in range(first.height()):
        a = bytes(first.constScanLine(y))[: 4 * width]
        b = bytes(second.constScanLine(y))[: 4 * width]
        if a != b:
            xs = [x for x in range(width) if a[4 * x : 4 * x + 4] != b[4 * x : 4 * x + 4]]
            area |= QRect(QPoint(xs[0], y), QPoint(xs[-1], y))
    return area


def test_nothing_moves_when_the_first_lists_photos_fill_in(qtbot: QtBot, demo_db: Database) -> None:
    """The first list is painted before its photos are decoded: when they arrive, only the
    photo cells change; the rows, the columns and the scroll bars stay where staff saw them."""
    window = staff_window(qtbot, demo_db, shown=False)
    seen = _SeenAtFirstPaint(window)
    window.show()
    qtbot.waitUntil(lambda: seen.image is not None)
    assert seen.photos_pending  # the first paint was without photos
    qtbot.waitUntil(lambda: not window.model.decoding)
    assert all(isinstance(photo, QPixmap) for photo in _photos(window))
    after = window.grab().toImage()
    assert _layout(window) == seen.layout
    assert seen.image is not None
    changed = _changed_area(seen.image, after)
    table = window.table
    column = table.model().PHOTO_COLUMN
    origin = table.viewport().mapTo(window, QPoint(table.columnViewportPosition(column), 0))
    photos = QRect(origin, QPoint(origin.x() + table.columnWidth(column) - 1, window.height()))
    assert not changed.isEmpty()  # the photos appeared
    assert photos.contains(changed), (changed, photos)


def test_a_list_shown_after_the_first_gets_its_photos_as_before(
    qtbot: QtBot, showcase: Database
) -> None:
    """Once the first list is painted, each list shown (a search) gets its photos decoded as it
    is shown."""
    window = staff_window(qtbot, showcase)
    window.filters.search.setText("kopi")
    window.apply_filter()
    qtbot.waitUntil(lambda: not window.model.decoding)
    rows = min(ROWS, window.model.rowCount())
    assert rows > 0
    assert all(photo is not None for photo in _photos(window)[:rows])


def test_the_start_runs_on_one_thread_until_the_first_screen_is_shown(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """A real start on a showcase with photos: when the window says its first screen is
    shown, no thread is reading or decoding anything beside it, and the thumbnails' module
    (with the image classes it makes PySide6 build) is not loaded yet (the photos' thread
    starts after, as the first test shows)."""
    with sqlite_db.session() as session:
        build_synthetic(session, products=80, seed=3, photo_size=(32, 24))
    path = sqlite_db.path
    sqlite_db.close()
    modules, threads = tmp_path / "modules.txt", tmp_path / "threads.txt"
    done = run_probed(
        str(ROOT / "tests" / "helpers" / "first_screen_modules.py"),
        "--db",
        str(path),
        home=tmp_path,
        ETALASE_MODULES_OUT=str(modules),
        ETALASE_THREADS_OUT=str(threads),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [WINDOW_SHOWN]
    assert threads.read_text(encoding="utf-8").split() == ["MainThread"]
    assert "showcase.ui.staff.window.thumbnails" not in modules.read_text(encoding="utf-8").split()


def test_what_waits_for_the_first_paint_is_called_once_in_order_after_it(
    qtbot: QtBot, showcase: Database
) -> None:
    """The window's paintEvent says when it is first painted (no event filter: PySide6 would
    build a Python class for every kind of event the filter sees): what waits for it is called
    once, in the order given, when the event loop comes back; later paints call nothing again,
    and what is given after the first paint is called soon."""
    window = staff_window(qtbot, showcase, shown=False)
    called: list[str] = []
    window.first_paint.then(lambda: called.append("first"))
    window.first_paint.then(lambda: called.append("second"))
    window.show()
    qtbot.waitUntil(lambda: len(called) == 2)
    assert called == ["first", "second"]
    window.repaint()
    window.first_paint.then(lambda: called.append("late"))
    qtbot.waitUntil(lambda: len(called) == 3)
    window.repaint()
    qtbot.waitUntil(lambda: not window.model.decoding)  # a while later
    assert called == ["first", "second", "late"]
