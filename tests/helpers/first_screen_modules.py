"""Run `python main.py ARGS…` under the start-up probe and write, to the file named by
ETALASE_MODULES_OUT, the modules loaded when the window says it is shown: what the start pays
for before staff see the first screen.

    python tests/helpers/first_screen_modules.py --db FILE
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[2]
SHOWN = "etalase-window-shown"  # ui/staff/window/start.py's WINDOW_SHOWN (Qt not loaded here)


class _Watch:
    """stdout, noting the modules loaded at the moment the probe says the window is shown."""

    def __init__(self, out: TextIO, target: Path) -> None:
        self._out, self._target = out, target

    def write(self, text: str) -> int:
        if SHOWN in text and not self._target.exists():
            self._target.write_text("\n".join(sorted(sys.modules)), encoding="utf-8")
        return self._out.write(text)

    def flush(self) -> None:
        self._out.flush()


if __name__ == "__main__":
    sys.stdout = _Watch(sys.stdout, Path(os.environ["ETALASE_MODULES_OUT"]))
    sys.argv = [str(ROOT / "main.py"), *sys.argv[1:]]
    sys.path.insert(0, str(ROOT))
    runpy.run_path(str(ROOT / "main.py"), run_name="__main__")
