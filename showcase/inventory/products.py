"""Adding, editing, duplicating and archiving products, with validation that names each bad field."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from showcase.errors import NotFoundError, UserError, ValidationError
from showcase.i18n import translate
from showcase.inventory.edit_versions import check_version, saving
from showcase.inventory.money import AmountError, parse_rupiah
from showcase.inventory.numbers import parse_whole_number
from showcase.inventory.stock import record_movement
from showcase.store.models import Category, Photo, Producer, Product
from showcase.store.portable import starts_with

CODE_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-_./]{0,39}")
MAX_NAME = 200
# How many next codes a save tries while other desks keep taking them.
CODE_ATTEMPTS = 20


@dataclass
class ProductInput:
    """What a person enters for a product. Numbers may arrive as typed text ("Rp 25.000")."""

    code: str
    name_id: str
    name_en: str = ""
    description_id: str = ""
    description_en: str = ""
    category_id: int | None = None
    producer_id: int | None = None
    price: str | int = 0
    unit: str = "pcs"
    min_stock: str | int = 0
    featured: bool = False
    on_kiosk: bool = True
    certificates: list[str] = field(default_factory=list)
    export_markets: list[str] = field(default_factory=list)

    @classmethod
    def from_product(cls, product: Product) -> ProductInput:
        return cls(
            code=product.code,
            name_id=product.name_id,
            name_en=product.name_en,
            description_id=product.description_id,
            description_en=product.description_en,
            category_id=product.category_id,
            producer_id=product.producer_id,
            price=product.price,
            unit=product.unit,
            min_stock=product.min_stock,
            featured=product.featured,
            on_kiosk=product.on_kiosk,
            certificates=list(product.certificates),
            export_markets=list(product.export_markets),
        )


def _clean_list(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        item = " ".join(item.split())
        if item and item.casefold() not in {s.casefold() for s in seen}:
            seen[item] = None
    return list(seen)


@dataclass(frozen=True)
class StoredRecords:
    """What `validate_product` checks against the store, read once for many products (an
    import of thousands) instead of asked once per product: the id of the product holding each
    code that may clash (casefolded, as codes are compared), and the ids of the categories and
    producers that exist."""

    codes: Mapping[str, int]
    category_ids: Collection[int]
    producer_ids: Collection[int]


def validate_product(
    session: Session,
    data: ProductInput,
    *,
    product_id: int | None = None,
    stored: StoredRecords | None = None,
) -> dict[str, object]:
    """Check every field of `data`; return clean column values or raise ValidationError naming them all.
    `stored` answers the checks against the store from memory (see StoredRecords)."""
    errors: dict[str, str] = {}
    code = data.code.strip()
    if not code:
        errors["code"] = translate("Validation", "Code is required")
    elif not CODE_PATTERN.fullmatch(code):
        errors["code"] = translate(
            "Validation", "Code may hold only letters, digits and - _ . / (at most 40)"
        )
    else:
        clash = (
            session.scalar(select(Product.id).where(Product.code == code))
            if stored is None
            else stored.codes.get(code.casefold())
        )
        if clash is not None and clash != product_id:
            errors["code"] = translate(
                "Validation", "Code {code} is already used by another product"
            ).format(code=code)
    name_id = " ".join(data.name_id.split())
    if not name_id:
        errors["name_id"] = translate("Validation", "Name is required")
    elif len(name_id) > MAX_NAME:
        errors["name_id"] = translate(
            "Validation", "Name is too long (at most {n} characters)"
        ).format(n=MAX_NAME)
    name_en = " ".join(data.name_en.split())
    if len(name_en) > MAX_NAME:
        errors["name_en"] = translate(
            "Validation", "Name is too long (at most {n} characters)"
        ).format(n=MAX_NAME)
    price = 0
    try:
        price = parse_rupiah(data.price)
    except AmountError as exc:
        errors["price"] = translate("Validation", "Price {why}").format(why=exc)
    min_stock = 0
    try:
        min_stock = parse_whole_number(data.min_stock)
    except ValueError as exc:
        errors["min_stock"] = translate("Validation", "Minimum stock {why}").format(why=exc)
    unit = " ".join(data.unit.split())
    if not unit:
        errors["unit"] = translate("Validation", "Unit is required (for example pcs or pack 250 g)")
    if data.category_id is not None and not (
        session.get(Category, data.category_id) is not None
        if stored is None
        else data.category_id in stored.category_ids
    ):
        errors["category_id"] = translate("Validation", "The chosen category no longer exists")
    if data.producer_id is not None and not (
        session.get(Producer, data.producer_id) is not None
        if stored is None
        else data.producer_id in stored.producer_ids
    ):
        errors["producer_id"] = translate("Validation", "The chosen producer no longer exists")
    if errors:
        raise ValidationError(errors)
    return {
        "code": code,
        "name_id": name_id,
        "name_en": name_en,
        "description_id": data.description_id.strip(),
        "description_en": data.description_en.strip(),
        "category_id": data.category_id,
        "producer_id": data.producer_id,
        "price": price,
        "unit": unit,
        "min_stock": min_stock,
        "featured": data.featured,
        "on_kiosk": data.on_kiosk,
        "certificates": _clean_list(data.certificates),
        "export_markets": _clean_list(data.export_markets),
    }


def create_product(
    session: Session,
    data: ProductInput,
    *,
    initial_stock: str | int = 0,
    by: str = "",
    automatic_code: bool = False,
) -> Product:
    """Add a product; an initial stock is recorded as a first `receive` movement.

    With `automatic_code` the product gets the next free code of its category as it is saved
    (data.code is only what the editor showed): when another desk took that code meanwhile, the
    insert is undone to a savepoint and the next one is tried, so two desks adding products at
    once never collide. A code a person typed that another desk took meanwhile is a
    ValidationError on `code`, as if it had been taken before."""
    if not automatic_code:
        return _create(session, data, initial_stock, by)
    _hold_code_lock(session, data.category_id)
    for _attempt in range(CODE_ATTEMPTS):
        data = replace(data, code=next_code(session, data.category_id))
        try:
            with session.begin_nested():
                return _create(session, data, initial_stock, by)
        except ValidationError as exc:
            if set(exc.errors) != {"code"}:
                raise
    raise UserError(translate("Validation", "No free product code could be found: try again"))


def _hold_code_lock(session: Session, category_id: int | None) -> None:
    """Make the other desks adding a product to the same code series wait until this
    transaction ends, so that the next code read here stays free: a transaction-scoped advisory
    lock per prefix on a server; SQLite's write lock on a file (taken now, before the codes are
    read: a deferred transaction that read first could not write after another's commit)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        prefix = code_prefix(session, category_id)
        connection.execute(
            text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": f"product-code:{prefix}"}
        )
    else:
        # On the connection, not session.execute: no ORM event (the audit log) sees a no-op.
        connection.exec_driver_sql("DELETE FROM setting WHERE 1 = 0")


