"""Turns the audit log on for every Database: the recorder's events are installed on each
Database's sessionmaker as it is made, so no program path that writes through a session can
miss them.

The recorder itself is loaded then, with the first session, not with the domain: a start that
only reads (the staff window's first screen, read without sessions) does not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from showcase.store.db import add_session_hook

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def _install(maker: sessionmaker[Session]) -> None:
    from showcase.inventory.history.recorder import install_on

    install_on(maker)


add_session_hook(_install)
