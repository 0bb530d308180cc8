"""The roles the staff's product table answers for its cells, as plain ints (the view asks
about a dozen of them per cell on every paint, and int comparisons keep that off the profile),
and what a cell says beyond its text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from showcase.inventory.listing import ProductRow

ID_ROLE = Qt.ItemDataRole.UserRole.value + 1
ROW_ROLE = Qt.ItemDataRole.UserRole.value + 2

DISPLAY = Qt.ItemDataRole.DisplayRole.value
DECORATION = Qt.ItemDataRole.DecorationRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
FONT = Qt.ItemDataRole.FontRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
ANSWERED = frozenset(
    (
        DISPLAY,
        DECORATION,
        ALIGNMENT,
        BACKGROUND,
        FOREGROUND,
        FONT,
        TOOLTIP,
        ID_ROLE,
        ROW_ROLE,
    )
)
RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value


def whole_name(product: ProductRow, column: int) -> str | None:
    """The whole of a name its column may elide (a product's, with its English one under it)."""
    if column == 2:
        return "\n".join(name for name in (product.name_id, product.name_en) if name)
    if column == 3:
        return product.category or None
    if column == 4:
        return product.producer or None
    return None
