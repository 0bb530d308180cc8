"""The keys of the showcase's stored settings (the `setting` table), all in one place.

Every module that reads or writes a setting imports its key from here, and the change history
names each setting from this list, so a key is spelt once.
"""

from __future__ import annotations

# The center, as the kiosk, catalogue and report name it; its logo (a PNG, base64).
CENTER_NAME_SETTING = "center_name"
CENTER_LOGO_SETTING = "center_logo"

# The kiosk.
KIOSK_IDLE_SETTING = "kiosk_idle_seconds"
KIOSK_ATTRACT_SETTING = "kiosk_attract_products"  # a JSON list of product ids, in staff's order
KIOSK_QR_KIND_SETTING = "kiosk_qr_kind"
KIOSK_PIN_SETTING = "kiosk_pin"  # a salted scrypt hash, never the PIN itself

# Shelf labels.
DEFAULT_SHEET_SETTING = "label_sheet"  # the label sheet chosen last
DEFAULT_QR_SETTING = "label_qr_kind"  # what the labels' QR code holds, chosen last
URL_TEMPLATE_SETTING = "label_url_template"  # web address of a product, with {code}
LABEL_LOGO_SETTING = "label_logo"  # "1" when staff chose to print the logo on labels
CUSTOM_SHEETS_SETTING = "label_sheets"  # sheets staff measured themselves (JSON)
PRINTER_OFFSETS_SETTING = "printer_offsets"  # each printer's nudge (JSON)

# The website: the folder it was last published to.
WEBSITE_FOLDER_SETTING = "website_folder"

# The demo: when it was built, so clearing it knows what staff added after.
DEMO_BUILT_AT_SETTING = "demo_built_at"
