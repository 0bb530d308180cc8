"""Drawing labels onto a reportlab canvas: each label's text, logo and QR code as PDF operators.

A label is written as one piece of page content (canvas.addLiteral) rather than through
reportlab's text objects and graphics-state calls: those cost about a fifth of a millisecond
a label, mostly in bookkeeping a label does not need (the text cursor, measuring each string
again, a Python copy of the graphics state per save). The text still goes through reportlab's
TrueType font, as its ttfonts module documents for dynamic fonts: `splitString` assigns each
character its code in the embedded subsets, `getSubsetInternalName` names the subset.

The logo is put into the PDF once, as a form one point square that each label draws scaled:
drawImage on every label would have reportlab hash the image's pixels each time, to find it
already stored (2.4 ms a label for a 600-pixel logo).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib.rl_accel import escapePDF, fp_str  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import getFont  # type: ignore[import-untyped]

from showcase.printing.fonts import MM
from showcase.printing.labels.design import ASCENT, DESCENT, LEADING, LabelLayout, Line, TextBlock
from showcase.printing.qr import QUIET_ZONE, path_code

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

LOGO_FORM = "LabelLogo"


def define_logo(canvas: Canvas, image: object) -> str:
    """Put the logo (a reportlab ImageReader) into the PDF as a form; return the form's name."""
    canvas.beginForm(LOGO_FORM, 0, 0, 1, 1)
    canvas.drawImage(
        image, 0, 0, width=1, height=1, preserveAspectRatio=True, anchor="sw", mask="auto"
    )
    canvas.endForm()
    return LOGO_FORM


class LabelInk:
    """Writes a job's labels onto one canvas (and so one PDF document)."""

    def __init__(self, canvas: Canvas, logo: str | None = None) -> None:
        self._canvas = canvas
        self._doc = canvas._doc  # the document whose font subsets the text is coded in
        self._logo = logo
        # (font, text) -> its pieces as (subset name, escaped string): a producer's name or a
        # kabupaten comes back on many labels, and its codes do not change within a document.
        self._coded: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}

    def draw(
        self, layout: LabelLayout, block: TextBlock, rows: Sequence[int], left: float, bottom: float
    ) -> None:
        """Draw one label with its bottom-left corner at (`left`, `bottom`) points on the page."""
        height = layout.height * MM
        box = layout.text
        ops = [f"q 1 0 0 1 {fp_str(left, bottom)} cm BT"]
        if layout.banner is not None:
            banner = layout.banner
            self._from_top(ops, block.banner, banner.x * MM, height - banner.y * MM)
        self._from_top(ops, block.top, box.x * MM, height - box.y * MM)
        text_left = box.x * MM
        text_bottom = y = height - (box.y + box.height) * MM
        for line in reversed(block.bottom):
            size = max(span.size for span in line)
            self._line(ops, line, text_left, y + size * DESCENT)
            y += size * LEADING
        ops.append("ET")
        if self._logo is not None and block.logo_height > 0:
            side = block.logo_height
            ops.append(f"q {fp_str(side, 0, 0, side, text_left, text_bottom)} cm")
            self._canvas.addLiteral("\n".join(ops))
            self._canvas.doForm(self._logo)  # also lists the form in the page's resources
            ops = ["Q"]
        module = layout.module(len(rows)) * MM
        x = layout.qr.x * MM + QUIET_ZONE * module
        y = height - layout.qr.y * MM - QUIET_ZONE * module
        # The symbol as draw_qr draws it: one path in a coordinate system of modules.
        ops.append(
            f"q\n{fp_str(module, 0, 0, -module, x, y)} cm\n{path_code(tuple(rows))}\nf*\nQ\nQ"
        )
        self._canvas.addLiteral("\n".join(ops))

    def _from_top(self, ops: list[str], lines: Sequence[Line], left: float, top: float) -> None:
        for line in lines:
            size = max(span.size for span in line)
            self._line(ops, line, left, top - size * ASCENT)
            top -= size * LEADING

    def _line(self, ops: list[str], line: Line, left: float, baseline: float) -> None:
        for span in line:
            ops.append(f"1 0 0 1 {fp_str(left + span.x, baseline)} Tm")
            size = fp_str(span.size)
            for name, text in self._code(span.font, span.text):
                ops.append(f"{name} {size} Tf ({text}) Tj")

    def _code(self, font: str, text: str) -> tuple[tuple[str, str], ...]:
        """`text` in `font` as (subset name, escaped string) pieces, one per font subset used."""
        coded = self._coded.get((font, text))
        if coded is None:
            face = getFont(font)
            coded = tuple(
                (face.getSubsetInternalName(subset, self._doc), escapePDF(piece))
                for subset, piece in face.splitString(text, self._doc)
            )
            self._coded[font, text] = coded
        return coded
