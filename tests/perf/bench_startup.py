"""The staff window's start, as whole processes (run_benchmarks.py --only startup).

Four windows, each started as a fresh process until it says it has painted its first screen
(ETALASE_STARTUP_PROBE), alternately, `runs` times each; each reported by its median wall time
and its ratio to the bare window (the median of the rounds' ratios):
- bare: bare_window.py, an empty PySide6 main window (the target's yardstick);
- staff: Etalase's staff window on the showcase (the target: ≤ 1.2× bare);
- floor: first_screen_floor.py, the staff window's first screen at the least PySide6 builds it;
- table: table_window.py, a minimal PySide6 window listing products through a Python model.

Wall time on a shared 2-core machine moves by a tenth between runs of the same tree, so with
`instructions` each window's CPU instructions from process start to its first paint are also
counted once under valgrind (callgrind; the probe's "exit" ends the process at the paint):
deterministic to about a thousandth, it compares trees and windows where medians of wall time
cannot. Instructions are not time (a page fault or a cache miss costs more than one), but the
four windows do the same kind of work.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

PERF = Path(__file__).resolve().parent
ROOT = PERF.parents[1]
SHOWN = "etalase-window-shown"
STARTUP_TARGET = 1.2  # × a bare PySide6 window, started alternately in the same run


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `command` until it says its window is shown."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == SHOWN:
            elapsed = time.perf_counter() - start
            process.communicate(timeout=30)
            return elapsed
    error = process.stderr.read() if process.stderr else ""
    raise RuntimeError(f"{command[1]} showed no window (exit {process.wait()}): {error[-300:]}")


def count_instructions(command: list[str], env: dict[str, str]) -> int:
    """CPU instructions `command` runs from its start to its window's first paint."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        env=dict(env, ETALASE_STARTUP_PROBE="exit"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    collected = re.search(r"Collected : (\d+)", done.stderr)
    if SHOWN not in done.stdout or collected is None:
        raise RuntimeError(f"{command[1]} under valgrind: {done.stderr[-300:]}")
    return int(collected.group(1))


def paired_ratio(times: list[float], bare: list[float]) -> float:
    """The median, over the rounds, of a window's time over the bare window's started just
    before it: a burst of load then slows both of a pair, where the ratio of two medians took
    whichever runs it fell on (at load 3–4 it once gave the staff window 0.93×)."""
    return round(statistics.median(t / b for t, b in zip(times, bare, strict=True)), 2)


def windows(db: Path) -> dict[str, list[str]]:
    return {
        "bare": [sys.executable, str(PERF / "bare_window.py")],
        "staff": [sys.executable, str(ROOT / "main.py"), "--db", str(db)],
        "floor": [sys.executable, str(PERF / "first_screen_floor.py"), str(db)],
        "table": [sys.executable, str(PERF / "table_window.py"), str(db)],
    }


def probe_env() -> dict[str, str]:
    """The environment the windows start in: the probe on, offscreen, no default showcase."""
    env = dict(os.environ, ETALASE_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    env.pop("SHOWCASE_DB", None)
    # As installed (PyInstaller ships bytecode; a pip install writes __pycache__): a shell that
    # forbids bytecode files would make every start compile the program's modules again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def alternated(
    commands: dict[str, list[str]], env: dict[str, str], runs: int
) -> tuple[dict[str, list[float]], dict[str, str]]:
    """Each command started once to warm the disk cache (and write its bytecode), then all of
    them in turn, `runs` times: the seconds of each start to its window, by name; and why a
    command that showed no window failed (it is left out of the rounds)."""
    errors: dict[str, str] = {}
    for name, command in commands.items():
        try:
            time_to_window(command, env)
        except RuntimeError as exc:
            errors[name] = str(exc)
    times: dict[str, list[float]] = {name: [] for name in commands if name not in errors}
    for _ in range(runs):
        for name in times:
            times[name].append(time_to_window(commands[name], env))
    return times, errors


def bench_startup(db: Path, runs: int, instructions: bool = False) -> dict[str, Any]:
    env = probe_env()
    commands = windows(db)
    times, errors = alternated(commands, env, runs)
    if errors:
        raise RuntimeError("; ".join(errors.values()))
    ms = {name: statistics.median(values) * 1000 for name, values in times.items()}
    others = [name for name in commands if name != "bare"]
    figures: dict[str, Any] = {
        "runs": runs,
        **{f"{name}_ms": round(value, 1) for name, value in ms.items()},
        **{f"{name}_ratio": paired_ratio(times[name], times["bare"]) for name in others},
        "target_ratio": STARTUP_TARGET,
    }
    figures["met"] = figures["staff_ratio"] <= STARTUP_TARGET
    if instructions:
        if shutil.which("valgrind") is None:
            raise RuntimeError("counting instructions needs valgrind (apt-get install valgrind)")
        with ThreadPoolExecutor(max_workers=2) as pool:  # one a core
            counted = pool.map(lambda command: count_instructions(command, env), commands.values())
            counts = dict(zip(commands, counted, strict=True))
        figures["instructions"] = counts
        figures["instructions_ratio"] = {
            name: round(count / counts["bare"], 3) for name, count in counts.items()
        }
        figures["instructions_met"] = figures["instructions_ratio"]["staff"] <= STARTUP_TARGET
    return figures
