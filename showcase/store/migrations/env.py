"""Alembic environment: always handed an open connection by showcase.store.migrations.

On PostgreSQL the text columns are made without a length limit (`varchar`, keeping their
collation): SQLite never enforces the lengths the models name, and a showcase must accept the
same text on both stores.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.types import VARCHAR, String, Text

from showcase.store.models import Base


@compiles(String, "postgresql")
@compiles(VARCHAR, "postgresql")
def _unbounded(type_: String, compiler: Any, **kw: Any) -> str:
    text = "TEXT" if isinstance(type_, Text) else "VARCHAR"
    if type_.collation:
        text += f' COLLATE "{type_.collation}"'
    return text


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
