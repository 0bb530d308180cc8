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


def import_cycles(imports: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other round in a circle (Tarjan's strongly
    connected components of more than one module), each sorted, from `imports`: module → the
    modules it imports."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for root in sorted(imports):
        if root in index:
            continue
        work = [(root, iter(sorted(imports.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            module, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(imports.get(child, ())))))
                elif child in on_stack:
                    low[module] = min(low[module], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[module])
            if low[module] == index[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    cycles.append(sorted(group))
    return cycles


def test_import_cycles_are_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e"}}
    assert import_cycles(graph) == [["a", "b", "c"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_no_module_imports_itself_through_others() -> None:
    """No import cycle between any two modules of the program, imports inside functions
    included (they are dependencies too); imports under TYPE_CHECKING are left out."""
    import grimp

    graph = grimp.build_graph("showcase", exclude_type_checking_imports=True)
    imports = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    assert import_cycles(imports) == []


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
