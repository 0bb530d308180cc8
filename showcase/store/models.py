"""The SQLAlchemy models of the showcase database: one SQLite file holds everything, photos included."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Producer(Base):
    """A UMKM (with its scale) or a koperasi that makes products shown in the center."""

    __tablename__ = "producer"
    __table_args__ = (
        CheckConstraint("kind IN ('umkm', 'koperasi')", name="kind"),
        CheckConstraint(
            "(kind = 'umkm' AND scale IN ('mikro', 'kecil', 'menengah')) "
            "OR (kind = 'koperasi' AND scale IS NULL)",
            name="scale",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200, collation="NOCASE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    scale: Mapped[str | None] = mapped_column(String(10))
    kabupaten: Mapped[str] = mapped_column(String(60), index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    nib: Mapped[str] = mapped_column(String(20), default="")
    story_id: Mapped[str] = mapped_column(Text, default="")
    story_en: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Made by the demo showcase (cleared in one step later), not entered by staff.
    from_demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    # Edit version (migration 0007): an update of a row changed since it was read is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)

    products: Mapped[list[Product]] = relationship(back_populates="producer")


class Category(Base):
    """A product category, named in Indonesian and English, shown in `position` order."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_id: Mapped[str] = mapped_column(String(100, collation="NOCASE"), unique=True)
    name_en: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    icon: Mapped[str] = mapped_column(String(60), default="")
    # Whether the kiosk shows the category (and its products); a server default so that the
    # categories of a file made before the kiosk existed are shown.
    on_kiosk: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    from_demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    # Edit version (migration 0007): an update of a row changed since it was read is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)

    products: Mapped[list[Product]] = relationship(back_populates="category")


