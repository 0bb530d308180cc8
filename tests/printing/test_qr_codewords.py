"""A symbol's codewords: byte for byte what qrcode's create_data makes, for every kind of chunk."""

from __future__ import annotations

import random

import pytest
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import create_data, optimal_data_chunks

from showcase.printing.qr import symbol_version
from showcase.printing.qr_codewords import codewords


def _payloads() -> list[str]:
    rng = random.Random(3)
    letters = "abcXYZ0123456789 -./:%$?=&é€\n"
    payloads = [
        "".join(rng.choice(letters) for _ in range(rng.randint(1, 900))) for _ in range(300)
    ]
    payloads += [str(rng.randrange(10**40)) for _ in range(20)]  # numeric mode
    payloads += ["HTTPS://WA.ME/62812" + str(n) * 30 for n in range(10)]  # alphanumeric runs
    return [*payloads, "", "KOP-0001", "😀" * 50]


def test_codewords_are_qrcodes_own() -> None:
    for payload in _payloads():
        version = symbol_version(payload)
        chunks = list(optimal_data_chunks(payload, minimum=20))
        assert codewords(chunks, version) == bytes(create_data(version, ERROR_CORRECT_M, chunks))


def test_too_much_data_is_refused() -> None:
    chunks = list(optimal_data_chunks("x" * 200, minimum=20))
    with pytest.raises(ValueError):
        codewords(chunks, 1)
