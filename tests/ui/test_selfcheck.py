"""`etalase selfcheck`: each check runs for real and a missing piece is named, with status 1."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from showcase import cli
from showcase.ui import selfcheck


def test_every_check_passes_in_a_complete_installation(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["selfcheck"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "selfcheck: all passed"
    names = [line.split(":")[0].split(maxsplit=1)[1] for line in lines[:-1]]
    assert names == [
        "platform",
        "resources",
        "image formats",
        "translations",
        "print plugins",
        "print dialog",
        "pdf preview",
        "printing",
    ]
    assert all(line.startswith("ok    ") for line in lines[:-1])
    assert "label test page through QPrinter (1 page)" in lines[-2]


def test_a_missing_image_format_is_named_and_fails_the_check(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if the frozen program had been built without a plugin: a format Qt cannot read.
    monkeypatch.setattr(selfcheck, "IMAGE_FORMATS", ("jpeg", "no-such-format"))
    assert selfcheck.run_selfcheck() == 1
    out = capsys.readouterr().out
    assert "FAIL  image formats: missing no-such-format (imageformats plugins)" in out
    assert out.splitlines()[-1] == "selfcheck: missing or broken: image formats"
    assert "ok    printing:" in out  # the other checks still ran


def test_selfcheck_is_not_listed_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    assert "selfcheck" not in capsys.readouterr().out
