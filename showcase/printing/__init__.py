"""Printing without widgets: QR shelf labels (and, later, catalogues) as PDF, with reportlab and qrcode."""