class Product(Base):
    """A flagship product. `stock` is kept equal to the sum of its movements by a database trigger."""

    __tablename__ = "product"
    __table_args__ = (
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint("stock >= 0", name="stock_not_negative"),
        CheckConstraint("min_stock >= 0", name="min_stock_not_negative"),
        # The staff list always filters on `archived` and sorts by one of these: each index
        # gives the rows in order without a sort step (measured: 200 ms → 30 ms at 100,000).
        Index("ix_product_archived_name_id", "archived", "name_id"),
        Index("ix_product_archived_code", "archived", "code"),
        Index("ix_product_archived_price", "archived", "price", "name_id"),
        Index("ix_product_archived_stock", "archived", "stock", "name_id"),
        # Only the few products below their minimum: counting them stays cheap at any size.
        Index(
            "ix_product_low_stock",
            "id",
            sqlite_where=text("archived = 0 AND stock < min_stock"),
            postgresql_where=text("NOT archived AND stock < min_stock"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40, collation="NOCASE"), unique=True)
    name_id: Mapped[str] = mapped_column(String(200, collation="NOCASE"))
    name_en: Mapped[str] = mapped_column(String(200, collation="NOCASE"), default="")
    description_id: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("category.id", ondelete="RESTRICT"), index=True
    )
    producer_id: Mapped[int | None] = mapped_column(
        ForeignKey("producer.id", ondelete="RESTRICT"), index=True
    )
    price: Mapped[int] = mapped_column(Integer, default=0)
    unit: Mapped[str] = mapped_column(String(40), default="pcs")
    stock: Mapped[int] = mapped_column(Integer, default=0)
    min_stock: Mapped[int] = mapped_column(Integer, default=0)
    featured: Mapped[bool] = mapped_column(Boolean, default=False)
    on_kiosk: Mapped[bool] = mapped_column(Boolean, default=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    certificates: Mapped[list[str]] = mapped_column(JSON, default=list)
    export_markets: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    from_demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    # Edit version (migration 0007): an update of a row changed since it was read is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)

    category: Mapped[Category | None] = relationship(back_populates="products")
    producer: Mapped[Producer | None] = relationship(back_populates="products")
    photos: Mapped[list[Photo]] = relationship(
        back_populates="product", order_by="Photo.position", cascade="all, delete-orphan"
    )
    movements: Mapped[list[StockMovement]] = relationship(
        back_populates="product", order_by="StockMovement.at", cascade="all, delete-orphan"
    )


class Photo(Base):
    """A product photo: a JPEG scaled once to at most 2400 px, and its thumbnail. Position 0 is the main photo."""

    __tablename__ = "photo"
    __table_args__ = (Index("ix_photo_product_position", "product_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The small thumbnail comes before the large image: SQLite reads a row's columns in order,
    # so a thumbnail stored after the image would cost a walk through the image's overflow pages.
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    image: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    product: Mapped[Product] = relationship(back_populates="photos")


class PhotoPrint(Base):
    """A photo scaled once to the size a catalogue prints it at (JPEG), reused by later catalogues.

    `size_key` names the print size (e.g. `card4-704x528`). Photos never change once stored, so a
    scaled copy stays right for as long as its photo exists; it is deleted with it.
    """

    __tablename__ = "photo_print"

    photo_id: Mapped[int] = mapped_column(
        ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True
    )
    size_key: Mapped[str] = mapped_column(String(40), primary_key=True)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    image: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class StockMovement(Base):
    """One change of stock: quantity is signed (a sale of 3 is -3)."""

    __tablename__ = "stock_movement"
    __table_args__ = (
        CheckConstraint("kind IN ('receive', 'sale', 'return', 'adjust', 'damaged')", name="kind"),
        Index("ix_stock_movement_product_at", "product_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(10))
    quantity: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(100), default="")

    product: Mapped[Product] = relationship(back_populates="movements")


class Setting(Base):
    """A key/value setting of the showcase (center name, kiosk PIN hash, idle timeout, …)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    # Edit version (migration 0007): an update of a row changed since it was read is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)


class KioskVisit(Base):
    """How often visitors opened something on the kiosk on one day: counts only, no personal data.

    `kind` says what was opened and `ref` which one: a product or category id or a producer id
    (as text), a kabupaten's name, or the words searched for. The kiosk adds to `count` in small
    batches through its own connection; this is the one table it writes.
    """

    __tablename__ = "kiosk_visit"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('product', 'category', 'kabupaten', 'producer', 'search')", name="kind"
        ),
        CheckConstraint("count >= 0", name="count_not_negative"),
    )

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    ref: Mapped[str] = mapped_column(String(100), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class KioskStatus(Base):
    """A kiosk as it last reported itself (migration 0006): what it runs, since when it is
    connected, when it was last seen, and how old its local copy of the showcase is."""

    __tablename__ = "kiosk_status"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    online_since: Mapped[datetime | None] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)
    copy_made_at: Mapped[datetime | None] = mapped_column(DateTime)


class StaffAccount(Base):
    """A person who works the front desk: `admin` manages accounts and settings, `staff` the rest.

    The PIN is kept only as a salted scrypt hash (`scrypt$n$r$p$salt$hash`). An account that
    leaves is made inactive rather than deleted, so the audit log keeps naming who did what.
    """

    __tablename__ = "staff_account"
    __table_args__ = (CheckConstraint("role IN ('admin', 'staff')", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100, collation="NOCASE"), unique=True)
    role: Mapped[str] = mapped_column(String(10), default="staff")
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Edit version (migration 0007): an update of a row changed since it was read is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read once by the mapper)


class AuditEntry(Base):
    """One change to the showcase: who, when, what, with the old and new values.

    `entity` is what kind of record changed (`product`, `producer`, `category`, `stock`, `photo`,
    `setting`, `account`, …) and `entity_id` which one (text: a setting is named by its key).
    `product_id` links entries about a product, its stock and its photos, for the product's
    history; it is not a foreign key, so the history outlives the product. `changes` maps each
    field to `[old, new]`. Triggers in migration 0005 refuse UPDATE and DELETE: the log only grows.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        Index("ix_audit_entry_product_at", "product_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(100), default="")
    product_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[dict[str, list[object]]] = mapped_column(JSON, default=dict)
