"""What a product's QR code holds, for shelf labels, catalogues and the kiosk alike.

A QR code holds one of four things:
- WHATSAPP: `https://wa.me/62…?text=…`, a chat with the producer, the message naming the code;
  a producer without a phone gets TEXT instead;
- CODE: the product code alone, for the front desk's USB scanner;
- URL: a staff-set template such as `https://toko.example/p/{code}`, or the showcase's own
  website (`website_url_template`: `https://…/id/p/{page}/`, the page the website writes for
  the product: `product_page_path`, used by both);
- TEXT: name, price, producer and phone, which a phone shows without any network.

A small label has room for a smaller symbol only, so WHATSAPP and TEXT come in several
lengths, longest first (`payload_choices`); `qr_payload` gives the longest. Pure functions, no
database: the domain (the kiosk) and printing (labels, catalogues) both build on them.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

from showcase.errors import ValidationError
from showcase.i18n import translate
from showcase.inventory.formats import rupiah
from showcase.inventory.phone import format_phone, whatsapp_link

# The website's product pages: `{lang}/p/{page}/` under the site's base address.
SITE_LANGUAGES = ("id", "en")
_WEBSITE_PAGE = "/id/p/{page}/"
CENTER = "UMKM Center Bakauheni"


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


def page_name(code: str) -> str:
    """The folder (and address part) of a product's page on the website: its code, with `/`
    (allowed in codes, but many web servers refuse an encoded `%2F`) as `~`, which codes never
    hold. Every other character a code may hold needs no escaping in an address."""
    return code.replace("/", "~")


def product_page_path(code: str, language: str = "id") -> str:
    """Where the website puts a product's page, relative to the site's root: `id/p/KOP-0001/`."""
    return f"{language}/p/{page_name(code)}/"


def check_base_url(address: str) -> str:
    """The website's base address, stripped and without a trailing `/`; ValidationError on
    `base_url` unless it is an http(s) address with no spaces, query or placeholder."""
    address = address.strip().rstrip("/")
    problem = ""
    if not address or address.lower() in ("http:", "https:"):
        problem = translate("Labels", "is empty; enter an address such as https://…")
    elif not address.lower().startswith(("http://", "https://")):
        problem = translate("Labels", "must start with http:// or https://")
    elif any(ch.isspace() for ch in address):
        problem = translate("Labels", "cannot contain spaces")
    elif any(ch in address for ch in '{}?#"\\<>'):
        problem = translate("Labels", "cannot contain { } ? # or quotes")
    if problem:
        raise ValidationError({"base_url": problem})
    return address


def website_url_template(base_url: str) -> str:
    """The QR web-address template that points at the website's product pages under
    `base_url` (ValidationError on `base_url` if it is not usable)."""
    return check_base_url(base_url) + _WEBSITE_PAGE


def website_base_url(template: str) -> str:
    """The website's base address held in a template made by `website_url_template`, else ""."""
    template = template.strip()
    return template[: -len(_WEBSITE_PAGE)] if template.endswith(_WEBSITE_PAGE) else ""


def check_url_template(template: str) -> str:
    """The template, stripped; ValidationError on `url_template` unless it is an http(s) address
    holding `{code}` (or `{page}`, the website's page name of the code) and no other placeholder.
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
        if names - {"code", "page"}:
            problem = translate("Labels", "may hold only the placeholder {code}")
        elif not names & {"code", "page"}:
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
    price = rupiah(item.price) + (f" / {item.unit}" if item.unit else "")
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
        return (template.format(code=quote(item.code, safe=""), page=page_name(item.code)),)
    if kind is QrKind.WHATSAPP and item.phone:
        return _whatsapp(item)
    return _text(item)


def qr_payload(item: LabelItem, kind: QrKind, *, url_template: str = "") -> str:
    """The fullest payload of `kind` for `item` (see the module docstring)."""
    return payload_choices(item, kind, url_template=url_template)[0]
