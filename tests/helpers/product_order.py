"""Where a server's product rows lie on disk, against the order staff list them
(store/product_order.py), read as the test server's superuser."""

from __future__ import annotations

from tests.helpers.postgres import PostgresServer


def names_on_disk(postgres: PostgresServer, name: str) -> list[str]:
    rows = postgres.execute("SELECT lower(name_id) FROM product ORDER BY ctid", name)
    return [str(row[0]) for row in rows]


def names_listed(postgres: PostgresServer, name: str) -> list[str]:
    rows = postgres.execute("SELECT lower(name_id) FROM product ORDER BY archived, name_id", name)
    return [str(row[0]) for row in rows]


def in_name_order(postgres: PostgresServer, name: str) -> bool:
    return names_on_disk(postgres, name) == names_listed(postgres, name)
