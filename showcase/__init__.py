"""Etalase: the showcase program of the Bakauheni UMKM Center (Lampung, Indonesia)."""

__version__ = "0.1.0"
