"""The staff window's language: Settings → Language / Bahasa switches the open window at once,
keeps what staff were looking at, is remembered on this PC, and money, counts and dates follow
it; the kiosk still starts in Indonesian and its toggle writes prices the visitor's way."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from showcase.store.db import Database
from showcase.ui.language import current_language
from showcase.ui.qt_setup import install_translators
from showcase.ui.staff.window import language_menu
from showcase.ui.staff.window.main_window import MainWindow
from showcase.ui.staff.window.staff_app import StaffApp
from tests.helpers.factories import Sample, make_account, make_sample


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


@pytest.fixture
def staff(qtbot: QtBot, qapp: QApplication, db: Database, sample: Sample) -> Iterator[StaffApp]:
    """The staff program as run_staff makes it (without the daily backup's start), its window
    shown; closed at the test's end unless a switch already deleted it (qtbot.addWidget would
    close a deleted window)."""
    language_menu.apply_saved_language(qapp)
    app = StaffApp(qapp, db, make_account(db))
    app.window.show()
    qtbot.waitExposed(app.window)
    made = [app.window]
    yield app
    made.append(app.window)
    for w in made:
        if isValid(w):
            w.close()


@pytest.fixture
def window(staff: StaffApp) -> MainWindow:
    return staff.window


def menus(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def language_actions(window: MainWindow) -> dict[str, object]:
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None
    return {a.text(): a for a in menu.actions()}


def choose(qtbot: QtBot, staff: StaffApp, name: str) -> MainWindow:
    """Pick a language in the menu, as staff do, and wait for the new window."""
    window = staff.window
    action = language_actions(window)[name]
    action.trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: staff.window is not window)
    new = staff.window
    qtbot.waitExposed(new)
    qtbot.waitUntil(lambda: not isValid(window))  # the old window is gone, not just hidden
    return new


def row_of(window: MainWindow, code: str) -> int:
    model = window.model
    return [model.index(r, 0).data() for r in range(model.rowCount())].index(code)


def test_indonesian_until_staff_choose_otherwise(window: MainWindow) -> None:
    assert language_menu.saved_language() == "id"
    assert current_language() == "id"
    assert menus(window)[:4] == ["Berkas", "Produk", "Data", "Kios"]
    assert "Pengaturan" in menus(window)
    actions = language_actions(window)
    assert list(actions) == ["Bahasa Indonesia", "English"]
    assert actions["Bahasa Indonesia"].isChecked()  # type: ignore[attr-defined]
    assert window.model.index(row_of(window, "KOP-0002"), 6).data() == "Rp350.000"


def test_english_at_once_keeping_the_search_filters_sort_and_selection(
    qtbot: QtBot, window: MainWindow, db: Database, staff: StaffApp
) -> None:
    window.filters.category.setCurrentIndex(window.filters.category.findText("Kopi"))
    window.apply_filter()
    window.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # price, highest first
    assert window.select_product(window.model.product_id(row_of(window, "KOP-0001")))
    chosen = window.current_product_id()
    assert chosen is not None
    window_user = window.user.name
    window.resize(1100, 700)

    english = choose(qtbot, staff, "English")

    assert english is not window and english.database is db
    assert english.user.name == window_user
    assert menus(english)[:5] == ["File", "Products", "Data", "Kiosk", "Settings"]
    assert english.new_action.text().replace("&", "") == "New product"
    assert english.filters.category.currentText() == "Coffee"  # the same category, in English
    assert english.count_label.text() == "2 products"
    header = english.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        6,
        Qt.SortOrder.DescendingOrder,
    )
    prices = [english.model.index(r, 6).data() for r in range(english.model.rowCount())]
    assert prices == ["Rp350,000", "Rp45,000"]
    assert english.current_product_id() == chosen
    assert english.size().width() == 1100
    assert language_actions(english)["English"].isChecked()  # type: ignore[attr-defined]
    # The database stayed open: the new window reads and writes it.
    from showcase.inventory.products import set_archived

    with db.session() as session:
        set_archived(session, chosen, True)
    english.refresh()
    assert english.count_label.text() == "1 product"


def test_started_in_english_then_indonesian_every_column_title_is_whole(
    qtbot: QtBot, qapp: QApplication, db: Database, sample: Sample
) -> None:
    """The widths staff left go with the switch, each widened where its title in the new
    language needs it ("Unggulan" and its sort mark are wider than "Featured")."""
    language_menu.save_language("en")
    language_menu.apply_saved_language(qapp)
    staff = StaffApp(qapp, db, make_account(db))
    english = staff.window
    english.show()
    qtbot.waitExposed(english)
    english.table.sortByColumn(8, Qt.SortOrder.AscendingOrder)  # featured: its title and mark
    english.table.setColumnWidth(0, 150)  # staff dragged the code column wider
    indonesian = choose(qtbot, staff, "Bahasa Indonesia")
    header = indonesian.table.horizontalHeader()
    assert header.model().headerData(8, Qt.Orientation.Horizontal) == "Unggulan"
    assert header.sortIndicatorSection() == 8
    cut = [c for c in range(header.count()) if header.sectionSize(c) < header.sectionSizeHint(c)]
    assert cut == []
    assert header.sectionSize(0) == 150
    indonesian.close()


def test_the_choice_is_kept_on_this_pc_for_the_next_start(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, tmp_path: Path, staff: StaffApp
) -> None:
    choose(qtbot, staff, "English")
    assert language_menu.saved_language() == "en"
    stored = tmp_path / "home" / ".config" / "Etalase" / "staff.ini"
    assert stored.is_file() and "language=en" in stored.read_text()
    # A new start: application() installs Indonesian, then the saved choice is applied.
    install_translators(qapp, "id")
    assert language_menu.apply_saved_language(qapp) == "en"
    assert current_language() == "en"
    assert QApplication.translate("MainWindow", "&Products") == "&Products"

    back = choose(qtbot, staff, "Bahasa Indonesia")
    assert menus(back)[:2] == ["Berkas", "Produk"]
    assert back.count_label.text() == "6 produk"
    assert language_menu.saved_language() == "id"


@pytest.mark.parametrize("stored", ["fr", "", "123", "EN"])
def test_an_unknown_or_damaged_setting_means_indonesian_unless_english(stored: str) -> None:
    language_menu.save_language("en")
    settings = language_menu._settings()
    settings.setValue(language_menu.LANGUAGE_KEY, stored)
    settings.sync()
    assert language_menu.saved_language() == ("en" if stored == "EN" else "id")


def test_a_language_that_is_not_offered_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        language_menu.save_language("fr")  # type: ignore[arg-type]
    assert language_menu.saved_language() == "id"


def test_stock_history_and_visits_write_dates_and_numbers_the_staff_way(
    qapp: QApplication,
) -> None:
    from showcase.ui.staff.kiosks import stats_dialog
    from showcase.ui.staff.records import stock_dialog

    moment = datetime.datetime(2026, 11, 22, 7, 5, tzinfo=datetime.UTC)
    local = moment.astimezone()
    install_translators(qapp, "id")
    assert stock_dialog.local_time_text(moment, current_language()) == local.strftime(
        "%d/%m/%Y %H.%M"
    )
    assert stock_dialog.signed_text(-1500, current_language()) == "\u22121.500"
    assert stats_dialog._day_text(datetime.date(2026, 11, 22)) == "22/11/2026"
    install_translators(qapp, "en")
    assert stock_dialog.local_time_text(moment, current_language()).startswith(
        f"{local.day} {local.strftime('%b')} {local.year}"
    )
    assert stock_dialog.signed_text(1500, current_language()) == "+1,500"
    assert stats_dialog._day_text(datetime.date(2026, 11, 22)) == "22 Nov 2026"


def test_the_kiosk_starts_in_indonesian_and_its_toggle_writes_prices_the_visitors_way(
    qtbot: QtBot,
    qapp: QApplication,
    demo_file: Path,
) -> None:
    from tests.helpers.kiosk import open_kiosk, tap, tap_tile

    language_menu.save_language("en")  # staff on this PC read English
    language_menu.apply_saved_language(qapp)
    kiosk = open_kiosk(qtbot, demo_file)
    assert kiosk.language == "id" and current_language() == "id"
    assert kiosk.bar.home.text() == "Beranda"
    tap(qtbot, kiosk.attract)
    tap_tile(qtbot, kiosk.home, "product")
    page = kiosk.product_page
    price = page.price.text()
    assert price.startswith("Rp") and "." in price and "," not in price
    tap(qtbot, kiosk.bar.language.buttons["en"])
    assert page.price.text() == price.replace(".", ",")
    assert current_language() == "en"
    tap(qtbot, kiosk.bar.language.buttons["id"])
    assert page.price.text() == price


def test_the_daily_backup_keeps_running_in_the_new_window(
    qtbot: QtBot, window: MainWindow, staff: StaffApp
) -> None:
    window.daily_backup.start()  # as run_staff does
    english = choose(qtbot, staff, "English")
    assert english.daily_backup.timer.isActive()
    english.daily_backup.stop()


def test_the_product_editor_writes_prices_the_staff_way(
    qtbot: QtBot, qapp: QApplication, db: Database, sample: Sample
) -> None:
    from showcase.ui.staff.records.product_editor import ProductEditor

    for language, field, hint in (
        ("id", "750.000", "= Rp750.000"),
        ("en", "750,000", "= Rp750,000"),
    ):
        install_translators(qapp, language)  # type: ignore[arg-type]
        editor = ProductEditor(db, sample.products["KAI-0002"])
        qtbot.addWidget(editor)
        assert editor.price_edit.text() == field
        assert editor.price_hint.text() == hint
        # What is shown can be saved as it is: the amount reads back the same.
        editor.price_edit.setText(field)
        assert editor.price_hint.text() == hint


def test_every_toolbar_action_shows_its_drawn_icon(window: MainWindow) -> None:
    from PySide6.QtWidgets import QToolBar

    toolbar = window.findChild(QToolBar, "actions")
    assert toolbar is not None
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert len(actions) >= 9
    assert [a.text() for a in actions if a.icon().isNull()] == []
    for action in (window.help_action, window.backup_action, window.signed_in.audit_action):
        assert not action.icon().isNull()
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_the_guide_open_beside_the_window_stays_open(
    qtbot: QtBot, window: MainWindow, staff: StaffApp
) -> None:
    window.open_help()
    assert window.help_window is not None and window.help_window.isVisible()
    english = choose(qtbot, staff, "English")
    assert english.help_window is not None and english.help_window.isVisible()


def test_choosing_the_language_already_shown_keeps_the_window(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, staff: StaffApp
) -> None:
    window.filters.search.setText("kopi")
    with qtbot.assertNotEmitted(window.language_chosen):
        language_actions(window)["Bahasa Indonesia"].trigger()  # type: ignore[attr-defined]
        qapp.processEvents()
    assert staff.window is window and isValid(window) and window.isVisible()
    assert window.filters.search.text() == "kopi"
