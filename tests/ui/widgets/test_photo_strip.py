"""The photo strip: files become prepared photos in order, bad files are named, reordering works."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from showcase.inventory.photos import PreparedPhoto
from showcase.ui.widgets.photo_strip import PhotoStrip
from tests.helpers.asker import FakeAsker


def make_image(path: Path, size: tuple[int, int], color: str, fmt: str) -> Path:
    Image.new("RGB", size, color).save(path, fmt)
    return path


def jpeg_bytes(size: tuple[int, int], color: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def asker() -> FakeAsker:
    return FakeAsker()


@pytest.fixture
def strip(qtbot: QtBot, asker: FakeAsker) -> PhotoStrip:
    widget = PhotoStrip(asker=asker)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def photos(tmp_path: Path) -> dict[str, Path]:
    """A JPEG, a PNG, a text file and a JPEG cut off after its first bytes."""
    jpeg = make_image(tmp_path / "kopi.jpg", (640, 480), "brown", "JPEG")
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(jpeg.read_bytes()[:200])
    text = tmp_path / "catatan.txt"
    text.write_text("bukan foto")
    return {
        "jpeg": jpeg,
        "png": make_image(tmp_path / "keripik.png", (300, 500), "yellow", "PNG"),
        "text": text,
        "broken": broken,
    }


def captions(strip: PhotoStrip) -> list[str]:
    model = strip.view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def sizes(strip: PhotoStrip) -> list[tuple[int, int]]:
    found = []
    for item in strip.items():
        assert isinstance(item, PreparedPhoto)
        found.append((item.width, item.height))
    return found


def test_added_files_become_prepared_photos_in_order(
    qtbot: QtBot, strip: PhotoStrip, photos: dict[str, Path]
) -> None:
    with qtbot.waitSignal(strip.changed):
        problems = strip.add_files([photos["jpeg"], photos["png"]])
    assert problems == []
    assert sizes(strip) == [(640, 480), (300, 500)]
    assert captions(strip) == ["Main photo", "Photo 2"]
    thumbnail = strip.items()[0]
    assert isinstance(thumbnail, PreparedPhoto)
    assert Image.open(io.BytesIO(thumbnail.thumbnail)).format == "JPEG"


def test_add_photos_asks_for_files_and_opens_again_where_they_were(
    qtbot: QtBot, strip: PhotoStrip, asker: FakeAsker, photos: dict[str, Path], tmp_path: Path
) -> None:
    strip.add_button.click()  # cancelled: nothing changes
    assert strip.count() == 0
    asker.open_answers = [photos["png"], photos["jpeg"]]
    with qtbot.waitSignal(strip.changed):
        strip.add_button.click()
    assert sizes(strip) == [(300, 500), (640, 480)]
    asker.open_answers = []
    strip.add_button.click()  # opens in the folder of the files added last
    assert asker.opened_in[0] != tmp_path and asker.opened_in[-1] == tmp_path


def test_bad_files_are_named_and_leave_the_strip_unchanged(
    qtbot: QtBot, strip: PhotoStrip, photos: dict[str, Path]
) -> None:
    strip.load([(7, jpeg_bytes((50, 50), "red"))])
    with qtbot.assertNotEmitted(strip.changed):
        problems = strip.add_files([photos["text"], photos["broken"]])
    assert len(problems) == 2
    assert "catatan.txt" in problems[0] and "not a picture" in problems[0]
    assert "rusak.jpg" in problems[1] and "damaged" in problems[1]
    assert strip.items() == [7]


def test_good_files_are_added_even_when_others_fail(
    strip: PhotoStrip, photos: dict[str, Path], tmp_path: Path
) -> None:
    problems = strip.add_files([photos["text"], photos["png"], tmp_path, tmp_path / "hilang.jpg"])
    assert sizes(strip) == [(300, 500)]
    assert [p.split(" ")[0] for p in problems] == ["catatan.txt", f"{tmp_path.name}:", "hilang.jpg"]


def test_reorder_set_main_and_remove(qtbot: QtBot, strip: PhotoStrip) -> None:
    strip.load(
        [(1, jpeg_bytes((40, 40), "red")), (2, b"not a jpeg"), (3, jpeg_bytes((9, 9), "blue"))]
    )
    assert strip.items() == [1, 2, 3]
    assert not strip.remove_button.isEnabled()

    strip.select_row(2)
    assert not strip.right_button.isEnabled() and strip.main_button.isEnabled()
    with qtbot.waitSignal(strip.changed):
        qtbot.mouseClick(strip.main_button, Qt.MouseButton.LeftButton)
    assert strip.items() == [3, 1, 2]
    assert strip.selected_row() == 0
    assert not strip.left_button.isEnabled() and not strip.main_button.isEnabled()

    qtbot.mouseClick(strip.right_button, Qt.MouseButton.LeftButton)
    assert strip.items() == [1, 3, 2]
    qtbot.mouseClick(strip.right_button, Qt.MouseButton.LeftButton)
    assert strip.items() == [1, 2, 3]
    qtbot.mouseClick(strip.left_button, Qt.MouseButton.LeftButton)
    assert strip.items() == [1, 3, 2]
    assert captions(strip)[0] == "Main photo"

    qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
    assert strip.items() == [1, 2]
    assert strip.selected_row() == 1  # the neighbour is selected, so Remove can be pressed again
    strip.select_row(0)
    qtbot.keyClick(strip.view, Qt.Key.Key_Delete)
    assert strip.items() == [2]
    assert captions(strip) == ["Main photo"]


def _drop(strip: PhotoStrip, paths: list[Path]) -> bool:
    """Drag files from a file manager onto the strip and drop them; True if the drop was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    position = QPointF(strip.rect().center())
    enter = QDragEnterEvent(
        strip.rect().center(),  # QDragEnterEvent takes a QPoint, QDropEvent a QPointF
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    strip.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    strip.dropEvent(drop)
    return drop.isAccepted()


def test_dropped_files_are_added_and_failures_reported_together(
    qtbot: QtBot, strip: PhotoStrip, photos: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    reported: list[list[str]] = []
    monkeypatch.setattr(strip, "report_problems", reported.append)
    assert _drop(strip, [photos["jpeg"], photos["text"], photos["png"], photos["broken"]])
    qtbot.waitUntil(lambda: strip.count() == 2)
    assert sizes(strip) == [(640, 480), (300, 500)]
    assert len(reported) == 1
    assert ["catatan.txt" in p for p in reported[0]] == [True, False]
    assert ["rusak.jpg" in p for p in reported[0]] == [False, True]


def test_a_drag_without_files_is_refused(strip: PhotoStrip) -> None:
    mime = QMimeData()
    mime.setText("Kopi Robusta")
    enter = QDragEnterEvent(
        strip.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    strip.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_the_problem_message_names_every_file(
    qtbot: QtBot, strip: PhotoStrip, photos: dict[str, Path]
) -> None:
    box = strip.problems_box(strip.add_files([photos["text"], photos["broken"]]))
    qtbot.addWidget(box)
    assert box.text().startswith("2 ")
    assert "catatan.txt" in box.informativeText() and "rusak.jpg" in box.informativeText()
