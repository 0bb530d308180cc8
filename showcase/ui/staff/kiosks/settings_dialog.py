"""Kiosk settings, in the staff window: the center's name and logo, the idle time, the PIN, what
the QR code holds, which categories the kiosk shows and which products the attract screen shows.

The PIN and the logo are saved at once by their own buttons (each is one small change that staff
expect to take effect when they press it); everything else is saved together by Save, refused
field by field with the message under the field. Lists are checkable Qt models over rows read
by showcase.inventory.kiosk.choices.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showcase.errors import PhotoError, ValidationError
from showcase.inventory.edit_versions import EditConflict
from showcase.inventory.history.log import setting_label
from showcase.inventory.kiosk.choices import (
    attract_choices,
    kiosk_categories,
    products_hidden_themselves,
    set_category_on_kiosk,
)
from showcase.inventory.kiosk.settings import (
    MAX_IDLE_SECONDS,
    MIN_IDLE_SECONDS,
    clear_kiosk_pin,
    kiosk_settings,
    save_kiosk_settings,
    set_kiosk_pin,
    setting_versions,
)
from showcase.inventory.setting_keys import (
    CENTER_NAME_SETTING,
    KIOSK_ATTRACT_SETTING,
    KIOSK_IDLE_SETTING,
    KIOSK_QR_KIND_SETTING,
)
from showcase.inventory.staff.pins import PIN_MAX_DIGITS
from showcase.store.db import Database
from showcase.ui.language import current_language
from showcase.ui.widgets.asker import Asker, QtAsker
from showcase.ui.widgets.check_list import CheckItem, CheckListModel, check_list_view
from showcase.ui.widgets.dialog_parts import (
    ERROR_STYLE,
    StatusLabel,
    make_bold,
    no_default_buttons,
    text_label,
)
from showcase.ui.widgets.field_box import FieldBox
from showcase.ui.widgets.form import ValidatedForm

LOGO_BOX = (200, 80)


class KioskSettingsDialog(QDialog):
    """What staff set for the kiosk. `changed` is True once anything was saved. `asker` opens
    the file dialog for the logo (the real one by default)."""

    def __init__(
        self, database: Database, parent: QWidget | None = None, *, asker: Asker | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.asker: Asker = asker if asker is not None else QtAsker()
        self.changed = False
        self.setWindowTitle(self.tr("Kiosk settings"))
        self.resize(900, 680)

        with database.read() as r:
            settings = kiosk_settings(r)
            categories = kiosk_categories(r, current_language())
            self._hidden_own = products_hidden_themselves(r)
            choices = attract_choices(r, settings.attract_product_ids)
            # The versions of what the form shows: another desk's change since is not overwritten.
            self._versions = setting_versions(
                r,
                CENTER_NAME_SETTING,
                KIOSK_IDLE_SETTING,
                KIOSK_ATTRACT_SETTING,
                KIOSK_QR_KIND_SETTING,
            )
        with database.session() as session:
            from showcase.inventory.branding import center_logo

            logo = center_logo(session)
        self._category_counts = {c.id: c.kiosk_products for c in categories}

        # The form on the left: name, idle time, QR, logo, PIN.
        self.form = ValidatedForm(self)
        self.center_name = QLineEdit(settings.center_name)
        self.center_name.setMaxLength(200)
        self.form.add_row("center_name", self.tr("Center's name"), self.center_name)
        self.idle_seconds = QSpinBox()
        self.idle_seconds.setRange(MIN_IDLE_SECONDS, MAX_IDLE_SECONDS)
        self.idle_seconds.setSingleStep(10)
        self.idle_seconds.setSuffix(self.tr(" s"))
        self.idle_seconds.setValue(settings.idle_seconds)
        self.idle_seconds.setToolTip(
            self.tr("After this long without a touch, the kiosk goes back to its attract screen")
        )
        self.form.add_row("idle_seconds", self.tr("Idle time"), FieldBox(self.idle_seconds))
        self.qr_kind = QComboBox()
        for value, text in (
            ("whatsapp", self.tr("WhatsApp chat with the producer")),
            ("code", self.tr("Product code")),
            ("url", self.tr("Web address (from the labels' template)")),
            ("text", self.tr("Text: name, price, producer, phone")),
        ):
            self.qr_kind.addItem(text, value)
        self.qr_kind.setCurrentIndex(max(0, self.qr_kind.findData(settings.qr_kind)))
        self.form.add_row("qr_kind", self.tr("QR code holds"), FieldBox(self.qr_kind))

        self.logo_view = QLabel()
        self.logo_view.setFixedSize(*LOGO_BOX)
        self.logo_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_view.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_button = QPushButton(self.tr("Choose logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        logo_row = QWidget()
        logo_line = QHBoxLayout(logo_row)
        logo_line.setContentsMargins(0, 0, 0, 0)
        logo_line.addWidget(self.logo_view)
        logo_line.addWidget(self.logo_button, 0, Qt.AlignmentFlag.AlignTop)
        logo_line.addStretch(1)
        self.form.add_row("logo", self.tr("Logo"), logo_row)
        self._show_logo(logo)

        self.pin_state = text_label(self, wrap=True)
        self.pin_state.setObjectName("pinState")
        self.set_pin_button = QPushButton(self.tr("Set PIN…"))
        self.set_pin_button.clicked.connect(self._open_pin_fields)
        self.remove_pin_button = QPushButton(self.tr("Remove PIN"))
        self.remove_pin_button.clicked.connect(self.remove_pin)
        pin_row = QWidget()
        pin_line = QHBoxLayout(pin_row)
        pin_line.setContentsMargins(0, 0, 0, 0)
        pin_line.addWidget(self.pin_state, 1)
        pin_line.addWidget(self.set_pin_button)
        pin_line.addWidget(self.remove_pin_button)
        self.form.add_row("pin_state", self.tr("PIN"), pin_row)
        self.pin_box = self._make_pin_box()
        self._show_pin_state(settings.has_pin)

        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addWidget(self.pin_box)
        left.addStretch(1)

        # The lists on the right: categories shown, attract products.
        self.categories = CheckListModel(self)
        self.categories.set_items(
            [
                CheckItem(
                    c.id,
                    self.tr("{name} ({count})").format(name=c.name, count=c.products),
                    c.on_kiosk,
                )
                for c in categories
            ]
        )
        self.categories.toggled.connect(self._show_hidden_count)
        self.category_list = check_list_view(self, self.categories)
        self.hidden_line = text_label(self, wrap=True)
        self.hidden_line.setObjectName("hiddenCount")
        self._show_hidden_count()

        self.all_featured = QRadioButton(self.tr("All featured products"))
        self.only_chosen = QRadioButton(self.tr("Only the products ticked below"))
        group = QButtonGroup(self)
        group.addButton(self.all_featured)
        group.addButton(self.only_chosen)
        chosen = set(settings.attract_product_ids)
        self.attract = CheckListModel(self)
        no_photo = self.tr("no photo: not shown on the attract screen")
        self.attract.set_items(
            [
                CheckItem(
                    c.id,
                    f"{c.code}  {c.name_id}" + ("" if c.has_photo else f" ({no_photo})"),
                    c.id in chosen,
                )
                for c in choices
            ]
        )
        self.attract_list = check_list_view(self, self.attract)
        self.only_chosen.toggled.connect(self.attract_list.setEnabled)
        (self.only_chosen if chosen else self.all_featured).setChecked(True)
        self.attract_list.setEnabled(bool(chosen))
        self.attract_error = text_label(self, wrap=True)
        self.attract_error.setStyleSheet(ERROR_STYLE)
        self.attract_error.hide()

        right = QVBoxLayout()
        right.addWidget(make_bold(QLabel(self.tr("Categories shown on the kiosk"))))
        right.addWidget(self.category_list, 1)
        right.addWidget(self.hidden_line)
        right.addSpacing(8)
        right.addWidget(make_bold(QLabel(self.tr("Attract screen (when nobody uses the kiosk)"))))
        right.addWidget(self.all_featured)
        right.addWidget(self.only_chosen)
        right.addWidget(self.attract_list, 1)
        right.addWidget(self.attract_error)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.status = StatusLabel(self)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addStretch(1)  # keeps the buttons at their size while the status is hidden
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        no_default_buttons(self)

    # The PIN ---------------------------------------------------------------------------------

    def _make_pin_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("New PIN"), self)
        self.pin_form = ValidatedForm(box)
        digits = QRegularExpressionValidator(
            QRegularExpression(f"[0-9]{{0,{PIN_MAX_DIGITS}}}"), box
        )
        self.new_pin = QLineEdit()
        self.repeat_pin = QLineEdit()
        for field in (self.new_pin, self.repeat_pin):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setValidator(digits)
            field.setMaxLength(PIN_MAX_DIGITS)
        self.new_pin.setPlaceholderText(self.tr("4 to 8 digits"))
        self.pin_form.add_row("pin", self.tr("New PIN"), self.new_pin)
        self.pin_form.add_row("repeat", self.tr("Repeat it"), self.repeat_pin)
        self.save_pin_button = QPushButton(self.tr("Save PIN"))
        self.save_pin_button.clicked.connect(self.save_pin)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self._close_pin_fields)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_pin_button)
        row.addWidget(cancel)
        column = QVBoxLayout(box)
        column.addWidget(self.pin_form)
        column.addLayout(row)
        box.hide()
        return box

    def _show_pin_state(self, has_pin: bool) -> None:
        self.has_pin = has_pin
        if has_pin:
            self.pin_state.setText(self.tr("A PIN is set: staff need it to leave the kiosk."))
            self.pin_state.setStyleSheet("")
        else:
            self.pin_state.setText(self.tr("No PIN: anyone can leave the kiosk."))
            self.pin_state.setStyleSheet(ERROR_STYLE)
        self.set_pin_button.setText(self.tr("Change PIN…") if has_pin else self.tr("Set PIN…"))
        self.remove_pin_button.setVisible(has_pin)

    def _open_pin_fields(self) -> None:
        self.pin_box.show()
        self.new_pin.setFocus()

    def _close_pin_fields(self) -> None:
        self.new_pin.clear()
        self.repeat_pin.clear()
        self.pin_form.clear_errors()
        self.pin_box.hide()

    def save_pin(self) -> None:
        """Store the PIN typed twice; a refusal shows under its field."""
        pin, repeat = self.new_pin.text(), self.repeat_pin.text()
        if pin != repeat:
            self.pin_form.show_errors({"repeat": self.tr("The two PINs are not the same")})
            return
        try:
            with self.database.session() as session:
                set_kiosk_pin(session, pin)
        except ValidationError as exc:
            self.pin_form.show_errors(exc.errors)
            return
        self.changed = True
        self._close_pin_fields()
        self._show_pin_state(True)
        self.status.show_status(self.tr("The PIN is saved."))

    def remove_pin(self) -> None:
        with self.database.session() as session:
            clear_kiosk_pin(session)
        self.changed = True
        self._show_pin_state(False)
        self.status.show_status(self.tr("The PIN is removed."))

    # The logo --------------------------------------------------------------------------------

    def _show_logo(self, png: bytes | None) -> None:
        pixmap = QPixmap()
        if png is not None and pixmap.loadFromData(png):
            self.logo_view.setPixmap(
                pixmap.scaled(
                    *LOGO_BOX,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_view.clear()
            self.logo_view.setText(self.tr("No logo yet"))
        self.has_logo = png is not None

    def choose_logo(self) -> None:
        """Pick the center's logo from a file and store it (the labels use the same one)."""
        path = self.asker.open_file(
            self,
            self.tr("Choose the center's logo"),
            Path.home(),
            self.tr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"),
        )
        if path is None:
            return
        from showcase.inventory.branding import set_center_logo

        try:
            with self.database.session() as session:
                png = set_center_logo(session, path)
        except PhotoError as exc:
            self.status.show_status(exc.message, error=True)
            return
        self.changed = True
        self._show_logo(png)
        self.status.show_status(self.tr("The logo is saved."))

    # Categories, attract screen, saving ------------------------------------------------------

    def _show_hidden_count(self) -> None:
        by_category = sum(
            self._category_counts.get(item.id, 0)
            for item in self.categories.items
            if not item.checked
        )
        total = self._hidden_own + by_category
        text = (
            self.tr("Hidden from the kiosk: 1 product")
            if total == 1
            else self.tr("Hidden from the kiosk: {count} products").format(count=total)
        )
        if total:
            text += self.tr(" ({own} by the product's own setting, {category} with its category)")
            text = text.format(own=self._hidden_own, category=by_category)
        self.hidden_line.setText(text)

    def _show_conflict(self, conflict: EditConflict) -> None:
        """Another desk saved this setting meanwhile: say who and what it now is; the form keeps
        this edit, and Save again keeps it (over the version now seen)."""
        self._versions[conflict.entity_id] = conflict.version
        value = str(conflict.current.get("value", ""))
        if conflict.entity_id == KIOSK_ATTRACT_SETTING:
            value = self.tr("another choice of products")
        elif conflict.entity_id == KIOSK_QR_KIND_SETTING:
            value = self.qr_kind.itemText(max(0, self.qr_kind.findData(value)))
        now = self.tr("{setting} is now: {value}. Save again to keep yours.").format(
            setting=setting_label(conflict.entity_id), value=value
        )
        self.status.show_status(f"{conflict.message} {now}", error=True)

    def save(self) -> None:
        """Save the name, idle time, QR kind, categories and attract products together."""
        self.form.clear_errors()
        self.attract_error.hide()
        attract = self.attract.checked_ids() if self.only_chosen.isChecked() else []
        if self.only_chosen.isChecked() and not attract:
            self.attract_error.setText(
                self.tr("Tick at least one product, or choose all featured products")
            )
            self.attract_error.show()
            return
        shown = [item.id for item in self.categories.items if item.checked]
        hidden = [item.id for item in self.categories.items if not item.checked]
        try:
            with self.database.session() as session:
                save_kiosk_settings(
                    session,
                    center_name=self.center_name.text(),
                    idle_seconds=self.idle_seconds.value(),
                    attract_product_ids=attract,
                    qr_kind=str(self.qr_kind.currentData()),
                    versions=self._versions,
                )
                set_category_on_kiosk(session, shown, True)
                set_category_on_kiosk(session, hidden, False)
        except EditConflict as conflict:
            self._show_conflict(conflict)
            return
        except ValidationError as exc:
            unplaced = self.form.show_errors(exc.errors)
            if unplaced:
                self.status.show_status(
                    "; ".join(exc.errors[field] for field in unplaced), error=True
                )
            return
        self.changed = True
        self.accept()
