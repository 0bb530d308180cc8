"""The search field and filters above the staff's product table; it produces a ProductFilter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from showcase.inventory.listing import ProductFilter, category_choices, producer_choices
from showcase.inventory.regions import KABUPATEN
from showcase.store.db import Database
from showcase.ui.language import current_language

_Index = QModelIndex | QPersistentModelIndex
_LABEL = (Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.EditRole.value)
_VALUE = Qt.ItemDataRole.UserRole.value  # what QComboBox's currentData() and findData() read


class Choices(QAbstractListModel):
    """A filter list's items, (value, label) each, set in one step instead of a combo box call
    an item: the producers of a center (hundreds, thousands after an import) are filled at
    start and after every change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[object, str]] = []

    def set_items(self, items: Sequence[tuple[object, str]]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        value, label = self._items[index.row()]
        role = int(role)
        if role in _LABEL:
            return label
        return value if role == _VALUE else None


class FilterBar(QWidget):
    """Search-as-you-type plus category, kabupaten, producer, featured, kiosk and stock filters."""

    changed = Signal()
    # Enter pressed in the search field (a USB scanner ends a scanned code with Enter).
    submitted = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search code, name, description or producer…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.changed)
        self.search.returnPressed.connect(self.submitted)

        self.category = QComboBox(self)
        self.kabupaten = QComboBox(self)
        self.producer = QComboBox(self)
        self._choices = {
            combo: Choices(combo) for combo in (self.category, self.kabupaten, self.producer)
        }
        for combo, choices in self._choices.items():
            combo.setModel(choices)
        self.producer.setMinimumContentsLength(18)
        self.producer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.featured = QComboBox(self)
        self.featured.addItem(self.tr("Featured: all"), None)
        self.featured.addItem(self.tr("Featured only"), True)
        self.featured.addItem(self.tr("Not featured"), False)
        self.kiosk = QComboBox(self)
        self.kiosk.addItem(self.tr("Kiosk: all"), None)
        self.kiosk.addItem(self.tr("Shown on kiosk"), True)
        self.kiosk.addItem(self.tr("Hidden from kiosk"), False)
        self.low_stock = QCheckBox(self.tr("Low stock"), self)
        self.archived = QCheckBox(self.tr("Archived"), self)
        self.archived.setToolTip(self.tr("Show archived products instead of the active ones"))
        for combo in (self.category, self.kabupaten, self.producer, self.featured, self.kiosk):
            combo.currentIndexChanged.connect(self.changed)
        for box in (self.low_stock, self.archived):
            box.toggled.connect(self.changed)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.low_stock)
        top.addWidget(self.archived)
        bottom = QHBoxLayout()
        for combo in (self.category, self.kabupaten, self.producer, self.featured, self.kiosk):
            bottom.addWidget(combo, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(bottom)
        self.reload_choices()

    def reload_choices(self) -> None:
        """Fill the category and producer lists anew (after they were edited), keeping the choice."""
        with self._database.read() as connection:
            categories = category_choices(connection, current_language())
            producers = producer_choices(connection)
        self._refill(self.category, self.tr("All categories"), categories)
        self._refill(self.producer, self.tr("All producers"), producers)
        if self.kabupaten.count() == 0:
            self._refill(self.kabupaten, self.tr("All kabupaten/kota"), [(k, k) for k in KABUPATEN])

    def _refill(
        self, combo: QComboBox, everything: str, items: Sequence[tuple[object, str]]
    ) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        self._choices[combo].set_items([(None, everything), *items])
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if current is not None and index < 0:
            self.changed.emit()

    def product_filter(self) -> ProductFilter:
        return ProductFilter(
            text=self.search.text(),
            category_id=self.category.currentData(),
            kabupaten=self.kabupaten.currentData(),
            producer_id=self.producer.currentData(),
            featured=self.featured.currentData(),
            on_kiosk=self.kiosk.currentData(),
            low_stock=self.low_stock.isChecked(),
            archived=self.archived.isChecked(),
        )
