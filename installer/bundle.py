"""What goes into the frozen program: its names, and which of PyInstaller's findings to keep.

Read by installer/etalase.spec (PyInstaller), tools/freeze.py (the build command) and the tests,
so the folder name, the executable name and the pruning rules live in one place. Pure standard
library: it is imported inside PyInstaller and by tests that have no PyInstaller.

PyInstaller's Qt hooks collect every plugin of a kind (all platforms, all image formats, every
Qt translation) and the libraries those plugins link. The rules below keep what Etalase uses:
the platforms a PC or a test needs, JPEG (photo thumbnails), SVG (the icon), ICO and GIF, the
SVG icon engine, the print-support plugin (CUPS on Linux), the Windows style, and Qt's own
translations for the two languages of the program. Everything else is dropped by name.
"""

from __future__ import annotations

import re
import sys

APP_FOLDER = "Etalase"  # dist/Etalase/, and the install folder's name
EXE_NAME = "etalase"  # dist/Etalase/etalase (etalase.exe on Windows)
CONTENTS = "_internal"  # PyInstaller's one-folder layout: modules and data live here
# The folder's size limit in MB (10^6 bytes), checked by tools/freeze.py and stated in the README
# ("Installing on the center's PCs"). Measured on Linux: 167 MB, of which Qt is 85 MB (ICU's data
# alone 32 MB), the executable with the Python modules 14, Pillow's image libraries 15, PDFium 7,
# Python 12, and 29 the system libraries Qt, CUPS and Python link (OpenSSL, SQLite, X11, GnuTLS).
SIZE_BUDGET_MB = 180

# Python packages the program never imports but that PyInstaller could reach through optional
# imports of its dependencies (reportlab, PIL, SQLAlchemy): a GUI toolkit and test tools.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "IPython",
    "matplotlib",
    "numpy",
    "pytest",
    "mypy",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
]

# Modules that only files read from disk at run time import (Alembic's env.py and the
# migration scripts), so PyInstaller cannot see them by scanning the program.
HIDDEN_IMPORTS = [
    "alembic.op",
    "alembic.context",
    "alembic.runtime.migration",
    "alembic.script",
    "alembic.ddl.sqlite",
    "sqlalchemy.dialects.sqlite",
    # A showcase on a PostgreSQL server: SQLAlchemy finds its dialect by name, and psycopg its
    # libpq wrapper (psycopg_binary) inside a function.
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "psycopg_binary",
    "psycopg_binary.pq",
    "psycopg_binary._psycopg",
    "showcase.store.models",
    "PySide6.QtSvg",  # the SVG icon engine and image format plugins link it
    "_rl_accel",  # reportlab imports its C accelerator through exec(): invisible to analysis
]

# Qt plugins kept, by folder under Qt's plugins/ (a folder not named here is dropped whole).
# Names are the plugin's base name without "lib" and the extension.
QT_PLUGINS: dict[str, set[str]] = {
    # xcb: an X11 or XWayland desktop; offscreen and minimal: tests, the smoke test and the
    # self-check; windows: Windows. Wayland is left out: Qt falls back to xcb on XWayland,
    # and its plugin family (shells, decorations, graphics integrations) is large.
    "platforms": {"qxcb", "qoffscreen", "qminimal", "qwindows", "qdirect2d"},
    "imageformats": {"qjpeg", "qsvg", "qico", "qgif"},
    "iconengines": {"qsvgicon"},
    "printsupport": {"cupsprintersupport", "windowsprintersupport"},
    # The xcb platform loads one of these at start; without them Qt prints a warning.
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "platforminputcontexts": {"composeplatforminputcontextplugin"},  # dead keys, é…
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle"},
}

# Libraries of Qt modules Etalase does not use, pulled in by plugins we drop anyway, and the
# software OpenGL renderer of Windows (20 MB; the program draws with the raster engine).
_DROPPED_LIBRARY = re.compile(
    r"(Qt6(Qml|Quick|Pdf|Network|OpenGL|VirtualKeyboard|Wayland|Wl|EglFs|Egl|Designer|Lottie"
    r"|Labs|Sql|Test|Help|UiTools|Multimedia|WebEngine|WebChannel|WebSockets|3D|Charts"
    r"|DataVisualization|Graphs|Positioning|Location|Sensors|SerialPort|Bluetooth|Nfc"
    r"|Concurrent|Xml|StateMachine|Scxml|RemoteObjects|TextToSpeech|SpatialAudio|HttpServer"
    r"|ShaderTools|CanvasPainter)[^/\\]*)|opengl32sw\.dll|d3dcompiler_\d+\.dll",
    re.IGNORECASE,
)

_PLUGIN_FILE = re.compile(r"(?:^|[/\\])(?:lib)?([^/\\]+?)\.(so|dll|dylib)$")
_PLUGIN_PATH = re.compile(
    r"(?:^|[/\\])plugins[/\\]([^/\\]+)[/\\](?:lib)?([^/\\]+?)\.(so|dll|dylib)$"
)
# Qt's translations: PySide6/Qt/translations/ on Linux, PySide6/translations/ on Windows.
_TRANSLATION_PATH = re.compile(r"(?:^|[/\\])translations[/\\][^/\\]+\.qm$")


def executable_name(platform: str = sys.platform) -> str:
    """The executable's file name in the folder on `platform`."""
    return f"{EXE_NAME}.exe" if platform == "win32" else EXE_NAME


def keep_plugin(kind: str, path: str) -> bool:
    """Whether the Qt plugin file `path` of folder `kind` (e.g. "platforms") is shipped."""
    match = _PLUGIN_FILE.search(path)
    return match is not None and match.group(1) in QT_PLUGINS.get(kind, set())


def keep(dest_name: str) -> bool:
    """Whether a file PyInstaller collected (its path in the bundle) belongs in Etalase.

    Only Qt plugins, Qt translations and Qt libraries are judged; every other file is kept.
    """
    plugin = _PLUGIN_PATH.search(dest_name)
    if plugin is not None and "PySide6" in dest_name:
        kind, name = plugin.group(1), plugin.group(2)
        return name in QT_PLUGINS.get(kind, set())
    if _TRANSLATION_PATH.search(dest_name) is not None and "PySide6" in dest_name:
        return False  # Etalase's and Qt's texts it uses come from the compiled resources
    name = re.split(r"[/\\]", dest_name)[-1]
    return _DROPPED_LIBRARY.search(name) is None


def prune(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The TOC entries (dest name, source, kind) that `keep` accepts, in their order."""
    return [entry for entry in entries if keep(entry[0])]
