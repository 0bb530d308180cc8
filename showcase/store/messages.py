"""The words of the store's messages (backups, restore): Qt's translation once Qt is loaded, so
the staff window shows them in the staff's language; the English text otherwise, so the
command line never loads Qt (75 ms) just to say what went wrong.

Calls keep the form `translate("Context", "literal")` so that lupdate finds them.
"""

from __future__ import annotations

import sys


def translate(context: str, text: str) -> str:
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(context, text)
    return text
