"""Starting a program (the kiosk) in a process of its own, detached from the staff window, so that
a crash of either never takes the other down. The staff window takes the starter as a
`StartProcess` (this one by default), so tests can see what would be started."""

from __future__ import annotations

from collections.abc import Callable

# Start `program` with `args`; True when it started.
StartProcess = Callable[[str, list[str]], bool]


def start_detached(program: str, args: list[str]) -> bool:
    """Start `program` detached from this process; True when it started."""
    from PySide6.QtCore import QProcess  # loaded when staff first start the kiosk

    started, _pid = QProcess.startDetached(program, args)
    return bool(started)
