"""Edit versions: two people saving the same record, the second save is refused, never silently
written over.

Products, producers, categories, staff accounts and settings carry an edit version (their
`version` column, SQLAlchemy's `version_id_col`). An editor remembers the version it showed and
passes it to the save; the save is refused with an EditConflict when the record has moved on
since — either already when it is read (`check_version`), or at the UPDATE itself when another
desk's transaction committed in between (`saving` turns SQLAlchemy's StaleDataError into one).

The EditConflict says who changed the record and when (from the change history) and carries the
record's values as they now stand and their version, so the editor can show them beside the
person's own edit (showcase.inventory.conflicts words the differences): saving again with that
version keeps theirs, or they take the new values.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import DeclarativeBase, Session
from sqlalchemy.orm.exc import StaleDataError

from showcase.errors import NotFoundError, UserError
from showcase.i18n import translate
from showcase.store.models import AuditEntry, Category, Producer, Product, Setting, StaffAccount

# The change history's entity name of each versioned record.
ENTITY_OF_MODEL: dict[type[DeclarativeBase], str] = {
    Product: "product",
    Producer: "producer",
    Category: "category",
    StaffAccount: "account",
    Setting: "setting",
}


class EditConflict(UserError):
    """A save over a record that someone else changed after it was read; nothing was written.

    `who` is the changer as the history names them (empty when unknown), `when` the time of
    the change (UTC, as stored), `current` the record's values now (column name → value) and
    `version` its edit version now: saving again with it keeps this person's edit.
    """

    def __init__(
        self,
        *,
        entity: str,
        entity_id: str,
        who: str,
        when: datetime | None,
        current: dict[str, Any],
        version: int,
        record: str = "",
    ) -> None:
        self.entity = entity
        self.record = record
        self.entity_id = entity_id
        self.who = who
        self.when = when
        self.current = current
        self.version = version
        name = who if who else translate("Conflict", "Someone else")
        what = record or translate("Conflict", "this")
        if when is None:
            message = translate(
                "Conflict", "{who} changed {record} while you were editing it. Nothing was saved."
            ).format(who=name, record=what)
        else:
            message = translate(
                "Conflict",
                "{who} changed {record} at {time} while you were editing it. Nothing was saved.",
            ).format(
                who=name,
                record=what,
                time=when.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M"),
            )
        super().__init__(message)


def read_conflict(engine: Engine, model: type[DeclarativeBase], key: object) -> EditConflict:
    """The EditConflict for the record `key` of `model` as committed now, read on a connection
    of its own (the saving session's transaction may be the one that failed)."""
    table = model.__table__
    entity = ENTITY_OF_MODEL[model]
    (column,) = list(table.primary_key)
    with engine.connect() as connection:
        row = connection.execute(select(table).where(column == key)).mappings().first()
        last = connection.execute(
            select(AuditEntry.actor, AuditEntry.at)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(key))
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
    if row is None:
        raise NotFoundError(translate("Conflict", "Someone else removed this in the meantime"))
    current = {name: value for name, value in row.items() if name != "version"}
    record = (
        f"{row['code']} {row['name_id']}"
        if model is Product
        else str(row.get("name") or row.get("name_id") or row.get("key") or "")
    )
    return EditConflict(
        entity=entity,
        entity_id=str(key),
        who=str(last.actor) if last else "",
        when=last.at if last else None,
        current=current,
        version=int(row["version"]),
        record=record,
    )


def _engine(session: Session) -> Engine:
    bind = session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


def _key(record: DeclarativeBase) -> object:
    identity = inspect(record).identity
    assert identity is not None, "a record not yet stored has no edit version to compare"
    return identity[0]


def check_version(session: Session, record: DeclarativeBase, expected: int | None) -> None:
    """Refuse to save over `record` when its version is not the `expected` one an editor read
    (None: the caller read it in this same transaction, nothing to compare)."""
    if expected is None:
        return
    version = int(record.version)  # type: ignore[attr-defined]
    if version != expected:
        raise read_conflict(_engine(session), type(record), _key(record))


@contextmanager
def saving(session: Session, record: DeclarativeBase) -> Iterator[None]:
    """Flush changes to `record` in the block; an UPDATE that found the row changed by another
    transaction (SQLAlchemy's StaleDataError) becomes an EditConflict."""
    model, key = type(record), _key(record)
    try:
        yield
    except StaleDataError as exc:
        raise read_conflict(_engine(session), model, key) from exc
