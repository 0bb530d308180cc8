"""The kiosk's settings as staff set them, and the PIN that ends the kiosk.

Settings are read through the kiosk's reader (`kiosk_settings`, defaults for anything unset or
unusable) and written in a staff session (`save_kiosk_settings`, ValidationError naming each
wrong field, nothing saved). Their keys are in `showcase.inventory.setting_keys`.

The PIN is stored as a salted scrypt hash, never in clear. With no PIN set, leaving the kiosk
asks for nothing: `KioskSettings.has_pin` is False, `check_kiosk_pin` accepts anything, and the
staff's Kiosk settings dialog warns "No PIN: anyone can leave the kiosk". Hashing, and the
guard that slows wrong PINs down, live in `showcase.inventory.staff.pins`, shared with the
staff accounts.

The kiosk only reads (plain SQL on its sqlite3 reader); what writes, in a staff session,
imports SQLAlchemy's models when called, so that the kiosk's process never loads them
(about 29 MiB of its memory).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from showcase.errors import ValidationError
from showcase.i18n import translate
from showcase.inventory.qr_payloads import QrKind, check_url_template
from showcase.inventory.setting_keys import (
    CENTER_NAME_SETTING,
    KIOSK_ATTRACT_SETTING,
    KIOSK_IDLE_SETTING,
    KIOSK_PIN_SETTING,
    KIOSK_QR_KIND_SETTING,
    URL_TEMPLATE_SETTING,
)
from showcase.inventory.staff.pins import hash_pin, pin_problem, verify_pin
from showcase.store.db import Reader, sqlite_connection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DEFAULT_IDLE_SECONDS = 90
MIN_IDLE_SECONDS = 30
MAX_IDLE_SECONDS = 3600
DEFAULT_CENTER_NAME = "UMKM Center Bakauheni"
MAX_CENTER_NAME = 80
QR_KINDS: tuple[str, ...] = tuple(kind.value for kind in QrKind)
DEFAULT_QR_KIND = "whatsapp"


@dataclass(frozen=True)
class KioskSettings:
    """What staff set for the kiosk. An empty `attract_product_ids` means every featured product."""

    center_name: str = DEFAULT_CENTER_NAME
    idle_seconds: int = DEFAULT_IDLE_SECONDS
    attract_product_ids: tuple[int, ...] = ()
    qr_kind: str = DEFAULT_QR_KIND
    has_pin: bool = False


def read_settings(reader: Reader, *keys: str) -> dict[str, str]:
    """The stored values of `keys` (those that are set), read through the kiosk's reader."""
    marks = ",".join("?" * len(keys))
    rows = sqlite_connection(reader).execute(
        f"SELECT key, value FROM setting WHERE key IN ({marks})", keys
    )
    return {key: value for key, value in rows}


def setting_versions(reader: Reader, *keys: str) -> dict[str, int]:
    """The edit versions of `keys` (those that are set): a dialog passes them back to
    `save_kiosk_settings`, so that a setting another desk changed meanwhile is not written over."""
    marks = ",".join("?" * len(keys))
    rows = sqlite_connection(reader).execute(
        f"SELECT key, version FROM setting WHERE key IN ({marks})", keys
    )
    return {key: int(version) for key, version in rows}


def _parse_ids(stored: str) -> tuple[int, ...]:
    try:
        values = json.loads(stored) if stored else []
    except ValueError:
        return ()
    if not isinstance(values, list):
        return ()
    ids = (v for v in values if isinstance(v, int) and not isinstance(v, bool))
    return tuple(dict.fromkeys(ids))


def kiosk_settings(reader: Reader) -> KioskSettings:
    """The kiosk's settings; defaults for anything staff have not set (or that is unusable)."""
    stored = read_settings(
        reader,
        CENTER_NAME_SETTING,
        KIOSK_IDLE_SETTING,
        KIOSK_ATTRACT_SETTING,
        KIOSK_QR_KIND_SETTING,
        KIOSK_PIN_SETTING,
    )
    name = " ".join(stored.get(CENTER_NAME_SETTING, "").split()) or DEFAULT_CENTER_NAME
    try:
        idle = int(stored.get(KIOSK_IDLE_SETTING, ""))
    except ValueError:
        idle = DEFAULT_IDLE_SECONDS
    if not MIN_IDLE_SECONDS <= idle <= MAX_IDLE_SECONDS:
        idle = DEFAULT_IDLE_SECONDS
    kind = stored.get(KIOSK_QR_KIND_SETTING, "")
    return KioskSettings(
        center_name=name,
        idle_seconds=idle,
        attract_product_ids=_parse_ids(stored.get(KIOSK_ATTRACT_SETTING, "")),
        qr_kind=kind if kind in QR_KINDS else DEFAULT_QR_KIND,
        has_pin=bool(stored.get(KIOSK_PIN_SETTING)),
    )


