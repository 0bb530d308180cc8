"""The website published in a worker thread, so that the staff's windows stay alive meanwhile.

`WebsiteJob` is a `DataJob` (ui/staff/data/data_job.py: signals only, queued to the UI thread;
exactly one of `succeeded`, `failed`, `was_cancelled` or `crashed`; `cancel()` and `stop()`)
whose work is `publish_website`, which polls the cancel flag between files. Its progress is
thinned to `PROGRESS_STEPS` signals for a whole site. A dialog follows it with a `JobRunner`
(ui/staff/data/job_runner.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from showcase.printing import website
from showcase.store.db import Database
from showcase.ui.staff.data.data_job import DataJob, Progress, thinned

PROGRESS_STEPS = 200


class WebsiteJob(DataJob):
    """Publishes the website of `database` into `folder`; `succeeded` carries the
    WebsiteSummary."""

    def __init__(
        self,
        database: Database,
        folder: Path,
        *,
        base_url: str,
        make_zip: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(self._publish, f"The website ({folder})", parent)
        self.database = database
        self.folder = folder
        self.base_url = base_url
        self.make_zip = make_zip

    def _publish(self, progress: Progress, cancelled: Callable[[], bool]) -> object:
        return website.publish_website(
            self.database,
            self.folder,
            base_url=self.base_url,
            make_zip=self.make_zip,
            progress=thinned(progress, PROGRESS_STEPS),
            cancelled=cancelled,
        )
