"""Edit versions: a `version` counter on every record staff edit in a form.

Revision ID: 0007
Revises: 0006

product, producer, category, staff_account and setting get `version` (an integer, 1 for every
row there is). The models name it SQLAlchemy's `version_id_col`: every update through the ORM
adds one and says `WHERE version = <the version read>`, so a save over a record another desk (or
another window on the same file) changed since it was read updates no row and is refused
(showcase.inventory.edit_versions turns that into an EditConflict) instead of overwriting the change.

A plain ADD COLUMN on both stores: SQLite's batch mode would copy the tables and lose their
search and stock triggers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

VERSIONED_TABLES = ("product", "producer", "category", "staff_account", "setting")


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(
            table, sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )


def downgrade() -> None:
    for table in VERSIONED_TABLES:
        op.drop_column(table, "version")
