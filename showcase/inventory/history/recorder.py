"""The audit log's recorder: every change to the showcase's records becomes an `audit_entry` row.

Session events do the work, so no program path can forget it: whatever writes products,
producers, categories, stock movements, photos, settings or staff accounts through a session of
a `Database` is recorded in the same transaction as the change itself (a change rolled back
leaves no entry). Importing `showcase.inventory` installs the events on every Database's
sessionmaker as it is made (history/auditing.py); `install(database)` does it explicitly.

- Objects flushed by the ORM: `after_flush` sees each new, changed and deleted object, with the
  old and new value of every changed field (dates as ISO text, lists as lists), and makes one
  entry per object (new objects already have their ids there). The entries are written at the
  commit, all in one statement, after the commit's last flush.
- Bulk statements (`session.execute(insert(…))`, as the demo builder uses): `do_orm_execute`
  counts their rows per kind of record; one entry per kind and action is written at commit.

Who: `session.info["actor"]`, set by `Database.session()` from `Database.actor`. Secrets never
reach the log: a staff PIN hash or the kiosk's PIN shows as "(changed)". Photos' image bytes are
left out. The kiosk's visit counters are written with plain SQL and are not audited.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from showcase.inventory.history.labels import Labels
from showcase.inventory.setting_keys import CENTER_LOGO_SETTING, KIOSK_PIN_SETTING
from showcase.store.db import Database

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.orm import Session, sessionmaker
    from sqlalchemy.orm.session import ORMExecuteState

# Table → the entity name stored in the log.
ENTITY_OF_TABLE = {
    "product": "product",
    "producer": "producer",
    "category": "category",
    "stock_movement": "stock",
    "photo": "photo",
    "setting": "setting",
    "staff_account": "account",
}
# Stored in place of a secret (a PIN hash): the log says that it changed, never what to.
CHANGED = "(changed)"
# Fields that say nothing a reader of the log needs, or must never be copied into it.
_SKIPPED = frozenset(
    {
        "id",
        "at",
        "created_at",
        "updated_at",
        "from_demo",
        "image",
        "thumbnail",
        "pin_hash",
        "version",
    }
)
# A setting's value may be a long JSON list (attract products, label sheets): kept readable.
MAX_VALUE_CHARS = 2000
# Entities whose entries come first within one flush: a new product before its stock and photos.
_ORDER = {"category": 0, "producer": 1, "product": 2, "stock": 3, "photo": 4}


def is_secret_setting(key: str) -> bool:
    """Whether the setting `key` holds a secret (the kiosk PIN's hash) that the log must hide."""
    return key == KIOSK_PIN_SETTING or key.endswith("_pin") or "pin_hash" in key


# Who changes the showcase from the command line. Stored in English, as the command line speaks
# (it never loads Qt, so it has no translations); the staff window shows it in its language
# (`showcase.inventory.history.log.actor_label`).
COMMAND_LINE_ACTOR = "command line ({user})"


def command_line_actor() -> str:
    """Who changes the showcase from the command line: `command line (login name)`."""
    import getpass

    try:
        user = getpass.getuser()
    except Exception:  # no login name in this environment (a service, a container)
        user = "?"
    return COMMAND_LINE_ACTOR.format(user=user)


def plain(value: Any) -> Any:
    """`value` as JSON can hold it: dates as ISO text, lists as lists, long text shortened."""
    kind = type(value)  # the common cases first: an import records millions of values
    if kind is str:
        return value if len(value) <= MAX_VALUE_CHARS else value[: MAX_VALUE_CHARS - 1] + "…"
    if value is None or kind is int or kind is bool or isinstance(value, bool | int | float):
        return value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, bytes | bytearray | memoryview):
        return f"({len(value)} bytes)"
    text = str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


# --- installing the listeners -------------------------------------------------------------------


