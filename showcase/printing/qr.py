"""QR symbols for labels: the matrix from `qrcode` (error correction M), drawn as vector rectangles.

qrcode picks the mask pattern by building the whole symbol eight times and scoring each in
pure Python: about 5 ms for a WhatsApp link, more than the 3 ms a whole label may cost. Here
qrcode builds the symbol once (mask 0); the other seven masks are made from it by flipping
the data modules with precomputed bit rows, and scored with the standard's four penalty rules
on integers and strings, at about a fifth of the cost. (qrcode's own scoring differs in
details, so the two sometimes pick different masks; every mask gives a valid symbol, and
the tests decode every label.)

A module is a bit in a row held as an int: bit `n - 1 - c` is column `c`, so `format(row,
"0{n}b")` reads left to right.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import qrcode  # type: ignore[import-untyped]
from qrcode.constants import ERROR_CORRECT_M  # type: ignore[import-untyped]
from qrcode.exceptions import DataOverflowError  # type: ignore[import-untyped]
from qrcode.util import mask_func  # type: ignore[import-untyped]

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

QUIET_ZONE = 4  # modules of white around the symbol, as the standard asks
MIN_MODULE_MM = 0.5  # smaller modules do not scan reliably from a shelf label
_RUN = re.compile(r"0{5,}|1{5,}")


def _qr(payload: str, mask: int | None) -> Any:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask)
    code.add_data(payload)
    return code


@functools.lru_cache(maxsize=4096)
def symbol_size(payload: str) -> int:
    """Modules across the symbol (without quiet zone) for `payload` at error correction M.

    Only the version is worked out, not the symbol: cheap enough to try several payloads.
    """
    try:
        version = int(_qr(payload, 0).best_fit())
    except DataOverflowError:
        return 10_000  # more than any version holds: too long for every label
    return version * 4 + 17


_BITS = bytes.maketrans(b"\x00\x01", b"01")


def _rows(modules: Sequence[Sequence[bool | None]]) -> list[int]:
    # bytes() of a row of bools is 0/1 bytes; translating them to "0"/"1" stays in C.
    return [int(bytes(bool(m) for m in row).translate(_BITS), 2) for row in modules]


@functools.cache
def _layout(version: int) -> tuple[list[int], list[int]]:
    """For a version: rows marking its data modules, and rows marking its format-info modules."""
    size = version * 4 + 17
    scratch = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0)
    scratch.modules_count = size
    scratch.modules = [[None] * size for _ in range(size)]
    for row, col in ((0, 0), (size - 7, 0), (0, size - 7)):
        scratch.setup_position_probe_pattern(row, col)
    scratch.setup_position_adjust_pattern()
    scratch.setup_timing_pattern()
    if version >= 7:
        scratch.setup_type_number(False)
    fixed = [[cell is not None for cell in row] for row in scratch.modules]
    scratch.modules = [[None] * size for _ in range(size)]
    scratch.setup_type_info(False, 0)
    fmt = [[cell is not None for cell in row] for row in scratch.modules]
    data = [
        [not (f or g) for f, g in zip(a, b, strict=True)] for a, b in zip(fixed, fmt, strict=True)
    ]
    return _rows(data), _rows(fmt)


@functools.cache
def _format_bits(version: int, mask: int) -> list[int]:
    """The format-info modules (and the dark module) for `mask`, as rows."""
    size = version * 4 + 17
    scratch = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0)
    scratch.modules_count = size
    scratch.modules = [[None] * size for _ in range(size)]
    scratch.setup_type_info(False, mask)
    return _rows(scratch.modules)


@functools.cache
def _mask_bits(version: int, mask: int) -> list[int]:
    """Rows of the modules that `mask` flips, limited to data modules."""
    size = version * 4 + 17
    flips = mask_func(mask)
    data, _ = _layout(version)
    rows = _rows([[flips(r, c) for c in range(size)] for r in range(size)])
    return [row & d for row, d in zip(rows, data, strict=True)]


def penalty(rows: Sequence[int], size: int) -> int:
    """The standard's mask score (lower is better): runs, 2×2 blocks, finder-like, balance."""
    lines = [format(row, f"0{size}b") for row in rows]
    columns = ["".join(column) for column in zip(*lines, strict=True)]
    text = "2".join(lines + columns)  # "2" keeps runs from joining across lines
    found = _RUN.findall(text)
    score = sum(map(len, found)) - 2 * len(found)  # 3 + (length - 5) for each run
    # Neither pattern can overlap itself, so counting non-overlapping matches counts them all.
    score += 40 * (text.count("10111010000") + text.count("00001011101"))
    pairs = (1 << (size - 1)) - 1
    for upper, lower in itertools.pairwise(rows):
        same = ~(upper ^ lower) & ~(upper ^ (upper >> 1)) & ~(lower ^ (lower >> 1)) & pairs
        score += 3 * same.bit_count()
    dark = sum(row.bit_count() for row in rows)
    score += 10 * (abs(dark * 100 // (size * size) - 50) // 5)
    return score


@functools.lru_cache(maxsize=2048)
def qr_rows(payload: str) -> tuple[int, ...]:
    """The symbol for `payload` (error correction M, best mask), one int per row of modules."""
    code = _qr(payload, 0)
    code.make(fit=True)
    version = int(code.version)
    size = version * 4 + 17
    base = _rows(code.get_matrix())
    _, fmt = _layout(version)
    unmask = _mask_bits(version, 0)
    best: tuple[int, ...] = ()
    best_score = -1
    for mask in range(8):
        flips = _mask_bits(version, mask)
        bits = _format_bits(version, mask)
        rows = tuple(
            ((row ^ u ^ f) & ~m) | b
            for row, u, f, m, b in zip(base, unmask, flips, fmt, bits, strict=True)
        )
        score = penalty(rows, size)
        if best_score < 0 or score < best_score:
            best, best_score = rows, score
    return best


def runs(rows: Sequence[int], size: int) -> list[tuple[int, int, int]]:
    """The dark runs of each row as (row, first column, length)."""
    out = []
    for r, row in enumerate(rows):
        for match in re.finditer("1+", format(row, f"0{size}b")):
            out.append((r, match.start(), match.end() - match.start()))
    return out


def draw_qr(canvas: Canvas, rows: Sequence[int], x: float, y: float, module: float) -> None:
    """Draw the symbol with its top-left corner at (x, y) in PDF points (y measured upwards).

    One path of rectangles, one per run of dark modules in a row, in a coordinate system
    scaled to the module: the numbers written are small integers, so the PDF stays small.
    """
    size = len(rows)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(module, -module)  # rows count downwards from the top-left corner
    path = canvas.beginPath()
    for r, c, length in runs(rows, size):
        path.rect(c, r, length, 1)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
