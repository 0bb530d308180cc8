"""The showcase's domain: products, producers, categories, stock, photos, settings, and the
kiosk's, importing's, demo's, staff's and history's own subpackages. No Qt widgets here.
"""

# The audit log records every change made through a Database's sessions: importing the domain
# installs it, so no program path that writes through the domain can miss it.
from showcase.inventory.history import auditing as _audit  # noqa: F401
