"""The JobRunner a dialog follows its worker job with: what the dialog hears, in which order, and
when it may start another; a Cancel that comes after the work finished, a refusal's message, an
unexpected error, and the dialog closed while the job runs."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from showcase.errors import Cancelled, UserError
from showcase.ui.staff.data.data_job import DataJob, Progress, thinned
from showcase.ui.staff.data.job_runner import JobRunner

WAIT_MS = 60_000
Work = Callable[[Progress, Callable[[], bool]], object]


class Heard(QDialog):
    """A dialog that notes what its runner tells it, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[tuple[Any, ...]] = []
        self.runner = JobRunner(self)
        self.runner.progressed.connect(self.progressed)
        self.runner.was_cancelled.connect(self.cancelled)

    def job_running(self, running: bool) -> None:
        self.heard.append(("running", running))

    def job_succeeded(self, result: object) -> None:
        self.heard.append(("succeeded", result))

    def job_failed(self, message: str) -> None:
        self.heard.append(("failed", message))

    def job_crashed(self) -> None:
        self.heard.append(("crashed",))

    def progressed(self, done: int, total: int) -> None:
        self.heard.append(("progressed", done, total))

    def cancelled(self) -> None:
        self.heard.append(("cancelled",))

    def run(self, work: Work) -> DataJob:
        job = DataJob(work, "the test's job", self)
        assert self.runner.start(job)
        return job


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[Heard]:
    made = Heard()
    qtbot.addWidget(made)
    yield made
    made.runner.stop()  # ends a job a failed test left running


def wait_ended(qtbot: QtBot, dialog: Heard) -> None:
    qtbot.waitUntil(lambda: ("running", False) in dialog.heard, timeout=WAIT_MS)


def test_the_outcome_then_ended_and_another_may_start(qtbot: QtBot, dialog: Heard) -> None:
    def work(progress: Progress, cancelled: Callable[[], bool]) -> object:
        progress(1, 2)
        progress(2, 2)
        return "made"

    job = dialog.run(work)
    assert dialog.runner.job is job
    wait_ended(qtbot, dialog)
    assert dialog.heard == [
        ("running", True),
        ("progressed", 1, 2),
        ("progressed", 2, 2),
        ("succeeded", "made"),
        ("running", False),
    ]
    assert dialog.runner.job is None and job.isFinished()
    dialog.heard.clear()
    dialog.run(lambda _progress, _cancelled: "again")
    wait_ended(qtbot, dialog)
    assert dialog.heard == [("running", True), ("succeeded", "again"), ("running", False)]


def test_one_job_at_a_time(qtbot: QtBot, dialog: Heard) -> None:
    release = threading.Event()
    dialog.run(lambda _p, _c: release.wait(WAIT_MS / 1000))
    second = DataJob(lambda _p, _c: "second", "the second job", dialog)
    assert not dialog.runner.start(second)
    release.set()
    wait_ended(qtbot, dialog)
    assert not second.isRunning() and not second.isFinished()  # never started
    assert dialog.heard == [("running", True), ("succeeded", True), ("running", False)]


def test_cancel_after_the_work_finished_keeps_what_it_made(qtbot: QtBot, dialog: Heard) -> None:
    """Cancel pressed as the work ends: the finished result is shown, not a cancel."""
    job = dialog.run(lambda _p, _c: "finished file")
    assert job.wait(WAIT_MS)  # the thread has ended; its signals wait in the queue
    assert dialog.runner.cancel()
    wait_ended(qtbot, dialog)
    assert dialog.heard == [("running", True), ("succeeded", "finished file"), ("running", False)]
    assert not dialog.runner.cancel()  # nothing left to cancel


def test_cancel_while_the_work_runs(qtbot: QtBot, dialog: Heard) -> None:
    started = threading.Event()

    def work(progress: Progress, cancelled: Callable[[], bool]) -> object:
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        raise Cancelled("stopped")

    dialog.run(work)
    assert started.wait(WAIT_MS / 1000)
    assert dialog.runner.cancel()
    wait_ended(qtbot, dialog)
    assert dialog.heard == [("running", True), ("cancelled",), ("running", False)]


def test_a_refusal_brings_its_message(qtbot: QtBot, dialog: Heard) -> None:
    def work(progress: Progress, cancelled: Callable[[], bool]) -> object:
        raise UserError("the folder holds other files")

    dialog.run(work)
    wait_ended(qtbot, dialog)
    assert dialog.heard == [
        ("running", True),
        ("failed", "the folder holds other files"),
        ("running", False),
    ]
    assert dialog.runner.job is None


def test_an_unexpected_error_is_logged(
    qtbot: QtBot, dialog: Heard, caplog: pytest.LogCaptureFixture
) -> None:
    def work(progress: Progress, cancelled: Callable[[], bool]) -> object:
        raise ZeroDivisionError("a bug")

    with caplog.at_level(logging.ERROR):
        dialog.run(work)
        wait_ended(qtbot, dialog)
    assert dialog.heard == [("running", True), ("crashed",), ("running", False)]
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.getMessage() == "the test's job failed"
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


def test_closing_while_the_job_runs_ends_its_thread_and_hears_nothing_more(
    qtbot: QtBot, dialog: Heard
) -> None:
    started = threading.Event()
    saw_cancel: list[bool] = []

    def work(progress: Progress, cancelled: Callable[[], bool]) -> object:
        progress(1, 3)
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        saw_cancel.append(True)
        raise Cancelled("stopped")

    job = dialog.run(work)
    assert started.wait(WAIT_MS / 1000)
    dialog.runner.stop()
    assert job.isFinished() and saw_cancel == [True]
    assert dialog.runner.job is None
    qtbot.wait(50)  # what the job had queued is delivered now, or never
    assert dialog.heard == [("running", True)]


def test_thinned_progress_sends_each_step_once_and_the_last() -> None:
    sent: list[tuple[int, int]] = []
    report = thinned(lambda done, total: sent.append((done, total)), 4)
    for done in range(1, 11):
        report(done, 10)
    assert sent == [(1, 10), (3, 10), (5, 10), (8, 10), (10, 10)]