def install_on(maker: sessionmaker[Session]) -> None:
    """Record the changes made through the sessions of `maker` (once: again does nothing)."""
    from sqlalchemy import event

    # Marked on the sessionmaker itself: event.contains() can answer yes for a new sessionmaker
    # whose session class reuses the id() of a collected one, and the log would stay silent.
    if getattr(maker, "_etalase_audit", False):
        return
    for name, listener in (
        ("after_flush", _after_flush),
        ("persistent_to_deleted", _on_deleted),
        ("after_flush_postexec", _after_flush_postexec),
        ("do_orm_execute", _on_execute),
        ("before_commit", _before_commit),
        ("after_rollback", _after_rollback),
    ):
        event.listen(maker, name, listener)
    maker._etalase_audit = True  # type: ignore[attr-defined]


def install(database: Database) -> None:
    """Record the changes made through `database`'s sessions (done for every Database already
    once `showcase.inventory` is imported; calling it again does nothing)."""
    install_on(database.sessions)


# --- objects flushed by the ORM -----------------------------------------------------------------


def _field_values(obj: Any, labels: Labels, change: str) -> dict[str, list[Any]]:
    """`{field: [old, new]}` for what `change` (create, update or delete) did to `obj`."""
    from sqlalchemy import inspect
    from sqlalchemy.orm.base import NO_VALUE

    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key == "pin_hash" and change != "delete":
            if change == "create" or state.attrs[key].history.has_changes():
                changes["pin"] = [None, CHANGED]
            continue
        if key in _SKIPPED or key == "product_id":  # the entry's own product_id says it
            continue
        if change == "update":
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            old = None if old is NO_VALUE else old
        else:
            value = state.attrs[key].loaded_value
            value = None if value is NO_VALUE else value
            old, new = (None, value) if change == "create" else (value, None)
        _add_pair(changes, key, old, new, change, labels)
    return changes


def _add_pair(
    changes: dict[str, list[Any]], key: str, old: Any, new: Any, change: str, labels: Labels
) -> None:
    """Add `key`'s `[old, new]` to `changes` as the log keeps it (names for ids, plain values),
    unless it says nothing: unchanged, or empty on a record made or removed."""
    if key == "category_id":
        key, old, new = "category", labels.category(old), labels.category(new)
    elif key == "producer_id":
        key, old, new = "producer", labels.producer(old), labels.producer(new)
    if old is not None:  # (None stays None: a new record's old values are all None)
        old = plain(old)
    if new is not None:
        new = plain(new)
    if old == new or (change != "update" and new in (None, "", []) and old in (None, "", [])):
        return
    changes[key] = [old, new]


def row_changes(
    model: type[Any],
    change: str,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    labels: Labels,
) -> dict[str, list[Any]]:
    """`{field: [old, new]}` for a row written in bulk (an import), exactly as the ORM path
    records the same change: `old` and `new` are column values (for a new row, `old` is
    empty and `new` every column as stored; for an update, the columns it compares)."""
    if not old and change == "create":
        return _made(_logged_columns(model), new, labels)
    changes: dict[str, list[Any]] = {}
    for key in _logged_columns(model):
        if key in old or key in new:
            _add_pair(changes, key, old.get(key), new.get(key), change, labels)
    return changes


def _made(keys: tuple[str, ...], new: Mapping[str, Any], labels: Labels) -> dict[str, list[Any]]:
    """`row_changes` of a new row: `[None, value]` for each value not empty. An import of
    100,000 rows makes millions of these: text and numbers (what `plain` keeps as they are)
    are taken as they are here, the rest goes the general way (`_add_pair`)."""
    changes: dict[str, list[Any]] = {}
    for key in keys:
        if key not in new:
            continue
        value = new[key]
        kind = type(value)
        if kind is str:
            if value and len(value) <= MAX_VALUE_CHARS:
                changes[key] = [None, value]
                continue
        elif kind is int or kind is bool or kind is float:
            if key not in _NAMED:
                changes[key] = [None, value]
                continue
        elif value is None:
            continue
        _add_pair(changes, key, None, value, "create", labels)
    return changes


_NAMED = frozenset({"category_id", "producer_id"})  # logged by name (`_add_pair`)


