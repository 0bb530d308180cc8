"""The center's own branding: its logo, printed on labels (and later shown on the kiosk).

The logo is kept in the database like the photos (one file holds the whole showcase): scaled
once to at most 600 px, as PNG so a transparent background stays transparent.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy.orm import Session

from showcase.errors import PhotoError
from showcase.i18n import translate
from showcase.inventory.setting_keys import CENTER_LOGO_SETTING
from showcase.inventory.settings import get_setting, set_setting

MAX_LOGO_SIDE = 600
MAX_LOGO_FILE_BYTES = 10 * 1024 * 1024


def prepare_logo(source: Path | bytes) -> bytes:
    """PNG bytes of the logo, scaled to at most 600 px; PhotoError naming what is wrong."""
    name = source.name if isinstance(source, Path) else translate("Branding", "The logo")
    if isinstance(source, Path):
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise PhotoError(
                translate("Branding", "Cannot open {name}: {why}").format(
                    name=name, why=exc.strerror
                )
            ) from exc
        if size > MAX_LOGO_FILE_BYTES:
            raise PhotoError(
                translate("Branding", "{name} is larger than 10 MB: a logo needs much less").format(
                    name=name
                )
            )
        data = source.read_bytes()
    else:
        data = source
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            logo = ImageOps.exif_transpose(image).convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise PhotoError(
            translate("Branding", "{name} is not a picture (PNG, JPEG, WebP …)").format(name=name)
        ) from exc
    logo.thumbnail((MAX_LOGO_SIDE, MAX_LOGO_SIDE))
    out = io.BytesIO()
    logo.save(out, format="PNG", optimize=True)
    return out.getvalue()


def set_center_logo(session: Session, source: Path | bytes) -> bytes:
    """Store the center's logo (prepared as above); returns the stored PNG bytes."""
    png = prepare_logo(source)
    set_setting(session, CENTER_LOGO_SETTING, base64.b64encode(png).decode("ascii"))
    return png


def center_logo(session: Session) -> bytes | None:
    """The stored logo as PNG bytes, or None if the center has not chosen one."""
    stored = get_setting(session, CENTER_LOGO_SETTING)
    if not stored:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except ValueError:
        return None
