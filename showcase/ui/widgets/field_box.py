"""A thin frame around a form field, so that a refused spin box or combo is marked without
losing its native look.

ValidatedForm marks a refused field by giving it a red-border style sheet. On a line edit that
is fine; on a spin box it switches the whole widget to style-sheet drawing (flat arrows, another
width). A FieldBox takes the style sheet for itself and draws the red border around the field,
and can keep the field at its natural width.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QWidget


class FieldBox(QFrame):
    """Holds `field`, at its natural width unless `grow`; a style sheet set on it frames it."""

    def __init__(
        self, field: QWidget, *, grow: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName("fieldBox")
        row = QHBoxLayout(self)
        row.setContentsMargins(1, 1, 1, 1)
        row.addWidget(field)
        if not grow:
            self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(field)

    def setStyleSheet(self, styleSheet: str) -> None:
        # Only this frame's own border: the field inside keeps its native drawing.
        super().setStyleSheet(f"QFrame#fieldBox {{ {styleSheet} }}" if styleSheet else "")
