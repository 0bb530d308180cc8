"""Label sheets: where each label sits on a page, the built-in library, custom sheets and printer offsets.

All lengths are millimetres with the origin at the top-left corner of the page, as a ruler is
held against a real sheet. The built-in sheets are common A4 sticker sheets, with the margins
and gaps their makers publish, and thermal rolls (one label per page, the page as large as
the label). Staff add a custom sheet by measuring a real one; custom sheets and the per-printer
calibration offsets are kept as JSON in the `setting` table, so they travel with the database.
"""

from __future__ import annotations

import json
import logging
import math
import re
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from showcase.errors import NotFoundError, ValidationError
from showcase.i18n import translate
from showcase.inventory.setting_keys import CUSTOM_SHEETS_SETTING, PRINTER_OFFSETS_SETTING
from showcase.inventory.settings import get_setting, set_setting

log = logging.getLogger(__name__)

MAX_OFFSET_MM = 10.0
MAX_NAME = 80
MAX_PER_SIDE = 50  # columns or rows: more is a measuring mistake, not a sheet
MAX_PAGE_MM = 2000.0
# Measurements are typed to a tenth of a millimetre; a label that ends 0.05 mm past the page
# edge is a rounding of the maker's figures, not a sheet that does not fit.
TOLERANCE_MM = 0.05


@dataclass(frozen=True)
class Sheet:
    """A sheet (or roll) of labels, in millimetres from the top-left corner of the page."""

    name: str
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    margin_left: float
    margin_top: float
    gap_x: float = 0.0
    gap_y: float = 0.0
    corner_radius: float = 0.0
    roll: bool = False  # thermal roll: one label per page, the page as large as the label

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def slot(self, index: int) -> tuple[int, int, int]:
        """(page, row, column), 0-based, of position `index` counted over the whole job.

        `index` already includes the start offset: with start position 5, the job's first
        label is position 4.
        """
        if index < 0:
            raise ValueError(f"negative label position {index}")
        page, within = divmod(index, self.per_page)
        row, column = divmod(within, self.columns)
        return page, row, column

    def label_box(self, row: int, column: int) -> tuple[float, float, float, float]:
        """x, y (top-left corner), width and height of the label at (row, column), in mm."""
        x = self.margin_left + column * (self.label_width + self.gap_x)
        y = self.margin_top + row * (self.label_height + self.gap_y)
        return x, y, self.label_width, self.label_height


def _a4(
    name: str,
    columns: int,
    rows: int,
    width: float,
    height: float,
    left: float,
    top: float,
    gap_x: float = 0.0,
    gap_y: float = 0.0,
    radius: float = 0.0,
) -> Sheet:
    return Sheet(name, 210.0, 297.0, columns, rows, width, height, left, top, gap_x, gap_y, radius)


def _roll(width: float, height: float) -> Sheet:
    name = f"Thermal {width:g}×{height:g} mm"
    return Sheet(name, width, height, 1, 1, width, height, 0.0, 0.0, corner_radius=2.0, roll=True)


# Margins and gaps as the makers publish them (Avery/Zweckform and Herma numbers for reference;
# other brands sell the same layouts under their own numbers).
BUILT_IN_SHEETS: tuple[Sheet, ...] = (
    _a4("A4 3×8 70×37 mm", 3, 8, 70.0, 37.0, 0.0, 0.5),  # Avery 3474, Herma 4453
    _a4("A4 3×7 70×42.3 mm", 3, 7, 70.0, 42.3, 0.0, 0.45),  # Avery 3652
    _a4("A4 3×8 63.5×33.9 mm", 3, 8, 63.5, 33.9, 7.25, 12.9, 2.5, 0.0, 1.5),  # Avery L7159
    _a4("A4 3×7 63.5×38.1 mm", 3, 7, 63.5, 38.1, 7.25, 15.15, 2.5, 0.0, 1.5),  # Avery L7160
    _a4("A4 2×7 99.1×38.1 mm", 2, 7, 99.1, 38.1, 4.65, 15.15, 2.5, 0.0, 1.5),  # Avery L7163
    _a4("A4 2×4 99.1×67.7 mm", 2, 4, 99.1, 67.7, 4.65, 13.1, 2.5, 0.0, 1.5),  # Avery L7165
    _a4("A4 4×10 48.5×25.4 mm", 4, 10, 48.5, 25.4, 8.0, 21.5),  # Avery 3657
    _roll(40.0, 30.0),
    _roll(50.0, 25.0),
    _roll(58.0, 40.0),
)