_LOGGED: dict[type[Any], tuple[str, ...]] = {}


def _logged_columns(model: type[Any]) -> tuple[str, ...]:
    """The columns of `model` the log records, in the order the ORM path visits them."""
    if model not in _LOGGED:
        from sqlalchemy import inspect

        _LOGGED[model] = tuple(
            attr.key
            for attr in inspect(model).column_attrs
            if attr.key not in _SKIPPED and attr.key not in ("product_id", "pin_hash")
        )
    return _LOGGED[model]


def _entry(session: Session, obj: Any, change: str, labels: Labels) -> dict[str, Any] | None:
    """The audit row for one flushed object, or None when nothing worth recording changed."""
    from showcase.store.models import Photo, Product, Setting, StaffAccount, StockMovement

    entity = ENTITY_OF_TABLE.get(getattr(obj, "__tablename__", ""))
    if entity is None:
        return None
    changes = _field_values(obj, labels, change)
    action = change
    actor = str(session.info.get("actor", ""))
    product_id: int | None = None
    entity_id = str(getattr(obj, "id", "") or "")
    if isinstance(obj, Product):
        product_id, summary = obj.id, f"{obj.code} {obj.name_id}"
        if change == "update" and set(changes) == {"archived"}:
            action = "archive" if changes["archived"][1] else "restore"
    elif isinstance(obj, StockMovement | Photo):
        product_id = obj.product_id
        owner = obj.__dict__.get("product")  # a product deleted with it is no longer stored
        summary = f"{owner.code} {owner.name_id}" if owner else labels.product(product_id)
        if isinstance(obj, StockMovement) and change == "create":
            stock = _stock_after(session, obj.product_id)
            if stock is not None:
                changes["stock"] = [stock - obj.quantity, stock]
    elif isinstance(obj, Setting):
        entity_id = summary = obj.key
        changes.pop("key", None)
        # Secrets, and pictures stored as text (the logo), are said to have changed, no more.
        if (is_secret_setting(obj.key) or obj.key == CENTER_LOGO_SETTING) and "value" in changes:
            old, new = changes["value"]
            changes["value"] = [None if old is None else CHANGED, None if new is None else CHANGED]
    elif isinstance(obj, StaffAccount):
        summary = obj.name
        if change == "update" and set(changes) <= {"last_login_at"}:
            # Signing in writes only the time of it: recorded as a sign-in, by that person.
            if not changes:
                return None
            action, changes, actor = "sign-in", {}, obj.name
        else:
            changes.pop("last_login_at", None)
    else:
        summary = str(getattr(obj, "name", None) or getattr(obj, "name_id", ""))
    if change == "update" and not changes and action == "update":
        return None
    return entry(actor, action, entity, entity_id, product_id, summary, changes)


def entry(
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    product_id: int | None,
    summary: str,
    changes: dict[str, list[Any]],
) -> dict[str, Any]:
    """One audit row as `write_entries` and the commit write it (without its time)."""
    return {
        "actor": actor[:100],
        "action": action,
        "entity": entity,
        "entity_id": entity_id[:100],
        "product_id": product_id,
        "summary": summary,
        "changes": changes,
    }


def _stock_after(session: Session, product_id: int) -> int | None:
    """The product's stock once this flush's movements are in (a trigger keeps it)."""
    from sqlalchemy import text

    row = (
        session.connection()
        .execute(text("SELECT stock FROM product WHERE id = :id"), {"id": product_id})
        .first()
    )
    return None if row is None else int(row[0])


def _after_flush(session: Session, _flush_context: Any) -> None:
    labels = Labels(session)
    rows: list[dict[str, Any]] = []
    # Deletions are taken from `persistent_to_deleted` instead: session.deleted misses the
    # orphans a flush deletes (a photo left out of product.photos).
    for objects, change in ((session.new, "create"), (session.dirty, "update")):
        for obj in objects:
            if change == "update" and not session.is_modified(obj, include_collections=False):
                continue
            row = _entry(session, obj, change, labels)
            if row is not None:
                rows.append(row)
    if rows:
        rows.sort(key=lambda row: _ORDER.get(row["entity"], 9))
        _write(session, rows)


