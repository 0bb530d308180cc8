"""The staff window: the product table with search and filters, and the actions of the front desk."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QVBoxLayout, QWidget

from showcase.errors import UserError
from showcase.inventory.listing import low_stock_count
from showcase.inventory.staff.accounts import Account
from showcase.store.db import Database
from showcase.ui.first_paint import FirstPaint
from showcase.ui.staff.kiosks.launch import StartProcess, start_detached
from showcase.ui.staff.window.actions import make_actions
from showcase.ui.staff.window.filter_bar import FilterBar
from showcase.ui.staff.window.product_model import ProductTableModel
from showcase.ui.staff.window.product_table import ProductTable
from showcase.ui.staff.window.status_bar import add_count_widgets

if TYPE_CHECKING:
    # Message boxes are loaded when one is shown: PySide6 builds a class's enum types as it
    # loads it, time the window's start would spend on what its first screen does not show.
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QMessageBox

    from showcase.ui.staff.window.signed_in import SignedIn


class MainWindow(QMainWindow):
    """What front-desk staff see all day: every product, searchable, and what they can do to it."""

    # Staff chose another language in Settings (its code): the window's owner (StaffApp)
    # replaces the window with one in that language.
    language_chosen = Signal(str)

    # Made by make_actions (actions.py), shown by menus.py.
    new_action: QAction
    edit_action: QAction
    duplicate_action: QAction
    archive_action: QAction
    stock_action: QAction
    labels_action: QAction
    catalogue_action: QAction
    producers_action: QAction
    categories_action: QAction
    import_action: QAction
    export_action: QAction
    website_action: QAction
    report_action: QAction
    backup_action: QAction
    restore_action: QAction
    quit_action: QAction
    clear_demo_action: QAction
    kiosk_settings_action: QAction
    kiosk_stats_action: QAction
    kiosks_action: QAction
    start_kiosk_action: QAction
    help_action: QAction
    about_action: QAction
    signed_in: SignedIn  # who is signed in, and their actions
    settings_menu: QMenu

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        user: Account,
        start_process: StartProcess = start_detached,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.start_process = start_process  # starts the kiosk (tests pass their own)
        self._first_user = user
        self.setWindowTitle(self.tr("Etalase — UMKM Center Bakauheni"))
        self.resize(1280, 680)  # with its title bar, inside 1366×768 above a taskbar
        # The dialog opened last (editor, stock, producers…), for tests and for focus.
        self.dialog: QDialog | None = None
        # The message box shown last (kept so it is not collected while open; tests read it).
        self.message_box: QMessageBox | None = None
        self.help_window: QDialog | None = None  # the guide, made when first asked for
        # What waits until staff see the window (start.py): its paintEvent says when.
        self.first_paint = FirstPaint()

        self.filters = FilterBar(database, self)
        self.model = ProductTableModel(database, self)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(250)
        self._count_timer.timeout.connect(self._count_now)
        self.count_label, self.low_stock_button = add_count_widgets(self)
        self.low_stock_button.clicked.connect(self.show_low_stock)
        self.model.reloaded.connect(self._show_count)
        self.model.counted.connect(self._show_counted)
        self.table = ProductTable(self.model, self)
        self.table.doubleClicked.connect(self._edit_index)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)  # coalesce a burst of keystrokes into one query
        # The query runs off the UI thread: a keystroke never waits for the database.
        self._search_timer.timeout.connect(self._apply_filter_soon)
        self.filters.changed.connect(self._search_timer.start)
        self.filters.submitted.connect(self._search_submitted)

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(8, 8, 8, 4)
        column.addWidget(self.filters)
        column.addWidget(self.table, 1)
        self.setCentralWidget(central)

        make_actions(self)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.apply_role()
        self._update_actions()
        self._show_low_stock()
        self.filters.search.setFocus()
        self._make_daily_backup()

    @property
    def user(self) -> Account:
        """The person signed in now."""
        return self.signed_in.user

    def apply_role(self) -> None:
        """Show who is signed in; hide and disable what their role may not do."""
        self.signed_in.apply_role()

    # Showing products ------------------------------------------------------------------------

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.filters.product_filter())

    def _apply_filter_soon(self) -> None:
        self.model.set_filter_soon(self.filters.product_filter())

    def refresh(self, select_id: int | None = None) -> None:
        """Read the list again after a change, keeping (or moving to) the selected product."""
        keep = select_id if select_id is not None else self.current_product_id()
        self.filters.reload_choices()
        self.model.reload()
        self._show_low_stock()
        if keep is not None:
            self.select_product(keep)

    def _show_count(self) -> None:
        """Show how many products match. While staff type, counting waits for a pause."""
        if self.model.canFetchMore():
            self.count_label.setText("")
            self._count_timer.start()
        else:
            self._count_now()

    def _count_now(self) -> None:
        self._count_timer.stop()
        self.model.count_soon()  # counted off the UI thread: tens of thousands take a while

    def _show_counted(self, count: int) -> None:
        self.count_label.setText(self.tr("%n product(s)", "", count))

    def _show_low_stock(self) -> None:
        """Count the products below their minimum stock: at start and after every change."""
        with self.database.read() as connection:
            low = low_stock_count(connection)
        self.low_stock_button.setVisible(low > 0)
        self.low_stock_button.setText(self.tr("⚠ %n product(s) low on stock", "", low))

    def show_low_stock(self) -> None:
        self.filters.low_stock.setChecked(True)

    def select_product(self, product_id: int) -> bool:
        return self.table.select_product(product_id)

    def current_product_id(self) -> int | None:
        return self.table.current_product_id()

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def _search_submitted(self) -> None:
        """Enter in the search field (or a scanned code): go to the first match."""
        self.apply_filter()
        if self.model.rowCount() >= 1:
            self.select_product(self.model.product_id(0))
            self.table.setFocus()

    def _update_actions(self) -> None:
        has_one = self.current_product_id() is not None
        for action in (
            self.edit_action,
            self.duplicate_action,
            self.archive_action,
            self.stock_action,
            self.signed_in.history_action,
        ):
            action.setEnabled(has_one)
        archived = self.filters.archived.isChecked()
        self.archive_action.setText(self.tr("&Restore") if archived else self.tr("&Archive"))

    # Actions ---------------------------------------------------------------------------------

    @contextmanager
    def _shows_user_errors(self) -> Iterator[None]:
        """A mistake or a product removed meanwhile (perhaps on another PC) becomes a message."""
        try:
            yield
        except UserError as exc:
            self.warn(self.tr("Cannot do that"), exc.message)
            self.refresh()

    def warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._tell(QMessageBox.Icon.Warning, title, text)

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.message_box = box
        box.open()

    def _open(self, dialog: QDialog, on_done: object) -> None:
        self.dialog = dialog
        dialog.finished.connect(on_done)
        dialog.open()

    def new_product(self) -> None:
        self._open_editor(None)

    def _open_editor(self, product_id: int | None) -> None:
        from showcase.ui.staff.records.product_editor import ProductEditor

        editor = ProductEditor(self.database, product_id, self)
        self._open(editor, lambda result: self._after_editor(editor, result))

    def _edit_index(self, index: QModelIndex) -> None:
        self.edit_product()

    def edit_product(self) -> None:
        product_id = self.current_product_id()
        if product_id is None:
            return
        with self._shows_user_errors():
            self._open_editor(product_id)

    def _after_editor(self, editor: QDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            saved = getattr(editor, "saved_product_id", None)
            self.refresh(select_id=saved)
        editor.deleteLater()

    def duplicate_product(self) -> None:
        product_id = self.current_product_id()
        if product_id is None:
            return
        from showcase.inventory.products import duplicate_product

        with self._shows_user_errors():
            with self.database.session() as session:
                copy_id = duplicate_product(session, product_id).id
            self.refresh(select_id=copy_id)
            # Open the copy at once: a duplicate is made to be changed (another size, flavour).
            self._open_editor(copy_id)

    def toggle_archived(self) -> None:
        product_id = self.current_product_id()
        if product_id is None:
            return
        from PySide6.QtWidgets import QMessageBox

        from showcase.inventory.products import set_archived

        archive = not self.filters.archived.isChecked()
        row = self.model.row_data(self.table.currentIndex().row())
        if archive:
            answer = QMessageBox.question(
                self,
                self.tr("Archive product"),
                self.tr(
                    "Archive {code} {name}? It leaves the list and the kiosk; its history is kept "
                    "and it can be restored from the archived list."
                ).format(code=row.code, name=row.name_id),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        with self._shows_user_errors(), self.database.session() as session:
            set_archived(session, product_id, archive)
        self.refresh()
        self.statusBar().showMessage(
            (self.tr("{code} archived") if archive else self.tr("{code} restored")).format(
                code=row.code
            ),
            5000,
        )

    def open_stock(self) -> None:
        product_id = self.current_product_id()
        if product_id is None:
            return
        from showcase.ui.staff.records.stock_dialog import StockDialog

        with self._shows_user_errors():
            dialog = StockDialog(self.database, product_id, self)
            self._open(dialog, lambda _result: self._after_data_dialog(dialog))

    def print_labels(self) -> None:
        """Labels for the selected products or, when none is selected, for the whole list."""
        from showcase.ui.staff.documents.labels_dialog import LabelsDialog

        ids, whole_list = self.table.selected_or_listed_ids(self.database)
        if not ids:
            self.warn(
                self.tr("Print labels"),
                self.tr("There are no products in the list to print labels for."),
            )
            return
        with self._shows_user_errors():
            dialog = LabelsDialog(self.database, ids, self, whole_list=whole_list)
            self._open(dialog, lambda _result: dialog.deleteLater())

    def open_catalogue(self) -> None:
        """A printable catalogue; the selected products are offered as one of its choices."""
        from showcase.ui.staff.documents.catalogue_dialog import CatalogueDialog

        has_selection = self.table.selectionModel().hasSelection()
        selected = self.table.selected_or_listed_ids(self.database)[0] if has_selection else []
        with self._shows_user_errors():
            dialog = CatalogueDialog(self.database, selected, self)
            self._open(dialog, lambda _result: dialog.deleteLater())

    def open_producers(self) -> None:
        from showcase.ui.staff.records.producers_dialog import ProducersDialog

        self._show(ProducersDialog(self.database, self), refresh=True)

    def open_categories(self) -> None:
        from showcase.ui.staff.records.categories_dialog import CategoriesDialog

        self._show(CategoriesDialog(self.database, self), refresh=True)

    def open_clear_demo(self) -> None:
        from showcase.ui.staff.data.clear_demo_dialog import ClearDemoDialog

        dialog = ClearDemoDialog(self.database, self)
        self._open(dialog, lambda _result: self._after_clear_demo(dialog))

    def _after_clear_demo(self, dialog: QDialog) -> None:
        summary = getattr(dialog, "summary", lambda: "")()
        self._after_data_dialog(dialog)
        if summary:
            self.statusBar().showMessage(summary, 15000)

    def open_kiosk_settings(self) -> None:
        if not self.user.is_admin:
            return
        from showcase.ui.staff.kiosks.settings_dialog import KioskSettingsDialog

        self._show(KioskSettingsDialog(self.database, self), refresh=True)

    def open_kiosk_stats(self) -> None:
        from showcase.ui.staff.kiosks.stats_dialog import KioskStatsDialog

        self._show(KioskStatsDialog(self.database, self))

    def open_kiosks(self) -> None:
        from showcase.ui.staff.kiosks.kiosks_dialog import KiosksDialog

        self._show(KiosksDialog(self.database, self))

    def open_import(self) -> None:
        from showcase.ui.staff.data.import_dialog import ImportDialog

        dialog = ImportDialog(self.database, self)
        self._show(dialog, refresh=True)
        dialog.choose_file()

    def open_report(self) -> None:
        """The center's report for the province, for a period."""
        from showcase.ui.staff.documents.report_dialog import ReportDialog

        self._show(ReportDialog(self.database, self))

    def open_export(self) -> None:
        from showcase.ui.staff.data.export_dialog import ExportDialog

        self._show(ExportDialog(self.database, self))

    def open_website(self) -> None:
        """The showcase as a website folder (made in the background)."""
        from showcase.ui.staff.documents.website_dialog import WebsiteDialog

        self._show(WebsiteDialog(self.database, self))

    def start_kiosk(self) -> None:
        """The kiosk in a process of its own: a crash of either never takes the other down."""
        from showcase.kiosk_watch import kiosk_command

        program, *args = kiosk_command(self.database.path, windowed=False)
        if self.start_process(program, args):
            self.statusBar().showMessage(self.tr("The kiosk is starting…"), 5000)
        else:
            self.warn(self.tr("Start kiosk"), self.tr("The kiosk could not be started."))

    def _show(self, dialog: QDialog, *, refresh: bool = False) -> None:
        """Open `dialog`; once closed, let it go (re-reading the list if it changed something)."""
        after = self._after_data_dialog if refresh else QDialog.deleteLater
        self._open(dialog, lambda _result: after(dialog))

    def _after_data_dialog(self, dialog: QDialog) -> None:
        if getattr(dialog, "changed", False):
            self.refresh()
        dialog.deleteLater()

    def backup_now(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from showcase.store.opening import backup_showcase
        from showcase.ui.widgets.dialog_parts import as_sentence

        try:
            path = backup_showcase(self.database, reason="manual")
        except UserError as exc:
            self.warn(self.tr("Backup failed"), as_sentence(exc.message))
            return
        self._tell(
            QMessageBox.Icon.Information,
            self.tr("Backup made"),
            self.tr("The showcase was backed up to:\n{path}").format(path=path),
        )

    def open_help(self) -> None:
        """The staff guide, beside the window (not modal); F1 again brings it to the front."""
        from showcase.ui.staff.window.help_dialog import HelpDialog

        if self.help_window is None:
            self.help_window = HelpDialog(self)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()

    def _make_daily_backup(self) -> None:
        """The daily backup; started by StaffApp.show, not here, since tests make many windows."""
        from showcase.ui.staff.data.daily_backup import DailyBackup

        self.daily_backup = DailyBackup.for_window(self, self.database, self.refresh)

    def open_restore(self) -> None:
        from showcase.ui.staff.data.backup_dialog import RestoreDialog

        dialog = RestoreDialog(self.database, self)
        dialog.restored.connect(self.daily_backup.restored)
        dialog.restored.connect(lambda _result: self.refresh())
        self._open(dialog, lambda _result: dialog.deleteLater())

    def about(self) -> None:
        from showcase.ui.staff.window.help_dialog import show_about

        show_about(self, self.database.path)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.first_paint.painted()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.daily_backup.stop()
        self.model.close()
        self.database.close()
        super().closeEvent(event)
