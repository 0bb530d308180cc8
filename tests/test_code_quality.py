"""The rules the code holds itself to: layer boundaries (import-linter), types (mypy), lint (ruff)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT

BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


QT_GUI_MODULES = (
    "PySide6.QtWidgets",
    "PySide6.QtGui",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
)


def test_domain_imports_no_qt_widgets() -> None:
    """store/, inventory/ (and printing/) run without a window: no widget or GUI module imports."""
    import ast

    offenders = []
    for package in ("store", "inventory", "printing"):
        for path in (ROOT / "showcase" / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                offenders += [
                    f"{path.relative_to(ROOT)}: {n}" for n in names if n.startswith(QT_GUI_MODULES)
                ]
    assert offenders == []


def test_layers_hold() -> None:
    """store/ and inventory/ import no Qt widgets and nothing from ui/; layers point down."""
    result = _run(str(BIN / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_types_check_strictly() -> None:
    result = _run(sys.executable, "-m", "mypy", "showcase")
    assert result.returncode == 0, result.stdout + result.stderr


def test_lint_is_clean() -> None:
    result = _run(str(BIN / "ruff"), "check", "showcase", "tools", "main.py", "run.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_tests_share_helpers_not_test_modules() -> None:
    """Tests import shared code from tests/helpers/, never from another test module (that ties two
    test files together and collects the imported tests twice); tests/helpers/ holds no tests."""
    import ast

    offenders = []
    for path in (ROOT / "tests").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            offenders += [
                f"{path.relative_to(ROOT)}: {name}"
                for name in names
                if name.startswith("tests.")
                and any(part.startswith(("test_", "conftest")) for part in name.split("."))
            ]
    offenders += [str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "helpers").rglob("test_*")]
    assert offenders == []
