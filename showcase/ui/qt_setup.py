"""The Qt application's set-up, shared by the staff window, the kiosk and the command line's
dialogs: the one QApplication, compiled resources, fonts, translators and locale, and the
handler that turns an unexpected error into a dialog. It imports no window, so any widget may
import it; starting the staff window is ui/staff/window/start.py's job."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from showcase.inventory.formats import Language

log = logging.getLogger(__name__)

# Everything below is read from the compiled resources (resources.qrc), never from loose files,
# so a frozen program needs no assets folder for them.
TRANSLATIONS = ":/translations"
FONT_FILES = (
    "DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold.ttf",
    "DejaVuSansCondensed-Oblique.ttf",
    "DejaVuSansCondensed-BoldOblique.ttf",
)


def application(
    argv: list[str] | None = None, language: Language = "id", *, fonts_soon: bool = True
) -> QApplication:
    """The one QApplication, made on first use: resources, fonts, and `language` installed
    (Indonesian unless asked otherwise). An application that exists already is returned as it
    is: switching its language is LanguageSwitch's job. With fonts_soon=False the caller calls
    load_fonts when it likes (the staff window: after its first paint)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(["etalase", *(argv or [])])
    app.setApplicationName("Etalase")
    app.setOrganizationName("UMKM Center Bakauheni")
    load_resources()
    # The fonts are registered once the event loop runs: nothing on the first screen needs
    # them, and reading 2.5 MB of fonts would only delay it.
    if fonts_soon:
        QTimer.singleShot(0, load_fonts)
    app.setWindowIcon(QIcon(":/icons/etalase.svg"))
    install_translators(app, language)
    return app


def load_resources() -> bool:
    """Register the compiled resources (`:/icons/…`, `:/translations/…`, `:/branding/…`,
    `:/help/…`); built by tools/build.py. Importing the module a second time does nothing."""
    try:
        import showcase.ui.rc_resources  # noqa: F401 (importing it registers the files)
    except ImportError:
        return _missing()
    return True


def load_font_resources() -> bool:
    """Register the compiled fonts (`:/fonts/…`), kept apart from the other resources so that
    their 2.5 MB are read only when the fonts are wanted (load_fonts)."""
    try:
        import showcase.ui.rc_fonts  # noqa: F401 (importing it registers the files)
    except ImportError:
        return _missing()
    return True


def _missing() -> bool:
    log.warning("Compiled resources are missing: run python tools/build.py")
    return False


_font_families: list[str] = []  # registered once per process


def load_fonts() -> list[str]:
    """Give Qt the program's own fonts from the resources (DejaVu Sans Condensed, the labels' and
    catalogues' font), so a preview or a kiosk screen can use it on a PC that lacks it."""
    if _font_families:
        return list(_font_families)
    # PySide6 builds a class as it is first used: the staff window loads the fonts after its
    # first paint, and its start does not build this one for nothing.
    from PySide6.QtGui import QFontDatabase

    load_font_resources()
    families = _font_families
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(f":/fonts/{name}")
        if font_id < 0:
            log.warning("Font %s is missing from the compiled resources", name)
            continue
        families.extend(
            f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families
        )
    return list(families)


def use_locale(language: Language) -> None:
    """Numbers and dates Qt writes itself (%Ln, date fields) in `language`'s way."""
    if language == "en":
        # British English: day before month, as in "22 Nov 2026" (formats.py).
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))


def install_translators(app: QCoreApplication, language: Language) -> list[QTranslator]:
    """Install Etalase's (and, for Indonesian, Qt's own) translations for `language` from
    `:/translations`, and the matching locale; a missing file is skipped with a log line.

    English needs its file too: it holds only the plural forms ("1 product", "6 products") of
    the English source strings, see tools/i18n.py.
    """
    load_resources()
    use_locale(language)
    installed: list[QTranslator] = []
    for name in (f"qtbase_{language}", f"etalase_{language}"):
        translator = QTranslator(app)
        if translator.load(name, TRANSLATIONS):
            app.installTranslator(translator)
            installed.append(translator)
        elif name.startswith("etalase_"):
            log.warning("Translation %s is missing from the compiled resources", name)
            translator.deleteLater()
        else:
            translator.deleteLater()
    return installed


def install_error_handler(parent: QWidget | None) -> None:
    """Log unexpected errors and show staff a friendly dialog; the window keeps working."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        from PySide6.QtWidgets import QMessageBox  # not loaded before it is needed

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QApplication.translate("Errors", "Something went wrong"))
        box.setText(
            QApplication.translate(
                "Errors",
                "Etalase ran into an unexpected problem. Your saved data is safe; the last action "
                "may not have finished. Details were written to the log file.",
            )
        )
        box.setDetailedText(f"{kind.__name__}: {error}")
        box.open()

    sys.excepthook = handle
