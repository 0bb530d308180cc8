"""The product editor: bad input is shown under its field and nothing is saved; good input is saved
in one transaction with its opening stock and photos; cancelling saves nothing."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from showcase.errors import NotFoundError
from showcase.inventory.photos import prepare_photo, set_photos
from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
)
from showcase.inventory.products import ProductInput, create_product
from showcase.store.db import Database
from showcase.store.models import Photo, Product, StockMovement
from showcase.ui.staff.records.product_editor import ProductEditor

Editor = Callable[..., ProductEditor]


@dataclass
class Sample:
    kopi: int
    keripik: int
    producer: int
    product: int  # KOP-0001 with 12 in stock


def jpeg(size: tuple[int, int], color: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def sample(db: Database) -> Sample:
    with db.session() as s:
        kopi = create_category(s, CategoryInput("Kopi", "Coffee"))
        keripik = create_category(s, CategoryInput("Keripik", "Chips"))
        producer = create_producer(
            s, ProducerInput("Koperasi Tani Hijau Makmur", kind="koperasi", kabupaten="Tanggamus")
        )
        product = create_product(
            s,
            ProductInput(
                code="KOP-0001",
                name_id="Kopi Robusta",
                category_id=kopi.id,
                producer_id=producer.id,
                price=25000,
                unit="pack 250 g",
                certificates=["Halal", "Organik"],
            ),
            initial_stock=12,
        )
        return Sample(kopi.id, keripik.id, producer.id, product.id)


@pytest.fixture
def editor(qtbot: QtBot, db: Database, sample: Sample, monkeypatch: pytest.MonkeyPatch) -> Editor:
    """Make an editor (new product by default); every one is closed after the test."""

    def make(product_id: int | None = None) -> ProductEditor:
        widget = ProductEditor(db, product_id)
        qtbot.addWidget(widget)
        # qtbot closes widgets after the test: a changed editor would ask in a modal box.
        monkeypatch.setattr(widget, "confirm_discard", lambda: True)
        return widget

    return make


def products(db: Database) -> list[Product]:
    with db.session() as s:
        return list(s.scalars(select(Product).order_by(Product.id)))


def photos_of(db: Database, product_id: int) -> list[Photo]:
    with db.session() as s:
        return list(
            s.scalars(select(Photo).where(Photo.product_id == product_id).order_by(Photo.position))
        )


def count(db: Database, model: type[Photo] | type[StockMovement]) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def fill_good(qtbot: QtBot, e: ProductEditor) -> None:
    qtbot.keyClicks(e.name_id_edit, "Keripik Pisang Cokelat")
    qtbot.keyClicks(e.price_edit, "Rp 25.000")


def make_files(tmp_path: Path) -> tuple[Path, Path]:
    first = tmp_path / "depan.jpg"
    Image.new("RGB", (640, 480), "brown").save(first, "JPEG")
    second = tmp_path / "belakang.png"
    Image.new("RGBA", (300, 500), (255, 200, 0, 128)).save(second, "PNG")
    return first, second


# -- rejected input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("widget", "text", "field", "fragment"),
    [
        ("name_id_edit", "", "name_id", "Name is required"),
        ("price_edit", "abc", "price", "is not an amount"),
        ("price_edit", "-1", "price", "cannot be negative"),
        ("code_edit", "KOP-0001", "code", "already used by another product"),
        ("min_stock_edit", "2,5", "min_stock", "must be a whole number"),
        ("stock_edit", "x", "stock", "must be a whole number"),
        # Beyond what the store holds (a 32-bit column on PostgreSQL): named with the limit.
        ("price_edit", "12345678901234567890", "price", "Price must be at most Rp2.000.000.000"),
        ("price_edit", "1E+20", "price", "“1E+20” is a number in short form"),
        ("min_stock_edit", "1000000001", "min_stock", "must be at most 1.000.000.000"),
        ("stock_edit", "99999999999999999999", "stock", "Stock must be at most 1.000.000.000"),
    ],
)
def test_bad_input_is_shown_under_its_field_and_nothing_is_saved(
    qtbot: QtBot,
    db: Database,
    editor: Editor,
    tmp_path: Path,
    widget: str,
    text: str,
    field: str,
    fragment: str,
) -> None:
    e = editor()
    fill_good(qtbot, e)
    e.photo_strip.add_files(list(make_files(tmp_path)))
    edit = getattr(e, widget)
    edit.clear()
    qtbot.keyClicks(edit, text)
    before = products(db)

    qtbot.mouseClick(e.save_button, Qt.MouseButton.LeftButton)

    assert fragment in e.error_text(field)
    others = {"code", "name_id", "price", "stock", "min_stock", "unit"} - {field}
    assert all(e.error_text(other) == "" for other in others)
    assert e.result() != QDialog.DialogCode.Accepted and e.saved_product_id is None
    assert [p.code for p in products(db)] == [p.code for p in before]
    assert count(db, Photo) == 0
    assert count(db, StockMovement) == 1  # only the sample's opening stock


def test_errors_clear_once_fixed(qtbot: QtBot, db: Database, editor: Editor) -> None:
    e = editor()
    qtbot.mouseClick(e.save_button, Qt.MouseButton.LeftButton)
    assert e.error_text("name_id") and e.error_text("price")
    fill_good(qtbot, e)
    qtbot.mouseClick(e.save_button, Qt.MouseButton.LeftButton)
    assert e.result() == QDialog.DialogCode.Accepted


def test_enter_in_a_field_validates_instead_of_closing(
    qtbot: QtBot, db: Database, editor: Editor
) -> None:
    e = editor()
    e.show()
    qtbot.waitExposed(e)
    qtbot.keyClicks(e.price_edit, "25000")
    qtbot.keyClick(e.price_edit, Qt.Key.Key_Return)
    assert e.isVisible()
    assert e.error_text("name_id") == "Name is required"
    assert len(products(db)) == 1


# -- saved input -----------------------------------------------------------------------------


def test_new_product_is_saved_with_price_and_opening_stock(
    qtbot: QtBot, db: Database, editor: Editor, sample: Sample
) -> None:
    e = editor()
    assert e.windowTitle() == "New product"
    fill_good(qtbot, e)
    assert e.price_hint.text() == "= Rp25.000"
    qtbot.keyClicks(e.name_en_edit, "Chocolate banana chips")
    e.category_combo.setCurrentIndex(e.category_combo.findText("Keripik"))
    e.producer_combo.setCurrentIndex(
        e.producer_combo.findText("Koperasi Tani Hijau Makmur — Tanggamus")
    )
    e.unit_combo.setCurrentText("pack 100 g")
    assert e.stock_edit is not None
    e.stock_edit.clear()
    qtbot.keyClicks(e.stock_edit, "7")
    e.min_stock_edit.setText("3")
    e.featured_check.setChecked(True)
    e.certificates_list.item(0).setCheckState(Qt.CheckState.Checked)  # Halal
    e.certificates_list.item(1).setCheckState(Qt.CheckState.Checked)  # P-IRT
    qtbot.keyClicks(e.export_edit, "Singapura, Mesir ,")
    qtbot.keyClicks(e.description_id_edit, "Keripik pisang khas Bandar Lampung.")

    with qtbot.waitSignal(e.accepted):
        qtbot.mouseClick(e.save_button, Qt.MouseButton.LeftButton)

    with db.session() as s:
        p = s.get(Product, e.saved_product_id)
        assert p is not None
        assert (p.code, p.name_id, p.name_en) == (
            "KER-0001",
            "Keripik Pisang Cokelat",
            "Chocolate banana chips",
        )
        assert (p.category_id, p.producer_id) == (sample.keripik, sample.producer)
        assert (p.price, p.unit, p.stock, p.min_stock) == (25000, "pack 100 g", 7, 3)
        assert (p.featured, p.on_kiosk) == (True, True)
        assert p.certificates == ["Halal", "P-IRT"]
        assert p.export_markets == ["Singapura", "Mesir"]
        assert p.description_id == "Keripik pisang khas Bandar Lampung."
        assert [(m.kind, m.quantity) for m in p.movements] == [("receive", 7)]


def test_digits_of_other_scripts_are_saved_as_numbers(
    qtbot: QtBot, db: Database, editor: Editor
) -> None:
    """Price, opening stock and minimum stock typed on an Arabic or a full-width keyboard."""
    e = editor()
    qtbot.keyClicks(e.name_id_edit, "Keripik Pisang Cokelat")
    e.price_edit.setText("Rp ٢٥٬٠٠٠")
    assert e.price_hint.text() == "= Rp25.000"
    assert e.stock_edit is not None
    e.stock_edit.setText("۱\u2009۲۰۰")  # Extended Arabic-Indic, a thin space between thousands
    e.min_stock_edit.setText("１５")  # full width
    with qtbot.waitSignal(e.accepted):
        qtbot.mouseClick(e.save_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        p = s.get(Product, e.saved_product_id)
        assert p is not None
        assert (p.price, p.stock, p.min_stock) == (25000, 1200, 15)


def test_price_hint_follows_typing(qtbot: QtBot, editor: Editor) -> None:
    e = editor()
    qtbot.keyClicks(e.price_edit, "25000")
    assert e.price_hint.text() == "= Rp25.000"
    qtbot.keyClicks(e.price_edit, "x")
    assert e.price_hint.text() == "not an amount"
    e.price_edit.setText("1.250.000")
    assert e.price_hint.text() == "= Rp1.250.000"
    e.price_edit.setText("12345678901234567890")
    assert e.price_hint.text() == "more than Rp2.000.000.000"


def test_code_follows_the_category_until_the_user_types_one(qtbot: QtBot, editor: Editor) -> None:
    e = editor()
    assert e.code_edit.text() == "PRD-0001"
    e.category_combo.setCurrentIndex(e.category_combo.findText("Kopi"))
    assert e.code_edit.text() == "KOP-0002"
    e.category_combo.setCurrentIndex(e.category_combo.findText("Keripik"))
    assert e.code_edit.text() == "KER-0001"

    e.code_edit.clear()
    qtbot.keyClicks(e.code_edit, "KPS-CKL")
    e.category_combo.setCurrentIndex(e.category_combo.findText("Kopi"))
    assert e.code_edit.text() == "KPS-CKL"

    e.code_edit.selectAll()
    qtbot.keyClick(e.code_edit, Qt.Key.Key_Delete)  # cleared: the automatic code comes back
    e.category_combo.setCurrentIndex(0)
    assert e.code_edit.text() == "PRD-0001"


def test_ctrl_s_saves(qtbot: QtBot, db: Database, editor: Editor) -> None:
    e = editor()
    e.show()
    qtbot.waitExposed(e)
    e.activateWindow()
    qtbot.waitUntil(e.isActiveWindow)
    fill_good(qtbot, e)
    with qtbot.waitSignal(e.accepted):
        qtbot.keyClick(e.name_id_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [p.name_id for p in products(db)][-1] == "Keripik Pisang Cokelat"


# -- editing ---------------------------------------------------------------------------------


def test_editing_keeps_the_stock_and_shows_it_read_only(
    qtbot: QtBot, db: Database, editor: Editor, sample: Sample
) -> None:
    e = editor(sample.product)
    assert e.windowTitle() == "Edit product — KOP-0001"
    assert e.stock_edit is None and e.stock_label is not None
    assert "12 pack 250 g" in e.stock_label.text()
    assert e.price_edit.text() == "25.000"
    assert e.certificates() == ["Halal", "Organik"]
    assert not e.is_modified()

    e.name_id_edit.clear()
    qtbot.keyClicks(e.name_id_edit, "Kopi Robusta Tanggamus")
    e.price_edit.setText("30000")
    e.category_combo.setCurrentIndex(e.category_combo.findText("Keripik"))
    assert e.code_edit.text() == "KOP-0001"  # an existing code never follows the category
    qtbot.mouseClick(e.save_button, Qt.MouseButton.LeftButton)

    assert e.saved_product_id == sample.product
    (p,) = products(db)
    assert (p.name_id, p.price, p.stock, p.category_id) == (
        "Kopi Robusta Tanggamus",
        30000,
        12,
        sample.keripik,
    )
    assert count(db, StockMovement) == 1


def test_a_bad_edit_changes_nothing(
    qtbot: QtBot, db: Database, editor: Editor, sample: Sample
) -> None:
    with db.session() as s:
        set_photos(s, sample.product, [prepare_photo(jpeg((80, 60), "red"))])
    e = editor(sample.product)
    e.photo_strip.select_row(0)
    e.photo_strip.remove_selected()
    e.name_id_edit.setText("Kopi Baru")
    e.min_stock_edit.setText("-2")
    qtbot.mouseClick(e.save_button, Qt.MouseButton.LeftButton)
    assert "cannot be negative" in e.error_text("min_stock")
    (p,) = products(db)
    assert p.name_id == "Kopi Robusta"
    assert len(photos_of(db, sample.product)) == 1


# -- photos ----------------------------------------------------------------------------------


def test_added_photos_are_stored_in_order_first_is_main(
    qtbot: QtBot, db: Database, editor: Editor, tmp_path: Path
) -> None:
    e = editor()
    fill_good(qtbot, e)
    assert e.photo_strip.add_files(list(make_files(tmp_path))) == []
    qtbot.mouseClick(e.save_button, Qt.MouseButton.LeftButton)

    assert e.saved_product_id is not None
    stored = photos_of(db, e.saved_product_id)
    assert [(p.position, p.width, p.height) for p in stored] == [(0, 640, 480), (1, 300, 500)]
    for photo in stored:
        assert Image.open(io.BytesIO(photo.image)).format == "JPEG"
        assert Image.open(io.BytesIO(photo.thumbnail)).format == "JPEG"


def test_bad_photo_files_are_named_and_change_nothing(
    db: Database, editor: Editor, tmp_path: Path, sample: Sample
) -> None:
    text = tmp_path / "daftar harga.txt"
    text.write_text("Kopi 25.000")
    broken = tmp_path / "kopi.jpg"
    broken.write_bytes(jpeg((200, 200), "brown")[:150])
    e = editor(sample.product)
    problems = e.photo_strip.add_files([text, broken])
    assert len(problems) == 2
    assert "daftar harga.txt" in problems[0]
    assert "kopi.jpg" in problems[1]
    assert e.photo_strip.items() == []
    assert not e.is_modified()


def test_reorder_and_set_main_are_saved(
    qtbot: QtBot, db: Database, editor: Editor, sample: Sample
) -> None:
    with db.session() as s:
        ids = [
            p.id
            for p in set_photos(
                s,
                sample.product,
                [prepare_photo(jpeg((w, 50), "green")) for w in (100, 200, 300)],
            )
        ]
    a, b, c = ids
    e = editor(sample.product)
    assert e.photo_strip.items() == [a, b, c]
    e.photo_strip.select_row(2)
    qtbot.mouseClick(e.photo_strip.main_button, Qt.MouseButton.LeftButton)  # c, a, b
    qtbot.mouseClick(e.photo_strip.right_button, Qt.MouseButton.LeftButton)  # a, c, b
    assert e.is_modified()
    qtbot.mouseClick(e.save_button, Qt.MouseButton.LeftButton)

    assert [(p.id, p.position) for p in photos_of(db, sample.product)] == [(a, 0), (c, 1), (b, 2)]


def test_removed_photo_is_deleted_on_save(
    qtbot: QtBot, db: Database, editor: Editor, sample: Sample, tmp_path: Path
) -> None:
    with db.session() as s:
        a, b = (
            p.id
            for p in set_photos(
                s, sample.product, [prepare_photo(jpeg((60, 60), c)) for c in ("red", "blue")]
            )
        )
    e = editor(sample.product)
    e.photo_strip.select_row(0)
    qtbot.mouseClick(e.photo_strip.remove_button, Qt.MouseButton.LeftButton)
    e.photo_strip.add_files([make_files(tmp_path)[0]])
    qtbot.mouseClick(e.save_button, Qt.MouseButton.LeftButton)

    stored = photos_of(db, sample.product)
    assert stored[0].id == b
    assert [(p.position, p.width) for p in stored] == [(0, 60), (1, 640)]
    with db.session() as s:
        assert s.get(Photo, a) is None


# -- cancelling ------------------------------------------------------------------------------


def test_cancel_asks_before_discarding_and_saves_nothing(
    qtbot: QtBot, db: Database, editor: Editor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    e = editor()
    e.show()
    qtbot.waitExposed(e)
    fill_good(qtbot, e)
    e.photo_strip.add_files(list(make_files(tmp_path)))
    answers = [False, True]
    asked: list[bool] = []

    def confirm() -> bool:
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(e, "confirm_discard", confirm)
    qtbot.mouseClick(e.cancel_button, Qt.MouseButton.LeftButton)
    assert e.isVisible()  # "keep editing"
    qtbot.keyClick(e.name_id_edit, Qt.Key.Key_Escape)
    assert not e.isVisible() and e.result() == QDialog.DialogCode.Rejected
    assert len(asked) == 2
    assert len(products(db)) == 1
    assert count(db, Photo) == 0


def test_cancel_without_changes_does_not_ask(
    qtbot: QtBot, editor: Editor, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    e = editor(sample.product)
    e.show()
    qtbot.waitExposed(e)

    def never() -> bool:
        raise AssertionError("asked although nothing changed")

    monkeypatch.setattr(e, "confirm_discard", never)
    qtbot.keyClick(e.name_id_edit, Qt.Key.Key_Escape)
    assert not e.isVisible() and e.result() == QDialog.DialogCode.Rejected


def test_product_and_photos_are_one_transaction(
    qtbot: QtBot,
    db: Database,
    editor: Editor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If the photos cannot be stored, the new product is not stored either, and staff are told."""
    import showcase.ui.staff.records.product_editor as module

    def failing_set_photos(*args: object) -> None:
        raise NotFoundError("A photo to keep is not a photo of this product any more")

    monkeypatch.setattr(module, "set_photos", failing_set_photos)
    e = editor()
    fill_good(qtbot, e)
    assert e.stock_edit is not None
    e.stock_edit.setText("5")
    e.photo_strip.add_files([make_files(tmp_path)[0]])
    qtbot.mouseClick(e.save_button, Qt.MouseButton.LeftButton)

    assert e.general_error.text() == "A photo to keep is not a photo of this product any more"
    assert e.saved_product_id is None
    assert [p.code for p in products(db)] == ["KOP-0001"]
    assert count(db, StockMovement) == 1
