"""Photos: every kind of picture a clerk may pick is stored upright, flat and small, or refused
with a message naming the file; and a product's photos keep the order the clerk gave them."""

from __future__ import annotations

import io
import pathlib
import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from sqlalchemy import func, select

from showcase.errors import NotFoundError, PhotoError
from showcase.inventory.photos import (
    MAX_SIDE,
    THUMB_SIDE,
    PreparedPhoto,
    add_photo,
    list_photos,
    move_photo,
    prepare_photo,
    remove_photo,
    set_main_photo,
    set_photos,
)
from showcase.inventory.products import ProductInput, create_product
from showcase.store.db import Database
from showcase.store.models import Photo

RED = (220, 20, 30)
BLUE = (20, 40, 200)


def _encoded(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _close(colour: tuple[int, ...], expected: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour[:3], expected, strict=True))


def _solid(colour: tuple[int, int, int], size: tuple[int, int] = (60, 40)) -> PreparedPhoto:
    return prepare_photo(_encoded(Image.new("RGB", size, colour), "PNG"))


def _thumb_colour(photo: Photo) -> tuple[int, int, int]:
    thumb = _open(photo.thumbnail).convert("RGB")
    pixel = thumb.getpixel((thumb.width // 2, thumb.height // 2))
    assert isinstance(pixel, tuple)
    return (pixel[0], pixel[1], pixel[2])


# --- preparing pictures -------------------------------------------------------------------


def test_exif_orientation_is_applied_and_exif_dropped(tmp_path: Path) -> None:
    # Stored landscape 400 × 200 with a red block in its top-left corner; orientation 6 means
    # "turn 90° clockwise to view", so the clerk sees a portrait with the block top-right.
    stored = Image.new("RGB", (400, 200), (240, 240, 240))
    ImageDraw.Draw(stored).rectangle((0, 0, 59, 59), fill=RED)
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "KameraRahasia"  # camera make: must not survive
    path = tmp_path / "IMG_0001.JPG"
    path.write_bytes(_encoded(stored, "JPEG", exif=exif, quality=95))

    photo = prepare_photo(path)

    image = _open(photo.image)
    assert (photo.width, photo.height) == (200, 400) == image.size
    assert image.format == "JPEG" and image.mode == "RGB"
    assert _close(image.getpixel((200 - 20, 20)), RED)  # type: ignore[arg-type]
    assert _close(image.getpixel((20, 20)), (240, 240, 240))  # type: ignore[arg-type]
    assert not image.getexif()
    assert b"KameraRahasia" not in photo.image
    thumb = _open(photo.thumbnail)
    assert thumb.format == "JPEG"
    assert thumb.size == (80, 160)


def test_transparent_png_lands_on_white() -> None:
    cutout = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    ImageDraw.Draw(cutout).rectangle((100, 100, 199, 199), fill=(*BLUE, 255))
    photo = prepare_photo(_encoded(cutout, "PNG"))
    image = _open(photo.image)
    assert image.mode == "RGB"
    assert _close(image.getpixel((5, 5)), (255, 255, 255), 6)  # type: ignore[arg-type]
    assert _close(image.getpixel((150, 150)), BLUE)  # type: ignore[arg-type]


def test_large_picture_is_scaled_once_to_max_side() -> None:
    big = Image.new("RGB", (5000, 3000), (30, 120, 60))
    photo = prepare_photo(_encoded(big, "JPEG", quality=90))
    assert (photo.width, photo.height) == (MAX_SIDE, 1440)
    assert _open(photo.image).size == (MAX_SIDE, 1440)
    assert _open(photo.thumbnail).size == (THUMB_SIDE, 96)


@pytest.mark.parametrize(
    ("image", "fmt", "expected"),
    [
        (Image.new("P", (50, 50), 3), "GIF", None),
        (Image.new("L", (50, 50), 90), "PNG", (90, 90, 90)),
        (Image.new("CMYK", (50, 50), (0, 255, 255, 0)), "JPEG", (255, 0, 0)),
        (Image.new("I;16", (50, 50), 32896), "PNG", (128, 128, 128)),
        (Image.new("LA", (50, 50), (0, 0)), "PNG", (255, 255, 255)),
        (Image.new("1", (50, 50), 1), "BMP", (255, 255, 255)),
    ],
    ids=["palette-gif", "grey", "cmyk-jpeg", "grey-16bit", "grey-alpha", "bilevel-bmp"],
)
def test_other_colour_modes_become_rgb(
    image: Image.Image, fmt: str, expected: tuple[int, int, int] | None
) -> None:
    if image.mode == "P":
        palette = [0, 0, 0] * 256
        palette[9:12] = [200, 100, 0]
        image.putpalette(palette)
        expected = (200, 100, 0)
    assert expected is not None
    stored = _open(prepare_photo(_encoded(image, fmt)).image)
    assert stored.mode == "RGB"
    assert _close(stored.getpixel((25, 25)), expected, 25)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["GIF", "WEBP"])
def test_animated_picture_keeps_its_first_frame(fmt: str) -> None:
    frames = [Image.new("RGB", (64, 48), colour) for colour in (RED, BLUE, (0, 200, 0))]
    data = _encoded(frames[0], fmt, save_all=True, append_images=frames[1:], duration=100)
    assert getattr(_open(data), "n_frames", 1) == 3
    stored = _open(prepare_photo(data).image)
    assert _close(stored.getpixel((32, 24)), RED)  # type: ignore[arg-type]


def _refusal(source: Path | bytes) -> str:
    with pytest.raises(PhotoError) as info:
        prepare_photo(source)
    return str(info.value)


def test_truncated_jpeg_is_called_damaged(tmp_path: Path) -> None:
    noisy = Image.effect_noise((800, 600), 60).convert("RGB")
    data = _encoded(noisy, "JPEG", quality=90)
    path = tmp_path / "rusak.jpg"
    path.write_bytes(data[: len(data) // 2])
    message = _refusal(path)
    assert "rusak.jpg" in message and "damaged" in message


def test_text_file_named_jpg_is_not_a_picture(tmp_path: Path) -> None:
    path = tmp_path / "harga.jpg"
    path.write_text("Kopi robusta;Rp25.000\n", encoding="utf-8")
    message = _refusal(path)
    assert "harga.jpg is not a picture" in message and "JPEG" in message


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.png"
    empty.touch()
    assert "kosong.png is empty" in _refusal(empty)
    assert "empty" in _refusal(b"")
    message = _refusal(tmp_path / "hilang.jpg")
    assert "hilang.jpg cannot be found" in message
    assert "is a folder" in _refusal(tmp_path)


def test_huge_file_is_refused_from_its_size_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "video.jpg"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: takes no disk space

    def no_reading(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(pathlib.Path, "open", no_reading)
    monkeypatch.setattr(pathlib.Path, "read_bytes", no_reading)
    started = time.perf_counter()
    message = _refusal(path)
    assert time.perf_counter() - started < 0.5
    assert "video.jpg is 200 MB" in message and "50 MB" in message


def _png_claiming(width: int, height: int) -> bytes:
    """A valid little PNG whose header claims `width` × `height` pixels."""
    data = bytearray(_encoded(Image.new("L", (1, 1)), "PNG"))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


@pytest.mark.parametrize(("width", "height"), [(10_000, 8_500), (20_000, 20_000), (60_000, 60_000)])
def test_decompression_bomb_is_refused(width: int, height: int) -> None:
    started = time.perf_counter()
    message = _refusal(_png_claiming(width, height))
    assert time.perf_counter() - started < 0.5
    assert "too many pixels" in message


# --- a product's photos ---------------------------------------------------------------------


def _product(db: Database, code: str = "KOP-0001") -> int:
    with db.session() as s:
        return create_product(s, ProductInput(code=code, name_id="Kopi Robusta")).id


COLOURS = [(200, 30, 30), (30, 160, 40), (30, 50, 200), (230, 200, 20)]


def test_set_photos_orders_keeps_adds_and_deletes(db: Database) -> None:
    pid = _product(db)
    with db.session() as s:
        first = set_photos(s, pid, [_solid(c) for c in COLOURS[:3]])
        red, green, blue = (p.id for p in first)
    yellow_new = _solid(COLOURS[3])
    with db.session() as s:
        result = set_photos(s, pid, [blue, yellow_new, red])  # green left out
        assert [p.position for p in result] == [0, 1, 2]
    with db.session() as s:
        photos = list_photos(s, pid)
        assert [p.id for p in photos][::2] == [blue, red]
        assert [
            _close(_thumb_colour(p), c)
            for p, c in zip(photos, [COLOURS[2], COLOURS[3], COLOURS[0]], strict=True)
        ] == [True] * 3
        assert [p.position for p in photos] == [0, 1, 2]
        assert s.get(Photo, green) is None


def test_set_photos_refuses_another_products_photo_and_changes_nothing(db: Database) -> None:
    pid, other = _product(db), _product(db, "KOP-0002")
    with db.session() as s:
        mine = [p.id for p in set_photos(s, pid, [_solid(COLOURS[0]), _solid(COLOURS[1])])]
        theirs = set_photos(s, other, [_solid(COLOURS[2])])[0].id
    with pytest.raises(NotFoundError), db.session() as s:
        set_photos(s, pid, [mine[1], theirs, _solid(COLOURS[3])])
    with db.session() as s:
        assert [p.id for p in list_photos(s, pid)] == mine
        assert [p.id for p in list_photos(s, other)] == [theirs]


def test_add_move_main_and_remove_renumber(db: Database) -> None:
    pid = _product(db)
    with db.session() as s:
        ids = [
            add_photo(s, pid, _encoded(Image.new("RGB", (40, 30), c), "PNG")).id for c in COLOURS
        ]
    with db.session() as s:
        move_photo(s, ids[0], 2)
        assert [p.id for p in list_photos(s, pid)] == [ids[1], ids[2], ids[0], ids[3]]
        set_main_photo(s, ids[3])
        assert [p.id for p in list_photos(s, pid)] == [ids[3], ids[1], ids[2], ids[0]]
        move_photo(s, ids[1], 99)  # past the end: goes last
    with db.session() as s:
        remove_photo(s, ids[3])  # the main photo: the next one becomes main
    with db.session() as s:
        photos = list_photos(s, pid)
        assert [(p.id, p.position) for p in photos] == [(ids[2], 0), (ids[0], 1), (ids[1], 2)]
        with pytest.raises(NotFoundError):
            remove_photo(s, ids[3])


def test_failed_prepare_changes_nothing(db: Database, tmp_path: Path) -> None:
    pid = _product(db)
    bad = tmp_path / "bukan-foto.jpg"
    bad.write_text("not a picture")
    with db.session() as s:
        good = add_photo(s, pid, _encoded(Image.new("RGB", (40, 30), RED), "PNG"))
        # The clerk's next pick is bad; the transaction goes on and is committed anyway.
        with pytest.raises(PhotoError, match=r"bukan-foto\.jpg"):
            add_photo(s, pid, bad)
    with db.session() as s:
        assert [(p.id, p.position) for p in list_photos(s, pid)] == [(good.id, 0)]
        assert s.scalar(select(func.count()).select_from(Photo)) == 1


def test_colour_profiles_are_converted_or_ignored_when_broken() -> None:
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    for profile in (srgb, b"not an ICC profile at all"):
        data = _encoded(Image.new("RGB", (40, 30), BLUE), "JPEG", icc_profile=profile)
        image = _open(prepare_photo(data).image)
        assert _close(image.getpixel((20, 15)), BLUE)  # type: ignore[arg-type]
        assert "icc_profile" not in image.info
