"""Staff's choices of what the kiosk shows, as the Kiosk settings dialog reads and sets them."""

from __future__ import annotations

import pytest

from showcase.inventory.kiosk.choices import (
    attract_choices,
    kiosk_categories,
    products_hidden_themselves,
)
from showcase.inventory.products import set_archived
from showcase.store.db import Database
from tests.helpers.factories import Sample, make_sample


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


def test_what_the_settings_dialog_reads(db: Database, sample: Sample) -> None:
    """As the staff's kiosk settings dialog reads it, on either store."""
    with db.read() as reader:
        assert products_hidden_themselves(reader) == 1  # Kerupuk Kemplang
        snacks = next(c for c in kiosk_categories(reader) if c.id == sample.snacks)
    assert (snacks.products, snacks.kiosk_products) == (2, 1)
    with db.session() as s:
        set_archived(s, sample.products["KAI-0001"], True)
    keripik = sample.products["MAK-0001"]
    with db.read() as reader:
        choices = attract_choices(reader, [keripik, sample.products["KAI-0001"]])
    # Featured first by name (the archived one left out), then a chosen product not featured.
    assert [(c.code, c.featured, c.has_photo) for c in choices] == [
        ("KOP-0002", True, False),
        ("KOP-0001", True, False),
        ("MAK-0001", False, False),
    ]
