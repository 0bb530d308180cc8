"""Two desks changing the kiosk's settings: the second save is told who changed what, the form
keeps its edit, and Save again keeps it. On both stores."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from showcase.inventory.kiosk.settings import kiosk_settings, save_kiosk_settings
from showcase.store.db import Database
from showcase.ui.staff.kiosks.settings_dialog import KioskSettingsDialog
from tests.helpers.asker import FakeAsker
from tests.helpers.desks import second_desk


def test_a_second_desks_save_is_told_and_kept_on_asking(qtbot: QtBot, db: Database) -> None:
    with db.session() as s:
        save_kiosk_settings(
            s, center_name="UMKM Center", idle_seconds=90, attract_product_ids=[], qr_kind="code"
        )
    db.actor = "Budi"
    dialog = KioskSettingsDialog(db, asker=FakeAsker())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.center_name.setText("Galeri Budi")

    with second_desk(db, "Ani") as other, other.session() as s:
        save_kiosk_settings(
            s,
            center_name="UMKM Center Bakauheni",
            idle_seconds=90,
            attract_product_ids=[],
            qr_kind="code",
        )

    dialog.save()
    assert dialog.isVisible()
    text = dialog.status.text()
    assert "Ani" in text and "UMKM Center Bakauheni" in text
    assert dialog.center_name.text() == "Galeri Budi"
    with db.read() as r:
        assert kiosk_settings(r).center_name == "UMKM Center Bakauheni"
    dialog.save()
    with db.read() as r:
        assert kiosk_settings(r).center_name == "Galeri Budi"
