"""The center's logo: stored scaled in the database, refused with a message when it is no picture."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from showcase.errors import PhotoError
from showcase.inventory.branding import center_logo, set_center_logo
from showcase.store.db import Database


def test_logo_is_stored_scaled_with_its_transparency(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    Image.new("RGBA", (1600, 800), (200, 30, 30, 0)).save(path)
    with db.session() as s:
        assert center_logo(s) is None
        set_center_logo(s, path)
    with db.session() as s:
        stored = center_logo(s)
    assert stored is not None
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "PNG" and image.size == (600, 300)
        assert image.getpixel((10, 10))[3] == 0


@pytest.mark.parametrize("content", [b"not a picture", b""])
def test_a_file_that_is_no_picture_is_refused_and_nothing_changes(
    db: Database, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "logo.jpg"
    path.write_bytes(content)
    with pytest.raises(PhotoError, match=r"logo\.jpg"), db.session() as s:
        set_center_logo(s, path)
    with db.session() as s:
        assert center_logo(s) is None
