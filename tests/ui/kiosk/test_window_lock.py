"""The locked kiosk: close and escape keys refused, the cursor hidden, leaving only with the PIN."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.inventory.kiosk.settings import set_kiosk_pin
from showcase.store.db import open_database
from showcase.ui.kiosk.app import install_kiosk_error_handler, run_kiosk
from showcase.ui.kiosk.guard import CURSOR_SHOWN_MS, LONG_PRESS_SECONDS
from showcase.ui.kiosk.screens.base import Route
from showcase.ui.kiosk.window import KioskWindow
from tests.helpers.clock import Clock
from tests.helpers.kiosk import open_kiosk, run_out, shown_tiles, tap

PIN = "2468"


def set_pin(path: Path, pin: str) -> None:
    database = open_database(path)
    with database.session() as session:
        set_kiosk_pin(session, pin)
    database.close()


def cursor_hidden() -> bool:
    cursor = QApplication.overrideCursor()
    return cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor


def long_press(
    qtbot: QtBot, window: KioskWindow, clock: Clock, seconds: float, pos: QPoint
) -> None:
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=pos)
    clock.advance(seconds)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=pos)


def type_pin(qtbot: QtBot, window: KioskWindow, pin: str) -> None:
    for digit in pin:
        tap(qtbot, window.pin_pad.digit_buttons[int(digit)])
    tap(qtbot, window.pin_pad.ok_button)


@pytest.fixture
def locked(qtbot: QtBot, demo_file: Path, clock: Clock) -> KioskWindow:
    set_pin(demo_file, PIN)
    return open_kiosk(qtbot, demo_file, clock=clock)


# --- closing and keys -----------------------------------------------------------------------


def test_close_is_refused(qtbot: QtBot, locked: KioskWindow) -> None:
    assert locked.close() is False
    event = QCloseEvent()
    QApplication.sendEvent(locked, event)
    assert not event.isAccepted()
    QApplication.processEvents()
    assert locked.isVisible()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_escape_keys_are_swallowed(
    qtbot: QtBot, locked: KioskWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    # Were the key to get through, this shortcut would close the kiosk.
    shortcut = QShortcut(QKeySequence(modifiers.value | key.value), locked)
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    fired: list[bool] = []
    shortcut.activated.connect(lambda: fired.append(True))
    shortcut.activated.connect(locked.leave)
    locked.navigate(Route("home"))
    before = locked.guard.swallowed
    qtbot.keyClick(locked, key, modifiers)
    qtbot.keyClick(locked.home, key, modifiers)
    assert locked.guard.swallowed >= before + 2  # (Alt and Ctrl themselves count too)
    assert fired == []
    assert locked.isVisible()


def test_plain_keys_pass(qtbot: QtBot, locked: KioskWindow) -> None:
    before = locked.guard.swallowed
    qtbot.keyClick(locked, Qt.Key.Key_A)
    qtbot.keyClick(locked, Qt.Key.Key_5)
    assert locked.guard.swallowed == before


# --- the cursor -----------------------------------------------------------------------------


def test_cursor_hidden_shown_for_a_mouse_not_for_a_finger(
    qtbot: QtBot, locked: KioskWindow
) -> None:
    assert cursor_hidden()
    device = QTest.createTouchDevice()
    QTest.touchEvent(locked, device).press(0, QPoint(600, 400), locked).commit()
    QTest.touchEvent(locked, device).move(0, QPoint(640, 420), locked).commit()
    QTest.touchEvent(locked, device).release(0, QPoint(640, 420), locked).commit()
    assert cursor_hidden()

    qtbot.mouseMove(locked, QPoint(500, 300))
    assert not cursor_hidden()
    assert locked.guard.cursor_timer.interval() == CURSOR_SHOWN_MS
    run_out(qtbot, locked.guard.cursor_timer)
    assert cursor_hidden()
    assert not locked.guard.cursor_timer.isActive()


def test_cursor_comes_back_when_the_kiosk_is_left(qtbot: QtBot, locked: KioskWindow) -> None:
    assert cursor_hidden()
    locked.leave()
    assert QApplication.overrideCursor() is None
    assert not locked.isVisible()


# --- leaving --------------------------------------------------------------------------------


def test_long_press_in_the_corner_opens_the_pin_pad(
    qtbot: QtBot, locked: KioskWindow, clock: Clock
) -> None:
    long_press(qtbot, locked, clock, 1.0, QPoint(10, 10))
    assert not locked.pin_pad.isVisible()  # too short
    long_press(qtbot, locked, clock, 5.0, QPoint(200, 200))
    assert not locked.pin_pad.isVisible()  # not the corner
    long_press(qtbot, locked, clock, 3.2, QPoint(10, 10))
    assert locked.pin_pad.isVisible()
    assert locked.pin_pad.geometry() == locked.rect()
    assert locked.pin_pad.title.text()  # asks for the PIN


def test_holding_the_corner_opens_the_pad_without_letting_go(
    qtbot: QtBot, window: KioskWindow, clock: Clock
) -> None:
    device = QTest.createTouchDevice()
    QTest.touchEvent(window, device).press(0, QPoint(20, 30), window).commit()
    held = window.guard.findChild(QTimer, "exit-long-press")
    assert held is not None and held.interval() == LONG_PRESS_SECONDS * 1000
    clock.advance(LONG_PRESS_SECONDS / 2)
    QApplication.processEvents()
    assert not window.pin_pad.isVisible()
    clock.advance(LONG_PRESS_SECONDS / 2)
    run_out(qtbot, held)
    assert window.pin_pad.isVisible()
    QTest.touchEvent(window, device).release(0, QPoint(20, 30), window).commit()
    assert window.pin_pad.isVisible()


def test_a_swipe_from_the_corner_is_no_gesture(
    qtbot: QtBot, locked: KioskWindow, clock: Clock
) -> None:
    qtbot.mousePress(locked, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.mouseMove(locked, QPoint(400, 300))
    clock.advance(4)
    qtbot.mouseRelease(locked, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    assert not locked.pin_pad.isVisible()


def test_wrong_pins_are_refused_and_rate_limited(
    qtbot: QtBot, locked: KioskWindow, clock: Clock
) -> None:
    long_press(qtbot, locked, clock, 3.5, QPoint(10, 10))
    for _ in range(3):
        type_pin(qtbot, locked, "1357")
        assert locked.isVisible() and locked.pin_pad.isVisible()
    assert locked.pin_pad.message.text()
    assert "30" in locked.pin_pad.message.text()
    assert not locked.pin_pad.ok_button.isEnabled()
    # Cancel and the gesture again: still locked.
    tap(qtbot, locked.pin_pad.cancel_button)
    long_press(qtbot, locked, clock, 3.5, QPoint(10, 10))
    assert not locked.pin_pad.ok_button.isEnabled()
    clock.advance(31)
    run_out(qtbot, locked.pin_pad.countdown_timer)
    assert locked.pin_pad.ok_button.isEnabled()
    type_pin(qtbot, locked, PIN)
    assert not locked.isVisible() and locked.unlocked


def test_the_right_pin_closes_the_kiosk_and_writes_the_visits(
    qtbot: QtBot, locked: KioskWindow, clock: Clock, demo_file: Path
) -> None:
    tap(qtbot, locked.attract)
    tile = next(t for t in shown_tiles(locked.home) if t.route.name == "category")
    tap(qtbot, tile)
    long_press(qtbot, locked, clock, 3.5, QPoint(10, 10))
    type_pin(qtbot, locked, PIN)
    assert not locked.isVisible()
    assert QApplication.overrideCursor() is None
    with open_database(demo_file).read() as reader:
        rows = reader.execute("SELECT kind, ref, count FROM kiosk_visit").fetchall()
    assert ("category", tile.route.ref, 1) in rows


def test_with_no_pin_set_ok_alone_leaves(qtbot: QtBot, demo_file: Path, clock: Clock) -> None:
    window = open_kiosk(qtbot, demo_file, clock=clock)
    long_press(qtbot, window, clock, 3.5, QPoint(10, 10))
    tap(qtbot, window.pin_pad.ok_button)
    assert not window.isVisible()


def test_the_pin_set_meanwhile_is_asked(qtbot: QtBot, demo_file: Path, clock: Clock) -> None:
    window = open_kiosk(qtbot, demo_file, clock=clock)
    set_pin(demo_file, PIN)
    long_press(qtbot, window, clock, 3.5, QPoint(10, 10))
    tap(qtbot, window.pin_pad.ok_button)
    assert window.isVisible()
    type_pin(qtbot, window, PIN)
    assert not window.isVisible()


def test_run_kiosk_returns_0_after_the_pin(
    qtbot: QtBot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_pin(demo_file, PIN)
    hook = sys.excepthook
    seen: list[KioskWindow] = []

    def staff_leaves() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow))
        seen.append(window)
        assert window.isVisible() and sys.excepthook is not hook
        window.open_pin_pad()
        for digit in PIN:
            window.pin_pad.digit_buttons[int(digit)].click()
        window.pin_pad.ok_button.click()
        QTimer.singleShot(0, QApplication.quit)  # other tests' windows may still be open

    QTimer.singleShot(0, staff_leaves)  # runs once the kiosk's event loop does
    assert run_kiosk(demo_file, windowed=True) == 0
    assert seen and not seen[0].isVisible()
    assert sys.excepthook is hook
    seen[0].deleteLater()


# --- errors ---------------------------------------------------------------------------------


def test_an_error_in_a_screen_is_logged_and_the_kiosk_goes_home(
    qtbot: QtBot,
    locked: KioskWindow,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("tile exploded")

    monkeypatch.setattr(type(locked.browse), "load", broken)
    tap(qtbot, locked.attract)
    tile = next(t for t in shown_tiles(locked.home) if t.route.name == "category")
    with caplog.at_level(logging.ERROR):
        tap(qtbot, tile)
    assert "tile exploded" in caplog.text and "Traceback" in caplog.text
    assert locked.current_screen is locked.home and locked.route == Route("home")
    assert locked.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not locked]


def test_an_unexpected_error_anywhere_returns_home_without_a_dialog(
    qtbot: QtBot, locked: KioskWindow, caplog: pytest.LogCaptureFixture
) -> None:
    tap(qtbot, locked.attract)
    tap(qtbot, next(t for t in shown_tiles(locked.home) if t.route.name == "category"))
    assert locked.current_screen is locked.browse
    previous = install_kiosk_error_handler(locked.recover)
    try:
        with caplog.at_level(logging.ERROR):
            try:
                raise ValueError("slot failed")
            except ValueError as error:
                sys.excepthook(type(error), error, error.__traceback__)
        qtbot.waitUntil(lambda: locked.current_screen is locked.home, timeout=2000)
    finally:
        sys.excepthook = previous
    assert "slot failed" in caplog.text
    assert locked.isVisible() and locked.history == []
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not locked]


def test_even_a_broken_home_screen_leaves_the_kiosk_running(
    qtbot: QtBot, locked: KioskWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("database gone")

    tap(qtbot, locked.attract)
    monkeypatch.setattr(type(locked.home), "load", broken)
    monkeypatch.setattr(type(locked.browse), "load", broken)
    locked.navigate(Route("category", ref="1"))
    assert locked.current_screen is locked.attract and locked.route is None
    assert locked.isVisible()