def _create(session: Session, data: ProductInput, initial_stock: str | int, by: str) -> Product:
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    try:
        values = validate_product(session, data)
    except ValidationError as exc:
        errors.update(exc.errors)
    stock = 0
    try:
        stock = parse_whole_number(initial_stock)
    except ValueError as exc:
        errors["stock"] = translate("Validation", "Stock {why}").format(why=exc)
    if errors:
        raise ValidationError(errors)
    product = Product(**values, stock=0)
    session.add(product)
    _flush_code(session, str(values["code"]))
    if stock:
        record_movement(
            session,
            product_id=product.id,
            kind="receive",
            quantity=stock,
            note=translate("Validation", "Opening stock"),
            by=by,
        )
    return product


def _flush_code(session: Session, code: str) -> None:
    """Flush; a code that another transaction stored meanwhile (the unique index refused it)
    is the same ValidationError as a code taken before."""
    try:
        session.flush()
    except IntegrityError as exc:
        if not _is_code_clash(exc):
            raise
        raise ValidationError(
            {
                "code": translate(
                    "Validation", "Code {code} is already used by another product"
                ).format(code=code)
            }
        ) from exc


def _is_code_clash(exc: IntegrityError) -> bool:
    text = str(exc.orig)
    # PostgreSQL names the constraint; SQLite names the column.
    return "uq_product_code" in text or "product.code" in text


def get_product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFoundError(translate("Validation", "The product no longer exists"))
    return product


def find_by_code(session: Session, code: str) -> Product:
    product = session.scalar(select(Product).where(Product.code == code.strip()))
    if product is None:
        raise NotFoundError(
            translate("Validation", "No product has the code {code}").format(code=code.strip())
        )
    return product


def update_product(
    session: Session, product_id: int, data: ProductInput, *, version: int | None = None
) -> Product:
    """Save edits to a product. Stock is not edited here: it changes only through movements.

    `version` is the edit version the editor showed: EditConflict when the product changed since
    (showcase.inventory.edit_versions), with who changed it and its values now."""
    product = get_product(session, product_id)
    check_version(session, product, version)
    values = validate_product(session, data, product_id=product_id)
    for key, value in values.items():
        setattr(product, key, value)
    with saving(session, product):
        _flush_code(session, str(values["code"]))
    return product


def code_prefix(session: Session, category_id: int | None) -> str:
    """Three letters from the category's name (`Kopi` → `KOP`), or `PRD`."""
    category = session.get(Category, category_id) if category_id is not None else None
    return prefix_for_category(category.name_id if category else "")


def prefix_for_category(name: str) -> str:
    """The code prefix of products in a category named `name` (also one not made yet, by the import)."""
    letters = re.sub(r"[^A-Za-z]", "", name).upper()
    return letters[:3] if len(letters) >= 3 else "PRD"


def next_code(session: Session, category_id: int | None) -> str:
    """The next free code of the form `KOP-0007` for a product in that category."""
    prefix = code_prefix(session, category_id)
    codes = session.scalars(
        select(Product.code).where(starts_with(Product.code, f"{prefix}-"))
    ).all()
    numbers = [int(c[len(prefix) + 1 :]) for c in codes if c[len(prefix) + 1 :].isdigit()]
    return f"{prefix}-{max(numbers, default=0) + 1:04d}"


def duplicate_product(session: Session, product_id: int) -> Product:
    """A copy of a product (fields and photos, no stock) under the next free code, for a variant."""
    original = get_product(session, product_id)
    data = replace(
        ProductInput.from_product(original),
        name_id=translate("Validation", "{name} (copy)").format(name=original.name_id)[:MAX_NAME],
    )
    copy = create_product(session, data, automatic_code=True)
    for photo in original.photos:
        session.add(
            Photo(
                product_id=copy.id,
                position=photo.position,
                image=photo.image,
                thumbnail=photo.thumbnail,
                width=photo.width,
                height=photo.height,
            )
        )
    session.flush()
    return copy


def set_archived(session: Session, product_id: int, archived: bool) -> Product:
    """Archive a product (it leaves lists and the kiosk, its history stays) or bring it back."""
    product = get_product(session, product_id)
    product.archived = archived
    session.flush()
    return product


def count_products(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Product)) or 0
