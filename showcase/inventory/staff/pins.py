"""PINs: the salted scrypt hash they are stored as, the rule they follow, and the slowdown of guessing.

Used by the kiosk's exit PIN and by the staff accounts. A PIN is 4 to 8 digits (a front desk
types it many times a day; digits work on a touchscreen pad and a number row alike). It is kept
only as `scrypt$n$r$p$salt_b64$hash_b64` with a new random salt per hash, never in clear.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable

from showcase.i18n import translate

PIN_MIN_DIGITS, PIN_MAX_DIGITS = 4, 8
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32
# A stored hash with a larger cost is refused rather than computed: it could stall the program.
MAX_SCRYPT_N = 2**17


def pin_problem(pin: str) -> str | None:
    """What is wrong with `pin` as a new PIN (a message for the person typing it), or None."""
    if not (pin.isascii() and pin.isdigit() and PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS):
        return translate("Pins", "The PIN must be {low} to {high} digits").format(
            low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS
        )
    return None


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=HASH_BYTES, maxmem=256 * 1024 * 1024
    )


def hash_pin(pin: str) -> str:
    """`scrypt$n$r$p$salt_b64$hash_b64` for `pin`, with a new random salt each time."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt)}${b64(digest)}"


def verify_pin(stored: str, pin: str) -> bool:
    """Whether `pin` matches the stored hash; False for a hash that cannot be read."""
    try:
        scheme, n_text, r_text, p_text, salt_text, hash_text = stored.split("$")
        n, r, p = int(n_text), int(r_text), int(p_text)
        salt = base64.b64decode(salt_text, validate=True)
        expected = base64.b64decode(hash_text, validate=True)
    except ValueError:
        return False
    if scheme != "scrypt" or not (1 < n <= MAX_SCRYPT_N and 0 < r <= 32 and 0 < p <= 4):
        return False
    try:
        actual = _scrypt(pin, salt, n, r, p)
    except ValueError:  # n not a power of two, or too much memory
        return False
    return hmac.compare_digest(actual, expected)


class PinGuard:
    """Slows down guessing: after 3 wrong PINs in a row, a wait of 30 s before the next try,
    doubling with each further wrong PIN, at most 15 minutes. A right PIN starts afresh.

    Kept in memory: restarting the program takes longer than the waits, and needs staff anyway.
    """

    FREE_TRIES = 3
    FIRST_WAIT = 30.0
    MAX_WAIT = 15 * 60.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._wrong = 0
        self._until = 0.0

    @property
    def wrong_tries(self) -> int:
        return self._wrong

    def locked_for(self) -> float:
        """Seconds before another try is allowed; 0 when a PIN may be tried now."""
        return max(0.0, self._until - self._clock())

    def attempt(self, ok: bool) -> None:
        """Record a try: a right PIN resets the count, a wrong one may start a wait."""
        if ok:
            self._wrong = 0
            self._until = 0.0
            return
        self._wrong += 1
        if self._wrong >= self.FREE_TRIES:
            doublings = min(self._wrong - self.FREE_TRIES, 10)  # 30 s × 2**5 is past the cap
            wait = min(self.FIRST_WAIT * 2**doublings, self.MAX_WAIT)
            self._until = self._clock() + wait
