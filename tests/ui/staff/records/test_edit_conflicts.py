"""Two desks (or two windows on one file) editing the same record: the second to save is told
who changed it, sees the new values beside their own edit with the editor still open, and
chooses: keep theirs (save again over the new version) or take the new values. On both stores."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from showcase.inventory.producers import (
    CategoryInput,
    ProducerInput,
    create_category,
    create_producer,
    update_category,
    update_producer,
)
from showcase.inventory.products import ProductInput, create_product, get_product, update_product
from showcase.store.db import Database
from showcase.store.models import Category, Producer
from showcase.ui.staff.records.categories_dialog import CategoriesDialog
from showcase.ui.staff.records.producers_dialog import ProducersDialog
from showcase.ui.staff.records.product_editor import ProductEditor
from tests.helpers.desks import second_desk


@pytest.fixture
def ani(db: Database) -> Iterator[Database]:
    """The other desk, signed in as Ani, on the same showcase."""
    with second_desk(db, "Ani") as desk:
        yield desk


@pytest.fixture
def product_id(db: Database) -> int:
    db.actor = "Budi"
    with db.session() as s:
        kopi = create_category(s, CategoryInput("Kopi", "Coffee"))
        return create_product(
            s, ProductInput("KOP-0001", "Kopi Robusta", category_id=kopi.id, price=25000)
        ).id


def _open_editor(qtbot: QtBot, db: Database, product_id: int) -> ProductEditor:
    editor = ProductEditor(db, product_id)
    qtbot.addWidget(editor)
    editor.confirm_discard = lambda: True  # type: ignore[method-assign]
    return editor


def test_the_product_editor_tells_who_changed_it_and_keeps_the_edit(
    qtbot: QtBot, db: Database, ani: Database, product_id: int
) -> None:
    editor = _open_editor(qtbot, db, product_id)
    editor.name_id_edit.setText("Kopi Robusta Budi")
    editor.price_edit.setText("30.000")
    with ani.session() as s:
        update_product(s, product_id, ProductInput("KOP-0001", "Kopi Robusta Ani", price=27000))

    assert editor.save() is False
    assert editor.isVisible() or not editor.result()  # still open: not accepted
    assert editor.conflict_panel.isVisibleTo(editor)
    assert "Ani" in editor.conflict_panel.message.text()
    rows = {label: (theirs, mine) for label, theirs, mine in editor.conflict_panel.shown_rows()}
    assert rows["Name (Indonesian)"] == ("Kopi Robusta Ani", "Kopi Robusta Budi")
    assert rows["Price"] == ("Rp27.000", "Rp30.000")
    assert "Category" in rows  # Ani's save left the category out: shown as a difference
    assert editor.name_id_edit.text() == "Kopi Robusta Budi"  # the edit is still there
    with db.session() as s:
        assert get_product(s, product_id).name_id == "Kopi Robusta Ani"  # nothing overwritten

    editor.conflict_panel.keep_button.click()  # keep mine: saved over Ani's version
    assert editor.saved_product_id == product_id
    with db.session() as s:
        product = get_product(s, product_id)
        assert (product.name_id, product.price) == ("Kopi Robusta Budi", 30000)


def test_taking_their_values_fills_the_form_and_saves_nothing(
    qtbot: QtBot, db: Database, ani: Database, product_id: int
) -> None:
    editor = _open_editor(qtbot, db, product_id)
    editor.name_id_edit.setText("Kopi Robusta Budi")
    with ani.session() as s:
        update_product(s, product_id, ProductInput("KOP-0001", "Kopi Robusta Ani", price=27000))
    assert editor.save() is False
    editor.conflict_panel.take_button.click()
    assert not editor.conflict_panel.isVisibleTo(editor)
    assert editor.name_id_edit.text() == "Kopi Robusta Ani"
    assert editor.price_edit.text() == "27.000"
    with db.session() as s:
        assert get_product(s, product_id).name_id == "Kopi Robusta Ani"
    # Saving now is over Ani's version: no second conflict.
    editor.description_id_edit.setPlainText("Biji pilihan")
    assert editor.save() is True
    with db.session() as s:
        product = get_product(s, product_id)
        assert (product.name_id, product.description_id) == ("Kopi Robusta Ani", "Biji pilihan")


def test_the_producers_dialog_shows_the_conflict(qtbot: QtBot, db: Database, ani: Database) -> None:
    db.actor = "Budi"
    with db.session() as s:
        producer_id = create_producer(s, ProducerInput("Rafins", kabupaten="Pringsewu")).id
    dialog = ProducersDialog(db)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda title, text: True
    dialog.load(producer_id)
    dialog.name_field().setText("Rafins Snack Budi")
    with ani.session() as s:
        update_producer(s, producer_id, ProducerInput("Rafins Snack Ani", kabupaten="Pringsewu"))
    dialog.save()
    assert dialog.conflict_panel.isVisibleTo(dialog)
    assert "Ani" in dialog.status_label.text()
    assert ("Name", "Rafins Snack Ani", "Rafins Snack Budi") in dialog.conflict_panel.shown_rows()
    assert dialog.name_field().text() == "Rafins Snack Budi"
    with db.session() as s:
        assert s.get_one(Producer, producer_id).name == "Rafins Snack Ani"
    dialog.conflict_panel.keep_button.click()
    with db.session() as s:
        assert s.get_one(Producer, producer_id).name == "Rafins Snack Budi"
    assert not dialog.conflict_panel.isVisibleTo(dialog)


def test_the_categories_dialog_takes_their_values(
    qtbot: QtBot, db: Database, ani: Database
) -> None:
    with db.session() as s:
        category_id = create_category(s, CategoryInput("Kopi", "Coffee")).id
    dialog = CategoriesDialog(db)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda title, text: True
    dialog.load(category_id)
    dialog.name_field().setText("Kopi Budi")
    with ani.session() as s:
        update_category(s, category_id, CategoryInput("Kopi Lampung", "Lampung coffee"))
    dialog.save()
    assert [row[0] for row in dialog.conflict_panel.shown_rows()] == [
        "Name (Indonesian)",
        "Name (English)",
    ]
    dialog.conflict_panel.take_button.click()
    assert dialog.name_field().text() == "Kopi Lampung"
    assert not dialog.is_modified() or dialog.form_input().name_id == "Kopi Lampung"
    with db.session() as s:
        assert s.get_one(Category, category_id).name_id == "Kopi Lampung"
