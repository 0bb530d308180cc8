"""The staff program while it runs: StaffApp owns the staff window, and puts a new one in its
place when staff choose another language.

Switching re-creates the window with the same database and signed-in user (a retranslation of
every label, menu, tooltip and model by hand would miss some); what staff were looking at is
carried over (view_state.py), and so are the guide beside the window and the daily backup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from showcase.inventory.formats import Language, language_of
from showcase.inventory.staff.accounts import Account
from showcase.store.db import Database
from showcase.ui.language import LanguageSwitch
from showcase.ui.qt_setup import install_error_handler
from showcase.ui.staff.window.language_menu import save_language
from showcase.ui.staff.window.main_window import MainWindow

if TYPE_CHECKING:
    # Loaded when needed (a server showcase, a language switch), not with the first screen.
    from showcase.ui.staff.window.server_watch import ServerWatch


class StaffApp:
    """The staff window of `database` for `user`, and the one place that replaces it."""

    def __init__(self, app: QApplication, database: Database, user: Account) -> None:
        self.app = app
        self.database = database
        self.window = self._make_window(user)
        # On a server: the window says when the connection is lost and when it is back.
        self.server_watch: ServerWatch | None = None
        if database.server is not None:
            from showcase.ui.staff.window.server_watch import ServerWatch

            self.server_watch = ServerWatch(database)
            self.server_watch.lost.connect(self._connection_lost)
            self.server_watch.back.connect(self._connection_back)

    def _make_window(self, user: Account) -> MainWindow:
        window = MainWindow(self.database, user=user)
        window.language_chosen.connect(self._language_chosen)
        install_error_handler(window)
        return window

    def show(self) -> None:
        """Show the window and start the daily backup (today's soon, then hourly checks)."""
        self.window.show()
        self.window.daily_backup.start()
        if self.server_watch is not None:
            self.server_watch.start()

    def _connection_lost(self, problem: str) -> None:
        text = QCoreApplication.translate(
            "ServerWatch",
            "The connection to the server is lost ({problem}). Reconnecting… "
            "Edits not yet saved stay open: save them again once it is back.",
        ).format(problem=problem)
        self.window.statusBar().showMessage(text)

    def _connection_back(self) -> None:
        text = QCoreApplication.translate("ServerWatch", "Connected to the server again.")
        self.window.statusBar().showMessage(text, 15000)

    def _language_chosen(self, language: str) -> None:
        """Switch once the menu has closed: the menu that sent the signal belongs to the window
        that is about to be replaced."""
        chosen = language_of(language)
        QTimer.singleShot(0, lambda: self.switch_language(chosen))

    def switch_language(self, language: Language) -> MainWindow:
        """Keep `language` for this PC, install it, and put a new staff window in the old one's
        place with the same database, user and view; returns the new window (the old one is
        deleted without being closed, so the database stays open)."""
        from showcase.ui.staff.window.view_state import show_view, view_of

        save_language(language)
        old = self.window
        view = view_of(old)
        LanguageSwitch(self.app).use(language)
        new = self._make_window(old.user)  # the same person stays signed in
        show_view(new, view)
        if old.daily_backup.timer.isActive():  # a backup the old one started finishes first
            old.daily_backup.stop()
            new.daily_backup.start()
        reopen_guide = old.help_window is not None and old.help_window.isVisible()
        if view.maximized:
            new.showMaximized()
        else:
            new.show()
        self.window = new
        old.hide()
        old.deleteLater()
        new.activateWindow()
        if reopen_guide:  # the guide beside the window (not modal) goes with it
            new.open_help()
        return new