def _key(name: str) -> str:
    """What makes two sheet names the same: case, spaces, `x` for `×`, a trailing "mm"."""
    key = re.sub(r"\s+", "", name.casefold().replace("×", "x").replace(",", "."))
    return key.removesuffix("mm")


_BUILT_IN_KEYS = {_key(sheet.name): sheet for sheet in BUILT_IN_SHEETS}


def is_built_in(name: str) -> bool:
    return _key(name) in _BUILT_IN_KEYS


def validate_sheet(sheet: Sheet) -> None:
    """Raise ValidationError naming each field that is wrong (the fields of Sheet).

    Labels that run past the right or bottom edge of the page are reported on `columns` and
    `rows`: what is too many (or too large) is what the sheet holds across and down.
    """
    errors: dict[str, str] = {}
    name = sheet.name.strip()
    if not name:
        errors["name"] = translate("Sheets", "is empty")
    elif len(name) > MAX_NAME:
        errors["name"] = translate("Sheets", "is longer than {max} characters").format(max=MAX_NAME)
    for field in ("page_width", "page_height", "label_width", "label_height"):
        value = getattr(sheet, field)
        if not _finite(value) or value <= 0:
            errors[field] = translate("Sheets", "must be more than 0 mm")
        elif value > MAX_PAGE_MM:
            errors[field] = translate("Sheets", "must be at most {max} mm").format(
                max=f"{MAX_PAGE_MM:g}"
            )
    for field in ("margin_left", "margin_top", "gap_x", "gap_y", "corner_radius"):
        value = getattr(sheet, field)
        if not _finite(value) or value < 0:
            errors[field] = translate("Sheets", "cannot be negative")
    for field in ("columns", "rows"):
        value = getattr(sheet, field)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            errors[field] = translate("Sheets", "must be a whole number of at least 1")
        elif value > MAX_PER_SIDE:
            errors[field] = translate("Sheets", "must be at most {max}").format(max=MAX_PER_SIDE)
    if sheet.roll and not {"columns", "rows"} & errors.keys() and sheet.per_page != 1:
        errors["columns"] = translate("Sheets", "a roll has one label per page")
    if not errors.keys() & {"label_width", "label_height", "corner_radius"} and (
        sheet.corner_radius > min(sheet.label_width, sheet.label_height) / 2
    ):
        errors["corner_radius"] = translate(
            "Sheets", "must be at most half the label's width and height"
        )
    if not errors:
        _check_fits(sheet, errors)
    if errors:
        raise ValidationError(errors)


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_fits(sheet: Sheet, errors: dict[str, str]) -> None:
    across = (
        sheet.margin_left + sheet.columns * sheet.label_width + (sheet.columns - 1) * sheet.gap_x
    )
    if across > sheet.page_width + TOLERANCE_MM:
        errors["columns"] = translate(
            "Sheets",
            "the labels run off the page: margin, labels and gaps across make {total} mm, "
            "the page is {page} mm wide",
        ).format(total=f"{across:g}", page=f"{sheet.page_width:g}")
    down = sheet.margin_top + sheet.rows * sheet.label_height + (sheet.rows - 1) * sheet.gap_y
    if down > sheet.page_height + TOLERANCE_MM:
        errors["rows"] = translate(
            "Sheets",
            "the labels run off the page: margin, labels and gaps down make {total} mm, "
            "the page is {page} mm high",
        ).format(total=f"{down:g}", page=f"{sheet.page_height:g}")


# --- custom sheets, stored as JSON ------------------------------------------------------------

_FIELDS = {f.name: f.type for f in fields(Sheet)}


def _sheet_from_json(data: Any) -> Sheet | None:
    """A Sheet from its stored form, or None (logged) for an entry that is not one."""
    try:
        if not isinstance(data, dict):
            raise TypeError("not an object")
        values: dict[str, Any] = {}
        for name in _FIELDS:
            if name not in data:
                continue
            raw = data[name]
            if name == "name":
                values[name] = str(raw)
            elif name in ("columns", "rows"):
                values[name] = int(raw)
            elif name == "roll":
                values[name] = bool(raw)
            else:
                values[name] = float(raw)
        sheet = Sheet(**values)
        validate_sheet(sheet)
    except (TypeError, ValueError, ValidationError) as exc:
        log.warning("Ignoring a stored label sheet that is not valid (%s): %r", exc, data)
        return None
    return sheet


