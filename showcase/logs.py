"""The log file: a rotating file in the user data folder that holds what went wrong, with tracebacks.

Users see one line (or a friendly dialog); the details needed to fix a fault go here, so staff
can send the file. The log must never become a fault of its own: a record that cannot be
written (a full disk, a second Etalase rotating the same file on Windows) is dropped quietly
instead of printing a traceback on the console.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_NAME = "etalase.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


class _QuietFileHandler(logging.FileHandler):
    """The log file, not rotated yet (see setup_logging's `rotate`); a record it cannot write
    is dropped instead of printed to stderr."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def setup_logging(log_dir: Path, *, level: int = logging.INFO, rotate: bool = True) -> Path:
    """Send log records to a rotating file in `log_dir` (1 MB x 5) and return the file's path.

    Calling it again replaces the handler it added before rather than adding a second one.
    With rotate=False the file is written but rotated only from rotate_log() on: the staff
    window calls it once shown, since logging.handlers (which loads sockets and pickling) is
    start-up time spent for nothing the first screen shows. Raises OSError if the folder
    cannot be made.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.name == LOG_NAME]:
        root.removeHandler(old)
        old.close()
    # delay=True: the file is opened on the first record, so a command that logs nothing
    # costs no file open.
    _use(_rotating(path) if rotate else _QuietFileHandler(path, encoding="utf-8", delay=True))
    root.setLevel(level)
    logging.captureWarnings(True)
    # Alembic announces each of its plugins at INFO whenever migrations load; its
    # "Running upgrade …" lines (alembic.runtime.migration) are the ones worth keeping.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    return path


def rotate_log() -> None:
    """Rotate the log file that setup_logging(rotate=False) started, from now on."""
    root = logging.getLogger()
    for waiting in [h for h in root.handlers if isinstance(h, _QuietFileHandler)]:
        root.removeHandler(waiting)
        waiting.close()
        _use(_rotating(Path(waiting.baseFilename)))


def _rotating(path: Path) -> logging.Handler:
    import logging.handlers

    class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
        """A RotatingFileHandler that drops a record it cannot write instead of printing."""

        def handleError(self, record: logging.LogRecord) -> None:
            pass

    return QuietRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )


def _use(handler: logging.Handler) -> None:
    handler.set_name(LOG_NAME)
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.getLogger().addHandler(handler)
