"""Product photos: reading a picture file once into a stored JPEG and thumbnail, and ordering them.

`prepare_photo` is pure (no database) so the UI can run it in a worker thread while the person
keeps arranging photos, then hand the results to `set_photos` in one transaction. A photo is
decoded and re-encoded exactly once: scaled to at most MAX_SIDE, turned upright from its EXIF
orientation, flattened onto white, converted to sRGB and stripped of metadata (EXIF can hold the
GPS position of a producer's home). Everything a person can get wrong with a file is a PhotoError
whose message names the file and says what to do.

No Qt here (Pillow only), so photos can be prepared from the command line, tests and workers.
"""

from __future__ import annotations

import io
import struct
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from showcase.errors import NotFoundError, PhotoError
from showcase.i18n import translate
from showcase.inventory.products import get_product
from showcase.store.models import Photo, Product

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_SIDE = 2400
THUMB_SIDE = 160
# Pictures with more pixels than this are refused before they are decoded: a tiny PNG can
# claim 50,000 × 50,000 pixels and take gigabytes to open (a "decompression bomb"). 80 million
# is above every ordinary camera and phone (a 108 MP phone saves 12 MP pictures unless told
# otherwise) and below Pillow's own global warning threshold, which we also turn into a refusal.
MAX_PIXELS = 80_000_000
IMAGE_QUALITY = 85
THUMB_QUALITY = 80
_WHITE = (255, 255, 255)

# What goes wrong inside Pillow's decoders with damaged data. They do not agree on one
# exception type, and every one of these means "this file cannot be shown".
_DAMAGED = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError, TypeError)


@dataclass(frozen=True)
class PreparedPhoto:
    """A picture ready to store: JPEG bytes of the image (at most MAX_SIDE) and of its thumbnail."""

    image: bytes
    thumbnail: bytes
    width: int
    height: int


def _megabytes(size: int) -> str:
    mb = size / (1024 * 1024)
    return f"{mb:.0f}" if mb >= 10 else f"{mb:.1f}"


def _too_large(name: str, size: int) -> PhotoError:
    return PhotoError(
        translate(
            "Photos",
            "{name} is {size} MB, too large for a photo (at most {limit} MB). "
            "Make it smaller or choose another photo.",
        ).format(name=name, size=_megabytes(size), limit=MAX_FILE_BYTES // (1024 * 1024))
    )


def _empty(name: str) -> PhotoError:
    return PhotoError(
        translate(
            "Photos", "{name} is empty (0 bytes), so it holds no picture. Copy the photo again."
        ).format(name=name)
    )


def _read_file(path: Path) -> bytes:
    """The bytes of `path`, refusing a missing, unreadable, empty or too large file first."""
    name = path.name or str(path)
    try:
        # stat before reading: a 200 MB video renamed .jpg is refused at once, not read.
        size = path.stat().st_size
        if path.is_dir():
            raise PhotoError(
                translate("Photos", "{name} is a folder, not a picture.").format(name=name)
            )
        if size > MAX_FILE_BYTES:
            raise _too_large(name, size)
        if size == 0:
            raise _empty(name)
        with path.open("rb") as handle:
            # Read one byte past the limit in case the file grew after the stat.
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise PhotoError(
            translate(
                "Photos", "{name} cannot be found. It may have been moved, renamed or deleted."
            ).format(name=name)
        ) from exc
    except PermissionError as exc:
        raise PhotoError(
            translate(
                "Photos",
                "Etalase is not allowed to open {name}. Copy the photo to another folder first.",
            ).format(name=name)
        ) from exc
    except OSError as exc:
        raise PhotoError(
            translate(
                "Photos", "{name} cannot be read ({reason}). Copy the photo to this computer first."
            ).format(name=name, reason=exc.strerror or exc)
        ) from exc
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name, len(data))
    return data


def _to_srgb(image: Image.Image, profile: bytes | None) -> Image.Image:
    """Convert colours from the picture's ICC profile (phones use Display P3) to sRGB, if possible.

    Without this the stored JPEG, which keeps no profile, would look washed out. A broken
    profile is not worth refusing a photo for, so any failure keeps the colours as they are.
    """
    if not profile or image.mode not in ("RGB", "CMYK"):
        return image
    try:
        from PIL import ImageCms

        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        converted = ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
        )
    except Exception:  # a bad profile must never stop the photo
        return image
    return converted if isinstance(converted, Image.Image) else image


