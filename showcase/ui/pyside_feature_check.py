"""PySide6's check of every module imported after it, made cheaper.

Once QtCore is loaded, PySide6 (6.11 and before) asks of each module imported afterwards
whether its source names PySide6, so that `from __feature__ import snake_case` changes only
modules that use it. It answers with inspect.getsource, which decodes the whole file, splits it
into lines and keeps them in linecache: about 12 ms of CPU for the 70 modules the staff window
imports before its first screen. `speed_up()` puts in the same question, answered from the
file's bytes. Etalase never asks for a __feature__, so even a wrong answer would change nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType

# PySide6's module of __feature__ support; the function is its own (private) name for the check.
FEATURE_MODULE = "shibokensupport.feature"
CHECK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType) -> bool:
    """Whether `module`'s source file names PySide6 (False when it has none)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def speed_up() -> bool:
    """Have PySide6 check the modules imported from now on with uses_pyside; False when this
    PySide6 has no such check (a later version may drop it)."""
    import PySide6.QtCore  # noqa: F401 (loading QtCore loads the __feature__ support)

    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, CHECK, None)):
        return False
    setattr(feature, CHECK, uses_pyside)
    return True
