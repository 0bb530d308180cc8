"""Kiosks on the LAN: each kiosk's status, and a change counter with notifications on a server.

Revision ID: 0006
Revises: 0005

- `kiosk_status` (both stores): one row per kiosk, written by the kiosk itself (its name, the
  Etalase version it runs, when it started, since when it is connected, when it was last seen,
  and when its local copy of the showcase was made), read by the desk (`etalase kiosks`, the
  staff window's Kiosk menu). On a server the kiosk login may write only the row named by its
  session's `etalase.kiosk_name` (a row policy set by server_engine.grant_rights).
- On PostgreSQL only: the sequence `showcase_change`, advanced by a statement-level trigger on
  every table the kiosk shows (product, producer, category, photo, setting), which also sends
  `NOTIFY etalase_changed` (delivered at commit; several in one transaction arrive as one).
  Kiosks LISTEN for it and compare the sequence's value now and then, because a notification
  sent while a kiosk was disconnected is lost. A sequence, not a counter row: advancing it takes
  no row lock, so two desks' transactions never wait on each other for it. On SQLite the kiosk
  watches `PRAGMA data_version` as before and needs neither.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CHANGE_SEQUENCE = "showcase_change"
CHANNEL = "etalase_changed"
WATCHED_TABLES = ("product", "producer", "category", "photo", "setting")


def upgrade() -> None:
    op.create_table(
        "kiosk_status",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("online_since", sa.DateTime(), nullable=True),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.Column("copy_made_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_kiosk_status")),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"CREATE SEQUENCE {CHANGE_SEQUENCE}")
    op.execute(
        # SECURITY DEFINER: advancing the sequence is the function's right, so every login whose
        # statement fires it (the desk, the kiosk's own status) needs no right on the sequence.
        "CREATE FUNCTION showcase_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = public, pg_temp AS $$ BEGIN "
        f"PERFORM nextval('{CHANGE_SEQUENCE}'); PERFORM pg_notify('{CHANNEL}', ''); "
        "RETURN NULL; END $$"
    )
    for table in WATCHED_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION showcase_changed()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in WATCHED_TABLES:
            op.execute(f"DROP TRIGGER {table}_changed ON {table}")
        op.execute("DROP FUNCTION showcase_changed()")
        op.execute(f"DROP SEQUENCE {CHANGE_SEQUENCE}")
    op.drop_table("kiosk_status")
