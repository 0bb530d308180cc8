"""The Help menu's windows: the staff guide (Help → Guide, F1), assets/help/panduan.md shown
as formatted text, and About Etalase.

The guide is Markdown, compiled into the program's resources (`:/help/panduan.md`), so the
frozen program needs no loose files; the same text is in the README (tests check that the two
agree). Each heading gets an anchor named as GitHub names it (`## Mencetak label` →
`#mencetak-label`), so the guide's own table of contents works both here and on GitHub; the
list on the left jumps to the same anchors.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QFile,
    QIODevice,
    QModelIndex,
    QStringListModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListView,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from showcase import __version__
from showcase.paths import resource_dir
from showcase.ui.widgets.dialog_parts import close_row, make_bold

RESOURCE = ":/help/panduan.md"
# The same file in the source tree, for a run whose compiled resources are missing.
SOURCE_FILE = resource_dir() / "assets" / "help" / "panduan.md"
# The guide is read, not skimmed: a size above the interface's, never below 11 pt.
MIN_POINT_SIZE = 11.0
SCALE = 1.15


def guide_markdown() -> str:
    """The guide's Markdown text, from the compiled resources (or the source tree)."""
    resource = QFile(RESOURCE)
    if resource.open(QIODevice.OpenModeFlag.ReadOnly):
        try:
            return bytes(resource.readAll().data()).decode("utf-8")
        finally:
            resource.close()
    return SOURCE_FILE.read_text(encoding="utf-8")


def anchor_name(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    kept = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


class HelpDialog(QDialog):
    """The guide, with its sections listed on the left; not modal, so staff can follow it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide — Etalase"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.resize(980, 660)  # with its title bar, inside 1366×768 above a taskbar

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # links are the guide's own anchors: handled below
        self.browser.anchorClicked.connect(self._follow)
        font = QFont(self.browser.font())
        font.setPointSizeF(max(MIN_POINT_SIZE, font.pointSizeF() * SCALE))
        self.browser.document().setDefaultFont(font)
        self.browser.document().setDocumentMargin(16)
        self.browser.setMarkdown(guide_markdown())
        self.headings = self._anchor_headings()

        self.contents = QStringListModel([title for title, _anchor in self.headings], self)
        self.sections = QListView(self)
        self.sections.setObjectName("contents")
        self.sections.setModel(self.contents)
        self.sections.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.sections.setFont(font)
        self.sections.setWordWrap(True)  # a long title wraps rather than hiding its end
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setSpacing(3)
        self.sections.clicked.connect(self._go_to_section)
        self.sections.activated.connect(self._go_to_section)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(make_bold(QLabel(self.tr("Contents"), left)))
        left_column.addWidget(self.sections, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 700])
        self.close_button, buttons = close_row(self, self.tr("Close"))
        column = QVBoxLayout(self)
        column.addWidget(splitter, 1)
        column.addLayout(buttons)
        self.browser.setFocus()

    def _anchor_headings(self) -> list[tuple[str, str]]:
        """Give each section heading (##) its anchor; return (title, anchor) in order."""
        found: list[tuple[str, str]] = []
        block: QTextBlock = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level >= 1:
                title = block.text()
                anchor = anchor_name(title)
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
                mark = QTextCharFormat()
                mark.setAnchor(True)
                mark.setAnchorNames([anchor])
                cursor.mergeCharFormat(mark)
                if level == 2:
                    found.append((title, anchor))
            block = block.next()
        return found

    def _follow(self, url: QUrl) -> None:
        if url.hasFragment() and not url.path():
            self.show_section(url.fragment())

    def _go_to_section(self, index: QModelIndex) -> None:
        self.show_section(self.headings[index.row()][1])

    def show_section(self, anchor: str) -> None:
        """Scroll the guide so the section `anchor` starts at the top."""
        self.browser.scrollToAnchor(anchor)
        rows = [name for _title, name in self.headings]
        if anchor in rows:
            self.sections.setCurrentIndex(self.contents.index(rows.index(anchor)))

    def headings_shown(self) -> list[str]:
        """The section titles as the guide shows them (what a reader sees)."""
        return [title for title, _anchor in self.headings]


def show_about(parent: QWidget, database_path: Path) -> None:
    """Help → About Etalase: the version, the center, and the database file in use."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Etalase"),
        QCoreApplication.translate(
            "MainWindow",
            "Etalase {version}\nThe showcase program of the UMKM Center, Bakauheni Harbour City, "
            "Lampung.\n\nDatabase: {path}",
        ).format(version=__version__, path=database_path),
    )
