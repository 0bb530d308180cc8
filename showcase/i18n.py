"""The one `translate(context, text)` of the program, below every layer (store/ may use it).

Qt's translation once QtCore is loaded, so messages show in the staff's language once a
translator is installed; the text itself otherwise, so the command line and the store never load
Qt (about 75 ms) just to say something. Calls keep the form `translate("Context", "literal")`,
which `pyside6-lupdate` finds.
"""

from __future__ import annotations

import sys


def translate(context: str, text: str) -> str:
    # Without QtCore loaded there is no QCoreApplication and no translator: Qt would return
    # `text` unchanged anyway.
    if "PySide6.QtCore" not in sys.modules:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)
