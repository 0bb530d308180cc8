"""The Qt user interface: staff/ (front desk), widgets/ (shared pieces). Only this layer imports widgets.

Importing it loads QtCore and makes PySide6's look at each module imported afterwards cheap
(pyside_feature_check.py), since every window imports this package before its modules."""

from showcase.ui.pyside_feature_check import speed_up

speed_up()
