"""Label jobs: placing labels on sheets, and writing them (or a test page) as PDF.

`place_labels` works out, without drawing anything, where every label of a job goes and what
its QR code holds; the preview and the PDF both use it, and tests check it on the numbers.
`write_labels_pdf` draws them with reportlab. Written to a path, the PDF goes to a hidden file
beside it that is renamed over the path only when complete: a job that fails leaves no file
and no partial file.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from showcase.collector import fewer_collections
from showcase.errors import UserError, ValidationError
from showcase.files import replaced_when_complete
from showcase.i18n import translate
from showcase.inventory.qr_payloads import LabelItem, QrKind, falls_back, payload_choices
from showcase.printing.fonts import MM, REGULAR, ellipsize, register_fonts
from showcase.printing.labels.design import LabelLayout, TextBlock, fit_text, layout_for
from showcase.printing.labels.ink import LabelInk, define_logo
from showcase.printing.labels.sheets import Sheet, validate_sheet
from showcase.printing.qr import MIN_MODULE_MM, qr_rows, symbol_size

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

MAX_COPIES = 500
# Office printers leave about 4 mm at each edge of the paper unprinted. A4 sheets whose labels
# run to the paper's edge (70×37 mm, 70×42.3 mm) would lose the outer text and, worse, the
# outer modules of a QR code; on such labels the content keeps this far from the paper's edge.
# Thermal printers print their whole label, so rolls are exempt.
PRINTABLE_MARGIN_MM = 4.0
# A symbol whose modules are at least this large scans at a glance; below it, down to
# MIN_MODULE_MM, it still scans, so a shorter payload is chosen only to reach the larger size.
COMFORTABLE_MODULE_MM = 0.6


class PayloadTooLongError(UserError):
    """A QR payload that would need modules under 0.5 mm in the room the label gives it."""


@dataclass(frozen=True)
class LabelJob:
    """What to print: items with their copies, on which sheet, from which position, with what QR."""

    items: Sequence[tuple[LabelItem, int]]  # (item, copies)
    sheet: Sheet
    start: int = 1  # 1-based first free position on the first page (skip used labels)
    qr_kind: QrKind = QrKind.WHATSAPP
    url_template: str = ""
    offset: tuple[float, float] = (0.0, 0.0)  # printer calibration, mm (+x right, +y down)
    logo: bytes | None = None  # optional center logo (PNG/JPEG bytes), drawn small on each label


@dataclass(frozen=True)
class PlacedLabel:
    """One label of a job: its place (mm from the page's top-left, offset included) and its QR."""

    index: int  # 0-based, in the job
    page: int
    row: int
    column: int
    x: float
    y: float
    width: float
    height: float
    item: LabelItem
    payload: str
    # How far the content keeps from the label's left, top, right and bottom edges (mm),
    # where the label runs into the paper's unprintable margin.
    inset: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    @property
    def content_box(self) -> tuple[float, float, float, float]:
        """x, y, width, height (mm on the page) of the part of the label that is drawn on."""
        left, top, right, bottom = self.inset
        return (
            self.x + left,
            self.y + top,
            self.width - left - right,
            self.height - top - bottom,
        )


@dataclass(frozen=True)
class LabelSummary:
    pages: int
    labels: int
    fallbacks: int  # WhatsApp labels that hold text because the producer has no phone


def _check_job(job: LabelJob) -> None:
    validate_sheet(job.sheet)
    errors: dict[str, str] = {}
    per_page = job.sheet.per_page
    if not 1 <= job.start <= per_page:
        errors["start"] = translate(
            "Labels", "the first free position must be from 1 to {count} on {sheet}, not {start}"
        ).format(count=per_page, sheet=job.sheet.name, start=job.start)
    wrong = [
        f"{item.code}: {copies}" for item, copies in job.items if not 1 <= copies <= MAX_COPIES
    ]
    if wrong:
        errors["copies"] = translate("Labels", "must be from 1 to {max} ({wrong})").format(
            max=MAX_COPIES, wrong=", ".join(wrong)
        )
    if not job.items:
        errors["items"] = translate("Labels", "no products are chosen: there is nothing to print")
    if errors:
        raise ValidationError(errors)


def choose_payload(item: LabelItem, job: LabelJob, layout: LabelLayout) -> str:
    """The fullest payload whose symbol fits the label's QR square with readable modules.

    Raises PayloadTooLongError naming the product and the sheet when even the shortest would
    need modules under 0.5 mm. Error correction stays M: dropping to L would make the symbol
    smaller but far less tolerant of a scratched or curved label.
    """
    choices = payload_choices(item, job.qr_kind, url_template=job.url_template)
    for least in (COMFORTABLE_MODULE_MM, MIN_MODULE_MM):
        for payload in choices:
            if layout.module(symbol_size(payload)) >= least - 1e-9:
                return payload
    module = layout.module(symbol_size(choices[-1]))
    raise PayloadTooLongError(
        translate(
            "Labels",
            "the QR code for {code} ({name}) does not fit a label of {sheet}: its modules "
            "would be {module} mm, and at least {least} mm are needed to scan it; choose a "
            "larger sheet or a shorter QR content (the product code)",
        ).format(
            code=item.code,
            name=item.name,
            sheet=job.sheet.name,
            module=f"{module:.2f}",
            least=f"{MIN_MODULE_MM:g}",
        )
    )


def label_inset(sheet: Sheet, x: float, y: float) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) mm of a label at (x, y) that lie in the unprintable margin."""
    if sheet.roll:
        return 0.0, 0.0, 0.0, 0.0
    margin = PRINTABLE_MARGIN_MM
    left = max(0.0, margin - x)
    top = max(0.0, margin - y)
    right = max(0.0, x + sheet.label_width - (sheet.page_width - margin))
    bottom = max(0.0, y + sheet.label_height - (sheet.page_height - margin))
    # Never more than a quarter of the label: a label that lies mostly in the margin is
    # printed as well as it can be rather than squeezed to nothing.
    cap_x, cap_y = sheet.label_width / 4, sheet.label_height / 4
    return min(left, cap_x), min(top, cap_y), min(right, cap_x), min(bottom, cap_y)


def _drawn_size(
    width: float, height: float, inset: tuple[float, float, float, float]
) -> tuple[float, float]:
    """Width and height (mm, rounded) of the part of a label that is drawn on."""
    left, top, right, bottom = inset
    return round(width - left - right, 3), round(height - top - bottom, 3)


def content_layout(label: PlacedLabel) -> LabelLayout:
    """The layout of the part of `label` that is drawn on."""
    return layout_for(*_drawn_size(label.width, label.height, label.inset))


def place_labels(job: LabelJob) -> list[PlacedLabel]:
    """Every label of the job in order: copies of an item together, positions from `start`.

    Raises ValidationError (on `start`, `copies`, `items`, or a sheet's fields) and
    PayloadTooLongError. Draws nothing.
    """
    _check_job(job)
    sheet = job.sheet
    dx, dy = job.offset
    placed: list[PlacedLabel] = []
    index = 0
    payloads: dict[tuple[LabelItem, tuple[float, float]], str] = {}
    for item, copies in job.items:
        for _ in range(copies):
            page, row, column = sheet.slot(index + job.start - 1)
            x, y, width, height = sheet.label_box(row, column)
            inset = label_inset(sheet, x, y)
            size = _drawn_size(width, height, inset)
            payload = payloads.get((item, size))
            if payload is None:
                payload = payloads[item, size] = choose_payload(item, job, layout_for(*size))
            placed.append(
                PlacedLabel(
                    index, page, row, column, x + dx, y + dy, width, height, item, payload, inset
                )
            )
            index += 1
    return placed


# --- writing PDF ----------------------------------------------------------------------------


def check_pdf_path(path: Path) -> None:
    """Raise UserError unless `path` names a .pdf file in a folder that exists."""
    if path.suffix.lower() != ".pdf":
        raise UserError(
            translate("Labels", "labels need a .pdf file name, not {name}").format(name=path.name)
        )
    if path.is_dir():
        raise UserError(
            translate("Labels", "{path} is a folder: labels need a .pdf file name").format(
                path=path
            )
        )
    if not path.parent.is_dir():
        raise UserError(
            translate("Labels", "the folder {folder} does not exist").format(folder=path.parent)
        )


class _QuickFlate:
    """Deflate (the PDF's FlateDecode) at zlib's fastest level.

    reportlab compresses at zlib's default level, 6, which took a quarter to a third of a
    label's time on pages of QR paths (module runs as text, hard to compress); level 1 does
    it four to five times faster for a file about twice as large (some 2 KB a label).
    """

    pdfname = "FlateDecode"

    def encode(self, data: str | bytes) -> bytes:
        return zlib.compress(data.encode("utf-8") if isinstance(data, str) else data, 1)


def _canvas(buffer: BinaryIO, sheet: Sheet, title: str) -> Canvas:
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    # Without page compression, reportlab gives every stream that has no filter of its own
    # (pages, forms, embedded fonts) the document's default filters: ours.
    canvas = Canvas(
        buffer, pagesize=(sheet.page_width * MM, sheet.page_height * MM), pageCompression=0
    )
    canvas._doc.defaultStreamFilters = [_QuickFlate()]
    canvas.setTitle(title)
    canvas.setCreator("Etalase")
    return canvas


def _deliver(data: bytes, out: Path | BinaryIO) -> None:
    """Write finished PDF bytes to a stream, or to a path through a hidden file renamed over it."""
    if not isinstance(out, Path):
        out.write(data)
        return
    check_pdf_path(out)
    try:
        with replaced_when_complete(out, binary=True) as handle:
            handle.write(data)
    except OSError as exc:
        raise UserError(
            translate("Labels", "cannot write {path}: {why}").format(
                path=out, why=exc.strerror or exc
            )
        ) from exc


def _logo_form(canvas: Canvas, logo: bytes | None) -> str | None:
    """The logo put into the PDF once (see define_logo), or None without one."""
    if logo is None:
        return None
    from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]

    try:
        return define_logo(canvas, ImageReader(io.BytesIO(logo)))
    except Exception as exc:  # reportlab raises bare OSError or its own errors for bad images
        raise UserError(
            translate("Labels", "the logo is not an image that can be printed")
        ) from exc


def write_labels_pdf(job: LabelJob, out: Path | BinaryIO) -> LabelSummary:
    """Draw the job's labels to a PDF at `out` (a path, or a binary stream); return a summary.

    Raises ValidationError, PayloadTooLongError, or UserError when the file cannot be written;
    nothing is written to `out` then.
    """
    if isinstance(out, Path):
        check_pdf_path(out)  # before any drawing: a wrong name should fail at once
    with fewer_collections():
        placed = place_labels(job)
        pdf, pages = _labels_pdf(job, placed)
    _deliver(pdf, out)
    fallbacks = sum(1 for label in placed if falls_back(label.item, job.qr_kind))
    return LabelSummary(pages=pages, labels=len(placed), fallbacks=fallbacks)


def _labels_pdf(job: LabelJob, placed: Sequence[PlacedLabel]) -> tuple[bytes, int]:
    """The PDF of the placed labels, and its number of pages."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer, job.sheet, translate("Labels", "Shelf labels"))
    logo = _logo_form(canvas, job.logo)
    ink = LabelInk(canvas, logo)
    page_height = job.sheet.page_height * MM
    blocks: dict[tuple[LabelItem, tuple[float, float]], TextBlock] = {}  # copies fit once
    page = 0
    for label in placed:
        while label.page > page:
            canvas.showPage()
            page += 1
        size = _drawn_size(label.width, label.height, label.inset)
        layout = layout_for(*size)
        block = blocks.get((label.item, size))
        if block is None:
            block = blocks[label.item, size] = fit_text(label.item, layout, logo=logo is not None)
        x, y, _, height = label.content_box
        ink.draw(layout, block, qr_rows(label.payload), x * MM, page_height - (y + height) * MM)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), page + 1


def write_test_page(
    sheet: Sheet, out: Path | BinaryIO, *, offset: tuple[float, float] = (0.0, 0.0)
) -> None:
    """One page with only the labels' outlines, their position numbers and a 10 mm ruler.

    Printed on plain paper and held against a real sheet, it shows whether the sheet's
    measurements and the printer's offset are right (and the ruler, whether the printer scales).
    """
    validate_sheet(sheet)
    if isinstance(out, Path):
        check_pdf_path(out)
    buffer = io.BytesIO()
    canvas = _canvas(buffer, sheet, translate("Labels", "Label test page"))
    page_height = sheet.page_height * MM
    dx, dy = offset
    canvas.setLineWidth(0.3)
    number_size = max(5.0, min(9.0, sheet.label_height * 0.2))
    canvas.setFont(REGULAR, number_size)
    for position in range(sheet.per_page):
        _, row, column = sheet.slot(position)
        x, y, width, height = sheet.label_box(row, column)
        left, bottom = (x + dx) * MM, page_height - (y + dy + height) * MM
        radius = sheet.corner_radius * MM
        if radius > 0:
            canvas.roundRect(left, bottom, width * MM, height * MM, radius, stroke=1, fill=0)
        else:
            canvas.rect(left, bottom, width * MM, height * MM, stroke=1, fill=0)
        canvas.drawCentredString(
            left + width * MM / 2, bottom + height * MM / 2 - number_size / 3, str(position + 1)
        )
    _ruler(canvas, sheet, page_height, offset)
    _caption(canvas, sheet, page_height, offset)
    canvas.showPage()
    canvas.save()
    _deliver(buffer.getvalue(), out)


def _ruler(canvas: Canvas, sheet: Sheet, page_height: float, offset: tuple[float, float]) -> None:
    """A 10 mm ruler with millimetre ticks in the first label, below its number."""
    x, y, width, height = sheet.label_box(0, 0)
    length = min(10.0, width - 2.0)
    left = (x + offset[0] + (width - length) / 2) * MM
    base = page_height - (y + offset[1] + height * 0.78) * MM
    canvas.line(left, base, left + length * MM, base)
    for mm in range(int(length) + 1):
        tick = (1.5 if mm % 5 == 0 else 0.8) * MM
        canvas.line(left + mm * MM, base, left + mm * MM, base + tick)
    canvas.setFont(REGULAR, 4.5)
    canvas.drawString(left + length * MM + 1.0, base, f"{length:g} mm")


def _caption(canvas: Canvas, sheet: Sheet, page_height: float, offset: tuple[float, float]) -> None:
    """The sheet's name and the offset used, small, at the top of the first label."""
    x, y, width, height = sheet.label_box(0, 0)
    text = translate("Labels", "{sheet}, printer offset {dx} / {dy} mm").format(
        sheet=sheet.name, dx=f"{offset[0]:+.1f}", dy=f"{offset[1]:+.1f}"
    )
    size = 4.5
    text = ellipsize(text, REGULAR, size, (width - 2.0) * MM)
    canvas.setFont(REGULAR, size)
    canvas.drawCentredString(
        (x + offset[0] + width / 2) * MM, page_height - (y + offset[1] + height * 0.22) * MM, text
    )
