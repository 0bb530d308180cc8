"""The kiosk: which categories it shows, and how often visitors open things on it.

Revision ID: 0004
Revises: 0003

- `category.on_kiosk` (NOT NULL, server default 1): existing categories stay shown. Added with
  a plain ALTER TABLE ADD COLUMN, not in batch mode: a batch rebuilds the table from what it
  reflects, and reflection loses the NOCASE collation of `category.name_id`.
- `kiosk_visit`: one row per day, kind and thing opened, with a count. The kiosk adds to it
  with an upsert on the primary key, so the key is the only index the table needs.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Not in batch mode: that rebuilds the table from its reflection, which loses the NOCASE
    # collation of category.name_id (and with it the case-blind unique names).
    op.add_column(
        "category",
        sa.Column("on_kiosk", sa.Boolean(), server_default=sa.true(), nullable=False),
    )
    op.create_table(
        "kiosk_visit",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('product', 'category', 'kabupaten', 'producer', 'search')",
            name=op.f("ck_kiosk_visit_kind"),
        ),
        sa.CheckConstraint("count >= 0", name=op.f("ck_kiosk_visit_count_not_negative")),
        sa.PrimaryKeyConstraint("day", "kind", "ref", name=op.f("pk_kiosk_visit")),
    )


def downgrade() -> None:
    op.drop_table("kiosk_visit")
    op.execute("ALTER TABLE category DROP COLUMN on_kiosk")  # SQLite 3.35+, keeps the table
