"""Translation of user-visible text below the UI layer.

`translate(context, text)` is Qt's own (QtCore only, no widgets), so the domain's messages are
found by `pyside6-lupdate` and shown in the staff's language once a translator is installed.
Before a QCoreApplication exists the text comes back unchanged.
"""

from __future__ import annotations


def translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)
