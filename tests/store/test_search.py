"""Search as you type on both stores: FTS5 on SQLite, a tsvector on PostgreSQL, same answers."""

from __future__ import annotations

import pytest

from showcase.store.db import Database
from showcase.store.search import match_clause, search_query, tsquery
from tests.helpers.factories import SAMPLE_SEARCHES, make_sample


def search(database: Database, text: str) -> list[str] | None:
    query = search_query(database.dialect, text)
    if query is None:
        return None
    with database.reading() as connection:
        rows = connection.execute(
            f"SELECT p.code FROM product AS p WHERE {match_clause(database.dialect)} ORDER BY p.code",
            {"match": query},
        ).fetchall()
    return [code for (code,) in rows]


@pytest.mark.parametrize(("text", "expected"), SAMPLE_SEARCHES)
def test_search_finds_the_same_on_both_stores(db: Database, text: str, expected: list[str]) -> None:
    make_sample(db)
    assert search(db, text) == expected


@pytest.mark.parametrize("text", ["", "   ", '"', "*", "-", "<>", "()"])
def test_nothing_to_search_for(db: Database, text: str) -> None:
    assert search(db, text) is None


def test_the_tsquery_holds_only_quoted_words() -> None:
    assert tsquery("KOP-00") == "('kop' <-> '00':*)"
    assert tsquery("KOP-") == "'kop':*"
    assert tsquery("kop robu") == "'kop':* & 'robu':*"
    assert tsquery("it's \\ ' :*") == "'it':* & 's':*"


def test_renaming_a_producer_or_product_is_searched_at_once(db: Database) -> None:
    from sqlalchemy import update

    from showcase.store.models import Producer, Product

    sample = make_sample(db)
    with db.session() as session:
        session.execute(
            update(Producer).where(Producer.id == sample.rafins).values(name="Aneka Camilan")
        )
        session.execute(
            update(Product).where(Product.code == "KOP-0001").values(name_en="Mountain beans")
        )
    assert search(db, "camilan") == ["MAK-0001", "MAK-0002"]
    assert search(db, "rafins") == []
    assert search(db, "mountain") == ["KOP-0001"]
