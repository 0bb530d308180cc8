"""Full-text search over products, and stock kept equal to the sum of its movements.

Revision ID: 0002
Revises: 0001

- `product_fts` (FTS5) indexes code, names, descriptions and the producer's name. It is a
  standalone table keyed by product id and kept current by triggers, because the producer's
  name lives in another table. Prefix indexes make search-as-you-type cheap; codes such as
  KOP-0001 are split by the tokenizer into `kop` and `0001`, and the query builder in
  showcase.store.search matches them as a phrase.
- Triggers keep `product.stock` equal to the sum of `stock_movement.quantity`, and make the
  movement ledger append-only. Existing data is indexed and stock recomputed.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FTS_COLUMNS = "code, name_id, name_en, description_id, description_en, producer"
FTS_VALUES = (
    "new.id, new.code, new.name_id, new.name_en, new.description_id, new.description_en, "
    "COALESCE((SELECT name FROM producer WHERE id = new.producer_id), '')"
)

STATEMENTS = [
    f"""CREATE VIRTUAL TABLE product_fts USING fts5(
        {FTS_COLUMNS},
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '1 2 3'
    )""",
    f"""INSERT INTO product_fts (rowid, {FTS_COLUMNS})
        SELECT p.id, p.code, p.name_id, p.name_en, p.description_id, p.description_en,
               COALESCE(pr.name, '')
        FROM product AS p LEFT JOIN producer AS pr ON pr.id = p.producer_id""",
    f"""CREATE TRIGGER product_fts_insert AFTER INSERT ON product BEGIN
        INSERT INTO product_fts (rowid, {FTS_COLUMNS}) VALUES ({FTS_VALUES});
    END""",
    f"""CREATE TRIGGER product_fts_update
        AFTER UPDATE OF code, name_id, name_en, description_id, description_en, producer_id
        ON product BEGIN
        DELETE FROM product_fts WHERE rowid = old.id;
        INSERT INTO product_fts (rowid, {FTS_COLUMNS}) VALUES ({FTS_VALUES});
    END""",
    """CREATE TRIGGER product_fts_delete AFTER DELETE ON product BEGIN
        DELETE FROM product_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER producer_fts_rename AFTER UPDATE OF name ON producer BEGIN
        UPDATE product_fts SET producer = new.name
        WHERE rowid IN (SELECT id FROM product WHERE producer_id = new.id);
    END""",
    """UPDATE product SET stock = COALESCE(
        (SELECT SUM(quantity) FROM stock_movement WHERE product_id = product.id), 0)""",
    """CREATE TRIGGER stock_movement_insert AFTER INSERT ON stock_movement BEGIN
        UPDATE product SET stock = stock + new.quantity WHERE id = new.product_id;
    END""",
    """CREATE TRIGGER stock_movement_no_update BEFORE UPDATE ON stock_movement BEGIN
        SELECT RAISE(ABORT, 'stock movements are a ledger: add a new movement instead');
    END""",
    """CREATE TRIGGER stock_movement_delete AFTER DELETE ON stock_movement BEGIN
        UPDATE product SET stock = stock - old.quantity WHERE id = old.product_id;
    END""",
]


# PostgreSQL: `product.search`, a tsvector of the same fields in the `simple` configuration
# (no stemming, no stop words: what FTS5's unicode61 does), with a GIN index, kept by triggers.
# ASCII punctuation becomes a space before the parser sees the text, so `KOP-0001` is the two
# words `kop` and `0001` as in FTS5 (the parser would otherwise keep `1.000` or `a/b` whole);
# showcase.store.search builds the matching tsquery. (In the C collation: regular expressions
# refuse the nondeterministic NOCASE one.) The stock triggers are those of SQLite in
# PL/pgSQL.
PG_SEARCH_TEXT = (
    "to_tsvector('simple', regexp_replace(concat_ws(' ', {p}.code, {p}.name_id, {p}.name_en, "
    '{p}.description_id, {p}.description_en, {producer}) COLLATE "C", '
    "'[][!\"#$%&''()*+,./:;<=>?@\\^_`{{|}}~-]+', ' ', 'g'))"
)
PG_STATEMENTS = [
    "ALTER TABLE product ADD COLUMN search tsvector",
    """CREATE FUNCTION product_search_text(p product) RETURNS tsvector
        LANGUAGE sql STABLE AS $$ SELECT """
    + PG_SEARCH_TEXT.format(p="p", producer="(SELECT name FROM producer WHERE id = p.producer_id)")
    + " $$",
    "UPDATE product SET search = product_search_text(product)",
    "CREATE INDEX ix_product_search ON product USING gin (search)",
    """CREATE FUNCTION product_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN NEW.search := product_search_text(NEW); RETURN NEW; END $$""",
    """CREATE TRIGGER product_search_insert BEFORE INSERT ON product
        FOR EACH ROW EXECUTE FUNCTION product_search_update()""",
    """CREATE TRIGGER product_search_update
        BEFORE UPDATE OF code, name_id, name_en, description_id, description_en, producer_id
        ON product FOR EACH ROW EXECUTE FUNCTION product_search_update()""",
    """CREATE FUNCTION producer_search_rename() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE product SET search = product_search_text(product) WHERE producer_id = NEW.id;
            RETURN NULL;
        END $$""",
    """CREATE TRIGGER producer_search_rename AFTER UPDATE OF name ON producer
        FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
        EXECUTE FUNCTION producer_search_rename()""",
    """UPDATE product SET stock = COALESCE(
        (SELECT SUM(quantity) FROM stock_movement WHERE product_id = product.id), 0)""",
    """CREATE FUNCTION stock_movement_apply() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                UPDATE product SET stock = stock + NEW.quantity WHERE id = NEW.product_id;
            ELSIF TG_OP = 'DELETE' THEN
                UPDATE product SET stock = stock - OLD.quantity WHERE id = OLD.product_id;
            ELSE
                RAISE EXCEPTION 'stock movements are a ledger: add a new movement instead';
            END IF;
            RETURN NULL;
        END $$""",
    """CREATE TRIGGER stock_movement_insert AFTER INSERT ON stock_movement
        FOR EACH ROW EXECUTE FUNCTION stock_movement_apply()""",
    """CREATE TRIGGER stock_movement_no_update BEFORE UPDATE ON stock_movement
        FOR EACH ROW EXECUTE FUNCTION stock_movement_apply()""",
    """CREATE TRIGGER stock_movement_delete AFTER DELETE ON stock_movement
        FOR EACH ROW EXECUTE FUNCTION stock_movement_apply()""",
]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for statement in PG_STATEMENTS if postgres else STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for trigger, table in (
            ("stock_movement_delete", "stock_movement"),
            ("stock_movement_no_update", "stock_movement"),
            ("stock_movement_insert", "stock_movement"),
            ("producer_search_rename", "producer"),
            ("product_search_update", "product"),
            ("product_search_insert", "product"),
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        for function in (
            "stock_movement_apply()",
            "producer_search_rename()",
            "product_search_update()",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
        op.execute("ALTER TABLE product DROP COLUMN search")
        op.execute("DROP FUNCTION IF EXISTS product_search_text(product)")
        return
    for trigger in (
        "stock_movement_delete",
        "stock_movement_no_update",
        "stock_movement_insert",
        "producer_fts_rename",
        "product_fts_delete",
        "product_fts_update",
        "product_fts_insert",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS product_fts")
