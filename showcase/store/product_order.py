"""A server's product table kept in the order staff list it: by name.

Search while typing on PostgreSQL either walks the name index until a screenful of products
match, or finds every match through the text index and sorts them; both read the product rows
themselves, and rows that lie in name order on disk make both read a fraction of the pages. The
words staff type are mostly the first words of product names ("keripik", "kopi", "tapis"), so
their matches lie together in name order, which is where the walk is slowest: measured at
100,000 products (tests/perf), the 116 prefixes of eight searches took 755 ms in all, the
slowest 76 ms ("keripik", the walk past 36,000 names), with the rows in the order they were
written; 255 ms and 25 ms once the table was rewritten in name order. A table written in name
order drifts as stock changes move rows (30% of the products changed once: 441 and 40 ms), so it
is rewritten again after every bulk write: a copy onto a server, a restore onto it, an import.

SQLite is left as it is: its search goes through its own full-text table (listing.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from showcase.store.db import Database

log = logging.getLogger(__name__)

# The index the product list walks in its default order (models.Product).
NAME_ORDER_INDEX = "ix_product_archived_name_id"
# How long the rewrite waits for the table. While it waits, every other PC's read of the
# products queues behind it, so it gives up soon (and the table stays as it is) rather than
# holding the kiosks for the 10 s of every statement's lock timeout.
LOCK_WAIT = "2s"


def order_products(connection: Connection) -> bool:
    """Rewrite the server's product table in name order, without the row versions that
    updates left behind, and renew the planner's statistics of it; False if it could not be
    done (logged: the showcase is whole either way).

    `connection` must have no transaction open. The rewrite holds the table for its duration
    (about 3 s for 100,000 products, less than a second for a center's few thousand): other
    PCs' reads wait for it, within their lock timeout; it waits no more than LOCK_WAIT for
    the table itself."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from showcase.store.server_engine import take_owner_role

    try:
        with connection.begin():
            take_owner_role(connection)  # only the tables' owner may rewrite one
            connection.execute(text(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'"))
            connection.execute(text(f"CLUSTER product USING {NAME_ORDER_INDEX}"))
            connection.execute(text("ANALYZE product"))
    except DBAPIError:
        log.warning("The products could not be put in name order", exc_info=True)
        return False
    return True


def order_products_of(database: Database) -> bool:
    """`order_products` on `database` if it is on a server; nothing to do on a file."""
    if database.server is None:
        return True
    with database.engine.connect() as connection:
        return order_products(connection)
