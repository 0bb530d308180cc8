"""What every full showing of a product begins with (the kiosk's product page, a catalogue's
card): its code, its name and description in both languages, its price and unit.

Plain data with no imports of the store: the kiosk process reads products without SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ShownProduct:
    """A product's own words and price, as read for one showing of it."""

    id: int
    code: str
    name_id: str
    name_en: str
    description_id: str
    description_en: str
    price: int
    unit: str
