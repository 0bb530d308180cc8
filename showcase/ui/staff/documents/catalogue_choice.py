"""What goes in a catalogue: the filters (featured, in stock, categories, kabupaten/kota,
producers) or the products selected in the staff's list.

`CatalogueChoice.selection()` gives the `CatalogueSelection` that
`showcase.printing.catalogue.document.select_products` reads; `changed` is emitted on every change so
that the dialog can count the products again. A list with nothing ticked does not filter.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showcase.inventory.listing import category_choices, producer_choices
from showcase.inventory.regions import KABUPATEN
from showcase.printing.catalogue.document import CatalogueSelection
from showcase.store.db import Database
from showcase.ui.language import current_language
from showcase.ui.widgets.dialog_parts import text_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckList(QListView):
    """A list of items with tick boxes, each carrying a key; `changed` when ticks change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.items.itemChanged.connect(self._item_changed)
        self.activated.connect(self._toggle)  # Enter or a double click ticks as Space does

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        """Show `items` as (key, text), none ticked."""
        self.items.clear()
        for key, text in items:
            item = QStandardItem(text)
            item.setData(key, KEY_ROLE)
            item.setToolTip(text)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.items.appendRow(item)

    def keys(self) -> list[str]:
        """Every item's key, in list order."""
        return [str(self.items.item(row).data(KEY_ROLE)) for row in range(self.items.rowCount())]

    def checked(self) -> list[str]:
        """The keys of the ticked items, in list order."""
        return [
            str(self.items.item(row).data(KEY_ROLE))
            for row in range(self.items.rowCount())
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, keys: Sequence[str], checked: bool = True) -> None:
        """Tick (or untick) the items with these keys, then say `changed` once."""
        wanted = set(keys)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self._quiet = True
        try:
            for row in range(self.items.rowCount()):
                item = self.items.item(row)
                if item.data(KEY_ROLE) in wanted:
                    item.setCheckState(state)
        finally:
            self._quiet = False
        self.changed.emit()

    def _toggle(self, index: QModelIndex) -> None:
        item = self.items.itemFromIndex(index)
        if item is not None:
            ticked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def _item_changed(self, _item: QStandardItem) -> None:
        if not self._quiet:
            self.changed.emit()

    def sizeHint(self) -> QSize:
        return QSize(260, 220)


class CatalogueChoice(QGroupBox):
    """Which products a catalogue holds: by filters, or the `selected_ids` of the staff's list
    (offered only when there are some, and chosen first when more than one is selected)."""

    changed = Signal()

    def __init__(
        self, database: Database, selected_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.selected_ids = list(dict.fromkeys(selected_ids))
        self.setTitle(self.tr("What goes in"))
        column = QVBoxLayout(self)

        self.all_radio = QRadioButton(self.tr("All products shown on the kiosk"), self)
        self.selected_radio = QRadioButton(self)
        if self.selected_ids:
            self.selected_radio.setText(
                self.tr("The %n product(s) selected in the list", "", len(self.selected_ids))
            )
        else:
            self.selected_radio.setText(self.tr("The products selected in the list (none)"))
            self.selected_radio.setEnabled(False)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.all_radio)
        self._mode.addButton(self.selected_radio)

        self.filters = QWidget(self)
        inner = QVBoxLayout(self.filters)
        inner.setContentsMargins(22, 0, 0, 0)  # under the radio button's text
        self.featured_check = QCheckBox(self.tr("Featured (unggulan) only"), self.filters)
        self.in_stock_check = QCheckBox(self.tr("In stock only"), self.filters)
        inner.addWidget(self.featured_check)
        inner.addWidget(self.in_stock_check)

        self.categories = CheckList(self.filters)
        self.kabupaten = CheckList(self.filters)
        self.producers = CheckList(self.filters)
        with database.read() as connection:
            # Named in the staff's language, chosen by id: a name is not the same in both.
            self.categories.set_items(
                [
                    (str(ident), name)
                    for ident, name in category_choices(connection, current_language())
                ]
            )
            self.producers.set_items(
                [(str(ident), name) for ident, name in producer_choices(connection)]
            )
        self.kabupaten.set_items([(name, name) for name in KABUPATEN])
        self.tabs = QTabWidget(self.filters)
        self._tab_titles = (self.tr("Categories"), self.tr("Kabupaten/kota"), self.tr("Producers"))
        for check_list, title in zip(
            (self.categories, self.kabupaten, self.producers), self._tab_titles, strict=True
        ):
            self.tabs.addTab(check_list, title)
            check_list.changed.connect(self._lists_changed)
        inner.addWidget(self.tabs, 1)
        hint_row = QHBoxLayout()
        hint = text_label(self.filters, wrap=True, shrink=True)
        hint.setText(self.tr("Tick to keep only those; nothing ticked keeps all."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.untick_button = QPushButton(self.tr("Untick all"), self.filters)
        self.untick_button.clicked.connect(self.untick_all)
        hint_row.addWidget(hint, 1)
        hint_row.addWidget(self.untick_button)
        inner.addLayout(hint_row)

        column.addWidget(self.all_radio)
        column.addWidget(self.filters, 1)
        column.addWidget(self.selected_radio)

        (self.selected_radio if len(self.selected_ids) > 1 else self.all_radio).setChecked(True)
        self._mode_changed()
        self.all_radio.toggled.connect(self._mode_changed)
        self.featured_check.toggled.connect(self.changed)
        self.in_stock_check.toggled.connect(self.changed)

    def uses_selection(self) -> bool:
        return self.selected_radio.isChecked()

    def selection(self) -> CatalogueSelection:
        """What was chosen, for `select_products`."""
        if self.uses_selection():
            return CatalogueSelection(product_ids=self.selected_ids)
        return CatalogueSelection(
            category_ids=[int(key) for key in self.categories.checked()],
            kabupaten=self.kabupaten.checked(),
            producer_ids=[int(key) for key in self.producers.checked()],
            featured_only=self.featured_check.isChecked(),
            in_stock_only=self.in_stock_check.isChecked(),
        )

    def untick_all(self) -> None:
        """Untick every item of every list (all categories, kabupaten and producers again)."""
        for check_list in (self.categories, self.kabupaten, self.producers):
            if check_list.checked():
                check_list.set_checked(check_list.keys(), False)

    def _mode_changed(self) -> None:
        self.filters.setEnabled(not self.uses_selection())
        self.changed.emit()

    def _lists_changed(self) -> None:
        # A tab says how many of its items are ticked, so a filter is never hidden in a tab.
        for index, check_list in enumerate((self.categories, self.kabupaten, self.producers)):
            ticked = len(check_list.checked())
            title = self._tab_titles[index]
            self.tabs.setTabText(index, f"{title} ({ticked})" if ticked else title)
        self.changed.emit()