def _custom_sheets(session: Session) -> list[Sheet]:
    raw = get_setting(session, CUSTOM_SHEETS_SETTING, "[]")
    try:
        stored = json.loads(raw)
    except ValueError:
        log.warning("The stored label sheets are not JSON; ignoring them: %r", raw[:200])
        return []
    if not isinstance(stored, list):
        return []
    sheets = [_sheet_from_json(entry) for entry in stored]
    return [s for s in sheets if s is not None and not is_built_in(s.name)]


def _store_custom_sheets(session: Session, sheets: list[Sheet]) -> None:
    set_setting(
        session, CUSTOM_SHEETS_SETTING, json.dumps([asdict(s) for s in sheets], ensure_ascii=False)
    )


def list_sheets(session: Session) -> list[Sheet]:
    """The built-in sheets, then the custom ones in the order they were added."""
    return [*BUILT_IN_SHEETS, *_custom_sheets(session)]


def find_sheet(session: Session, name: str) -> Sheet:
    """The sheet called `name` (case, spaces and `x`/`×` do not matter); NotFoundError if none."""
    key = _key(name)
    for sheet in list_sheets(session):
        if _key(sheet.name) == key:
            return sheet
    known = ", ".join(sheet.name for sheet in list_sheets(session))
    raise NotFoundError(
        translate(
            "Sheets", "there is no label sheet called “{name}”; the sheets are: {known}"
        ).format(name=name.strip(), known=known)
    )


def save_custom_sheet(session: Session, sheet: Sheet) -> None:
    """Add a custom sheet, or replace the custom sheet of the same name. Validates it first."""
    sheet = _tidy(sheet)
    validate_sheet(sheet)
    if is_built_in(sheet.name):
        raise ValidationError(
            {
                "name": translate(
                    "Sheets", "“{name}” is the name of a built-in sheet; choose another name"
                ).format(name=sheet.name)
            }
        )
    sheets = _custom_sheets(session)
    key = _key(sheet.name)
    for i, existing in enumerate(sheets):
        if _key(existing.name) == key:
            sheets[i] = sheet
            break
    else:
        sheets.append(sheet)
    _store_custom_sheets(session, sheets)


def _tidy(sheet: Sheet) -> Sheet:
    from dataclasses import replace

    return replace(sheet, name=" ".join(sheet.name.split()))


def delete_custom_sheet(session: Session, name: str) -> None:
    """Remove a custom sheet. Built-in sheets cannot be removed; an unknown name is NotFoundError."""
    if is_built_in(name):
        raise ValidationError({"name": translate("Sheets", "a built-in sheet cannot be deleted")})
    sheets = _custom_sheets(session)
    kept = [s for s in sheets if _key(s.name) != _key(name)]
    if len(kept) == len(sheets):
        raise NotFoundError(
            translate("Sheets", "there is no custom label sheet called “{name}”").format(
                name=name.strip()
            )
        )
    _store_custom_sheets(session, kept)


# --- printer calibration --------------------------------------------------------------------


def _offsets(session: Session) -> dict[str, list[float]]:
    raw = get_setting(session, PRINTER_OFFSETS_SETTING, "{}")
    try:
        stored = json.loads(raw)
    except ValueError:
        log.warning("The stored printer offsets are not JSON; ignoring them: %r", raw[:200])
        return {}
    return stored if isinstance(stored, dict) else {}


def printer_offset(session: Session, printer: str) -> tuple[float, float]:
    """The calibration (dx, dy) in mm for `printer` (+x right, +y down); (0, 0) if none is saved."""
    value = _offsets(session).get(printer)
    try:
        dx, dy = (float(v) for v in value)  # type: ignore[union-attr]
    except (TypeError, ValueError):
        return 0.0, 0.0
    if not (_finite(dx) and _finite(dy)) or max(abs(dx), abs(dy)) > MAX_OFFSET_MM:
        return 0.0, 0.0
    return dx, dy


def set_printer_offset(session: Session, printer: str, dx: float, dy: float) -> None:
    """Save the calibration of `printer`; ValidationError (on dx, dy) beyond ±10 mm."""
    errors = {}
    for field, value in (("dx", dx), ("dy", dy)):
        if not _finite(value) or abs(value) > MAX_OFFSET_MM:
            errors[field] = translate("Sheets", "must be between -{max} and {max} mm").format(
                max=f"{MAX_OFFSET_MM:g}"
            )
    if errors:
        raise ValidationError(errors)
    offsets = _offsets(session)
    offsets[printer] = [float(dx), float(dy)]
    set_setting(session, PRINTER_OFFSETS_SETTING, json.dumps(offsets, ensure_ascii=False))