def _parse_idle(value: int | str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        seconds: int | None = value
    else:
        try:
            seconds = int(str(value).strip())
        except ValueError:
            seconds = None
    if seconds is None or not MIN_IDLE_SECONDS <= seconds <= MAX_IDLE_SECONDS:
        raise ValueError(
            translate("Kiosk", "must be a whole number of seconds from {low} to {high}").format(
                low=MIN_IDLE_SECONDS, high=MAX_IDLE_SECONDS
            )
        )
    return seconds


def save_kiosk_settings(
    session: Session,
    *,
    center_name: str,
    idle_seconds: int | str,
    attract_product_ids: Sequence[int],
    qr_kind: str,
    versions: Mapping[str, int] | None = None,
) -> None:
    """Store the kiosk's settings; ValidationError naming each field that is wrong, nothing saved.

    `versions` (from `setting_versions` when the settings were shown): EditConflict, nothing
    saved, when another desk changed one of them since.

    Attract products that no longer exist are left out. The web-address kind needs the address
    template that staff set in the Print labels dialog.
    """
    errors: dict[str, str] = {}
    name = " ".join(center_name.split())
    if not name:
        errors["center_name"] = translate("Kiosk", "The center's name is required")
    elif len(name) > MAX_CENTER_NAME:
        errors["center_name"] = translate(
            "Kiosk", "The name is too long (at most {n} characters)"
        ).format(n=MAX_CENTER_NAME)
    seconds = DEFAULT_IDLE_SECONDS
    try:
        seconds = _parse_idle(idle_seconds)
    except ValueError as exc:
        errors["idle_seconds"] = str(exc)
    if qr_kind not in QR_KINDS:
        errors["qr_kind"] = translate("Kiosk", "Choose what the QR code holds")
    elif qr_kind == "url":
        template = read_settings(session, URL_TEMPLATE_SETTING).get(URL_TEMPLATE_SETTING, "")
        try:
            check_url_template(template)
        except ValidationError:
            errors["qr_kind"] = translate(
                "Kiosk",
                "A web address needs the address template (such as https://…/{code}): "
                "set it in the Print labels dialog first",
            )
    if errors:
        raise ValidationError(errors)
    from showcase.inventory.settings import set_setting

    wanted = list(dict.fromkeys(int(pid) for pid in attract_product_ids))
    existing: set[int] = set()
    connection = sqlite_connection(session)
    for start in range(0, len(wanted), 500):
        batch = wanted[start : start + 500]
        marks = ",".join("?" * len(batch))
        existing.update(
            pid
            for (pid,) in connection.execute(f"SELECT id FROM product WHERE id IN ({marks})", batch)
        )
    seen = versions or {}
    for key, value in (
        (CENTER_NAME_SETTING, name),
        (KIOSK_IDLE_SETTING, str(seconds)),
        (KIOSK_ATTRACT_SETTING, json.dumps([pid for pid in wanted if pid in existing])),
        (KIOSK_QR_KIND_SETTING, qr_kind),
    ):
        set_setting(session, key, value, version=seen.get(key))


# --- the PIN ----------------------------------------------------------------------------------


def set_kiosk_pin(session: Session, pin: str) -> None:
    """Set the PIN that ends the kiosk: 4 to 8 digits, else ValidationError on `pin`."""
    pin = pin.strip()
    problem = pin_problem(pin)
    if problem is not None:
        raise ValidationError({"pin": problem})
    from showcase.inventory.settings import set_setting

    set_setting(session, KIOSK_PIN_SETTING, hash_pin(pin))


def clear_kiosk_pin(session: Session) -> None:
    """Remove the PIN: leaving the kiosk then asks for nothing."""
    from showcase.store.models import Setting

    setting = session.get(Setting, KIOSK_PIN_SETTING)
    if setting is not None:
        session.delete(setting)
        session.flush()


def check_kiosk_pin(reader: Reader, pin: str) -> bool:
    """Whether `pin` lets a person leave the kiosk (always True while no PIN is set)."""
    stored = read_settings(reader, KIOSK_PIN_SETTING).get(KIOSK_PIN_SETTING, "")
    if not stored:
        return True
    return verify_pin(stored, pin.strip())
