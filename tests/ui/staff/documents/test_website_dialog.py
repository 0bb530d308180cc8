"""Publish website… as staff use it: the folder and web address, publishing in a worker thread
with progress, the summary, the web address kept as the QR template that points at the product
pages, a bad address and someone else's folder refused, cancel, closing while it works, and the
entry in the staff window's File menu.

The folder dialog and the browser are a `WebsiteAsker` the tests pass in (answers at once).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from showcase.inventory.qr_payloads import LabelItem, QrKind, qr_payload
from showcase.printing import website
from showcase.printing.website.choices import website_choices
from showcase.printing.website.folder import MANIFEST
from showcase.store.db import Database
from showcase.ui.staff.documents.website_dialog import WebsiteDialog
from showcase.ui.staff.window.main_window import MainWindow
from tests.helpers.factories import Sample, make_account, make_sample

WAIT_MS = 60_000
BASE = "https://umkm.lampung.example/etalase"


class Asker:
    """Answers the folder question with `folder`; records the pages it was asked to show."""

    def __init__(self, folder: Path | None = None) -> None:
        self.answer = folder
        self.shown: list[Path] = []

    def folder(self, parent: object, title: str, start: Path) -> Path | None:
        return self.answer

    def show_page(self, page: Path) -> None:
        self.shown.append(page)


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


@pytest.fixture
def asker(tmp_path: Path) -> Asker:
    return Asker(tmp_path / "site")


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, sample: Sample, asker: Asker) -> Iterator[WebsiteDialog]:
    d = WebsiteDialog(db, asker=asker)
    qtbot.addWidget(d)
    d.show()
    yield d
    d.close()


def _publish(qtbot: QtBot, dialog: WebsiteDialog) -> None:
    assert dialog.publish()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)


def test_publishes_the_site_and_keeps_the_address_for_the_qr_codes(
    qtbot: QtBot, dialog: WebsiteDialog, db: Database, sample: Sample, asker: Asker
) -> None:
    dialog.choose_button.click()
    assert dialog.folder_edit.text() == str(asker.answer)
    dialog.base_edit.setText("www.example")
    assert not dialog.publish() and dialog.base_error.isVisible()
    dialog.base_edit.setText(BASE + "/")
    dialog.zip_check.setChecked(True)
    assert not dialog.open_button.isEnabled()
    _publish(qtbot, dialog)
    assert not dialog.base_error.isVisible()  # the corrected address is no longer blamed
    site = asker.answer
    assert site is not None
    assert (site / "id" / "p" / "KOP-0001" / "index.html").is_file()
    assert (site.parent / "site.zip").is_file()
    text = dialog.status.text()
    assert "5 product" in text and "written" in text, text
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() > 0
    assert dialog.base_edit.text() == BASE
    with db.read() as connection:
        choices = website_choices(connection)
    assert (choices.base_url, choices.folder) == (BASE, str(site))
    # The labels' (and the kiosk's) web-address QR now opens this product's page.
    with db.read() as connection:
        template = connection.execute(
            "SELECT value FROM setting WHERE key = 'label_url_template'"
        ).fetchone()[0]
    item = LabelItem(sample.products["KOP-0001"], "KOP-0001", "Kopi", 45000, "pcs", "", "", "")
    assert qr_payload(item, QrKind.URL, url_template=template) == f"{BASE}/id/p/KOP-0001/"
    dialog.open_button.click()
    assert asker.shown == [site / "index.html"]

    # Again: nothing changed, nothing written; the dialog opened anew remembers the choices.
    again = WebsiteDialog(db, asker=asker)
    qtbot.addWidget(again)
    assert again.folder_edit.text() == str(site) and again.base_edit.text() == BASE
    _publish(qtbot, again)
    assert again.summary is not None and again.summary.written == 0


def test_a_bad_web_address_is_refused_under_its_field(
    qtbot: QtBot, dialog: WebsiteDialog, asker: Asker, db: Database
) -> None:
    dialog.folder_edit.setText(str(asker.answer))
    dialog.base_edit.setText("umkm.example/etalase")
    assert not dialog.publish()
    assert dialog.base_error.isVisible()
    assert "http://" in dialog.base_error.text()
    assert asker.answer is not None and not asker.answer.exists()
    with db.read() as connection:
        assert website_choices(connection).base_url == ""
    dialog.folder_edit.setText("")
    dialog.base_edit.setText("")
    assert not dialog.publish()
    assert dialog.status.isVisible() and "folder" in dialog.status.text()


def test_someone_elses_folder_is_refused_and_left_alone(
    qtbot: QtBot, dialog: WebsiteDialog, tmp_path: Path
) -> None:
    mine = tmp_path / "photos"
    mine.mkdir()
    (mine / "holiday.jpg").write_bytes(b"not mine to delete")
    dialog.folder_edit.setText(str(mine))
    _publish(qtbot, dialog)
    assert "did not write" in dialog.status.text() and "holiday.jpg" in dialog.status.text()
    assert sorted(p.name for p in mine.iterdir()) == ["holiday.jpg"]
    assert dialog.summary is None and not dialog.open_button.isEnabled()
    assert dialog.publish_button.isEnabled()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Publishing stops after its first step until the dialog cancels it (or a minute passes);
    the event is set when that step is reached."""
    real = website.publish_website
    reached = threading.Event()

    def holding(*args: Any, progress: Any, cancelled: Any, **kwargs: Any) -> Any:
        def step(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:
                reached.set()
                deadline = time.monotonic() + 60
                while not cancelled() and time.monotonic() < deadline:
                    threading.Event().wait(0.005)  # the worker thread waits, not the test

        return real(*args, progress=step, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(website, "publish_website", holding)
    return reached


def test_cancel_stops_publishing_and_the_next_publish_finishes_it(
    qtbot: QtBot, dialog: WebsiteDialog, asker: Asker, held: threading.Event
) -> None:
    dialog.folder_edit.setText(str(asker.answer))
    assert dialog.publish()
    assert held.wait(WAIT_MS / 1000)
    assert dialog.cancel_button.isEnabled() and not dialog.publish_button.isEnabled()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert "Cancelled" in dialog.status.text()
    assert asker.answer is not None and (asker.answer / MANIFEST).is_file()
    held.clear()
    dialog.cancel()  # nothing running: nothing happens
    assert dialog.publish()  # the folder is Etalase's: accepted, finished this time
    qtbot.waitUntil(lambda: held.is_set(), timeout=WAIT_MS)
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)


def test_closing_while_publishing_stops_the_worker(
    qtbot: QtBot, dialog: WebsiteDialog, asker: Asker, held: threading.Event
) -> None:
    dialog.folder_edit.setText(str(asker.answer))
    assert dialog.publish()
    assert held.wait(WAIT_MS / 1000)
    job = dialog.job
    assert job is not None
    dialog.close_button.click()
    assert job.isFinished()
    assert dialog.job is None


def test_the_staff_window_opens_it_from_the_file_menu(
    qtbot: QtBot, db: Database, sample: Sample
) -> None:
    window = MainWindow(db, user=make_account(db))
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions()]
    assert "Publish &website…" in texts
    assert texts.index("Publish &website…") == texts.index("E&xport…") + 1
    window.website_action.trigger()
    assert isinstance(window.dialog, WebsiteDialog)
    window.dialog.close()


def test_the_buttons_read_open_then_publish_and_close_at_the_right(
    qtbot: QtBot, dialog: WebsiteDialog
) -> None:
    buttons = [dialog.open_button, dialog.publish_button, dialog.close_button]
    qtbot.waitUntil(lambda: all(b.isVisible() for b in buttons))
    left_to_right = sorted(buttons, key=lambda b: b.mapTo(dialog, b.rect().topLeft()).x())
    assert [b.text() for b in left_to_right] == ["&Open website", "&Publish", "Close"]
    assert dialog.close_button.geometry().right() > dialog.width() - 40  # at the right edge
    assert dialog.publish_button.geometry().left() - dialog.open_button.geometry().right() > 100
    dialog.close_button.click()
    assert not dialog.isVisible()