def _flatten(image: Image.Image) -> Image.Image:
    """Any mode (palette, transparency, CMYK, 16-bit, greyscale, float) as plain 8-bit RGB."""
    if image.mode == "P":
        palette_mode = image.palette.mode if image.palette is not None else "RGB"
        has_alpha = "transparency" in image.info or palette_mode == "RGBA"
        image = image.convert("RGBA" if has_alpha else "RGB")
    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N"):
        image = image.convert("I")
    if image.mode == "I":
        # 16-bit greyscale holds 0..65535; a plain convert("L") would clip it to white.
        image = image.point(lambda v: v * (1 / 257)).convert("L")
    elif image.mode == "F":
        # Float pixels have no fixed range: stretch what is there to 0..255.
        low, high = cast(tuple[float, float], image.getextrema())
        span = high - low or 1.0
        image = image.point(lambda v: (v - low) * (255 / span)).convert("L")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        # Transparent parts of a product cut-out become white, as on a catalogue page.
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (*_WHITE, 255))
        image = Image.alpha_composite(background, rgba)
    return image if image.mode == "RGB" else image.convert("RGB")


def _encode(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    # No exif= or icc_profile= argument: nothing of the original's metadata is written.
    image.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def _upright(image: Image.Image) -> Image.Image:
    """The image turned as its EXIF orientation says; unchanged if the EXIF itself is broken."""
    try:
        return ImageOps.exif_transpose(image)
    except _DAMAGED:
        # Odd camera firmware writes malformed EXIF; the pixels are still a good photo.
        return image


def _decode(data: bytes, name: str) -> Image.Image:
    """The first frame of the picture in `data`, upright, as RGB and at most MAX_SIDE."""
    size: tuple[int, int] | None = None
    with warnings.catch_warnings():
        # Pillow only warns between its two bomb limits; here that is a refusal too.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as source:
                size = source.size
                if size[0] * size[1] > MAX_PIXELS:
                    raise Image.DecompressionBombError(f"{size[0]}x{size[1]}")
                # A JPEG can decode straight at 1/2, 1/4 or 1/8 size (still at least MAX_SIDE
                # on both sides): a 50 MP photo then costs a quarter of the memory and time.
                source.draft("RGB", (MAX_SIDE, MAX_SIDE))
                source.seek(0)  # animated GIF/WebP: the first frame
                source.load()
                profile = source.info.get("icc_profile")
                image = _upright(source)
                if image.mode == "CMYK":  # its profile is the only good way to RGB
                    image = _to_srgb(image, profile)
                    profile = None  # used, or unusable
                # Flatten before scaling: palette and 16-bit images do not resample well.
                image = _flatten(image)
                image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
                # Colour-convert after scaling: the same result for far fewer pixels.
                return _to_srgb(image, profile)
        except UnidentifiedImageError as exc:
            raise PhotoError(
                translate(
                    "Photos",
                    "{name} is not a picture (JPEG, PNG, WebP, GIF, BMP or TIFF). "
                    "Choose a photo file.",
                ).format(name=name)
            ) from exc
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            if size is None:  # Pillow refused it while reading the header
                message = translate(
                    "Photos", "{name} has far too many pixels to open. Make it smaller first."
                )
            else:
                message = translate(
                    "Photos",
                    "{name} has too many pixels ({width} × {height}; at most {limit} million). "
                    "Make it smaller first.",
                )
            width, height = size or (0, 0)
            raise PhotoError(
                message.format(name=name, width=width, height=height, limit=MAX_PIXELS // 10**6)
            ) from exc
        except MemoryError as exc:
            raise PhotoError(
                translate(
                    "Photos",
                    "{name} is too large for this computer to open. Make it smaller first.",
                ).format(name=name)
            ) from exc
        except _DAMAGED as exc:
            raise PhotoError(
                translate(
                    "Photos",
                    "{name} is damaged or incomplete and cannot be shown. "
                    "Copy the photo again from the camera or phone.",
                ).format(name=name)
            ) from exc


def prepare_photo(source: Path | bytes, *, name: str | None = None) -> PreparedPhoto:
    """Read a picture (a file, or bytes such as a dropped or pasted image) into a storable photo.

    `name` is how messages call the picture; by default the file's name, or "The picture".
    Raises PhotoError, saying what is wrong with which file, for anything that is not a usable
    picture. Touches no database.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        label = name or translate("Photos", "The picture")
        if len(data) > MAX_FILE_BYTES:
            raise _too_large(label, len(data))
        if not data:
            raise _empty(label)
    else:
        path = Path(source)
        label = name or path.name or str(path)
        data = _read_file(path)
    image = _decode(data, label)
    thumb = image.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    return PreparedPhoto(
        image=_encode(image, IMAGE_QUALITY),
        thumbnail=_encode(thumb, THUMB_QUALITY),
        width=image.width,
        height=image.height,
    )


def _photo_row(prepared: PreparedPhoto, position: int) -> Photo:
    return Photo(
        position=position,
        image=prepared.image,
        thumbnail=prepared.thumbnail,
        width=prepared.width,
        height=prepared.height,
    )


def set_photos(
    session: Session, product_id: int, photos: Sequence[int | PreparedPhoto]
) -> list[Photo]:
    """Make the product's photos exactly `photos`, in that order; the first is the main photo.

    An int is the id of one of this product's photos (kept and moved); a PreparedPhoto is added.
    Photos not listed are deleted. Everything is checked before anything changes, and one flush
    writes it all; the caller commits. Raises NotFoundError for an id that is not this product's.
    """
    product = get_product(session, product_id)
    # Through the relationship, so a product already loaded in this session sees its new photos.
    current = {photo.id: photo for photo in product.photos}
    listed: set[int] = set()
    for item in photos:
        if isinstance(item, PreparedPhoto):
            continue
        if item not in current:
            raise NotFoundError(
                translate("Photos", "A photo to keep is not a photo of this product any more")
            )
        if item in listed:
            raise ValueError(f"photo {item} listed twice")
        listed.add(item)
    ordered: list[Photo] = []
    for position, item in enumerate(photos):
        if isinstance(item, PreparedPhoto):
            ordered.append(_photo_row(item, position))
        else:
            photo = current[item]
            photo.position = position
            ordered.append(photo)
    product.photos = ordered  # the delete-orphan cascade removes the photos left out
    session.flush()
    return ordered


def add_photo(
    session: Session, product_id: int, source: Path | bytes, *, name: str | None = None
) -> Photo:
    """Prepare a picture and add it after the product's other photos."""
    prepared = prepare_photo(source, name=name)  # before touching the database: may raise
    product = get_product(session, product_id)
    photo = _photo_row(prepared, len(product.photos))
    product.photos.append(photo)
    session.flush()
    return photo


def _in_order(photos: list[Photo]) -> list[Photo]:
    return sorted(photos, key=lambda p: (p.position, p.id))


def _store_order(product: Product, photos: list[Photo]) -> None:
    """Number `photos` 0..n-1 and make them the product's photos, in this order."""
    for position, photo in enumerate(photos):
        if photo.position != position:
            photo.position = position
    # Assigning the collection keeps it in the new order for this session; a photo left out
    # is deleted by the delete-orphan cascade.
    product.photos = photos


def _get_photo(session: Session, photo_id: int) -> Photo:
    photo = session.get(Photo, photo_id)
    if photo is None:
        raise NotFoundError(translate("Photos", "The photo no longer exists"))
    return photo


def remove_photo(session: Session, photo_id: int) -> None:
    """Delete a photo; the others close up (the next one becomes main if it was the main one)."""
    photo = _get_photo(session, photo_id)
    product = photo.product
    _store_order(product, [p for p in _in_order(product.photos) if p is not photo])
    session.flush()


def move_photo(session: Session, photo_id: int, new_position: int) -> None:
    """Move a photo to `new_position` (clamped to the ends); the others shift to make room."""
    photo = _get_photo(session, photo_id)
    product = photo.product
    photos = [p for p in _in_order(product.photos) if p is not photo]
    photos.insert(max(0, min(new_position, len(photos))), photo)
    _store_order(product, photos)
    session.flush()


def set_main_photo(session: Session, photo_id: int) -> None:
    """Make a photo the product's main photo (the one shown in lists, labels and the kiosk)."""
    move_photo(session, photo_id, 0)


def list_photos(session: Session, product_id: int) -> list[Photo]:
    """The product's photos, main photo first. Raises NotFoundError if the product is gone."""
    get_product(session, product_id)
    return list(
        session.scalars(
            select(Photo).where(Photo.product_id == product_id).order_by(Photo.position, Photo.id)
        )
    )
