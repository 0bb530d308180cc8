"""The program's translations installed for part of a test, as the language menu installs
them, and removed again after it, so that no later test meets them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTranslator

from showcase.inventory.formats import Language
from showcase.ui.qt_setup import install_translators


@contextmanager
def translated(app: QCoreApplication, language: Language) -> Iterator[list[QTranslator]]:
    """Etalase's translations for `language` (and Qt's own, where there are) for the block."""
    translators = install_translators(app, language)
    assert translators, f"the compiled translations for {language} were not found"
    try:
        yield translators
    finally:
        for translator in translators:
            app.removeTranslator(translator)
