"""Key/value settings of the showcase (default label sheet, URL template for QR codes, …).

Reading and writing them is here; their keys are all in setting_keys.py.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from showcase.inventory.edit_versions import check_version, saving
from showcase.store.models import Setting


def get_setting(session: Session, key: str, default: str = "") -> str:
    """The value stored under `key`, or `default` if there is none."""
    setting = session.get(Setting, key)
    return default if setting is None else setting.value


def setting_version(session: Session, key: str) -> int | None:
    """The edit version of the setting `key` (None while it was never stored): a dialog that
    shows settings passes it back to `set_setting` so that a change made meanwhile is not lost."""
    setting = session.get(Setting, key)
    return None if setting is None else setting.version


def set_setting(session: Session, key: str, value: str, *, version: int | None = None) -> None:
    """Store `value` under `key`, replacing what was there. With `version` (what
    `setting_version` said when the value was shown), EditConflict when it changed since."""
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
        session.flush()
        return
    check_version(session, setting, version)
    setting.value = value
    with saving(session, setting):
        session.flush()
