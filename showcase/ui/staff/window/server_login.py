"""Opening a showcase on a server for the staff window: the password asked for when libpq has
none (the URL, PGPASSWORD and the pgpass file give none) or the server refused it, with an offer
to remember it in the user's pgpass file; anything else wrong with the server said in a message
the staff can act on (in their language), and the window not opened.

The asking is done by a `ServerAsker` (passed in, with the Qt one as default), so that tests
answer for the person.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import FileAccessError, ServerError
from showcase.i18n import translate
from showcase.store.db import Database
from showcase.store.location import ServerLocation
from showcase.store.opening import open_showcase
from showcase.store.pgpass import password_known, remember_password
from showcase.store.server_errors import WRONG_PASSWORD


class ServerAsker(Protocol):
    def ask_password(self, location: ServerLocation, problem: str) -> tuple[str, bool] | None:
        """The password typed and whether to remember it, or None when the person cancels.
        `problem` says why it is asked again (empty the first time)."""

    def tell(self, message: str) -> None:
        """Show a problem with the server; the window is not opened."""


class PasswordDialog(QDialog):
    """Asks for the password of a server login; offers to remember it in the pgpass file."""

    def __init__(
        self, location: ServerLocation, problem: str = "", parent: QWidget | None = None
    ) -> None:
        # Loaded here, when a password is asked: not with every start on a server.
        from showcase.ui.widgets.dialog_parts import ERROR_STYLE, text_label

        super().__init__(parent)
        self.setWindowTitle(self.tr("Password for the server"))
        self.setMinimumWidth(460)
        intro = text_label(self, wrap=True)
        intro.setText(
            self.tr(
                "Etalase connects to the showcase {db} on the server {server} as {user}."
            ).format(
                db=location.dbname,
                server=f"{location.host}:{location.port}",
                user=location.user or self.tr("this PC's user"),
            )
        )
        self.problem = text_label(self, wrap=True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember the password on this PC (pgpass file)"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.problem, self.password, self.remember, buttons):
            layout.addWidget(widget)
        self.password.setFocus()


class QtServerAsker:
    """The real asking: the password dialog and a warning box."""

    def ask_password(self, location: ServerLocation, problem: str) -> tuple[str, bool] | None:
        dialog = PasswordDialog(location, problem)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password.text(), dialog.remember.isChecked()

    def tell(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Etalase", message)
        box.exec()


def open_server_showcase(
    location: ServerLocation, asker: ServerAsker | None = None
) -> Database | None:
    """The server's showcase opened, asking for the password as needed; None when the person
    cancels or the server cannot be used (after saying why)."""
    asker = asker if asker is not None else QtServerAsker()
    current, remember = location, False
    if not password_known(location):
        answer = asker.ask_password(location, "")
        if answer is None:
            return None
        current, remember = replace(location, password=answer[0]), answer[1]
    while True:
        try:
            database = open_showcase(current)
        except ServerError as exc:
            if exc.kind != WRONG_PASSWORD:
                asker.tell(exc.message)
                return None
            answer = asker.ask_password(location, exc.message)
            if answer is None:
                return None
            current, remember = replace(location, password=answer[0]), answer[1]
            continue
        break
    if remember and current.password is not None:
        try:
            remember_password(location, current.password)
        except (OSError, FileAccessError) as exc:  # a full disk is a FileAccessError, worded
            why = exc.message if isinstance(exc, FileAccessError) else exc.strerror or exc
            asker.tell(
                translate("ServerLogin", "The password could not be remembered: {why}").format(
                    why=why
                )
            )
    return database
