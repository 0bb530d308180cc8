"""A showcase on a real PostgreSQL server: opening it, what goes wrong said plainly, the schema
upgraded once under a lock, `server init`'s roles and what each may do."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from showcase.errors import ServerError
from showcase.store import server_errors
from showcase.store.db import SCHEMA_HEAD, Database
from showcase.store.location import parse_server_url
from showcase.store.models import AuditEntry, Product, Setting, StockMovement
from showcase.store.opening import open_showcase
from showcase.store.server import init_server
from tests.helpers.postgres import PostgresServer


def _kind(url: str) -> str:
    with pytest.raises(ServerError) as caught:
        open_showcase(url)
    return caught.value.kind


def test_a_new_database_gets_the_whole_schema(postgres: PostgresServer) -> None:
    name = postgres.create_database()
    open_showcase(postgres.url(name)).close()
    assert postgres.execute("SELECT version_num FROM alembic_version", name) == [(SCHEMA_HEAD,)]
    triggers = {
        n for (n,) in postgres.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal", name)
    }
    assert {
        "stock_movement_insert",
        "stock_movement_no_update",
        "stock_movement_delete",
        "audit_entry_no_update",
        "audit_entry_no_delete",
        "product_search_insert",
        "product_search_update",
        "producer_search_rename",
    } <= triggers


def test_stock_is_the_sum_of_its_movements_and_the_ledger_is_append_only(pg_db: Database) -> None:
    with pg_db.session() as session:
        product = Product(code="KOP-0001", name_id="Kopi", certificates=[], export_markets=[])
        session.add(product)
        session.flush()
        session.add_all(
            [
                StockMovement(product_id=product.id, kind="receive", quantity=10),
                StockMovement(product_id=product.id, kind="sale", quantity=-3),
            ]
        )
    with pg_db.session() as session:
        assert session.get(Product, product.id).stock == 7  # type: ignore[union-attr]
    with pytest.raises(Exception, match="ledger"), pg_db.session() as session:
        session.execute(text("UPDATE stock_movement SET quantity = 99"))


def test_the_change_history_refuses_edits(pg_db: Database) -> None:
    with pg_db.session() as session:
        session.add(AuditEntry(action="create", entity="product", summary="x", changes={}))
    for statement in ("UPDATE audit_entry SET summary = 'y'", "DELETE FROM audit_entry"):
        with pytest.raises(Exception, match="audit log cannot be changed"), pg_db.session() as s:
            s.execute(text(statement))


def test_codes_and_names_are_unique_whatever_their_case(pg_db: Database) -> None:
    with pg_db.session() as session:
        session.add(Product(code="KOP-0001", name_id="a", certificates=[], export_markets=[]))
    with pytest.raises(Exception, match="uq_product_code"), pg_db.session() as session:
        session.add(Product(code="kop-0001", name_id="b", certificates=[], export_markets=[]))
    with pg_db.session() as session:
        session.add(Product(code="A-2", name_id="beta", certificates=[], export_markets=[]))
        session.add(Product(code="a-3", name_id="Alpha", certificates=[], export_markets=[]))
    with pg_db.reading() as connection:
        names = [n for (n,) in connection.execute("SELECT name_id FROM product ORDER BY name_id")]
    assert names == ["a", "Alpha", "beta"]


def test_unreachable_server(postgres: PostgresServer) -> None:
    from tests.helpers.postgres import free_port

    assert _kind(f"postgresql://x:y@127.0.0.1:{free_port()}/db") == server_errors.UNREACHABLE


def test_wrong_password(postgres: PostgresServer) -> None:
    kind = _kind(postgres.url("postgres", password="not-the-password"))
    assert kind == server_errors.WRONG_PASSWORD
    with pytest.raises(ServerError, match="refused the login etalase_test"):
        open_showcase(postgres.url("postgres", password="not-the-password"))


def test_no_such_database(postgres: PostgresServer) -> None:
    with pytest.raises(ServerError, match="has no database nowhere") as caught:
        open_showcase(postgres.url("nowhere"))
    assert caught.value.kind == server_errors.NO_DATABASE


def test_another_programs_database_is_refused_untouched(postgres: PostgresServer) -> None:
    name = postgres.create_database()
    postgres.execute("CREATE TABLE invoices (id int)", name)
    assert _kind(postgres.url(name)) == server_errors.NOT_ETALASE
    tables = postgres.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", name)
    assert tables == [("invoices",)]


def test_a_newer_schema_is_refused_unchanged(postgres: PostgresServer, _pg_template: str) -> None:
    name = postgres.create_database(_pg_template)
    postgres.execute("UPDATE alembic_version SET version_num = '9999'", name)
    with pytest.raises(ServerError, match="update Etalase on this PC"):
        open_showcase(postgres.url(name))
    assert postgres.execute("SELECT version_num FROM alembic_version", name) == [("9999",)]


def test_an_older_schema_is_backed_up_then_upgraded_once_by_two_pcs_at_once(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    from showcase.store import migrations
    from showcase.store.server_engine import local_stand_in, make_server_engine

    name = postgres.create_database()
    location = parse_server_url(postgres.url(name))
    engine = make_server_engine(location)
    migrations.upgrade(engine, "0004")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO setting (key, value) VALUES ('center_name', 'X')"))
    engine.dispose()
    results: list[object] = []

    def open_one() -> None:
        try:
            open_showcase(location).close()
            results.append("ok")
        except Exception as exc:  # pragma: no cover - reported by the assert below
            results.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["ok", "ok", "ok"]
    assert postgres.execute("SELECT version_num FROM alembic_version", name) == [(SCHEMA_HEAD,)]
    backups = list((local_stand_in(location).parent / "backups").glob("*before-upgrade*.db"))
    assert len(backups) == 1
    backup = open_showcase(backups[0])
    with backup.read() as connection:
        assert connection.execute("SELECT value FROM setting").fetchall() == [("X",)]
    backup.close()


# --- server init: roles and rights -------------------------------------------------------


@pytest.fixture
def prepared(postgres: PostgresServer) -> Iterator[tuple[str, str, str]]:
    """A database made by `server init`: (its name, the desk password, the kiosk password)."""
    name = postgres.new_name("init")
    result = init_server(postgres.url(name), desk_password="desk-pw", kiosk_password="kiosk-pw")
    assert result.created_database
    assert (result.desk.password, result.kiosk.password) == ("desk-pw", "kiosk-pw")
    yield name, "desk-pw", "kiosk-pw"
    postgres.drop_database(name)


def test_init_on_a_new_server_generates_the_passwords_not_given() -> None:
    from tests.helpers.postgres import running_server

    with running_server() as server:
        result = init_server(server.url("etalase"), desk_password="chosen")
        assert result.desk.password == "chosen"
        kiosk_password = result.kiosk.password
        assert kiosk_password is not None and len(kiosk_password) >= 20
        assert (
            result.kiosk.db_line()
            == f"--db postgresql://etalase_kiosk@127.0.0.1:{server.port}/etalase"
        )
        open_showcase(server.url("etalase", user="etalase_kiosk", password=kiosk_password)).close()


def _as(postgres: PostgresServer, name: str, role: str, password: str) -> Database:
    return open_showcase(postgres.url(name, user=role, password=password))


def test_init_makes_database_schema_and_logins(
    postgres: PostgresServer, prepared: tuple[str, str, str]
) -> None:
    name, desk_pw, kiosk_pw = prepared
    assert postgres.execute("SELECT version_num FROM alembic_version", name) == [(SCHEMA_HEAD,)]
    owner = postgres.execute("SELECT tableowner FROM pg_tables WHERE tablename = 'product'", name)
    assert owner == [("etalase_owner",)]
    desk = _as(postgres, name, "etalase_desk", desk_pw)
    with desk.session() as session:
        product = Product(code="K-1", name_id="Kopi", certificates=[], export_markets=[])
        session.add(product)
        session.flush()
        session.add(StockMovement(product_id=product.id, kind="receive", quantity=4))
        session.add(AuditEntry(action="create", entity="product", summary="made", changes={}))
        session.add(Setting(key="center_name", value="UMKM Center"))
    desk.close()
    kiosk = _as(postgres, name, "etalase_kiosk", kiosk_pw)
    with kiosk.reading() as connection:
        assert connection.execute("SELECT code, stock FROM product").fetchall() == [("K-1", 4)]
    kiosk.close()


def test_the_desk_may_not_change_the_change_history(
    postgres: PostgresServer, prepared: tuple[str, str, str]
) -> None:
    name, desk_pw, _ = prepared
    with psycopg.connect(postgres.url(name, user="etalase_desk", password=desk_pw)) as connection:
        connection.execute(
            "INSERT INTO audit_entry (at, actor, action, entity, entity_id, summary, changes) VALUES (now(), '', 'x', 'y', '', '', '{}')"
        )
        connection.commit()
        for statement in ("UPDATE audit_entry SET summary = 'z'", "DELETE FROM audit_entry"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)
            connection.rollback()


def test_a_kiosk_login_used_for_staff_work_is_told_it_has_no_right(
    postgres: PostgresServer, prepared: tuple[str, str, str]
) -> None:
    name, _, kiosk_pw = prepared
    kiosk = _as(postgres, name, "etalase_kiosk", kiosk_pw)
    with pytest.raises(Exception) as caught, kiosk.session() as session:
        session.add(Product(code="K-2", name_id="x", certificates=[], export_markets=[]))
    error = server_errors.server_error(caught.value, kiosk.server)  # type: ignore[arg-type]
    assert error is not None and error.kind == server_errors.NO_RIGHT
    assert "kiosk login cannot be used for staff work" in str(error)
    # Its own writes: visit counts and its status.
    with kiosk.session() as session:
        session.execute(
            text(
                "INSERT INTO kiosk_visit (day, kind, ref, count) VALUES (current_date, 'product', '1', 1)"
            )
        )
        session.execute(
            text("INSERT INTO setting (key, value) VALUES ('kiosk-status.hall', 'online')")
        )
    with (
        pytest.raises(Exception, match=r"row-level security|has no right"),
        kiosk.session() as session,
    ):
        session.execute(text("INSERT INTO setting (key, value) VALUES ('center_name', 'hijacked')"))
    kiosk.close()


def test_init_again_upgrades_and_changes_nothing_else(
    postgres: PostgresServer, prepared: tuple[str, str, str]
) -> None:
    name, desk_pw, kiosk_pw = prepared
    again = init_server(postgres.url(name))
    assert not again.created_database
    assert again.desk.password is None and again.kiosk.password is None
    _as(postgres, name, "etalase_desk", desk_pw).close()
    _as(postgres, name, "etalase_kiosk", kiosk_pw).close()


def test_init_needs_a_superuser(postgres: PostgresServer, prepared: tuple[str, str, str]) -> None:
    name, desk_pw, _ = prepared
    with pytest.raises(ServerError, match="needs a superuser"):
        init_server(postgres.url(name, user="etalase_desk", password=desk_pw))


def test_the_password_comes_from_pgpassword_or_the_pgpass_file(
    postgres: PostgresServer, _pg_template: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a password in the URL, libpq's usual places give it: PGPASSWORD, the pgpass file."""
    url = f"postgresql://etalase_test@127.0.0.1:{postgres.port}/{_pg_template}"
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "nothing"))
    monkeypatch.setenv("PGPASSWORD", postgres.password)
    open_showcase(url).close()
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{postgres.port}:*:etalase_test:{postgres.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    open_showcase(url).close()
    pgpass.write_text(f"127.0.0.1:{postgres.port}:*:etalase_test:wrong\n")
    with pytest.raises(ServerError) as caught:
        open_showcase(url)
    assert caught.value.kind == server_errors.WRONG_PASSWORD