_DELETED_KEY = "audit_deleted"


def _on_deleted(session: Session, obj: Any) -> None:
    if getattr(obj, "__tablename__", "") in ENTITY_OF_TABLE:
        session.info.setdefault(_DELETED_KEY, []).append(obj)


def _after_flush_postexec(session: Session, _flush_context: Any) -> None:
    deleted: list[Any] = session.info.pop(_DELETED_KEY, [])
    if not deleted:
        return
    labels = Labels(session)
    rows = [row for obj in deleted if (row := _entry(session, obj, "delete", labels)) is not None]
    if rows:
        rows.sort(key=lambda row: -_ORDER.get(row["entity"], 9))  # photos before their product
        _write(session, rows)


_ROWS_KEY = "audit_rows"


def _write(session: Session, rows: list[dict[str, Any]]) -> None:
    """Keep the entries of one flush until the commit writes them all in one statement
    (an import of thousands of products flushes thousands of times)."""
    from showcase.store.models import utcnow

    now = utcnow()
    session.info.setdefault(_ROWS_KEY, []).extend({"at": now, **row} for row in rows)


def write_entries(session: Session, rows: list[dict[str, Any]]) -> None:
    """Write `rows` (made by `entry`) now, after the entries the session's flushes hold, in
    that order: a writer in bulk (the import) sends its entries batch by batch as it goes,
    rather than keeping a hundred thousand of them in memory until the commit."""
    from showcase.store.bulk_insert import insert_rows
    from showcase.store.models import AuditEntry, utcnow

    audit: Table = AuditEntry.__table__  # type: ignore[assignment]
    now = utcnow()
    waiting: list[dict[str, Any]] = session.info.pop(_ROWS_KEY, [])
    waiting.extend({"at": now, **row} for row in rows)
    if not waiting:
        return
    insert_rows(session.connection(), audit, waiting, ids=False)  # straight to the driver


# --- bulk statements ----------------------------------------------------------------------------

_BULK_KEY = "audit_bulk"


def _on_execute(state: ORMExecuteState) -> Any:
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    table = getattr(state.statement, "table", None)
    entity = ENTITY_OF_TABLE.get(getattr(table, "name", ""))
    if entity is None:
        return None
    result = state.invoke_statement()
    count = getattr(result, "rowcount", -1)
    if count is None or count < 0:  # ORM bulk inserts report no row count: one row per dict
        params = state.parameters
        count = len(params) if isinstance(params, list) else 1
    if count:
        action = (
            "bulk-create"
            if state.is_insert
            else "bulk-update"
            if state.is_update
            else ("bulk-delete")
        )
        counts: dict[tuple[str, str], int] = state.session.info.setdefault(_BULK_KEY, {})
        counts[(entity, action)] = counts.get((entity, action), 0) + int(count)
    return result


def _before_commit(session: Session) -> None:
    from sqlalchemy import insert

    from showcase.store.models import AuditEntry

    # The commit flushes what is pending only after this hook: flush it here, so its entries
    # are among those written now, in the same transaction as the changes.
    session.flush()
    counts: dict[tuple[str, str], int] = session.info.pop(_BULK_KEY, {})
    actor = str(session.info.get("actor", ""))[:100]
    _write(
        session,
        [
            {
                "actor": actor,
                "action": action,
                "entity": entity,
                "entity_id": "",
                "product_id": None,
                "summary": "",
                "changes": {"rows": [None, count]},
            }
            for (entity, action), count in sorted(
                counts.items(), key=lambda item: _ORDER.get(item[0][0], 9)
            )
        ],
    )
    rows: list[dict[str, Any]] = session.info.pop(_ROWS_KEY, [])
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def _after_rollback(session: Session) -> None:
    session.info.pop(_ROWS_KEY, None)
    session.info.pop(_BULK_KEY, None)
    session.info.pop(_DELETED_KEY, None)
