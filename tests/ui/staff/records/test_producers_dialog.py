"""The producers dialog as a clerk uses it: errors under fields, nothing half-saved, the list kept current."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from showcase.inventory.listing import ProductFilter, product_ids
from showcase.inventory.producers import ProducerInput, create_producer
from showcase.inventory.products import ProductInput, create_product
from showcase.store.db import Database
from showcase.store.models import Producer
from showcase.ui.staff.records.producers_dialog import ProducersDialog, ProducerTableModel
from tests.helpers.record_dialogs import Questions, open_record_dialog


@pytest.fixture
def questions() -> Questions:
    return []


@pytest.fixture
def make_dialog(db: Database, qtbot: QtBot, questions: Questions) -> Callable[..., ProducersDialog]:
    return functools.partial(open_record_dialog, qtbot, db, ProducersDialog, questions)


@pytest.fixture
def dialog(make_dialog: Callable[..., ProducersDialog]) -> ProducersDialog:
    return make_dialog()


@pytest.fixture
def siger(db: Database) -> int:
    """A producer with one product."""
    with db.session() as s:
        pid = create_producer(
            s,
            ProducerInput(
                "Kopi Siger Pesagi", scale="mikro", kabupaten="Lampung Barat", phone="6281369001122"
            ),
        ).id
        create_product(s, ProductInput(code="KOP-0001", name_id="Kopi Robusta", producer_id=pid))
    return pid


def _producers(db: Database) -> list[Producer]:
    with db.session() as s:
        return list(s.scalars(select(Producer).order_by(Producer.id)))


def _count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Producer)) or 0


def _fill_good(d: ProducersDialog, name: str = "Rafins Snack") -> None:
    d.name_edit.setText(name)
    d.umkm_radio.setChecked(True)
    d.scale_combo.setCurrentIndex(d.scale_combo.findData("kecil"))
    d.kabupaten_combo.setCurrentIndex(d.kabupaten_combo.findText("Pringsewu"))
    d.phone_edit.setText("0821-7700-1234")


def _row_texts(d: ProducersDialog) -> list[list[str]]:
    m = d.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_opens_on_an_empty_form_for_a_new_producer(dialog: ProducersDialog, siger: int) -> None:
    dialog.reload()
    assert dialog.heading.text() == "New producer"
    assert dialog.record_id is None
    assert not dialog.delete_button.isEnabled()
    assert dialog.kabupaten_combo.count() == 15
    assert dialog.kabupaten_combo.currentIndex() == -1
    assert not dialog.changed


def test_list_shows_type_kabupaten_local_phone_and_product_count(
    dialog: ProducersDialog, siger: int
) -> None:
    dialog.reload()
    assert _row_texts(dialog) == [
        ["Kopi Siger Pesagi", "UMKM mikro", "Lampung Barat", "0813-6900-1122", "1"]
    ]
    phone = dialog.model.index(0, ProducerTableModel.PHONE)
    assert phone.data(Qt.ItemDataRole.ToolTipRole) == "WhatsApp: https://wa.me/6281369001122"


@pytest.mark.parametrize(
    ("field", "change", "fragment"),
    [
        ("name", lambda d: d.name_edit.setText("   "), "Name is required"),
        ("scale", lambda d: d.scale_combo.setCurrentIndex(-1), "needs its scale"),
        ("phone", lambda d: d.phone_edit.setText("12ab"), "not part of a phone number"),
        ("phone", lambda d: d.phone_edit.setText("0812"), "has 4 digits"),
        ("nib", lambda d: d.nib_edit.setText("123"), "NIB has 13 digits"),
        ("kabupaten", lambda d: d.kabupaten_combo.setCurrentIndex(-1), "is required"),
    ],
)
def test_bad_input_shows_under_its_field_and_saves_nothing(
    dialog: ProducersDialog, db: Database, field: str, change: Callable[..., None], fragment: str
) -> None:
    _fill_good(dialog)
    change(dialog)
    dialog.save_button.click()
    assert fragment in dialog.form.error_text(field)
    others = {"name", "scale", "kabupaten", "phone", "nib"} - {field}
    assert all(dialog.form.error_text(f) == "" for f in others)
    assert "Nothing was saved" in dialog.status_label.text()
    assert _count(db) == 0
    assert not dialog.changed


def test_duplicate_name_shows_under_name(dialog: ProducersDialog, db: Database, siger: int) -> None:
    _fill_good(dialog, name="kopi siger pesagi")
    dialog.save_button.click()
    assert "already exists" in dialog.form.error_text("name")
    assert _count(db) == 1


def test_fixing_the_error_then_saving_clears_the_message(
    dialog: ProducersDialog, db: Database
) -> None:
    _fill_good(dialog)
    dialog.phone_edit.setText("12ab")
    dialog.save_button.click()
    assert dialog.form.error_text("phone")
    dialog.phone_edit.setText("0821-7700-1234")
    dialog.save_button.click()
    assert dialog.form.error_text("phone") == ""
    assert _count(db) == 1


def test_good_input_saves_the_phone_normalised_and_shows_it(
    dialog: ProducersDialog, db: Database
) -> None:
    _fill_good(dialog)
    dialog.phone_edit.setText("+62 812 3456 7890")
    dialog.nib_edit.setText("9120 0012 34567")
    dialog.story_id_edit.setPlainText("Keripik dari pisang kepok pilihan.")
    dialog.story_en_edit.setPlainText("Chips from choice kepok bananas.")
    dialog.save_button.click()
    [saved] = _producers(db)
    assert (saved.name, saved.kind, saved.scale, saved.kabupaten) == (
        "Rafins Snack",
        "umkm",
        "kecil",
        "Pringsewu",
    )
    assert (saved.phone, saved.nib) == ("6281234567890", "9120001234567")
    assert saved.story_en == "Chips from choice kepok bananas."
    assert dialog.phone_edit.text() == "0812-3456-7890"
    assert dialog.record_id == saved.id
    assert dialog.heading.text() == "Edit producer"
    assert dialog.delete_button.isEnabled()
    assert dialog.changed
    assert _row_texts(dialog)[0][:4] == [
        "Rafins Snack",
        "UMKM kecil",
        "Pringsewu",
        "0812-3456-7890",
    ]
    assert dialog.table.currentIndex().row() == 0
    assert not dialog.is_modified()


def test_a_phone_in_arabic_indic_digits_is_saved_as_the_62_number(
    dialog: ProducersDialog, db: Database
) -> None:
    _fill_good(dialog)
    dialog.phone_edit.setText("٠٨١٢\u00a0٣٤٥٦\u00a0٧٨٩٠")
    dialog.save_button.click()
    [saved] = _producers(db)
    assert saved.phone == "6281234567890"
    assert dialog.phone_edit.text() == "0812-3456-7890"
    phone = dialog.model.index(0, ProducerTableModel.PHONE)
    assert phone.data(Qt.ItemDataRole.ToolTipRole) == "WhatsApp: https://wa.me/6281234567890"


def test_koperasi_saves_no_scale_and_disables_the_scale(
    dialog: ProducersDialog, db: Database
) -> None:
    _fill_good(dialog, name="Koperasi Tani Hijau Makmur")
    dialog.koperasi_radio.setChecked(True)
    assert not dialog.scale_combo.isEnabled()
    dialog.save_button.click()
    [saved] = _producers(db)
    assert (saved.kind, saved.scale) == ("koperasi", None)
    assert _row_texts(dialog)[0][1] == "Koperasi"
    dialog.umkm_radio.setChecked(True)
    assert dialog.scale_combo.isEnabled()


def test_selecting_a_row_loads_it_and_saving_edits_it(
    dialog: ProducersDialog, db: Database, siger: int
) -> None:
    dialog.reload()
    dialog.table.selectRow(0)
    assert dialog.record_id == siger
    assert dialog.name_edit.text() == "Kopi Siger Pesagi"
    assert dialog.phone_edit.text() == "0813-6900-1122"
    assert dialog.scale_combo.currentData() == "mikro"
    dialog.contact_edit.setText("Made  Wirawan")
    dialog.save_button.click()
    [saved] = _producers(db)
    assert saved.contact_person == "Made Wirawan"
    assert _count(db) == 1


def test_renaming_a_producer_updates_product_search(
    dialog: ProducersDialog, db: Database, siger: int
) -> None:
    dialog.reload()
    dialog.table.selectRow(0)
    dialog.name_edit.setText("Pesagi Coffee Roastery")
    dialog.save_button.click()
    with db.session() as s:
        found = product_ids(s, ProductFilter(text="Pesagi Coffee Roastery"))
        assert len(found) == 1
        assert product_ids(s, ProductFilter(text="Siger")) == []


def test_delete_of_a_producer_with_products_is_refused_with_the_reason(
    dialog: ProducersDialog, db: Database, siger: int, questions: Questions
) -> None:
    dialog.reload()
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    assert questions and "Kopi Siger Pesagi" in questions[-1][1]
    status = dialog.status_label.text()
    assert status == "Kopi Siger Pesagi still has 1 product: move or archive it first"
    assert not dialog.status_label.isHidden()
    assert _count(db) == 1
    assert not dialog.changed


def test_delete_of_a_producer_without_products(
    dialog: ProducersDialog, db: Database, siger: int
) -> None:
    with db.session() as s:
        other = create_producer(
            s, ProducerInput("Madu Hutan Pesisir", kabupaten="Pesisir Barat")
        ).id
    dialog.reload()
    dialog.table.selectRow(dialog.model.row_of(other) or 0)
    assert dialog.record_id == other
    dialog.delete_button.click()
    assert [p.id for p in _producers(db)] == [siger]
    assert dialog.changed
    assert dialog.record_id is None
    assert dialog.model.rowCount() == 1
    assert "Deleted Madu Hutan Pesisir" in dialog.status_label.text()


def test_delete_asks_and_no_keeps_the_producer(
    make_dialog: Callable[..., ProducersDialog], db: Database
) -> None:
    with db.session() as s:
        create_producer(s, ProducerInput("Madu Hutan Pesisir", kabupaten="Pesisir Barat"))
    dialog = make_dialog(answer=False)
    dialog.reload()
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    assert _count(db) == 1
    assert not dialog.changed


def test_filter_narrows_the_list_by_name_kabupaten_or_phone(
    dialog: ProducersDialog, db: Database, siger: int
) -> None:
    with db.session() as s:
        create_producer(
            s,
            ProducerInput("Madu Hutan Pesisir", kabupaten="Pesisir Barat", phone="0852-6677-8899"),
        )
    dialog.reload()
    assert dialog.model.rowCount() == 2
    for text, expected in [
        ("madu", ["Madu Hutan Pesisir"]),
        ("lampung barat", ["Kopi Siger Pesagi"]),
        ("0852-66", ["Madu Hutan Pesisir"]),
        ("koperasi", []),
        ("", ["Kopi Siger Pesagi", "Madu Hutan Pesisir"]),
    ]:
        dialog.filter_edit.setText(text)
        assert [row[0] for row in _row_texts(dialog)] == expected, text
    dialog.filter_edit.setText("madu")
    assert dialog.count_label.text() == "1 of 2 shown"


def test_unsaved_edits_are_not_dropped_without_asking(
    make_dialog: Callable[..., ProducersDialog], siger: int, questions: Questions
) -> None:
    dialog = make_dialog(answer=False)
    dialog.reload()
    dialog.name_edit.setText("Rafins")
    dialog.table.selectRow(0)
    assert questions and questions[-1][0] == "Unsaved changes"
    assert dialog.name_edit.text() == "Rafins"
    assert dialog.record_id is None
    dialog.reject()
    assert dialog.result() == 0 and dialog.name_edit.text() == "Rafins"


def test_enter_in_a_field_does_not_press_a_button(
    dialog: ProducersDialog, db: Database, qtbot: QtBot
) -> None:
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    _fill_good(dialog)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert _count(db) == 0
    assert dialog.name_edit.text() == "Rafins Snack"


def test_model_has_no_rows_under_a_row() -> None:
    model = ProducerTableModel()
    assert model.rowCount() == 0
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"


def test_names_show_as_typed_and_never_widen_the_window(
    dialog: ProducersDialog, db: Database
) -> None:
    name = "Tani <b>Jaya</b> & Co " + "W" * 150
    _fill_good(dialog, name=name)
    dialog.save_button.click()
    assert _producers(db)[0].name == name
    assert dialog.status_label.text() == f"Saved {name}."
    assert dialog.status_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.minimumSizeHint().width() < 1366


def test_tab_walks_the_list_then_the_form_in_reading_order(
    dialog: ProducersDialog, qtbot: QtBot
) -> None:
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.filter_edit.setFocus()
    expected = [
        dialog.table,
        dialog.new_button,
        dialog.name_edit,
        dialog.umkm_radio,
        dialog.scale_combo,
        dialog.kabupaten_combo,
        dialog.address_edit,
        dialog.contact_edit,
        dialog.phone_edit,
        dialog.nib_edit,
        dialog.story_id_edit,
        dialog.story_en_edit,
        dialog.save_button,
        dialog.close_button,  # Delete is skipped while it is disabled (a new producer)
        dialog.filter_edit,
    ]
    visited = []
    for _ in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == expected
