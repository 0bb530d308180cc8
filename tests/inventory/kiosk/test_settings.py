"""The kiosk's settings as staff save them, and the PIN that ends the kiosk (hashed, rate limited)."""

from __future__ import annotations

import pytest

from showcase.errors import ValidationError
from showcase.inventory.kiosk.settings import (
    DEFAULT_IDLE_SECONDS,
    KioskSettings,
    check_kiosk_pin,
    clear_kiosk_pin,
    kiosk_settings,
    save_kiosk_settings,
    set_kiosk_pin,
)
from showcase.inventory.settings import set_setting
from showcase.inventory.staff.pins import PinGuard, hash_pin, verify_pin
from showcase.store.db import Database
from tests.helpers.factories import Sample, make_sample


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


def test_settings_have_defaults_until_staff_save_them(db: Database, sample: Sample) -> None:
    with db.read() as r:
        assert kiosk_settings(r) == KioskSettings(
            center_name="UMKM Center Bakauheni",
            idle_seconds=DEFAULT_IDLE_SECONDS,
            attract_product_ids=(),
            qr_kind="whatsapp",
            has_pin=False,
        )
    luwak, robusta = sample.products["KOP-0002"], sample.products["KOP-0001"]
    with db.session() as s:
        save_kiosk_settings(
            s,
            center_name="  UMKM   Center Lampung ",
            idle_seconds=" 120 ",
            attract_product_ids=[luwak, 99999, robusta, luwak],
            qr_kind="code",
        )
    with db.read() as r:
        assert kiosk_settings(r) == KioskSettings(
            center_name="UMKM Center Lampung",
            idle_seconds=120,
            attract_product_ids=(luwak, robusta),  # the unknown id and the repeat left out
            qr_kind="code",
            has_pin=False,
        )


def test_wrong_settings_are_refused_per_field_and_nothing_is_saved(db: Database) -> None:
    with pytest.raises(ValidationError) as info, db.session() as s:
        save_kiosk_settings(
            s, center_name="  ", idle_seconds="sembilan", attract_product_ids=[], qr_kind="fax"
        )
    assert set(info.value.errors) == {"center_name", "idle_seconds", "qr_kind"}
    assert "30" in info.value.errors["idle_seconds"] and "3600" in info.value.errors["idle_seconds"]
    for seconds in (29, 3601, "10.5"):
        with pytest.raises(ValidationError) as info, db.session() as s:
            save_kiosk_settings(
                s, center_name="X", idle_seconds=seconds, attract_product_ids=[], qr_kind="text"
            )
        assert set(info.value.errors) == {"idle_seconds"}
    with db.read() as r:
        assert kiosk_settings(r) == KioskSettings()


def test_a_web_address_qr_needs_the_label_address_template(db: Database) -> None:
    with pytest.raises(ValidationError) as info, db.session() as s:
        save_kiosk_settings(
            s, center_name="X", idle_seconds=90, attract_product_ids=[], qr_kind="url"
        )
    assert "Print labels" in info.value.errors["qr_kind"]
    with db.session() as s:
        set_setting(s, "label_url_template", "https://etalase.example/p/{code}")
        save_kiosk_settings(
            s, center_name="X", idle_seconds=90, attract_product_ids=[], qr_kind="url"
        )
    with db.read() as r:
        assert kiosk_settings(r).qr_kind == "url"


def test_settings_written_by_hand_wrongly_read_as_defaults(db: Database) -> None:
    with db.session() as s:
        set_setting(s, "kiosk_idle_seconds", "5")
        set_setting(s, "kiosk_qr_kind", "telegram")
        set_setting(s, "kiosk_attract_products", "{not json")
    with db.read() as r:
        assert kiosk_settings(r) == KioskSettings()


# --- the PIN ----------------------------------------------------------------------------------


def test_a_pin_is_stored_salted_and_never_in_clear(db: Database) -> None:
    first, second = hash_pin("73915068"), hash_pin("73915068")
    assert first != second  # a new salt each time
    assert first.startswith("scrypt$16384$8$1$")
    assert verify_pin(first, "73915068") and verify_pin(second, "73915068")
    assert not verify_pin(first, "73915069")

    with db.session() as s:
        set_kiosk_pin(s, " 73915068 ")
    with db.read() as r:
        assert kiosk_settings(r).has_pin
        assert check_kiosk_pin(r, "73915068")
        assert not check_kiosk_pin(r, "1234")
        assert not check_kiosk_pin(r, "")
        stored = r.execute("SELECT value FROM setting WHERE key = 'kiosk_pin'").fetchone()[0]
    assert "73915068" not in stored
    files = [db.path, db.path.with_name(db.path.name + "-wal")]
    for path in files:
        if path.exists():
            assert b"73915068" not in path.read_bytes()
            assert "73915068".encode("utf-16-le") not in path.read_bytes()


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "١٢٣٤", "12 34"])
def test_a_pin_must_be_four_to_eight_digits(db: Database, pin: str) -> None:
    with pytest.raises(ValidationError) as info, db.session() as s:
        set_kiosk_pin(s, pin)
    assert "4" in info.value.errors["pin"] and "8" in info.value.errors["pin"]
    with db.read() as r:
        assert not kiosk_settings(r).has_pin


def test_without_a_pin_leaving_asks_for_nothing(db: Database) -> None:
    with db.read() as r:
        assert not kiosk_settings(r).has_pin
        assert check_kiosk_pin(r, "") and check_kiosk_pin(r, "0000")
    with db.session() as s:
        set_kiosk_pin(s, "2580")
    with db.session() as s:
        clear_kiosk_pin(s)
    with db.read() as r:
        assert not kiosk_settings(r).has_pin and check_kiosk_pin(r, "")


@pytest.mark.parametrize(
    "stored",
    ["garbage", "scrypt$16384$8$1$!!$!!", "scrypt$1000$8$1$AAAA$AAAA", "scrypt$4194304$8$1$AA$AA"],
)
def test_a_damaged_pin_hash_lets_nobody_out(stored: str) -> None:
    assert not verify_pin(stored, "1234")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_pin_guard_waits_after_three_wrong_pins_doubling_up_to_fifteen_minutes() -> None:
    clock = FakeClock()
    guard = PinGuard(clock)
    assert guard.locked_for() == 0
    guard.attempt(False)
    guard.attempt(False)
    assert guard.locked_for() == 0  # two slips are free
    guard.attempt(False)
    assert guard.locked_for() == 30
    clock.now += 29.5
    assert guard.locked_for() == pytest.approx(0.5)
    clock.now += 0.5
    assert guard.locked_for() == 0
    waits = []
    for _ in range(7):
        guard.attempt(False)
        waits.append(guard.locked_for())
        clock.now += waits[-1]
    assert waits == [60, 120, 240, 480, 900, 900, 900]
    guard.attempt(True)
    assert guard.locked_for() == 0
    guard.attempt(False)
    guard.attempt(False)
    assert guard.locked_for() == 0  # a right PIN started the count afresh
