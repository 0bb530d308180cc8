"""Staff accounts, the audit log, and which records came from the demo showcase.

Revision ID: 0005
Revises: 0004

- `staff_account`: name (unique, case-blind), role admin/staff, scrypt PIN hash, active flag.
- `audit_entry`: who changed what and when, with old and new values. Two triggers refuse
  UPDATE and DELETE on it, so no code path (the program's or a slip in a later one) can edit
  the history; only a restore of an older backup replaces it, as it replaces everything.
- `from_demo` on product, producer and category (NOT NULL, default 0): the demo showcase marks
  what it made, so it can be cleared later while keeping everything staff entered. Added with
  plain ALTER TABLE ADD COLUMN (see 0004: batch mode would lose the NOCASE collations).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

DEMO_TABLES = ("product", "producer", "category")


def upgrade() -> None:
    for table in DEMO_TABLES:
        op.add_column(
            table,
            sa.Column("from_demo", sa.Boolean(), server_default=sa.false(), nullable=False),
        )
    op.create_table(
        "staff_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100, collation="NOCASE"), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("role IN ('admin', 'staff')", name=op.f("ck_staff_account_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_account")),
        sa.UniqueConstraint("name", name=op.f("uq_staff_account_name")),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=100), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index(op.f("ix_audit_entry_at"), "audit_entry", ["at"])
    op.create_index("ix_audit_entry_entity", "audit_entry", ["entity", "entity_id"])
    op.create_index("ix_audit_entry_product_at", "audit_entry", ["product_id", "at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_entry_refuse() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'the audit log cannot be changed'; END $$"
        )
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
                "FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse()"
            )
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
            "BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END"
        )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for verb in ("update", "delete"):
        op.execute(f"DROP TRIGGER audit_entry_no_{verb}" + (" ON audit_entry" if postgres else ""))
    if postgres:
        op.execute("DROP FUNCTION audit_entry_refuse()")
    op.drop_table("audit_entry")
    op.drop_table("staff_account")
    for table in DEMO_TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN from_demo")
