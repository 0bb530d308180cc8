"""What goes on a label: the products' details (LabelItem) read from the database, and what
their QR codes hold (built in showcase.inventory.qr_payloads, shared with the kiosk).

A QR code holds one of four things, chosen per print job:
- WHATSAPP: `https://wa.me/62…?text=…`, a chat with the producer, the message naming the code;
  a producer without a phone gets TEXT on that label instead;
- CODE: the product code alone, for the front desk's USB scanner;
- URL: a staff-set template such as `https://toko.example/p/{code}`;
- TEXT: name, price, producer and phone, which a phone shows without any network.

A small label has room for a smaller symbol only, so WHATSAPP and TEXT come in several
lengths, longest first (`payload_choices`); the label takes the longest one its QR square
holds with modules of a readable size. `qr_payload` gives the longest.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from showcase.errors import NotFoundError
from showcase.i18n import translate
from showcase.inventory.qr_payloads import LabelItem
from showcase.store.models import Producer, Product

_BATCH = 500  # ids per query: well under SQLite's limit on bound parameters


def _read(
    session: Session, where: ColumnElement[bool], *, in_code_order: bool = False
) -> list[LabelItem]:
    """LabelItems of the products matching `where`, each with its producer's details."""
    query = (
        select(
            Product.id,
            Product.code,
            Product.name_id,
            Product.price,
            Product.unit,
            Producer.name,
            Producer.kabupaten,
            Producer.phone,
        )
        .outerjoin(Producer, Producer.id == Product.producer_id)
        .where(where)
    )
    if in_code_order:
        query = query.order_by(Product.code)
    return [
        LabelItem(
            product_id=pid,
            code=code,
            name=" ".join(name.split()),
            price=price,
            unit=" ".join((unit or "").split()),
            # An outer join: a product without a producer has None in these three.
            producer=" ".join((producer or "").split()),
            kabupaten=kabupaten or "",
            phone=phone or "",
        )
        for pid, code, name, price, unit, producer, kabupaten, phone in session.execute(query)
    ]


def label_items(session: Session, product_ids: Sequence[int]) -> list[LabelItem]:
    """The label details of `product_ids`, in the order given (repeats included).

    Archived products are included: staff chose them. NotFoundError if an id does not exist.
    """
    found: dict[int, LabelItem] = {}
    unique = list(dict.fromkeys(product_ids))
    for start in range(0, len(unique), _BATCH):
        batch = unique[start : start + _BATCH]
        found.update((item.product_id, item) for item in _read(session, Product.id.in_(batch)))
    missing = [pid for pid in unique if pid not in found]
    if missing:
        raise NotFoundError(
            translate("Labels", "The product no longer exists (id {ids})").format(
                ids=", ".join(map(str, missing))
            )
        )
    return [found[pid] for pid in product_ids]


def items_by_codes(session: Session, codes: Sequence[str]) -> list[LabelItem]:
    """The label details of the products with `codes` (case does not matter), in that order.

    NotFoundError naming every code that no product has, all at once.
    """
    wanted = [code.strip() for code in codes]
    found: dict[str, LabelItem] = {}
    unique = list(dict.fromkeys(code.casefold() for code in wanted))
    for start in range(0, len(unique), _BATCH):
        batch = unique[start : start + _BATCH]
        # The code column compares without case (NOCASE), so the lower-cased codes match.
        found.update(
            (item.code.casefold(), item) for item in _read(session, Product.code.in_(batch))
        )
    missing = [code for code in dict.fromkeys(wanted) if code.casefold() not in found]
    if len(missing) == 1:
        raise NotFoundError(
            translate("Labels", "No product has the code {code}").format(code=missing[0])
        )
    if missing:
        raise NotFoundError(
            translate("Labels", "No products have the codes {codes}").format(
                codes=", ".join(missing)
            )
        )
    return [found[code.casefold()] for code in wanted]


def all_items(session: Session) -> list[LabelItem]:
    """Every product that is not archived, in code order."""
    return _read(session, Product.archived.is_(False), in_code_order=True)
