"""The staff PIN pad: digits by touch only, masked, wrong PINs slowed down, closing by itself."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from showcase.inventory.staff.pins import PinGuard
from showcase.ui.kiosk.pin_pad import PinPad
from tests.helpers.clock import Clock
from tests.helpers.kiosk import run_out

PIN = "2468"


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    widget.resize(1280, 800)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def make_pad(
    parent: QWidget, clock: Clock, check: Callable[[str], bool] = lambda pin: pin == PIN
) -> PinPad:
    pad = PinPad(check, PinGuard(clock), parent)
    pad.open_pad(has_pin=True)
    return pad


def tap(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_pin(qtbot: QtBot, pad: PinPad, pin: str) -> None:
    for digit in pin:
        tap(qtbot, pad.digit_buttons[int(digit)])


def test_digits_show_as_dots_and_backspace_takes_one_back(
    qtbot: QtBot, parent: QWidget, clock: Clock
) -> None:
    pad = make_pad(parent, clock)
    assert pad.isVisible() and pad.geometry() == parent.rect()
    type_pin(qtbot, pad, "975")
    assert pad.pin == "975"
    assert pad.dots.text() == "●●●"
    assert "9" not in pad.dots.text()
    tap(qtbot, pad.backspace)
    assert pad.pin == "97" and pad.dots.text() == "●●"


def test_buttons_are_big_enough_for_a_finger(parent: QWidget, clock: Clock) -> None:
    pad = make_pad(parent, clock)
    buttons = [*pad.digit_buttons, pad.backspace, pad.ok_button, pad.cancel_button]
    for button in buttons:
        assert button.height() >= 64 and button.width() >= 64, button.objectName()
        # The whole panel is on the screen, no button outside it.
        assert pad.rect().contains(button.mapTo(pad, button.rect().bottomRight()))


def test_right_pin_is_accepted(qtbot: QtBot, parent: QWidget, clock: Clock) -> None:
    pad = make_pad(parent, clock)
    type_pin(qtbot, pad, PIN)
    with qtbot.waitSignal(pad.accepted, timeout=1000):
        tap(qtbot, pad.ok_button)
    assert not pad.isVisible()


def test_wrong_pins_are_refused_then_locked_with_a_countdown(
    qtbot: QtBot, parent: QWidget, clock: Clock
) -> None:
    accepted: list[bool] = []
    pad = make_pad(parent, clock)
    pad.accepted.connect(lambda: accepted.append(True))
    for _ in range(2):
        type_pin(qtbot, pad, "1111")
        tap(qtbot, pad.ok_button)
        assert pad.isVisible() and pad.pin == "" and pad.message.text()
        assert pad.ok_button.isEnabled()
    type_pin(qtbot, pad, "1111")
    tap(qtbot, pad.ok_button)
    # Third wrong PIN: everything but Cancel waits 30 s, counting down.
    assert pad.locked
    assert not any(b.isEnabled() for b in [*pad.digit_buttons, pad.ok_button, pad.backspace])
    assert pad.cancel_button.isEnabled()
    assert "30" in pad.message.text()
    assert pad.countdown_timer.isActive()
    clock.advance(12)
    run_out(qtbot, pad.countdown_timer)
    assert "18" in pad.message.text()
    # Even the right PIN cannot be typed while locked.
    qtbot.mouseClick(pad.digit_buttons[2], Qt.MouseButton.LeftButton)
    assert pad.pin == ""
    clock.advance(18)
    run_out(qtbot, pad.countdown_timer)
    assert pad.ok_button.isEnabled()
    assert not pad.countdown_timer.isActive()
    type_pin(qtbot, pad, PIN)
    tap(qtbot, pad.ok_button)
    assert accepted == [True]


def test_the_lock_outlasts_closing_the_pad(qtbot: QtBot, parent: QWidget, clock: Clock) -> None:
    guard = PinGuard(clock)
    pad = PinPad(lambda pin: pin == PIN, guard, parent)
    pad.open_pad(has_pin=True)
    for _ in range(3):
        type_pin(qtbot, pad, "0000")
        tap(qtbot, pad.ok_button)
    tap(qtbot, pad.cancel_button)
    assert not pad.isVisible() and not pad.countdown_timer.isActive()
    pad.open_pad(has_pin=True)
    assert pad.locked and not pad.ok_button.isEnabled()


def test_no_pin_set_ok_alone_leaves(qtbot: QtBot, parent: QWidget, clock: Clock) -> None:
    pad = PinPad(lambda pin: True, PinGuard(clock), parent)
    pad.open_pad(has_pin=False)
    with_pin_title = PinPad(lambda pin: True, PinGuard(clock), parent)
    with_pin_title.open_pad(has_pin=True)
    assert pad.title.text() != with_pin_title.title.text()
    with qtbot.waitSignal(pad.accepted, timeout=1000):
        tap(qtbot, pad.ok_button)


def test_cancel_and_timeout_close_the_pad(qtbot: QtBot, parent: QWidget, clock: Clock) -> None:
    pad = make_pad(parent, clock)
    type_pin(qtbot, pad, "12")
    with qtbot.waitSignal(pad.closed, timeout=1000):
        tap(qtbot, pad.cancel_button)
    assert not pad.isVisible()
    pad.open_pad(has_pin=True)
    assert pad.pin == ""
    assert pad.idle_timer.interval() == 30_000 and pad.idle_timer.isActive()
    pad.idle_timer.stop()
    type_pin(qtbot, pad, "1")  # input restarts the wait
    assert pad.idle_timer.isActive() and pad.isVisible()
    with qtbot.waitSignal(pad.closed, timeout=1000):
        run_out(qtbot, pad.idle_timer)
    assert not pad.isVisible() and not pad.idle_timer.isActive()


def test_taps_beside_the_panel_do_not_reach_the_kiosk(
    qtbot: QtBot, parent: QWidget, clock: Clock
) -> None:
    below = QPushButton("below", parent)
    below.setGeometry(0, 0, 200, 200)
    below.show()
    clicks: list[bool] = []
    below.clicked.connect(lambda: clicks.append(True))
    pad = make_pad(parent, clock)
    assert pad.childAt(100, 100) is None  # beside the panel
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=below.geometry().center())
    assert clicks == [] and pad.isVisible()
