"""What goes on a label: the product's details (LabelItem) and what its QR code holds.

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

import string
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from showcase.errors import NotFoundError, ValidationError
from showcase.i18n import translate
from showcase.inventory.money import format_rupiah
from showcase.inventory.phone import format_phone, whatsapp_link
from showcase.inventory.settings import get_setting, set_setting
from showcase.store.models import Producer, Product

__all__ = [
    "DEFAULT_QR_SETTING",
    "DEFAULT_SHEET_SETTING",
    "URL_TEMPLATE_SETTING",
    "LabelItem",
    "QrKind",
    "all_items",
    "check_url_template",
    "falls_back",
    "get_setting",
    "items_by_codes",
    "label_items",
    "payload_choices",
    "qr_payload",
    "set_setting",
]

URL_TEMPLATE_SETTING = "label_url_template"
DEFAULT_QR_SETTING = "label_qr_kind"
DEFAULT_SHEET_SETTING = "label_sheet"
CENTER = "UMKM Center Bakauheni"
_BATCH = 500  # ids per query: well under SQLite's limit on bound parameters


class QrKind(StrEnum):
    WHATSAPP = "whatsapp"
    CODE = "code"
    URL = "url"
    TEXT = "text"


@dataclass(frozen=True)
class LabelItem:
    """One product as a label shows it. `phone` is stored as `62…`, or "" if there is none."""

    product_id: int
    code: str
    name: str
    price: int
    unit: str
    producer: str
    kabupaten: str
    phone: str


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


# --- payloads ---------------------------------------------------------------------------------


def check_url_template(template: str) -> str:
    """The template, stripped; ValidationError on `url_template` unless it is an http(s) address
    holding `{code}` and no other placeholder.
    """
    template = template.strip()
    problem = ""
    if not template:
        problem = translate("Labels", "is empty; enter an address such as https://…/{code}")
    elif not template.lower().startswith(("http://", "https://")):
        problem = translate("Labels", "must start with http:// or https://")
    elif any(ch.isspace() for ch in template):
        problem = translate("Labels", "cannot contain spaces")
    else:
        try:
            names = {
                name for _, name, _, _ in string.Formatter().parse(template) if name is not None
            }
        except ValueError:
            names = {"?"}
        if names - {"code"}:
            problem = translate("Labels", "may hold only the placeholder {code}")
        elif "code" not in names:
            problem = translate("Labels", "must hold the placeholder {code}")
    if problem:
        raise ValidationError({"url_template": problem})
    return template


def falls_back(item: LabelItem, kind: QrKind) -> bool:
    """Whether a WhatsApp label holds text instead, because the producer has no phone."""
    return kind is QrKind.WHATSAPP and not item.phone


def _whatsapp(item: LabelItem) -> tuple[str, ...]:
    messages = (
        f"Halo, saya tertarik dengan {item.code} ({item.name}) di {CENTER}",
        f"Halo, saya tertarik dengan {item.code} di {CENTER}",
        f"Halo, saya tertarik dengan {item.code}",
    )
    return tuple(whatsapp_link(item.phone, message) for message in messages)


def _text(item: LabelItem) -> tuple[str, ...]:
    price = format_rupiah(item.price) + (f" / {item.unit}" if item.unit else "")
    phone = format_phone(item.phone) if item.phone else ""
    maker = ", ".join(part for part in (item.producer, item.kabupaten) if part)

    def lines(*parts: str) -> str:
        return "\n".join(part for part in parts if part)

    choices = [
        lines(item.name, price, maker, phone),
        lines(item.name, price, item.producer, phone),
        lines(item.name, price, phone),
        lines(item.name, price),
    ]
    # Last, the name cut short: a label too small for the whole name still says what it is.
    for keep in (48, 32, 20):
        if len(item.name) > keep:
            choices.append(lines(_shorten(item.name, keep), price))
    return tuple(dict.fromkeys(choices))


def _shorten(name: str, keep: int) -> str:
    """The first `keep` characters of `name`, back to a word's end if that is not far, and "…"."""
    cut = name[:keep]
    space = cut.rfind(" ")
    if space >= keep // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-") + "…"


def payload_choices(item: LabelItem, kind: QrKind, *, url_template: str = "") -> tuple[str, ...]:
    """What the QR code may hold for `item`, the fullest first (one choice for CODE and URL)."""
    if kind is QrKind.CODE:
        return (item.code,)
    if kind is QrKind.URL:
        template = check_url_template(url_template)
        return (template.format(code=quote(item.code, safe="")),)
    if kind is QrKind.WHATSAPP and item.phone:
        return _whatsapp(item)
    return _text(item)


def qr_payload(item: LabelItem, kind: QrKind, *, url_template: str = "") -> str:
    """The fullest payload of `kind` for `item` (see the module docstring)."""
    return payload_choices(item, kind, url_template=url_template)[0]
