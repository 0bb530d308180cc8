"""A server's product table kept in the order staff list it: by name.

Search while typing on PostgreSQL either walks the name index until a screenful of products
match, or finds every match through the text index and sorts them; both read the product rows
themselves, and rows that lie in name order on disk make both read a fraction of the pages. The
words staff type are mostly the first words of product names ("keripik", "kopi", "tapis"), so
their matches lie together in name order, which is where the walk is slowest: measured at
100,000 products (tests/perf), the 80 prefixes of eight searches took 755 ms in all, the
slowest 76 ms ("keripik", the walk past 36,000 names), with the rows in the order they were
written; 255 ms and 25 ms once the table was rewritten in name order. A table written in name
order drifts as stock changes move rows (30% of the products changed once: 441 and 40 ms), so it
is rewritten again after every bulk write: a copy onto a server, a restore onto it, an import
that wrote a tenth of the products or more (IMPORT_SHARE); and between them, by the desk's
daily backup, once the server's statistics say it has drifted. A smaller import leaves the
table as it is: the rewrite holds every other PC's reads of the products for its duration, too
dear for a few rows the daily check will catch once they add up.

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
# Below this correlation of the rows' order on disk with name order (pg_stats.correlation of
# product.name_id) the table counts as drifted. Measured (PostgreSQL 15, 100,000 and 3,000
# products, stock of random products changed): 1.0 just rewritten; 0.90 with 5% changed, 0.86
# with 10%, 0.79 with 20%, 0.71 with a third, alike at both sizes. 0.85 rewrites it once about
# a tenth has changed: by the 255 and 441 ms above, search then costs about a fifth more than
# in order, where a third changed costs 70% more.
DRIFT_THRESHOLD = 0.85
# An import rewrites the table when the products it added or changed are at least this share
# of the products after it: the share DRIFT_THRESHOLD tolerates (0.86 with a tenth changed).
# Less is left for the daily backup's check rather than holding the kiosks (3 s at 100,000
# products) for rows search barely notices; an import into an empty or small table, such as
# a first whole catalogue, is most of it and still rewrites it.
IMPORT_SHARE = 0.1


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


def name_order_correlation(connection: Connection) -> float | None:
    """How closely the rows' order on disk follows name order (1.0: exactly), from the
    statistics autovacuum's ANALYZE keeps; gathered first if there are none yet (ANALYZE reads
    a sample, under a second at 100,000 products). None for a table too small to say."""
    from sqlalchemy import text

    from showcase.store.server_engine import take_owner_role

    read = text(
        "SELECT correlation FROM pg_stats WHERE schemaname = current_schema() "
        "AND tablename = 'product' AND attname = 'name_id'"
    )
    with connection.begin():
        row = connection.execute(read).first()
        if row is None:
            take_owner_role(connection)  # only the tables' owner may analyze one
            connection.execute(text("ANALYZE product"))
            row = connection.execute(read).first()
    return None if row is None or row[0] is None else float(row[0])


def order_products_if_drifted(connection: Connection) -> bool:
    """`order_products` if the table has drifted from name order (DRIFT_THRESHOLD); True if it
    was rewritten. A table in order is left untouched: the rewrite holds it from other PCs."""
    from sqlalchemy.exc import DBAPIError

    try:
        correlation = name_order_correlation(connection)
    except DBAPIError:
        log.warning("Could not read how the products lie on disk", exc_info=True)
        return False
    if correlation is None or correlation >= DRIFT_THRESHOLD:
        return False
    log.info("Products drifted from name order (correlation %.2f): rewriting", correlation)
    return order_products(connection)


def order_products_after_import(database: Database, written: int) -> None:
    """`order_products` on `database` after an import that added or changed `written`
    products, if it is on a server and they are IMPORT_SHARE of its products or more; a file
    has nothing to do."""
    if database.server is None:
        return
    from sqlalchemy import text

    with database.engine.connect() as connection:
        with connection.begin():
            products = connection.execute(text("SELECT count(*) FROM product")).scalar_one()
        if written < IMPORT_SHARE * products:
            log.debug(
                "The import wrote %d of %d products: name order left for the daily check",
                written,
                products,
            )
            return
        order_products(connection)
