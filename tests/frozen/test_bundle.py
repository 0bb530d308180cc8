"""What the frozen program is made of (installer/bundle.py, installer/etalase.spec), without
building it: the Qt pruning rules, the files read from disk at run time, the build's checks.

The build itself and the frozen program are tested by tests/frozen/smoke.py, run by
`python3 tools/freeze.py --smoke` (CI does).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from showcase import paths
from tests.helpers.paths import ROOT

sys.path.insert(0, str(ROOT / "installer"))
sys.path.insert(0, str(ROOT / "tools"))

import bundle
import freeze


@pytest.mark.parametrize(
    ("kind", "path"),
    [
        ("platforms", "/venv/PySide6/Qt/plugins/platforms/libqxcb.so"),
        ("platforms", "/venv/PySide6/Qt/plugins/platforms/libqoffscreen.so"),
        ("platforms", r"C:\venv\PySide6\plugins\platforms\qwindows.dll"),
        ("imageformats", "/venv/PySide6/Qt/plugins/imageformats/libqjpeg.so"),
        ("imageformats", r"C:\venv\PySide6\plugins\imageformats\qsvg.dll"),
        ("iconengines", "/venv/PySide6/Qt/plugins/iconengines/libqsvgicon.so"),
        ("printsupport", "/venv/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"),
        ("styles", r"C:\venv\PySide6\plugins\styles\qmodernwindowsstyle.dll"),
    ],
)
def test_the_plugins_the_program_needs_are_kept(kind: str, path: str) -> None:
    assert bundle.keep_plugin(kind, path)


@pytest.mark.parametrize(
    ("kind", "path"),
    [
        ("platforms", "/venv/PySide6/Qt/plugins/platforms/libqwayland.so"),
        ("platforms", "/venv/PySide6/Qt/plugins/platforms/libqvnc.so"),
        ("platformthemes", "/venv/PySide6/Qt/plugins/platformthemes/libqgtk3.so"),
        ("platforminputcontexts", "/q/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"),
        ("imageformats", "/venv/PySide6/Qt/plugins/imageformats/libqpdf.so"),
        ("imageformats", "/venv/PySide6/Qt/plugins/imageformats/libqtiff.so"),
        ("sqldrivers", "/venv/PySide6/Qt/plugins/sqldrivers/libqsqlite.so"),
        ("tls", "/venv/PySide6/Qt/plugins/tls/libqopensslbackend.so"),
        ("qmltooling", "/venv/PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so"),
    ],
)
def test_plugins_it_does_not_use_are_left_out(kind: str, path: str) -> None:
    assert not bundle.keep_plugin(kind, path)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        (r"PySide6\translations\qtbase_de.qm", False),  # Windows wheels' layout
        (r"PySide6\plugins\platforms\qwindows.dll", True),
        (r"PySide6\plugins\platformthemes\qxdgdesktopportal.dll", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("pypdfium2_raw/libpdfium.so", True),
        ("libcups.so.2", True),
        ("assets/fonts/DejaVuSansCondensed.ttf", True),
    ],
)
def test_collected_files_are_pruned_by_name(dest: str, kept: bool) -> None:
    assert bundle.keep(dest) is kept
    assert bundle.prune([(dest, "/src", "BINARY")]) == ([(dest, "/src", "BINARY")] if kept else [])


def test_the_executable_is_named_for_each_system() -> None:
    assert bundle.executable_name("linux") == "etalase"
    assert bundle.executable_name("win32") == "etalase.exe"


def test_every_file_the_spec_copies_exists() -> None:
    """The spec names these by hand: a renamed font or a lost migration would break the build."""
    spec = (ROOT / "installer" / "etalase.spec").read_text(encoding="utf-8")
    assert '"fonts").glob("*.ttf")' in spec and 'versions").glob("*.py")' in spec
    fonts = sorted((ROOT / "assets" / "fonts").glob("*.ttf"))
    assert len(fonts) == 4
    for name in ("LICENSE-DejaVu.txt",):
        assert (ROOT / "assets" / "fonts" / name).is_file()
    assert (ROOT / "assets" / "icons" / "etalase.svg").is_file()
    migrations = ROOT / "showcase" / "store" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert len(list((migrations / "versions").glob("*.py"))) >= 5


# Every place the program finds a file next to its own modules, and why it works frozen. A new
# `Path(__file__)` lookup must be added here, and its files to installer/etalase.spec.
DISK_LOOKUPS = {
    "showcase/paths.py": "resource_dir(): sys._MEIPASS when frozen",
    "showcase/store/migrations/__init__.py": "the spec copies env.py and versions/ beside it",
    "showcase/ui/staff/window/main_window.py": "main.py only when not frozen",
    "showcase/kiosk_watch.py": "main.py only when not frozen",
    "showcase/ui/staff/window/help_dialog.py": "the source file only when the resources are missing",
}


def test_every_file_lookup_beside_the_modules_is_known() -> None:
    found = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "showcase").rglob("*.py")
        if path.name not in ("rc_resources.py", "rc_fonts.py")
        and re.search(r"Path\(__file__\)|importlib\.resources", path.read_text(encoding="utf-8"))
    }
    assert found <= set(DISK_LOOKUPS), found - set(DISK_LOOKUPS)


def test_resource_dir_is_the_checkout_from_source() -> None:
    assert (paths.resource_dir() / "assets" / "fonts" / "DejaVuSansCondensed.ttf").is_file()
    assert paths.resource_dir() == ROOT


def test_resource_dir_is_the_bundle_folder_when_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resource_dir() == tmp_path


def test_the_build_names_libraries_it_could_not_find() -> None:
    output = (
        "21335 WARNING: Library not found: could not resolve 'libxcb-keysyms.so.1', dependency "
        "of '/v/PySide6/Qt/plugins/platforms/libqxcb.so'.\n"
        "21335 WARNING: Library not found: could not resolve 'libxcb-icccm.so.4', dependency "
        "of '/v/PySide6/Qt/lib/libQt6XcbQpa.so.6'.\n"
        "21335 WARNING: Library not found: could not resolve 'libxcb-keysyms.so.1', dependency "
        "of '/v/PySide6/Qt/lib/libQt6XcbQpa.so.6'.\n"
        "20229 WARNING: Library shell32 required via ctypes not found\n"
    )
    missing = freeze.missing_libraries(output)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert freeze._debian_packages(missing) == ["libxcb-icccm4", "libxcb-keysyms1"]


def test_the_folder_size_counts_every_file(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"x" * 1000)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_bytes(b"y" * 24)
    assert freeze.folder_size(tmp_path) == (1024, 2)
