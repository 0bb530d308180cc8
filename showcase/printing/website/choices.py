"""What staff last chose for the website, kept in the showcase's settings.

The site's base address is not a setting of its own: it is kept as the labels' web-address QR
template (`label_url_template` = `https://…/id/p/{page}/`, `website_url_template`), so once staff
set it, the QR codes of labels, catalogues and the kiosk point at exactly the product pages the
website writes. The folder is kept too (`website_folder`), as the next publish's default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from showcase.inventory.qr_payloads import website_base_url, website_url_template
from showcase.inventory.setting_keys import URL_TEMPLATE_SETTING, WEBSITE_FOLDER_SETTING
from showcase.store.db import Reader, sqlite_connection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class WebsiteChoices:
    folder: str
    base_url: str  # "" when the QR template is not the website's (or not set)


def website_choices(reader: Reader) -> WebsiteChoices:
    rows = sqlite_connection(reader).execute(
        "SELECT key, value FROM setting WHERE key IN (?, ?)",
        (WEBSITE_FOLDER_SETTING, URL_TEMPLATE_SETTING),
    )
    stored = dict(rows.fetchall())
    return WebsiteChoices(
        folder=stored.get(WEBSITE_FOLDER_SETTING, ""),
        base_url=website_base_url(stored.get(URL_TEMPLATE_SETTING, "")),
    )


def save_website_choices(session: Session, *, folder: str, base_url: str) -> None:
    """Keep the folder, and point the QR web address at the site under `base_url` (when one is
    given: ValidationError on `base_url` if it is unusable, nothing saved). An empty base
    address leaves the QR template as it is: staff may use it for another site."""
    from showcase.inventory.settings import get_setting, set_setting

    template = website_url_template(base_url) if base_url.strip() else ""
    if get_setting(session, WEBSITE_FOLDER_SETTING) != folder:
        set_setting(session, WEBSITE_FOLDER_SETTING, folder)
    if template and get_setting(session, URL_TEMPLATE_SETTING) != template:
        set_setting(session, URL_TEMPLATE_SETTING, template)
