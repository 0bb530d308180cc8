"""Run `python main.py ARGS…` under the start-up probe and write, to the file named by
ETALASE_MODULES_OUT, the modules loaded (and the Qt classes PySide6 has built) when the window
says it is shown: what the start pays for before staff see the first screen; and, to the file
named by ETALASE_THREADS_OUT if set, the threads running then.

    python tests/helpers/first_screen_modules.py --db FILE
"""

from __future__ import annotations

import os
import runpy
import sys
import threading
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[2]
SHOWN = "etalase-window-shown"  # ui/staff/window/start.py's WINDOW_SHOWN (Qt not loaded here)


def _loaded() -> list[str]:
    """The modules imported, and the classes PySide6 has built in its Qt modules (it builds
    each, with its enum types, when first used), such as PySide6.QtGui.QIcon."""
    names = set(sys.modules)
    for name, module in list(sys.modules.items()):
        if name.startswith("PySide6.Qt"):
            built = [key for key, value in vars(module).items() if isinstance(value, type)]
            names.update(f"{name}.{key}" for key in built)
    return sorted(names)


class _Watch:
    """stdout, noting the modules loaded at the moment the probe says the window is shown."""

    def __init__(self, out: TextIO, target: Path, threads: Path | None) -> None:
        self._out, self._target, self._threads = out, target, threads

    def write(self, text: str) -> int:
        if SHOWN in text and not self._target.exists():
            self._target.write_text("\n".join(_loaded()), encoding="utf-8")
            if self._threads is not None:
                names = [thread.name for thread in threading.enumerate()]
                self._threads.write_text("\n".join(names), encoding="utf-8")
        return self._out.write(text)

    def flush(self) -> None:
        self._out.flush()


if __name__ == "__main__":
    threads = os.environ.get("ETALASE_THREADS_OUT")
    sys.stdout = _Watch(
        sys.stdout, Path(os.environ["ETALASE_MODULES_OUT"]), Path(threads) if threads else None
    )
    sys.argv = [str(ROOT / "main.py"), *sys.argv[1:]]
    sys.path.insert(0, str(ROOT))
    runpy.run_path(str(ROOT / "main.py"), run_name="__main__")
