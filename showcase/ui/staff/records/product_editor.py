"""The dialog in which staff add a product or edit one: its fields, certificates, descriptions, photos.

Saving is one transaction: the product (with its opening stock, for a new one) and its photos are
written together, or, when any field is wrong, nothing is written and each message shows under
its field. Stock of an existing product is only shown here: it changes through stock movements.
"""

from __future__ import annotations

import html
import re
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import UserError, ValidationError
from showcase.inventory.conflicts import current_input, differences
from showcase.inventory.edit_versions import EditConflict
from showcase.inventory.formats import number
from showcase.inventory.listing import category_choices
from showcase.inventory.photos import list_photos, set_photos
from showcase.inventory.producers import list_producers
from showcase.inventory.products import (
    ProductInput,
    create_product,
    get_product,
    next_code,
    update_product,
)
from showcase.store.db import Database
from showcase.ui.language import current_language
from showcase.ui.widgets.conflict_panel import ConflictPanel
from showcase.ui.widgets.form import ValidatedForm
from showcase.ui.widgets.photo_strip import PhotoStrip
from showcase.ui.widgets.price_field import PriceField

UNITS = ("pcs", "pack 100 g", "pack 250 g", "pack 500 g", "botol 500 ml", "kg", "lembar", "set")
CERTIFICATES = ("Halal", "P-IRT", "BPOM MD", "BPOM ML", "SNI", "HKI")
W = TypeVar("W", bound=QWidget)

# Long producer or category names are elided in the combo instead of widening the dialog.
COMBO_MIN_CHARS = 24


def _row(form: ValidatedForm, field: str, label: str, widget: W) -> W:
    """Add `widget` to `form` under `field` and give it back with its own type."""
    form.add_row(field, label, widget)
    return widget


def _grouped(amount: int) -> str:
    """`25.000` for 25000 (`25,000` in English): how staff write an amount, easy to edit."""
    return number(amount, current_language())


