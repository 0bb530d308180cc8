"""QR symbols for labels (error correction M), drawn as vector rectangles.

qrcode builds a symbol a Python step per module and picks the mask by building the whole
symbol eight times: about 5 ms for a WhatsApp link, more than a label may cost. Here
qrcode only splits the payload into chunks and supplies the standard's tables; the
codewords come from qr_codewords, and are placed into the matrix in one pass through a
per-version table (the zigzag order of the data modules), with the function patterns added
as one integer. The eight masks are made by flipping the data modules, and each is scored
with the standard's four penalty rules, all on the symbol held as one integer (a bit per
module): a few dozen big-integer operations per mask. The matrix for a mask is qrcode's
own, module for module (tested); qrcode's scoring differs in details, so the two sometimes
pick different masks; every mask gives a valid symbol, and the tests decode every label.

A symbol of n × n modules is handed out as n row integers: bit `n - 1 - c` is column `c`, so
`format(row, "0{n}b")` reads left to right. As one integer, row 0 is the most significant.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import qrcode  # type: ignore[import-untyped]
from qrcode.constants import ERROR_CORRECT_M  # type: ignore[import-untyped]
from qrcode.util import (  # type: ignore[import-untyped]
    ALPHA_NUM,
    BIT_LIMIT_TABLE,
    MODE_8BIT_BYTE,
    MODE_ALPHA_NUM,
    MODE_NUMBER,
    QRData,
    mask_func,
    mode_sizes_for_version,
    optimal_data_chunks,
)

from showcase.printing.qr_codewords import codewords

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

OPTIMIZE = 20  # qrcode's default: digit and capital-letter runs this long get compact modes
QUIET_ZONE = 4  # modules of white around the symbol, as the standard asks
MIN_MODULE_MM = 0.5  # smaller modules do not scan reliably from a shelf label


# A run of characters that qrcode's splitting would give a compact mode (digits are among them).
_COMPACT_RUN = re.compile(b"[" + re.escape(ALPHA_NUM) + b"]{%d,}" % OPTIMIZE)


@functools.lru_cache(maxsize=2048)
def _chunks(payload: str) -> tuple[Any, ...]:
    """The payload split as qrcode's add_data splits it (numeric and alphanumeric runs).

    Most payloads (a WhatsApp link with its message) have no run long enough for a compact
    mode, and are one chunk of bytes: that is checked with one search instead of qrcode's
    splitting (regular expressions built and searched for each payload). Kept for a while: a
    label's payload is split once to choose its symbol's size and again to encode it."""
    data = payload.encode("utf-8")
    if len(data) > OPTIMIZE and not _COMPACT_RUN.search(data):
        return (QRData(data, mode=MODE_8BIT_BYTE, check_data=False),)
    return tuple(optimal_data_chunks(payload, minimum=OPTIMIZE))


def _data_bits(chunks: Sequence[Any], version: int) -> int:
    """Bits the chunks need in `version`: mode, count and data of each, as create_data writes."""
    sizes = mode_sizes_for_version(version)
    bits = 0
    for chunk in chunks:
        n = len(chunk)
        if chunk.mode == MODE_NUMBER:
            body = 10 * (n // 3) + (0, 4, 7)[n % 3]
        elif chunk.mode == MODE_ALPHA_NUM:
            body = 11 * (n // 2) + 6 * (n % 2)
        else:
            body = 8 * n
        bits += 4 + sizes[chunk.mode] + body
    return bits


@functools.lru_cache(maxsize=8192)
def symbol_version(payload: str) -> int:
    """The smallest version (1-40) holding `payload` at error correction M; 41 if none does.

    Counted, not encoded (qrcode's best_fit writes every bit into a buffer to count them):
    a label tries its payloads from the longest, so this runs several times a label.
    """
    chunks = _chunks(payload)
    limits = BIT_LIMIT_TABLE[ERROR_CORRECT_M]
    version = 1
    while version <= 40:
        needed = _data_bits(chunks, version)
        fits = bisect.bisect_left(limits, needed, version)
        if fits > 40:
            return 41
        # The count fields grow at versions 10 and 27: check again at the version found.
        if mode_sizes_for_version(fits) is mode_sizes_for_version(version):
            return fits
        version = fits
    return 41


def symbol_size(payload: str) -> int:
    """Modules across the symbol (without quiet zone) for `payload` at error correction M."""
    version = symbol_version(payload)
    return 10_000 if version > 40 else version * 4 + 17


_BITS = bytes.maketrans(b"\x00\x01", b"01")


def _pack(modules: Sequence[Sequence[bool | None]]) -> int:
    """The matrix as one integer, row 0 first (most significant). None counts as light."""
    # bytes() of bools is 0/1 bytes; translating them to "0"/"1" keeps the work in C.
    text = b"".join(bytes(bool(m) for m in row) for row in modules)
    return int(text.translate(_BITS), 2)


def _scratch(version: int) -> Any:
    size = version * 4 + 17
    scratch = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M, border=0)
    scratch.modules_count = size
    scratch.modules = [[None] * size for _ in range(size)]
    return scratch


def _set_cells(modules: Sequence[Sequence[bool | None]]) -> int:
    return _pack([[cell is not None for cell in row] for row in modules])


def _function_patterns(version: int) -> Any:
    """A scratch symbol holding the finder, alignment, timing and version-info modules."""
    size = version * 4 + 17
    fixed = _scratch(version)
    for row, col in ((0, 0), (size - 7, 0), (0, size - 7)):
        fixed.setup_position_probe_pattern(row, col)
    fixed.setup_position_adjust_pattern()
    fixed.setup_timing_pattern()
    if version >= 7:
        fixed.setup_type_number(False)
    return fixed


@functools.cache
def _function_dark(version: int) -> int:
    """The dark modules of the function patterns (format info aside)."""
    return _pack(_function_patterns(version).modules)


@functools.cache
def _function_cells(version: int) -> tuple[int, int]:
    """(data cells, format-info cells) of a version: the modules a mask flips, and the
    modules that hold the mask's number (with the always-dark module)."""
    size = version * 4 + 17
    fixed = _function_patterns(version)
    fmt = _scratch(version)
    fmt.setup_type_info(False, 0)
    every = (1 << size * size) - 1
    fmt_cells = _set_cells(fmt.modules)
    return every & ~(_set_cells(fixed.modules) | fmt_cells), fmt_cells


@functools.cache
def _format_value(version: int, mask: int) -> int:
    """The format-info modules for `mask` (error correction M), dark ones set."""
    scratch = _scratch(version)
    scratch.setup_type_info(False, mask)
    return _pack(scratch.modules)


@functools.cache
def _mask_cells(version: int, mask: int) -> int:
    """The data modules that `mask` flips."""
    size = version * 4 + 17
    flips = mask_func(mask)
    data, _ = _function_cells(version)
    return data & _pack([[flips(r, c) for c in range(size)] for r in range(size)])


@functools.cache
def _penalty_masks(size: int) -> tuple[int, int, int, int]:
    """Positions where a neighbour to the left, above, and a window of 11 across or down fit."""
    row_bits = (1 << size) - 1
    # A bit's left neighbour is the next higher bit, in the same row unless it is column 0.
    left = sum((row_bits >> 1) << (size * r) for r in range(size))
    up = (1 << size * (size - 1)) - 1  # every row but row 0 has a row above
    across = sum(((1 << (size - 10)) - 1) << (size * r) for r in range(size))
    down = (1 << size * (size - 10)) - 1
    return left, up, across, down


def _finder_like(bits: int, step: int, valid: int) -> int:
    """Count the places where 1:1:3:1:1 dark-light modules, with four light modules after or
    before them, start, reading every `step` bits upwards. The core and the light stretch are
    found once and serve both directions: 13 shifts instead of 22."""
    core = bits & (bits >> 2 * step) & (bits >> 3 * step) & (bits >> 4 * step)
    core &= (bits >> 6 * step) & ~((bits >> step) | (bits >> 5 * step))
    light = ~(bits | (bits >> step) | (bits >> 2 * step) | (bits >> 3 * step))
    forward = core & (light >> 7 * step) & valid
    backward = light & (core >> 4 * step) & valid
    return forward.bit_count() + backward.bit_count()


def _runs_score(same: int, step: int) -> int:
    """Rule 1 for one direction. `same` marks modules equal to their neighbour `step` bits up:
    a run of L ≥ 5 equal modules is L - 1 marks in a row, and scores 3 + (L - 5)."""
    four = same & (same >> step) & (same >> 2 * step) & (same >> 3 * step)  # marks 4 in a row
    starts = four & ~(four >> step)  # one per run of marks
    # A run of m ≥ 4 marks sets m - 3 bits in `four` and scores m - 1.
    return four.bit_count() + 2 * starts.bit_count()


def penalty(bits: int, size: int) -> int:
    """The standard's mask score (lower is better): runs, 2×2 blocks, finder-like patterns, balance."""
    left, up, across, down = _penalty_masks(size)
    same_h = ~(bits ^ (bits >> 1)) & left
    same_v = ~(bits ^ (bits >> size)) & up
    score = _runs_score(same_h, 1) + _runs_score(same_v, size)
    blocks = same_h & same_v & ~(bits ^ (bits >> (size + 1)))
    score += 3 * blocks.bit_count()
    score += 40 * (_finder_like(bits, 1, across) + _finder_like(bits, size, down))
    dark = bits.bit_count()
    return score + 10 * (abs(dark * 100 // (size * size) - 50) // 5)


def _split(bits: int, size: int) -> tuple[int, ...]:
    text = format(bits, f"0{size * size}b")
    return tuple(int(text[i : i + size], 2) for i in range(0, size * size, size))


@functools.cache
def _placement(version: int) -> tuple[Callable[[str], tuple[str, ...]], int, int]:
    """(picker, data bits, dark function modules) of a version.

    The picker reads a string of the codewords' bits, with a "0" after them, into the
    matrix's modules in row order: each data module takes its bit in the standard's
    zigzag placement (from the bottom-right corner, two columns at a time, up then down,
    skipping the vertical timing column), every other module takes the final "0".
    """
    size = version * 4 + 17
    data, _ = _function_cells(version)
    top = size * size - 1  # module (r, c) is bit top - (r * size + c)
    order: list[int] = []
    upwards = True
    for right in range(size - 1, 0, -2):
        if right <= 6:
            right -= 1
        rows = range(size - 1, -1, -1) if upwards else range(size)
        for row in rows:
            for col in (right, right - 1):
                cell = row * size + col
                if data >> (top - cell) & 1:
                    order.append(cell)
        upwards = not upwards
    index = [len(order)] * (size * size)
    for position, cell in enumerate(order):
        index[cell] = position
    return operator.itemgetter(*index), len(order), _function_dark(version)


@functools.lru_cache(maxsize=2048)
def qr_rows(payload: str) -> tuple[int, ...]:
    """The symbol for `payload` (error correction M, best mask), one int per row of modules.

    Raises ValueError for a payload longer than the largest symbol holds.
    """
    version = symbol_version(payload)
    if version > 40:
        raise ValueError(f"{len(payload)} characters are more than a QR code holds")
    words = codewords(_chunks(payload), version)
    pick, data_bits, dark = _placement(version)
    bits = format(int.from_bytes(words, "big"), f"0{8 * len(words)}b")
    bits += "0" * (data_bits - len(bits) + 1)  # the remainder bits, and the "0" of the rest
    plain = int("".join(pick(bits)), 2) | dark
    size = version * 4 + 17
    best, best_score = 0, -1
    for mask in range(8):
        masked = plain ^ _mask_cells(version, mask) | _format_value(version, mask)
        score = penalty(masked, size)
        if best_score < 0 or score < best_score:
            best, best_score = masked, score
    return _split(best, size)


_DARK = re.compile("1+")
_CHUNK = 8  # columns of a row looked up at once


@functools.cache
def _row_pieces(size: int) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """For each stretch of 8 columns of a row `size` modules across: (shift, mask, and the path
    text of every value the stretch can hold, "Y" standing for the row's number).

    A run crossing a stretch's edge becomes two rectangles side by side; they are filled as
    one path, so the symbol looks the same, and a row is a few look-ups instead of a
    formatted string per run.
    """
    pieces = []
    for left in range(0, size, _CHUNK):
        width = min(_CHUNK, size - left)
        texts = tuple(
            "".join(
                f"{left + m.start()} Y {m.end() - m.start()} 1 re "
                for m in _DARK.finditer(format(value, f"0{width}b"))
            )
            for value in range(1 << width)
        )
        pieces.append((size - left - width, (1 << width) - 1, texts))
    return tuple(pieces)


@functools.lru_cache(maxsize=2048)
def path_code(rows: tuple[int, ...]) -> str:
    """PDF path operators: rectangles covering each row's dark modules, in module units, row 0
    at y = 0 and y growing downwards (draw_qr flips the axis)."""
    pieces = _row_pieces(len(rows))
    return "".join(
        "".join(texts[row >> shift & mask] for shift, mask, texts in pieces).replace("Y", str(y))
        for y, row in enumerate(rows)
    )


def draw_qr(canvas: Canvas, rows: Sequence[int], x: float, y: float, module: float) -> None:
    """Draw the symbol with its top-left corner at (x, y) in PDF points (y measured upwards).

    One filled path of rectangles in a coordinate system scaled to the module, so its numbers
    are small integers: the PDF stays small, and the path's text is made once per symbol.
    (PDFPathObject.rect formats every number through reportlab's pure-Python fp_str, which
    cost 1.8 ms a symbol, more than half of a label's budget.)
    """
    from reportlab.pdfgen.pathobject import PDFPathObject  # type: ignore[import-untyped]

    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(module, -module)  # rows count downwards from the top-left corner
    canvas.drawPath(PDFPathObject(code=[path_code(tuple(rows))]), stroke=0, fill=1)
    canvas.restoreState()
