"""Reading the audit log: entries newest first, filtered in SQL, and the words to show them with.

The log is written by `showcase.inventory.history.recorder` and only ever grows (the database refuses
UPDATE and DELETE on it). Entries are read a page at a time with `limit`/`offset`, newest first
through the index on `at`, so a log of 100,000 entries opens as fast as a short one.

Times are stored in UTC; `since`/`until` are the staff's local calendar days.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from showcase.i18n import translate
from showcase.inventory import setting_keys
from showcase.store.db import Reader, sqlite_connection

PAGE = 200


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    actor: str
    action: str
    entity: str
    entity_id: str
    product_id: int | None
    summary: str
    changes: dict[str, list[Any]]

    @property
    def local_time(self) -> datetime:
        """When, in the staff's own time zone (naive)."""
        return self.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _utc(day: date) -> str:
    """The start of the local calendar day `day`, in UTC, as stored."""
    local = datetime.combine(day, time.min).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def audit_entries(
    reader: Reader,
    *,
    actor: str | None = None,
    entity: str | None = None,
    product_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
    text: str | None = None,
    limit: int = PAGE,
    offset: int = 0,
) -> list[AuditRow]:
    """Entries newest first. `since`/`until` are local days, both included; `text` is found in
    the record's name, the person, the record's id and the old and new values."""
    where: list[str] = []
    params: list[Any] = []
    if actor is not None:
        where.append("actor = ?")
        params.append(actor)
    if entity is not None:
        where.append("entity = ?")
        params.append(entity)
    if product_id is not None:
        where.append("product_id = ?")
        params.append(product_id)
    if since is not None:
        where.append("at >= ?")
        params.append(_utc(since))
    if until is not None:
        where.append("at < ?")
        params.append(_utc(until + timedelta(days=1)))
    words = (text or "").split()
    for word in words:
        pattern = _like(word)
        where.append(
            "(summary LIKE ? ESCAPE '\\' OR actor LIKE ? ESCAPE '\\' "
            "OR entity_id LIKE ? ESCAPE '\\' OR CAST(changes AS TEXT) LIKE ? ESCAPE '\\')"
        )
        params += [pattern] * 4
    sql = (
        "SELECT id, at, actor, action, entity, entity_id, product_id, summary, changes "
        "FROM audit_entry"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"
    params += [max(0, limit), max(0, offset)]
    return [
        AuditRow(
            id=row[0],
            at=datetime.fromisoformat(row[1]),
            actor=row[2],
            action=row[3],
            entity=row[4],
            entity_id=row[5],
            product_id=row[6],
            summary=row[7],
            changes=_changes(row[8]),
        )
        for row in sqlite_connection(reader).execute(sql, params)
    ]


def _changes(stored: str | None) -> dict[str, list[Any]]:
    try:
        value = json.loads(stored or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def audit_actors(reader: Reader) -> list[str]:
    """Everyone who appears in the log, by name (for the "who" filter)."""
    rows = sqlite_connection(reader).execute(
        "SELECT actor FROM audit_entry GROUP BY actor ORDER BY actor COLLATE NOCASE"
    )
    return [actor for (actor,) in rows]


# --- words --------------------------------------------------------------------------------------


def actor_label(actor: str, action: str = "") -> str:
    """Who, as staff read it: the command line in their language; for a wrong PIN, nobody
    known; the program itself (the first start) for other changes with no person named."""
    if not actor and action == "sign-in-refused":
        return translate("Audit", "(unknown)")
    if not actor:
        return translate("Audit", "Etalase (automatic)")
    match = re.fullmatch(r"command line \((.*)\)", actor)
    if match:
        return translate("Audit", "command line ({user})").format(user=match.group(1))
    return actor


def entity_label(entity: str) -> str:
    labels = {
        "product": translate("Audit", "Product"),
        "producer": translate("Audit", "Producer"),
        "category": translate("Audit", "Category"),
        "stock": translate("Audit", "Stock"),
        "photo": translate("Audit", "Photo"),
        "setting": translate("Audit", "Setting"),
        "account": translate("Audit", "Staff account"),
    }
    return labels.get(entity, entity)


ENTITIES = ("product", "stock", "photo", "producer", "category", "setting", "account")


def action_label(action: str) -> str:
    labels = {
        "create": translate("Audit", "added"),
        "update": translate("Audit", "changed"),
        "delete": translate("Audit", "removed"),
        "archive": translate("Audit", "archived"),
        "restore": translate("Audit", "restored"),
        "sign-in": translate("Audit", "signed in"),
        "sign-in-refused": translate("Audit", "wrong PIN"),
        "bulk-create": translate("Audit", "added at once"),
        "bulk-update": translate("Audit", "changed at once"),
        "bulk-delete": translate("Audit", "removed at once"),
    }
    return labels.get(action, action)


def field_label(field: str) -> str:
    labels = {
        "code": translate("Audit", "Code"),
        "name": translate("Audit", "Name"),
        "name_id": translate("Audit", "Name (Indonesian)"),
        "name_en": translate("Audit", "Name (English)"),
        "description_id": translate("Audit", "Description (Indonesian)"),
        "description_en": translate("Audit", "Description (English)"),
        "category": translate("Audit", "Category"),
        "producer": translate("Audit", "Producer"),
        "price": translate("Audit", "Price"),
        "unit": translate("Audit", "Unit"),
        "stock": translate("Audit", "Stock"),
        "min_stock": translate("Audit", "Minimum stock"),
        "featured": translate("Audit", "Featured"),
        "on_kiosk": translate("Audit", "On the kiosk"),
        "archived": translate("Audit", "Archived"),
        "certificates": translate("Audit", "Certificates"),
        "export_markets": translate("Audit", "Export markets"),
        "kind": translate("Audit", "Kind"),
        "scale": translate("Audit", "Scale"),
        "kabupaten": translate("Audit", "Kabupaten/kota"),
        "address": translate("Audit", "Address"),
        "contact_person": translate("Audit", "Contact person"),
        "phone": translate("Audit", "Phone"),
        "nib": translate("Audit", "NIB"),
        "story_id": translate("Audit", "Story (Indonesian)"),
        "story_en": translate("Audit", "Story (English)"),
        "position": translate("Audit", "Order"),
        "icon": translate("Audit", "Icon"),
        "quantity": translate("Audit", "Quantity"),
        "note": translate("Audit", "Note"),
        "by": translate("Audit", "By"),
        "width": translate("Audit", "Width (px)"),
        "height": translate("Audit", "Height (px)"),
        "value": translate("Audit", "Value"),
        "role": translate("Audit", "Role"),
        "active": translate("Audit", "Active"),
        "pin": translate("Audit", "PIN"),
        "rows": translate("Audit", "Records"),
    }
    return labels.get(field, field)


def setting_label(key: str) -> str:
    """A setting's name as staff read it (the key itself for settings without one)."""
    labels = {
        setting_keys.CENTER_NAME_SETTING: translate("Audit", "Center name"),
        setting_keys.CENTER_LOGO_SETTING: translate("Audit", "Center logo"),
        setting_keys.KIOSK_IDLE_SETTING: translate("Audit", "Kiosk idle time (seconds)"),
        setting_keys.KIOSK_ATTRACT_SETTING: translate("Audit", "Kiosk attract-screen products"),
        setting_keys.KIOSK_QR_KIND_SETTING: translate("Audit", "Kiosk QR content"),
        setting_keys.KIOSK_PIN_SETTING: translate("Audit", "Kiosk PIN"),
        setting_keys.DEFAULT_SHEET_SETTING: translate("Audit", "Default label sheet"),
        setting_keys.DEFAULT_QR_SETTING: translate("Audit", "Label QR content"),
        setting_keys.URL_TEMPLATE_SETTING: translate("Audit", "QR web address template"),
        setting_keys.WEBSITE_FOLDER_SETTING: translate("Audit", "Website folder"),
    }
    return labels.get(key, key)


def record_text(row: AuditRow) -> str:
    """Which record an entry is about, as staff read it."""
    return setting_label(row.summary) if row.entity == "setting" else row.summary


def value_text(value: Any, field: str = "", entity: str = "") -> str:
    """A stored old or new value as staff read it (`field` and `entity` give it its words)."""
    if value is None or value == "" or value == []:
        return "—"
    if field == "price" and isinstance(value, int) and not isinstance(value, bool):
        from showcase.inventory.formats import rupiah

        return rupiah(value)
    if field == "role" and isinstance(value, str):
        from showcase.inventory.staff.accounts import role_label

        return role_label(value)
    if entity == "stock" and field == "kind" and isinstance(value, str):
        from showcase.inventory.stock import kind_label

        return kind_label(value)
    if value is True:
        return translate("Audit", "yes")
    if value is False:
        return translate("Audit", "no")
    if value == "(changed)":
        return translate("Audit", "(changed, not shown)")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def changes_text(row: AuditRow, *, limit: int = 3) -> str:
    """One line: the first few changed fields, `field: old → new` (or just the new value)."""
    if row.action.startswith("bulk-"):
        count = row.changes.get("rows", [None, 0])[1]
        return translate("Audit", "{n} record(s)").replace("{n}", str(count))
    parts = []
    for field, pair in list(row.changes.items())[:limit]:
        old, new = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
        if row.action == "create" and old is None:
            parts.append(f"{field_label(field)}: {value_text(new, field, row.entity)}")
        elif row.action == "delete" and new is None:
            parts.append(f"{field_label(field)}: {value_text(old, field, row.entity)}")
        else:
            before, after = value_text(old, field, row.entity), value_text(new, field, row.entity)
            parts.append(f"{field_label(field)}: {before} → {after}")
    if len(row.changes) > limit:
        parts.append("…")
    return "; ".join(parts)