def _split_list(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


class ProductEditor(QDialog):
    """Add a product (`product_id=None`) or edit one. After a save, `saved_product_id` holds its id.

    Raises NotFoundError when `product_id` names a product that no longer exists.
    """

    def __init__(
        self, database: Database, product_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._product_id = product_id
        self.saved_product_id: int | None = None
        self._auto_code = ""
        self._code_follows_category = product_id is None
        # The product's edit version as read: a save over a product someone else changed since
        # is refused, and the conflict panel shows their values beside this edit.
        self._version: int | None = None

        with database.session() as s:
            categories = category_choices(s, current_language())
            producers = [(p.id, f"{p.name} — {p.kabupaten}") for p in list_producers(s)]
            stock = 0
            photos: list[tuple[int, bytes]] = []
            if product_id is None:
                data = ProductInput(code=next_code(s, None), name_id="", price="")
                self._auto_code = data.code
            else:
                product = get_product(s, product_id)
                data = ProductInput.from_product(product)
                self._version = product.version
                stock = product.stock
                photos = [(photo.id, photo.thumbnail) for photo in list_photos(s, product_id)]

        self._build(categories, producers)
        self._fill(data, stock)
        self.photo_strip.load(photos)
        self._connect()
        self._initial = self._snapshot()
        if product_id is None:
            self.setWindowTitle(self.tr("New product"))
        else:
            self.setWindowTitle(self.tr("Edit product — {code}").format(code=data.code))
        self.name_id_edit.setFocus()

    # -- building ---------------------------------------------------------------------------

    def _build(self, categories: list[tuple[int, str]], producers: list[tuple[int, str]]) -> None:
        self.form = ValidatedForm(self)
        form = self.form

        self.code_edit = _row(form, "code", self.tr("Code"), QLineEdit())
        self.code_edit.setMaxLength(40)
        self.code_edit.setToolTip(
            self.tr("Filled in from the category; type your own code to keep it")
        )
        self.name_id_edit = _row(form, "name_id", self.tr("Name (Indonesian)"), QLineEdit())
        self.name_id_edit.setPlaceholderText(self.tr("Required, for example Kopi Robusta Lampung"))
        self.name_en_edit = _row(form, "name_en", self.tr("Name (English)"), QLineEdit())
        self.name_en_edit.setPlaceholderText(self.tr("For foreign visitors and buyers"))

        self.category_combo = _row(form, "category_id", self.tr("Category"), QComboBox())
        self.category_combo.addItem("—", None)
        for category_id, name in categories:
            self.category_combo.addItem(name, category_id)
        self.producer_combo = _row(form, "producer_id", self.tr("Producer"), QComboBox())
        self.producer_combo.addItem("—", None)
        for producer_id, label in producers:
            self.producer_combo.addItem(label, producer_id)
            self.producer_combo.setItemData(
                self.producer_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole
            )

        price_row = PriceField(self)
        self.price_edit = price_row.edit
        self.price_hint = price_row.hint
        self.price_edit.setPlaceholderText(self.tr("for example 25000 or Rp 25.000"))
        form.add_row("price", self.tr("Price"), price_row)

        self.unit_combo = _row(form, "unit", self.tr("Unit"), QComboBox())
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_combo.addItems(list(UNITS))
        for combo in (self.category_combo, self.producer_combo, self.unit_combo):
            # Long names are elided in the combo rather than widening the whole dialog.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_MIN_CHARS)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.stock_edit: QLineEdit | None = None
        self.stock_label: QLabel | None = None
        if self._product_id is None:
            self.stock_edit = _row(form, "stock", self.tr("Opening stock"), QLineEdit())
            self.stock_edit.setPlaceholderText("0")
            self.stock_edit.setToolTip(self.tr("Recorded as the first stock received"))
        else:
            self.stock_label = _row(form, "stock", self.tr("Stock"), QLabel())
            self.stock_label.setTextFormat(Qt.TextFormat.RichText)
            self.stock_label.setToolTip(
                self.tr(
                    "Stock changes only by recording a stock movement "
                    "(received, sold, returned, damaged or counted), so that its history "
                    "stays complete."
                )
            )
        self.min_stock_edit = _row(form, "min_stock", self.tr("Minimum stock"), QLineEdit())
        self.min_stock_edit.setToolTip(
            self.tr("The product is flagged when stock falls below this")
        )

        flags = QWidget(self)
        flags_row = QHBoxLayout(flags)
        flags_row.setContentsMargins(0, 0, 0, 0)
        self.featured_check = QCheckBox(self.tr("Featured (produk unggulan)"), flags)
        self.on_kiosk_check = QCheckBox(self.tr("Shown on the kiosk"), flags)
        flags_row.addWidget(self.featured_check)
        flags_row.addWidget(self.on_kiosk_check)
        flags_row.addStretch(1)
        form.layout_.addRow(self.tr("Showcase"), flags)

        self.certificates_list = _row(form, "certificates", self.tr("Certificates"), QListWidget())
        self.certificates_list.setFlow(QListView.Flow.LeftToRight)
        self.certificates_list.setWrapping(True)
        self.certificates_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.certificates_list.setSpacing(2)
        self.certificates_list.setFixedHeight(3 * self.fontMetrics().height() + 24)
        self.export_edit = _row(form, "export_markets", self.tr("Export markets"), QLineEdit())
        self.export_edit.setPlaceholderText(self.tr("Countries, separated by commas"))

        # Long texts read better with their label above them.
        self.details = ValidatedForm(self)
        details = self.details
        details.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        details.layout_.setContentsMargins(0, 0, 0, 0)
        self.description_id_edit = _row(
            details, "description_id", self.tr("Description (Indonesian)"), QPlainTextEdit()
        )
        self.description_en_edit = _row(
            details, "description_en", self.tr("Description (English)"), QPlainTextEdit()
        )
        for edit in (self.description_id_edit, self.description_en_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(6 * self.fontMetrics().lineSpacing() + 12)

        photos_box = QGroupBox(self.tr("Photos"), self)
        self.photo_strip = PhotoStrip(photos_box)
        QVBoxLayout(photos_box).addWidget(self.photo_strip)

        left = QVBoxLayout()
        left.addWidget(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(details)
        right.addWidget(photos_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.history_button: QPushButton | None = None
        if self._product_id is not None:
            # Who changed this product, its stock and photos, and when (read-only).
            self.history_button = QPushButton(self.tr("Change history…"))
            self.history_button.setAutoDefault(False)
            self.buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.HelpRole)
            self.history_button.clicked.connect(self.show_history)
        # Enter anywhere in a line edit means Save: it validates first and keeps the dialog
        # open with the messages under their fields, so nothing is closed unchecked.
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))

        self.conflict_panel = ConflictPanel(self)
        self.conflict_panel.keep_mine.connect(self._keep_mine)
        self.conflict_panel.take_theirs.connect(self._take_theirs)

        outer = QVBoxLayout(self)
        outer.addWidget(self.conflict_panel)
        outer.addLayout(columns, 1)
        outer.addWidget(self.general_error)
        outer.addWidget(self.buttons)

    def show_history(self) -> None:
        """The change history of this product, over the editor."""
        if self._product_id is None:
            return
        from showcase.ui.staff.records.audit_dialog import AuditDialog

        self.history_dialog = AuditDialog(
            self._database,
            self,
            product_id=self._product_id,
            product_label=f"{self.code_edit.text()} {self.name_id_edit.text()}",
        )
        self.history_dialog.finished.connect(self.history_dialog.deleteLater)
        self.history_dialog.open()

    def _fill(self, data: ProductInput, stock: int) -> None:
        self.code_edit.setText(data.code)
        self.name_id_edit.setText(data.name_id)
        self.name_en_edit.setText(data.name_en)
        self._select_data(self.category_combo, data.category_id)
        self._select_data(self.producer_combo, data.producer_id)
        self.price_edit.setText(_grouped(data.price) if isinstance(data.price, int) else data.price)
        self.unit_combo.setEditText(data.unit)
        if self.stock_edit is not None:
            self.stock_edit.setText("0")
        if self.stock_label is not None:
            note = self.tr("changed through stock movements")
            self.stock_label.setText(
                f"<b>{html.escape(f'{number(stock, current_language())} {data.unit}')}</b> "
                f"<span style='color: gray'>— {html.escape(note)}</span>"
            )
        self.min_stock_edit.setText(str(data.min_stock))
        self.featured_check.setChecked(data.featured)
        self.on_kiosk_check.setChecked(data.on_kiosk)
        known = {c.casefold() for c in CERTIFICATES}
        extra = [c for c in data.certificates if c.casefold() not in known]
        chosen = {c.casefold() for c in data.certificates}
        for name in (*CERTIFICATES, *extra):
            item = QListWidgetItem(name, self.certificates_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = name.casefold() in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.export_edit.setText(", ".join(data.export_markets))
        self.description_id_edit.setPlainText(data.description_id)
        self.description_en_edit.setPlainText(data.description_en)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save)
        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.code_edit.textEdited.connect(self._code_edited)

    @staticmethod
    def _select_data(combo: QComboBox, value: int | None) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    # -- live behaviour ---------------------------------------------------------------------

    def _code_edited(self, text: str) -> None:
        # Once staff type their own code, a change of category no longer replaces it;
        # clearing the field hands it back to the automatic code.
        self._code_follows_category = not text.strip() or text.strip() == self._auto_code

    def _category_changed(self) -> None:
        if not self._code_follows_category:
            return
        with self._database.session() as s:
            self._auto_code = next_code(s, self.category_combo.currentData())
        self.code_edit.setText(self._auto_code)

    # -- reading the form -------------------------------------------------------------------

    def certificates(self) -> list[str]:
        items = (self.certificates_list.item(i) for i in range(self.certificates_list.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def product_input(self) -> ProductInput:
        """The form as typed, for the domain to validate."""
        return ProductInput(
            code=self.code_edit.text(),
            name_id=self.name_id_edit.text(),
            name_en=self.name_en_edit.text(),
            description_id=self.description_id_edit.toPlainText(),
            description_en=self.description_en_edit.toPlainText(),
            category_id=self.category_combo.currentData(),
            producer_id=self.producer_combo.currentData(),
            price=self.price_edit.text(),
            unit=self.unit_combo.currentText(),
            min_stock=self.min_stock_edit.text(),
            featured=self.featured_check.isChecked(),
            on_kiosk=self.on_kiosk_check.isChecked(),
            certificates=self.certificates(),
            export_markets=_split_list(self.export_edit.text()),
        )

    def _snapshot(self) -> tuple[object, ...]:
        return (
            self.product_input(),
            self.stock_edit.text() if self.stock_edit is not None else None,
            self.photo_strip.items(),
        )

    def is_modified(self) -> bool:
        return self._snapshot() != self._initial

    # -- saving and closing -----------------------------------------------------------------

    def save(self) -> bool:
        """Validate and save everything in one transaction; on errors show them and keep open."""
        data = self.product_input()
        initial_stock = self.stock_edit.text() if self.stock_edit is not None else "0"
        try:
            # Any exception leaves the with-block, so the whole transaction is rolled back.
            with self._database.session() as s:
                if self._product_id is None:
                    product = create_product(
                        s,
                        data,
                        initial_stock=initial_stock or "0",
                        automatic_code=self._code_is_automatic(data.code),
                    )
                else:
                    product = update_product(s, self._product_id, data, version=self._version)
                set_photos(s, product.id, self.photo_strip.items())
                saved_id = product.id
        except EditConflict as conflict:
            self._show_conflict(conflict, data)
            return False
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except UserError as exc:
            self._show_errors({"": exc.message})
            return False
        self.saved_product_id = saved_id
        self.accept()
        return True

    def _code_is_automatic(self, code: str) -> bool:
        """Whether the code in the form is the one Etalase proposed (or none): then the save
        takes the category's next free code as it stores the product, so that two desks adding
        products at once never get the same one."""
        return self._code_follows_category and code.strip() in ("", self._auto_code)

    def _show_conflict(self, conflict: EditConflict, mine: ProductInput) -> None:
        """Someone else saved this product meanwhile: say who, show their values beside this
        edit, keep the edit in the form."""

        def describe(field: str, value: object) -> str | None:
            combo = {"category_id": self.category_combo, "producer_id": self.producer_combo}.get(
                field
            )
            if combo is None:
                return None
            index = combo.findData(value)
            return combo.itemText(index) if index >= 0 else "—"

        self.conflict_panel.show_conflict(conflict, differences(conflict, mine, describe))
        self._show_errors({"": conflict.message})

    def _keep_mine(self) -> None:
        """Save this edit over the version now seen."""
        conflict = self.conflict_panel.conflict
        if conflict is not None:
            self._version = conflict.version
            self.save()

    def _take_theirs(self) -> None:
        """Fill the form with the product as it is now saved; photos stay as they are here."""
        conflict = self.conflict_panel.conflict
        if conflict is None:
            return
        self._version = conflict.version
        self.certificates_list.clear()
        self._fill(current_input(conflict, ProductInput), int(conflict.current.get("stock", 0)))
        self._show_errors({})

    def _show_errors(self, errors: dict[str, str]) -> None:
        unplaced = self.details.show_errors(errors)
        unplaced = self.form.show_errors({field: errors[field] for field in unplaced})
        general = [errors[field] for field in unplaced]
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))

    def error_text(self, field: str) -> str:
        """The message shown under `field`, or "" (what the user reads; for tests too)."""
        if field in ("description_id", "description_en"):
            return self.details.error_text(field)
        return self.form.error_text(field)

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask first if anything was changed."""
        if self.is_modified() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """Ask whether to throw away the changes (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard changes?"))
        box.setText(self.tr("This product has changes that are not saved. Discard them?"))
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard
