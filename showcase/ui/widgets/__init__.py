"""Widgets shared by the staff window and, later, the kiosk."""
