"""Clear demo data (Data menu): says exactly what goes and what stays, backs up, then clears.

The counts come from showcase.inventory.demo.clear.plan_demo_clear; the button that removes
is never the default one (Enter or Esc cancels). A backup is written first, and if it cannot
be written nothing is removed. The clearing itself is one transaction.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError
from showcase.inventory.demo.clear import DemoClearPlan, clear_demo, plan_demo_clear
from showcase.store.db import Database
from showcase.ui.widgets.dialog_parts import StatusLabel, make_bold, text_label

log = logging.getLogger(__name__)


class ClearDemoDialog(QDialog):
    """The confirmation, and the clearing once staff confirm."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.changed = False  # read by the staff window: refresh its lists
        self.result_plan: DemoClearPlan | None = None
        self.backup_path: Path | None = None
        self.setWindowTitle(self.tr("Clear demo data"))
        self.setMinimumWidth(560)
        with database.session() as session:
            self.plan = plan_demo_clear(session)
            self.plan_all = plan_demo_clear(session, include_changed=True)

        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 14)
        column.setSpacing(6)
        self.removed = self._list_label()
        self.kept = self._list_label()
        self.also_changed = QCheckBox(self)
        self.also_changed.toggled.connect(self._show_plan)
        self.status = StatusLabel(self)
        self.clear_button = QPushButton(self.tr("Clear demo data"), self)
        self.clear_button.clicked.connect(self.clear)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        if self.plan.nothing_to_do:
            for unused in (self.removed, self.kept, self.also_changed, self.clear_button):
                unused.hide()
            self._nothing_to_clear(column)
            return

        column.addWidget(make_bold(QLabel(self.tr("This removes:"), self)))
        column.addWidget(self.removed)
        column.addSpacing(6)
        column.addWidget(make_bold(QLabel(self.tr("This keeps:"), self)))
        column.addWidget(self.kept)
        if self.plan.changed_products:
            self.also_changed.setText(
                self.tr(
                    "Also remove the %n demo product(s) that staff changed",
                    "",
                    self.plan.changed_products,
                )
            )
            column.addWidget(self.also_changed)
        else:
            self.also_changed.hide()
        column.addSpacing(6)
        backup_note = text_label(self, wrap=True)
        backup_note.setText(
            self.tr(
                "A backup of the whole showcase is made first; File → Restore from backup… "
                "brings everything back."
            )
        )
        column.addWidget(backup_note)
        column.addWidget(self.status)
        column.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.clear_button)
        column.addLayout(buttons)
        # Removing is never what Enter does.
        self.clear_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self._show_plan()

    def _list_label(self) -> QLabel:
        label = text_label(self, wrap=True)
        label.setContentsMargins(12, 0, 0, 0)
        return label

    def _nothing_to_clear(self, column: QVBoxLayout) -> None:
        message = text_label(self, wrap=True)
        message.setObjectName("nothing")
        message.setText(
            self.tr("This showcase holds no demo data: everything in it was entered by staff.")
        )
        column.addWidget(message)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        column.addLayout(buttons)

    @property
    def nothing_to_do(self) -> bool:
        return self.plan.nothing_to_do

    def current_plan(self) -> DemoClearPlan:
        return self.plan_all if self.also_changed.isChecked() else self.plan

    def _show_plan(self) -> None:
        plan = self.current_plan()
        removed = [
            self.tr("%n demo product(s)", "", plan.products)
            + " "
            + self.tr("(with %n photo(s),", "", plan.photos)
            + " "
            + self.tr("%n stock movement(s))", "", plan.movements),
            self.tr("%n demo producer(s) no kept product uses", "", plan.producers),
            self.tr("%n demo category(ies) no kept product uses", "", plan.categories),
        ]
        kept = [self.tr("%n product(s) that staff added", "", plan.staff_products)]
        if plan.changed_products and not plan.include_changed:
            codes = ", ".join(plan.changed_codes)
            if plan.changed_products > len(plan.changed_codes):
                codes += ", …"
            kept.append(
                self.tr("%n demo product(s) that staff changed", "", plan.changed_products)
                + f": {codes}"
            )
        if plan.kept_producers:
            kept.append(
                self.tr(
                    "%n demo producer(s) still in use or changed by staff", "", plan.kept_producers
                )
            )
        if plan.kept_categories:
            kept.append(self.tr("%n demo category(ies) still in use", "", plan.kept_categories))
        kept.append(self.tr("the settings, label sheets, staff accounts and the audit log"))
        self.removed.setText("\n".join(f"• {line}" for line in removed))
        self.kept.setText("\n".join(f"• {line}" for line in kept))

    def clear(self) -> None:
        """Back up, then clear in one transaction; any problem is said here, nothing removed."""
        from showcase.store.opening import backup_showcase

        include_changed = self.also_changed.isChecked()
        try:
            self.backup_path = backup_showcase(self.database, reason="before-clear-demo")
        except UserError as exc:
            self.status.show_status(
                self.tr("No backup could be made, so nothing was removed: {why}").format(
                    why=exc.message
                ),
                error=True,
            )
            return
        try:
            with self.database.session() as session:
                self.result_plan = clear_demo(session, include_changed=include_changed)
        except UserError as exc:
            self.status.show_status(
                self.tr("Nothing was removed: {why}").format(why=exc.message), error=True
            )
            return
        except Exception:  # the database refused (locked, disk full): the transaction is undone
            log.exception("Clearing the demo failed")
            self.status.show_status(
                self.tr(
                    "Nothing was removed: an unexpected problem stopped it; details were "
                    "written to the log file."
                ),
                error=True,
            )
            return
        log.info("Demo data cleared: %s (backup %s)", self.result_plan, self.backup_path)
        self.changed = True
        self.accept()

    def summary(self) -> str:
        """What was done, for the staff window's status bar."""
        if self.result_plan is None:
            return ""
        return self.tr(
            "Demo data cleared: %n product(s) removed. Backup: {path}",
            "",
            self.result_plan.products,
        ).format(path=self.backup_path)
