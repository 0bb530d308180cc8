"""The staff window on a server with no password anywhere: it asks, asks again with the reason
after a wrong one, and remembers it in the pgpass file when asked to; a server that cannot be
used is said in a message and nothing opens. On the real test server."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from showcase.errors import ServerError
from showcase.store.location import ServerLocation, parse_location
from showcase.store.pgpass import pgpass_path, stored_password
from showcase.store.server_errors import NO_RIGHT
from showcase.ui.staff.records.product_editor import ProductEditor
from showcase.ui.staff.window.server_login import PasswordDialog, open_server_showcase
from tests.helpers.lan import kiosk_url, prepared_showcase
from tests.helpers.mounts import contents, fill, mounted_tmpfs, needs_root
from tests.helpers.postgres import SUPERUSER, PostgresServer, free_port


class Answers:
    """Answers the password questions in turn and keeps what was told."""

    def __init__(self, *answers: tuple[str, bool] | None) -> None:
        self.answers = list(answers)
        self.problems: list[str] = []
        self.told: list[str] = []

    def ask_password(self, location: ServerLocation, problem: str) -> tuple[str, bool] | None:
        self.problems.append(problem)
        return self.answers.pop(0)

    def tell(self, message: str) -> None:
        self.told.append(message)


@pytest.fixture(autouse=True)
def _no_password_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("PGPASSFILE", raising=False)


def _location(postgres: PostgresServer, database: str) -> ServerLocation:
    return ServerLocation("127.0.0.1", database, SUPERUSER, None, postgres.port)


def test_asks_again_after_a_wrong_password_and_remembers_the_right_one(
    postgres: PostgresServer, _pg_work: str
) -> None:
    location = _location(postgres, _pg_work)
    answers = Answers(("salah", False), (postgres.password, True))
    database = open_server_showcase(location, answers)
    assert database is not None
    database.close()
    assert answers.problems[0] == ""  # the first time, no reproach
    assert "wrong password" in answers.problems[1]
    assert stored_password(location) == postgres.password
    assert pgpass_path().stat().st_mode & 0o077 == 0

    # Next time libpq finds it: nothing is asked.
    again = Answers()
    database = open_server_showcase(location, again)
    assert database is not None
    database.close()
    assert again.problems == []


def test_cancelling_opens_nothing_and_remembers_nothing(
    postgres: PostgresServer, _pg_work: str
) -> None:
    answers = Answers(None)
    assert open_server_showcase(_location(postgres, _pg_work), answers) is None
    assert not pgpass_path().exists()


def test_no_such_database_and_an_unreachable_server_are_said(postgres: PostgresServer) -> None:
    answers = Answers((postgres.password, False))
    assert open_server_showcase(_location(postgres, "tidak_ada"), answers) is None
    assert len(answers.told) == 1 and "no database tidak_ada" in answers.told[0]

    nobody = ServerLocation("127.0.0.1", "etalase", SUPERUSER, "x", free_port())
    answers = Answers()
    assert open_server_showcase(nobody, answers) is None
    assert "cannot be reached" in answers.told[0]


def test_the_password_dialog_hides_what_is_typed_and_shows_the_reason(qtbot: QtBot) -> None:
    dialog = PasswordDialog(ServerLocation("10.0.0.2", "etalase", "etalase_desk"), "ditolak")
    qtbot.addWidget(dialog)
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert dialog.problem.text() == "ditolak" and not dialog.problem.isHidden()
    assert not dialog.remember.isChecked()


def test_a_kiosk_login_used_for_staff_work_is_told_it_has_no_right(
    qtbot: QtBot, postgres: PostgresServer, demo_template: Path
) -> None:
    name = prepared_showcase(postgres, demo_template)
    database = open_server_showcase(
        parse_location(kiosk_url(postgres, name)),  # type: ignore[arg-type]
        Answers(),
    )
    assert database is not None  # reading is the kiosk's right: the window opens
    try:
        with database.read() as reader:
            product_id = int(reader.execute("SELECT min(id) FROM product").fetchone()[0])
        editor = ProductEditor(database, product_id)
        qtbot.addWidget(editor)
        editor.confirm_discard = lambda: True  # type: ignore[method-assign]
        editor.name_id_edit.setText("Diubah dari kios")
        assert editor.save() is False
        assert "no right" in editor.general_error.text()
        with pytest.raises(ServerError) as caught, database.session() as s:
            s.execute(text("UPDATE product SET price = 1"))
        assert caught.value.kind == NO_RIGHT
    finally:
        database.close()


@needs_root
def test_a_password_that_cannot_be_remembered_on_a_full_disk_is_said(
    postgres: PostgresServer, _pg_work: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The showcase opens all the same; the message names the full disk, nothing is left."""
    with mounted_tmpfs(tmp_path / "profile") as home:
        fill(home)
        monkeypatch.setenv("PGPASSFILE", str(home / ".pgpass"))
        answers = Answers((postgres.password, True))
        database = open_server_showcase(_location(postgres, _pg_work), answers)
        assert database is not None
        database.close()
        assert answers.told == [
            f"The password could not be remembered: the disk holding {home} is full: "
            "free some space or choose another place"
        ]
        assert contents(home) == set()
