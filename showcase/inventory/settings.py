"""Key/value settings of the showcase (default label sheet, URL template for QR codes, …).

Reading and writing them is here; their keys are all in setting_keys.py.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from showcase.store.models import Setting


def get_setting(session: Session, key: str, default: str = "") -> str:
    """The value stored under `key`, or `default` if there is none."""
    setting = session.get(Setting, key)
    return default if setting is None else setting.value


def set_setting(session: Session, key: str, value: str) -> None:
    """Store `value` under `key`, replacing what was there."""
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value
    session.flush()
