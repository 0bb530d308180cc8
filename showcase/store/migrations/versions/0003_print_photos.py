"""Photos scaled to print size, kept so that the next catalogue reuses them.

Revision ID: 0003
Revises: 0002

`photo_print` holds one JPEG per photo and print size (`size_key`, e.g. `card4-704x528`):
scaling a 2400 px photo down and encoding it again is most of the cost of a catalogue, and a
photo never changes once stored (a new picture is a new row), so a copy made once stays right.
Rows go with their photo (ON DELETE CASCADE).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photo_print",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("size_key", sa.String(length=40), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["photo_id"],
            ["photo.id"],
            name=op.f("fk_photo_print_photo_id_photo"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("photo_id", "size_key", name=op.f("pk_photo_print")),
    )


def downgrade() -> None:
    op.drop_table("photo_print")
