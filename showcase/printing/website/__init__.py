"""The showcase as a static, bilingual website: a folder of HTML, CSS, JavaScript and photos.

What the kiosk shows, for visitors abroad: a home page, a page per category, kabupaten/kota,
producer and product (Indonesian under `id/`, English under `en/`), search that works offline,
schema.org data, Open Graph, a sitemap and merchant product feeds. It works from any web host
and opened straight from the folder; nothing is loaded from other sites.

- `content`: what is shown, read from the kiosk's read model;
- `addresses`: where each page lives (a product's page is where the labels' web-address QR
  points: `showcase.inventory.qr_payloads.product_page_path`);
- `layout`, `pages`, `structured`, `feeds`, `photos`, `words`: the files written;
- `folder`: the manifest, writing only what changed, refusing folders that hold others' files;
- `publish`: `publish_website`, the whole of it.
"""

from showcase.printing.website.folder import WebsiteFolderError
from showcase.printing.website.publish import WebsiteSummary, publish_website, zip_path_for

__all__ = ["WebsiteFolderError", "WebsiteSummary", "publish_website", "zip_path_for"]
