"""Fewer runs of Python's cycle collector while a large piece of work makes millions of objects.

The collector runs after every 700 new lists, dicts and objects, and every so often walks every
one alive. Reading, checking and writing 100,000 rows of an import, or drawing 1,000 labels,
makes millions of them, nearly all kept until the work ends and none of them garbage in a cycle:
a check of 100,000 rows spent a third of its CPU time (2.6 of 8.2 s) in the collector walking
them again and again, a label sheet 6%. While a step runs under `fewer_collections`, the
collector waits for 100,000 new objects instead, and leaves alone the objects alive when the step
began (`gc.freeze`: the sheet's rows, the program's own modules). Both are put back when the
outermost step ends; nothing else changes (a collector switched off stays off).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

NEW_OBJECTS = 100_000  # the first generation's threshold while a step runs (Python's: 700)

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the body with the collector held back; steps may nest (the check inside an import)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(NEW_OBJECTS, *_saved[1:])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)
                gc.unfreeze()
