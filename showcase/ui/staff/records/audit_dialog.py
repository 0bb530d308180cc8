"""The change history (audit log): who changed what and when, with the old and new values.

Two uses: the whole log (File → Change history, for administrators) with filters on the person,
the kind of record, a date range and words; and one product's history (its changes, stock
movements and photos) from the product list or the product editor.

Read-only by design: there is no button that edits or removes an entry, and the database
refuses it anyway. Entries are read a page at a time as the list scrolls (`fetchMore`), newest
first, filtered in SQL, so a log of 100,000 entries opens at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from showcase.inventory.formats import short_date_time
from showcase.inventory.history.log import (
    ENTITIES,
    PAGE,
    AuditRow,
    action_label,
    actor_label,
    audit_actors,
    audit_entries,
    changes_text,
    entity_label,
    field_label,
    record_text,
    value_text,
)
from showcase.store.db import Database
from showcase.ui.language import current_language
from showcase.ui.widgets.dialog_parts import close_row, list_table, make_bold, text_label
from showcase.ui.widgets.row_table_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)  # the date fields' lowest value, shown as "any"


class AuditTableModel(RowTableModel[AuditRow]):
    """Entries matching the filter, read `PAGE` at a time as the view asks for more."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._filter: dict[str, Any] = {}
        self._more = True
        self._headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Change"),
            self.tr("Record"),
            self.tr("Details"),
        ]

    def set_filter(self, **where: Any) -> None:
        self.beginResetModel()
        self._filter = where
        self._rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_filter(**self._filter)

    def entry(self, row: int) -> AuditRow:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        with self._database.read() as connection:
            page = audit_entries(connection, limit=PAGE, offset=len(self._rows), **self._filter)
        self._more = len(page) == PAGE
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return short_date_time(row.local_time, current_language(), seconds=True)
        if column == 1:
            return actor_label(row.actor, row.action)
        if column == 2:
            return entity_label(row.entity)
        if column == 3:
            return action_label(row.action)
        if column == 4:
            return record_text(row)
        return changes_text(row, limit=3 if role == Qt.ItemDataRole.DisplayRole else 12)


class ChangesModel(RowTableModel[tuple[str, str, str]]):
    """One entry's changed fields: field, before, after."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Field"), self.tr("Before"), self.tr("After")]

    def show_entry(self, entry: AuditRow | None) -> None:
        rows: list[tuple[str, str, str]] = []
        if entry is not None:
            for field, pair in entry.changes.items():
                old, new = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
                rows.append(
                    (
                        field_label(field),
                        value_text(old, field, entry.entity),
                        value_text(new, field, entry.entity),
                    )
                )
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self._rows[index.row()][index.column()]


class AuditDialog(QDialog):
    """The log with its filters, or (with `product_id`) the history of one product."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        product_id: int | None = None,
        product_label: str = "",
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.product_id = product_id
        if product_id is None:
            title = self.tr("Change history")
        else:
            title = self.tr("Change history — {product}").format(product=product_label)
        self.setWindowTitle(title)
        self.resize(1100, 680)
        column = QVBoxLayout(self)
        heading = make_bold(text_label(self, shrink=True), 1.3)
        heading.setText(title)
        column.addWidget(heading)
        column.addLayout(self._make_filters())

        self.model = AuditTableModel(database, self)
        self.table = list_table(self, self.model, row_height=28, single_selection=True)
        self.table.setObjectName("entries")
        for section, width in enumerate((150, 150, 110, 110, 260)):
            self.table.setColumnWidth(section, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.changes = ChangesModel(self)
        details = QWidget(self)
        details_column = QVBoxLayout(details)
        details_column.setContentsMargins(0, 0, 0, 0)
        self.details_title = text_label(details, shrink=True)
        self.details_title.setObjectName("detailsTitle")
        details_column.addWidget(self.details_title)
        self.details = list_table(details, self.changes, row_height=26, single_selection=True)
        self.details.setObjectName("details")
        self.details.setColumnWidth(0, 220)
        self.details.setColumnWidth(1, 360)
        self.details.horizontalHeader().setStretchLastSection(True)
        details_column.addWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        column.addWidget(splitter, 1)
        self.count_label = text_label(self)
        self.count_label.setObjectName("count")
        _close, row = close_row(self, self.tr("Close"))
        row.insertWidget(0, self.count_label)
        column.addLayout(row)

        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.model.rowsInserted.connect(self._show_count)
        self.apply_filter()

    def _make_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.actor = QComboBox(self)
        self.actor.setObjectName("actor")
        self.actor.addItem(self.tr("Everyone"), None)
        with self.database.read() as connection:
            for actor in audit_actors(connection):
                self.actor.addItem(actor_label(actor), actor)
        self.entity = QComboBox(self)
        self.entity.setObjectName("entity")
        self.entity.addItem(self.tr("All kinds"), None)
        kinds = ENTITIES if self.product_id is None else ("product", "stock", "photo")
        for entity in kinds:
            self.entity.addItem(entity_label(entity), entity)
        self.since = self._date_field()
        self.until = self._date_field()
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search names, codes, values…"))
        for label, widget in (
            (self.tr("Who"), self.actor),
            (self.tr("What"), self.entity),
            (self.tr("From"), self.since),
            (self.tr("To"), self.until),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        row.addWidget(self.search, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)  # one query once typing pauses
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.actor, self.entity):
            combo.currentIndexChanged.connect(self.apply_filter)
        for field in (self.since, self.until):
            field.dateChanged.connect(self.apply_filter)
        return row

    def _date_field(self) -> QDateEdit:
        field = QDateEdit(self)
        field.setCalendarPopup(True)
        field.setDisplayFormat("dd/MM/yyyy")
        field.setMinimumDate(NO_DATE)
        field.setSpecialValueText(self.tr("any"))  # shown while the date is the lowest one
        field.setDate(NO_DATE)
        return field

    @staticmethod
    def _day(field: QDateEdit) -> Any:
        date = field.date()
        return None if date == NO_DATE else date.toPython()

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(
            actor=self.actor.currentData(),
            entity=self.entity.currentData(),
            product_id=self.product_id,
            since=self._day(self.since),
            until=self._day(self.until),
            text=self.search.text().strip() or None,
        )
        self._after_reload()

    def _after_reload(self) -> None:
        self._show_count()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show_details()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.canFetchMore():
            text = self.tr("The newest {n} entries; scroll down for older ones").format(n=shown)
        else:
            text = self.tr("Entries: {n}").format(n=shown)
        self.count_label.setText(text)

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        entry = self.model.entry(index.row()) if index.isValid() else None
        self.changes.show_entry(entry)
        if entry is None:
            self.details_title.setText(self.tr("No entries match."))
            return
        when = short_date_time(entry.local_time, current_language(), seconds=True)
        who, what, action = (
            actor_label(entry.actor, entry.action),
            entity_label(entry.entity),
            action_label(entry.action),
        )
        self.details_title.setText(f"{when} — {who} — {what} {action}: {record_text(entry)}")
