"""The Kiosk settings dialog: what staff set is what the kiosk reads, refusals show under their
fields, the PIN is typed twice and stored hashed, and categories can be hidden from visitors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showcase.inventory.formats import Language
from showcase.inventory.kiosk.choices import hidden_product_count, kiosk_categories
from showcase.inventory.kiosk.settings import KioskSettings, check_kiosk_pin, kiosk_settings
from showcase.inventory.kiosk.view import cards
from showcase.inventory.photos import add_photo
from showcase.inventory.producers import CategoryInput, update_category
from showcase.store.db import Database
from showcase.ui.staff.kiosks.settings_dialog import KioskSettingsDialog
from showcase.ui.widgets.check_list import CheckListModel
from tests.helpers.asker import FakeAsker
from tests.helpers.factories import Sample, make_account, make_sample
from tests.helpers.language import translated
from tests.helpers.paths import ROOT


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


@pytest.fixture
def asker() -> FakeAsker:
    return FakeAsker()


@pytest.fixture
def dialog(qtbot: QtBot, db: Database, sample: Sample, asker: FakeAsker) -> KioskSettingsDialog:
    widget = KioskSettingsDialog(db, asker=asker)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _settings(db: Database) -> KioskSettings:
    with db.read() as r:
        return kiosk_settings(r)


def _tick(model: object, text_part: str, checked: bool) -> None:
    assert isinstance(model, CheckListModel)
    row = next(i for i, item in enumerate(model.items) if text_part in item.text)
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    assert model.setData(model.index(row), state, Qt.ItemDataRole.CheckStateRole)


def test_it_opens_with_the_defaults_and_warns_that_there_is_no_pin(
    dialog: KioskSettingsDialog,
) -> None:
    assert dialog.center_name.text() == "UMKM Center Bakauheni"
    assert dialog.idle_seconds.value() == 90
    assert dialog.qr_kind.currentData() == "whatsapp"
    assert dialog.pin_state.text() == "No PIN: anyone can leave the kiosk."
    assert dialog.all_featured.isChecked() and not dialog.attract_list.isEnabled()
    assert [item.text for item in dialog.categories.items] == [
        "Kopi (2)",
        "Makanan Ringan (2)",
        "Kain Tapis (2)",
    ]
    # Kerupuk Kemplang is hidden by its own setting in the sample.
    assert (
        dialog.hidden_line.text()
        == "Hidden from the kiosk: 1 product (1 by the product's own setting, 0 with its category)"
    )
    assert dialog.logo_view.text() == "No logo yet"


def test_saving_stores_what_the_kiosk_reads(
    dialog: KioskSettingsDialog, db: Database, sample: Sample
) -> None:
    dialog.center_name.setText("UMKM Center Bakauheni Harbour City")
    dialog.idle_seconds.setValue(180)
    dialog.qr_kind.setCurrentIndex(dialog.qr_kind.findData("code"))
    dialog.only_chosen.setChecked(True)
    assert dialog.attract_list.isEnabled()
    _tick(dialog.attract, "KOP-0002", True)
    _tick(dialog.attract, "KAI-0001", True)
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.changed
    assert _settings(db) == KioskSettings(
        center_name="UMKM Center Bakauheni Harbour City",
        idle_seconds=180,
        attract_product_ids=(sample.products["KAI-0001"], sample.products["KOP-0002"]),
        qr_kind="code",
        has_pin=False,
    )


def test_a_category_hidden_takes_its_products_off_the_kiosk(
    dialog: KioskSettingsDialog, db: Database
) -> None:
    _tick(dialog.categories, "Makanan Ringan", False)
    # Keripik goes with its category; Kerupuk was hidden already by its own setting.
    assert (
        dialog.hidden_line.text()
        == "Hidden from the kiosk: 2 products (1 by the product's own setting, 1 with its category)"
    )
    dialog.save_button.click()
    with db.read() as r:
        assert hidden_product_count(r) == 2
        assert "Keripik Pisang Cokelat" not in [c.name_id for c in cards(r)]


@pytest.mark.parametrize(
    ("language", "shown", "snacks"),
    [
        ("id", ["Kopi (2)", "Makanan Ringan (2)", "Kain Tapis (2)"], "Makanan Ringan"),
        ("en", ["Coffee (2)", "Snacks (2)", "Kain Tapis (2)"], "Snacks"),
    ],
)
def test_categories_are_named_in_the_staff_s_language(
    qtbot: QtBot,
    qapp: QApplication,
    db: Database,
    sample: Sample,
    asker: FakeAsker,
    language: Language,
    shown: list[str],
    snacks: str,
) -> None:
    with db.session() as s:  # no English name: English staff read the Indonesian one
        update_category(s, sample.cloth, CategoryInput("Kain Tapis", ""))
    with translated(qapp, language):
        dialog = KioskSettingsDialog(db, asker=asker)
        qtbot.addWidget(dialog)
        dialog.show()
        assert [item.text for item in dialog.categories.items] == shown
        _tick(dialog.categories, snacks, False)
        dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.read() as r:
        assert {c.id for c in kiosk_categories(r) if not c.on_kiosk} == {sample.snacks}
        assert "Keripik Pisang Cokelat" not in [c.name_id for c in cards(r)]


def test_wrong_fields_are_refused_under_the_field_and_nothing_is_saved(
    dialog: KioskSettingsDialog, db: Database
) -> None:
    dialog.center_name.setText("   ")
    dialog.qr_kind.setCurrentIndex(dialog.qr_kind.findData("url"))  # no address template yet
    dialog.save_button.click()
    assert dialog.isVisible() and not dialog.changed
    assert dialog.form.error_text("center_name") == "The center's name is required"
    assert "Print labels" in dialog.form.error_text("qr_kind")
    assert dialog.form.error_text("idle_seconds") == ""
    assert _settings(db) == KioskSettings()


def test_only_chosen_products_needs_at_least_one(dialog: KioskSettingsDialog, db: Database) -> None:
    dialog.only_chosen.setChecked(True)
    dialog.save_button.click()
    assert not dialog.attract_error.isHidden()
    assert "Tick at least one product" in dialog.attract_error.text()
    assert not dialog.changed


def test_the_pin_is_typed_twice_and_refused_under_its_field(
    dialog: KioskSettingsDialog, db: Database, qtbot: QtBot
) -> None:
    assert dialog.pin_box.isHidden()
    dialog.set_pin_button.click()
    assert dialog.pin_box.isVisible()
    assert dialog.new_pin.echoMode() == dialog.new_pin.EchoMode.Password
    qtbot.keyClicks(dialog.new_pin, "12ab")  # letters cannot be typed
    assert dialog.new_pin.text() == "12"
    qtbot.keyClicks(dialog.repeat_pin, "12")
    dialog.save_pin_button.click()
    assert dialog.pin_form.error_text("pin") == "The PIN must be 4 to 8 digits"
    dialog.new_pin.setText("2580")
    dialog.repeat_pin.setText("2581")
    dialog.save_pin_button.click()
    assert dialog.pin_form.error_text("repeat") == "The two PINs are not the same"
    assert dialog.pin_form.error_text("pin") == ""
    assert not _settings(db).has_pin

    dialog.repeat_pin.setText("2580")
    dialog.save_pin_button.click()
    assert dialog.pin_box.isHidden() and dialog.new_pin.text() == ""
    assert dialog.pin_state.text() == "A PIN is set: staff need it to leave the kiosk."
    assert dialog.changed
    with db.read() as r:
        assert check_kiosk_pin(r, "2580") and not check_kiosk_pin(r, "1234")

    dialog.remove_pin_button.click()
    assert not _settings(db).has_pin
    assert dialog.pin_state.text() == "No PIN: anyone can leave the kiosk."


def test_the_logo_is_chosen_from_a_file_and_shown(
    dialog: KioskSettingsDialog, asker: FakeAsker, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "logo.png"
    Image.new("RGBA", (800, 400), (20, 90, 60, 255)).save(path)
    asker.open_answer = path
    dialog.logo_button.click()
    pixmap = dialog.logo_view.pixmap()
    assert not pixmap.isNull() and (pixmap.width(), pixmap.height()) == (160, 80)
    assert dialog.status.text() == "The logo is saved." and dialog.changed
    from showcase.inventory.branding import center_logo

    with db.session() as s:
        assert center_logo(s) is not None

    bad = tmp_path / "logo.txt"
    bad.write_text("not a picture")
    asker.open_answer = bad
    dialog.logo_button.click()
    assert "logo.txt" in dialog.status.text()


def test_attract_list_marks_products_without_a_photo(
    qtbot: QtBot, db: Database, sample: Sample
) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (200, 150), "brown").save(buffer, "JPEG")
    with db.session() as s:
        add_photo(s, sample.products["KOP-0001"], buffer.getvalue())
    widget = KioskSettingsDialog(db)
    qtbot.addWidget(widget)
    texts = [item.text for item in widget.attract.items]
    assert texts == [
        "KAI-0001  Kain Tapis Motif Siger (no photo: not shown on the attract screen)",
        "KOP-0002  Kopi Luwak Tanggamus (no photo: not shown on the attract screen)",
        "KOP-0001  Kopi Robusta Lampung",
    ]


def test_the_staff_window_has_a_kiosk_menu(qtbot: QtBot, db: Database, sample: Sample) -> None:
    from showcase.ui.staff.window.main_window import MainWindow

    window = MainWindow(db, user=make_account(db))
    qtbot.addWidget(window)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Kiosk")
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Kiosk &settings…",
        "&Visitor statistics…",
        "&Kiosks…",
        "Start &kiosk",
    ]
    window.kiosk_settings_action.trigger()
    assert isinstance(window.dialog, KioskSettingsDialog) and window.dialog.isVisible()
    window.dialog.reject()
    from showcase.ui.staff.kiosks.stats_dialog import KioskStatsDialog

    window.kiosk_stats_action.trigger()
    assert isinstance(window.dialog, KioskStatsDialog) and window.dialog.isVisible()
    window.dialog.reject()
    from showcase.ui.staff.kiosks.kiosks_dialog import KiosksDialog

    window.kiosks_action.trigger()
    assert isinstance(window.dialog, KiosksDialog) and window.dialog.isVisible()
    window.dialog.reject()


def test_start_kiosk_runs_it_as_a_process_of_its_own(
    qtbot: QtBot, db: Database, sample: Sample
) -> None:
    import sys

    from showcase.ui.staff.window.main_window import MainWindow

    started: list[tuple[str, list[str]]] = []
    starts = [True]  # whether the next start succeeds

    def start_detached(program: str, args: list[str]) -> bool:
        started.append((program, args))
        return starts[0]

    window = MainWindow(db, user=make_account(db), start_process=start_detached)
    qtbot.addWidget(window)
    window.start_kiosk_action.trigger()
    root = ROOT
    assert started == [(sys.executable, [str(root / "main.py"), "--db", str(db.path), "kiosk"])]
    assert window.statusBar().currentMessage() == "The kiosk is starting…"

    starts[0] = False
    window.start_kiosk_action.trigger()
    assert window.message_box is not None
    assert window.message_box.text() == "The kiosk could not be started."
    window.message_box.close()


def test_start_detached_really_starts_a_process(qtbot: QtBot, tmp_path: Path) -> None:
    import sys

    from showcase.ui.staff.kiosks.launch import start_detached

    flag = tmp_path / "started"
    code = f"open({str(flag)!r}, 'w').close()"
    assert start_detached(sys.executable, ["-c", code])
    qtbot.waitUntil(flag.exists, timeout=10_000)
    assert not start_detached(str(tmp_path / "no-such-program"), [])
