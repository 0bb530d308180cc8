"""Producers (UMKM with their scale, or koperasi) and categories: adding, editing, removing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from showcase.errors import NotFoundError, UserError, ValidationError
from showcase.i18n import translate
from showcase.inventory.digits import plain_digits
from showcase.inventory.edit_versions import check_version, saving
from showcase.inventory.phone import PhoneError, normalize_phone
from showcase.inventory.regions import normalize_kabupaten
from showcase.store.models import Category, Producer, Product

KINDS = ("umkm", "koperasi")
SCALES = ("mikro", "kecil", "menengah")


@dataclass
class ProducerInput:
    name: str
    kind: str = "umkm"
    scale: str | None = "mikro"
    kabupaten: str = ""
    address: str = ""
    contact_person: str = ""
    phone: str = ""
    nib: str = ""
    story_id: str = ""
    story_en: str = ""


def validate_producer(
    session: Session, data: ProducerInput, *, producer_id: int | None = None
) -> dict[str, object]:
    errors: dict[str, str] = {}
    name = " ".join(data.name.split())
    if not name:
        errors["name"] = translate("Validation", "Name is required")
    elif len(name) > 200:
        errors["name"] = translate(
            "Validation", "Name is too long (at most {n} characters)"
        ).format(n=200)
    else:
        clash = session.scalar(select(Producer.id).where(Producer.name == name))
        if clash is not None and clash != producer_id:
            errors["name"] = translate(
                "Validation", "A producer named {name} already exists"
            ).format(name=name)
    kind = data.kind.strip().lower()
    scale = (data.scale or "").strip().lower() or None
    if kind not in KINDS:
        errors["kind"] = translate("Validation", "Type must be UMKM or koperasi")
    elif kind == "umkm" and scale not in SCALES:
        errors["scale"] = translate(
            "Validation", "An UMKM needs its scale: mikro, kecil or menengah"
        )
    elif kind == "koperasi":
        scale = None
    kabupaten = normalize_kabupaten(data.kabupaten)
    if kabupaten is None:
        errors["kabupaten"] = (
            translate("Validation", "Kabupaten/kota is required")
            if not data.kabupaten.strip()
            else translate("Validation", "{name} is not one of Lampung's 15 kabupaten/kota").format(
                name=data.kabupaten.strip()
            )
        )
    phone = ""
    try:
        phone = normalize_phone(data.phone)
    except PhoneError as exc:
        errors["phone"] = str(exc)
    nib = re.sub(r"\s", "", plain_digits(data.nib))
    if nib and not re.fullmatch(r"\d{13}", nib):
        errors["nib"] = translate("Validation", "NIB has 13 digits")
    if errors:
        raise ValidationError(errors)
    return {
        "name": name,
        "kind": kind,
        "scale": scale,
        "kabupaten": kabupaten,
        "address": data.address.strip(),
        "contact_person": " ".join(data.contact_person.split()),
        "phone": phone,
        "nib": nib,
        "story_id": data.story_id.strip(),
        "story_en": data.story_en.strip(),
    }


def create_producer(session: Session, data: ProducerInput) -> Producer:
    producer = Producer(**validate_producer(session, data))
    session.add(producer)
    session.flush()
    return producer


def update_producer(
    session: Session, producer_id: int, data: ProducerInput, *, version: int | None = None
) -> Producer:
    """Save edits to a producer; EditConflict when it changed since the editor's `version`."""
    producer = session.get(Producer, producer_id)
    if producer is None:
        raise NotFoundError(translate("Validation", "The producer no longer exists"))
    check_version(session, producer, version)
    for key, value in validate_producer(session, data, producer_id=producer_id).items():
        setattr(producer, key, value)
    with saving(session, producer):
        session.flush()
    return producer


def delete_producer(session: Session, producer_id: int) -> None:
    """Remove a producer that has no products; one with products is kept, with a reason."""
    producer = session.get(Producer, producer_id)
    if producer is None:
        raise NotFoundError(translate("Validation", "The producer no longer exists"))
    used = session.scalar(
        select(func.count()).select_from(Product).where(Product.producer_id == producer_id)
    )
    if used:
        message = (
            translate("Validation", "{name} still has {n} product: move or archive it first")
            if used == 1
            else translate(
                "Validation", "{name} still has {n} products: move or archive them first"
            )
        )
        raise UserError(message.format(name=producer.name, n=used))
    session.delete(producer)
    session.flush()


def list_producers(session: Session) -> list[Producer]:
    return list(session.scalars(select(Producer).order_by(Producer.name)))


def product_counts_by_producer(session: Session) -> dict[int, int]:
    """How many products each producer has, by producer id; a producer without any is left out."""
    return _product_counts(session, Product.producer_id)


def product_counts_by_category(session: Session) -> dict[int, int]:
    """How many products use each category, by category id; an unused category is left out."""
    return _product_counts(session, Product.category_id)


def _product_counts(session: Session, column: InstrumentedAttribute[int | None]) -> dict[int, int]:
    # One grouped query for the whole list, rather than a count per row.
    rows = session.execute(select(column, func.count()).where(column.is_not(None)).group_by(column))
    return {key: count for key, count in rows if key is not None}


@dataclass
class CategoryInput:
    name_id: str
    name_en: str = ""
    position: int | None = None
    icon: str = ""


def _validate_category(
    session: Session, data: CategoryInput, *, category_id: int | None = None
) -> dict[str, object]:
    errors: dict[str, str] = {}
    name_id = " ".join(data.name_id.split())
    if not name_id:
        errors["name_id"] = translate("Validation", "Name is required")
    elif len(name_id) > 100:
        errors["name_id"] = translate(
            "Validation", "Name is too long (at most {n} characters)"
        ).format(n=100)
    else:
        clash = session.scalar(select(Category.id).where(Category.name_id == name_id))
        if clash is not None and clash != category_id:
            errors["name_id"] = translate(
                "Validation", "A category named {name} already exists"
            ).format(name=name_id)
    name_en = " ".join(data.name_en.split())
    if len(name_en) > 100:
        errors["name_en"] = translate(
            "Validation", "Name is too long (at most {n} characters)"
        ).format(n=100)
    if errors:
        raise ValidationError(errors)
    values: dict[str, object] = {"name_id": name_id, "name_en": name_en, "icon": data.icon.strip()}
    if data.position is not None:
        values["position"] = data.position
    return values


def create_category(session: Session, data: CategoryInput) -> Category:
    values = _validate_category(session, data)
    if "position" not in values:
        values["position"] = (session.scalar(select(func.max(Category.position))) or 0) + 1
    category = Category(**values)
    session.add(category)
    session.flush()
    return category


def update_category(
    session: Session, category_id: int, data: CategoryInput, *, version: int | None = None
) -> Category:
    """Save edits to a category; EditConflict when it changed since the editor's `version`."""
    category = session.get(Category, category_id)
    if category is None:
        raise NotFoundError(translate("Validation", "The category no longer exists"))
    check_version(session, category, version)
    for key, value in _validate_category(session, data, category_id=category_id).items():
        setattr(category, key, value)
    with saving(session, category):
        session.flush()
    return category


def move_category(session: Session, category_id: int, step: int) -> None:
    """Move a category up (step -1) or down (+1) in the order shown everywhere."""
    ordered = list_categories(session)
    index = next((i for i, c in enumerate(ordered) if c.id == category_id), None)
    if index is None:
        raise NotFoundError(translate("Validation", "The category no longer exists"))
    target = index + step
    if not 0 <= target < len(ordered):
        return
    ordered[index], ordered[target] = ordered[target], ordered[index]
    for position, category in enumerate(ordered, start=1):
        category.position = position
    session.flush()


def delete_category(session: Session, category_id: int) -> None:
    category = session.get(Category, category_id)
    if category is None:
        raise NotFoundError(translate("Validation", "The category no longer exists"))
    used = session.scalar(
        select(func.count()).select_from(Product).where(Product.category_id == category_id)
    )
    if used:
        message = (
            translate(
                "Validation", "{name} still has {n} product: move it to another category first"
            )
            if used == 1
            else translate(
                "Validation", "{name} still has {n} products: move them to another category first"
            )
        )
        raise UserError(message.format(name=category.name_id, n=used))
    session.delete(category)
    session.flush()


def list_categories(session: Session) -> list[Category]:
    return list(session.scalars(select(Category).order_by(Category.position, Category.name_id)))
